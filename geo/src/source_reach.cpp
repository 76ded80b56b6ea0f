#include "geo/source_reach.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <set>
#include <system_error>

#include <cpl_conv.h>
#include <cpl_minixml.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include "gdal_util.h"
#include "geo/error.h"
#include "geo/postgis.h"
#include "geo/project.h"
#include "geo/source_path.h"
#include "geo/workspace.h"

namespace geo {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool startsWithNoCase(const std::string& text, const std::string& prefix) {
    return text.size() >= prefix.size() && lower(text.substr(0, prefix.size())) == lower(prefix);
}

fs::path absoluteNormal(const fs::path& p) {
    std::error_code ec;
    fs::path a = fs::absolute(p, ec);
    return (ec ? p : a).lexically_normal();
}

// Symbolic links followed where they exist; the rest kept as written.
fs::path resolved(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(absoluteNormal(p), ec);
    return ec ? absoluteNormal(p) : c;
}

bool within(const fs::path& inner, const fs::path& folder) {
    fs::path rel = inner.lexically_relative(folder);
    return !rel.empty() && *rel.begin() != "..";
}

// A pipe, socket or device: opening one blocks for ever or reads without end.
bool isIrregular(const fs::path& p) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    return !ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st);
}

bool isSymlink(const fs::path& p) {
    std::error_code ec;
    return fs::is_symlink(fs::symlink_status(p, ec));
}

// Archives GDAL reads through a decompressing virtual file system.
enum class Packing { None, Zip, Gzip };

Packing packingOfName(const std::string& name) {
    std::string l = lower(name);
    auto endsWith = [&](const char* e) {
        std::string s = e;
        return l.size() >= s.size() && l.compare(l.size() - s.size(), s.size(), s) == 0;
    };
    if (endsWith(".zip") || endsWith(".kmz") || endsWith(".shz")) return Packing::Zip;
    if (endsWith(".gz") || endsWith(".tgz")) return Packing::Gzip;  // a .tar.gz inflates as its gzip stream
    return Packing::None;
}

// What a GDAL dataset name reads.
struct Target {
    enum class Kind { Local, Network, Nothing, InlineXml } kind = Kind::Nothing;
    fs::path local;  // Local: the file GDAL reads (for /vsizip/ etc.: the archive)
};

// The first existing regular file among p's leading components: the archive
// inside "/p/a.zip/inner/b.csv" (GDAL finds it the same way).
fs::path archiveIn(const fs::path& p) {
    fs::path prefix;
    for (const auto& part : p) {
        prefix /= part;
        std::error_code ec;
        if (fs::is_regular_file(prefix, ec)) return prefix;
    }
    return p;
}

// GDAL's prefixes for local files wrapped in an archive or a byte range.
constexpr const char* kArchivePrefixes[] = {"/vsizip/", "/vsigzip/", "/vsitar/"};

// `name` as GDAL will open it (relativeToVRT already applied); relative
// local paths are read from the process's working folder, as GDAL does.
Target targetOf(const std::string& name) {
    if (name.empty() || name == "@dummy@") return {};  // no name (GDAL fails), or GDAL's VRT placeholder: opens nothing
    if (!name.empty() && name.front() == '<') return {Target::Kind::InlineXml, {}};
    if (startsWithNoCase(name, "CSV:")) return targetOf(name.substr(4));
    if (startsWithNoCase(name, "GPKG:")) {
        // GPKG:file:table, or GPKG:file
        std::string rest = name.substr(5);
        std::error_code ec;
        auto colon = rest.rfind(':');
        if (colon != std::string::npos && colon > 1 && !fs::exists(rest, ec)) rest.resize(colon);
        return targetOf(rest);
    }
    for (const char* prefix : kArchivePrefixes)
        if (startsWithNoCase(name, prefix)) {
            std::string rest = name.substr(std::string(prefix).size());
            if (rest.rfind("/vsi", 0) == 0) return targetOf(rest);  // an archive inside a virtual path
            if (!rest.empty() && rest.front() == '{') {  // "/vsizip/{/p/a.zip}/inner"
                auto close = rest.find('}');
                return {Target::Kind::Local, absoluteNormal(rest.substr(1, close == std::string::npos ? std::string::npos : close - 1))};
            }
            return {Target::Kind::Local, archiveIn(absoluteNormal(rest))};
        }
    if (startsWithNoCase(name, "/vsisubfile/")) {  // "/vsisubfile/offset_size,file"
        std::string rest = name.substr(12);
        auto comma = rest.find(',');
        return comma == std::string::npos ? Target{Target::Kind::Network, {}} : targetOf(rest.substr(comma + 1));
    }
    // Every other /vsi…/ (curl, s3, stdin, mem, …), URLs and connection strings.
    if (isNetworkOrVirtualPath(name)) return {Target::Kind::Network, {}};
    return {Target::Kind::Local, absoluteNormal(name)};
}

bool looksLikeOgrVrt(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::string head(1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head.find("<OGRVRTDataSource") != std::string::npos;  // GDAL's VRT driver looks at content, not the name
}

struct XmlDeleter {
    void operator()(CPLXMLNode* n) const {
        if (n) CPLDestroyXMLNode(n);
    }
};
using XmlPtr = std::unique_ptr<CPLXMLNode, XmlDeleter>;

class ReachCheck {
public:
    ReachCheck(const std::string& layerPath, const SourceReach& reach, const ReadLimits& limits,
               const std::function<bool()>& keepReading)
        : layer_(layerPath), reach_(reach), limits_(limits), keepReading_(keepReading) {
        fs::path own = absoluteNormal(layerPath);
        folder_ = resolved(reach.projectFolder.empty() ? own.parent_path() : fs::path(reach.projectFolder));
        named_.push_back(resolved(own));
        for (const auto& n : reach.namedFiles) named_.push_back(resolved(n));
    }

    std::vector<ReachedFile> run() {
        if (isPgName(layer_)) {
            // A PostgreSQL layer is a database the user chose, not a file
            // reached by accident; only its connection is checked (no password).
            try {
                parsePgConnection(layer_, "cannot read a PostgreSQL layer");
            } catch (const Error& e) {
                throw IoError(e.what());
            }
            files_.push_back({layer_, "", "the layer"});
            return files_;
        }
        if (isNetworkOrVirtualPath(layer_)) {
            // Allowed (a project's "allow_network", --allow-network): only its inflation is measured.
            if (!reach_.allowNetwork) refuse("it is a network or virtual path", networkAdvice());
            Target t = targetOf(layer_);
            if (t.kind == Target::Kind::Local) measure(t.local, layer_);
            files_.push_back({layer_, t.kind == Target::Kind::Local ? t.local.string() : std::string(), "the layer"});
            return files_;
        }
        visit(absoluteNormal(layer_), layer_, "the layer", 0);
        return files_;
    }

    // A file GDAL opened on its own (GDALGetFileList).
    void checkOpened(const std::string& file) {
        if (isPgName(layer_) || isNetworkOrVirtualPath(layer_)) return;  // the project allowed a virtual path for this layer
        Target t = targetOf(file);
        if (t.kind == Target::Kind::Network) {
            if (!reach_.allowNetwork)
                refuse("GDAL opened '" + file + "' for it, a network or virtual source", networkAdvice());
            return;
        }
        if (t.kind == Target::Kind::Local && !allowed(t.local)) refuseOutside(t.local, file, "GDAL opened");
    }

private:
    [[noreturn]] void refuse(const std::string& what, const std::string& advice) const {
        throw IoError("cannot read '" + layer_ + "': " + what + "; " + advice);
    }

    std::string networkAdvice() const {
        return "network and virtual sources are read only when the project says \"allow_network\": true (or the "
               "command line passes --allow-network)";
    }

    [[noreturn]] void refuseOutside(const fs::path& local, const std::string& written, const std::string& via) const {
        fs::path where = resolved(local);
        std::string link = where != absoluteNormal(local) ? ", a symbolic link to " + where.string() : "";
        refuse(via + " '" + written + "' (" + local.string() + link + "), outside the project folder " +
                   folder_.string() + " and not a file the project names, so nothing of the layer is read",
               "copy that file into the project folder (and point to it there), or name it as a layer of the project");
    }

    // Allowed: in the project folder, a named file or inside a named folder,
    // or a sidecar of a named file (same folder, its name up to the extension, then a dot).
    bool allowed(const fs::path& p) const {
        fs::path r = resolved(p);
        if (r == folder_ || within(r, folder_)) return true;
        for (const auto& n : named_) {
            if (r == n || within(r, n)) return true;
            if (r.parent_path() == n.parent_path() &&
                startsWithNoCase(r.filename().string(), n.stem().string() + "."))
                return true;
        }
        return false;
    }

    // The files GDAL opens beside `file` (a shapefile's .dbf, a CSV's .csvt):
    // GDAL looks them up by name in the folder, so each is checked, a
    // symbolic link out of the allowed places refused.
    void checkSidecars(const fs::path& file) {
        const std::string stemDot = lower(file.stem().string()) + ".";
        std::error_code ec;
        for (fs::directory_iterator it(file.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
            const fs::path& p = it->path();
            if (p.filename() == file.filename() || !startsWithNoCase(p.filename().string(), stemDot)) continue;
            if (!allowed(p)) refuseOutside(p, p.filename().string(), "beside " + file.string() + " is");
            if (isIrregular(p))
                refuse("beside " + file.string() + " is '" + p.filename().string() +
                           "', which is not a regular file (a pipe, socket or device), so it is not read",
                       "remove it, or put the file it stands for in its place");
            if (isSymlink(p)) files_.push_back({p.string(), resolved(p).string(), "beside " + file.string()});
        }
    }

    void visit(const fs::path& local, const std::string& written, const std::string& via, int depth) {
        if (!allowed(local)) refuseOutside(local, written, via + " points to");
        // The layer's own file is refused so by the reader; a VRT's source here.
        if (depth > 0 && isIrregular(local))
            refuse(via + " points to '" + written + "' (" + local.string() +
                       "), which is not a regular file (a pipe, socket or device), so it is not read",
                   "point it at a data file");
        files_.push_back({written, local.string(), via});
        checkSidecars(local);
        if (packingOfName(local.string()) != Packing::None) measure(local, written);
        std::error_code ec;
        if (fs::is_regular_file(local, ec) && looksLikeOgrVrt(local)) readVrt(local, depth);
    }

    void readVrt(const fs::path& vrt, int depth) {
        constexpr int kMaxDepth = 8;  // GDAL refuses deeper nesting too; a loop of VRTs ends here
        if (depth >= kMaxDepth || !seenVrts_.insert(resolved(vrt).string()).second)
            refuse("the VRT " + vrt.string() + " is nested " + std::to_string(depth) +
                       " deep or refers to itself through other VRTs",
                   "point its sources at data files");
        detail::GdalErrorCapture errors;
        XmlPtr root(CPLParseXMLFile(vrt.string().c_str()));
        if (!root) refuse("the VRT " + vrt.string() + " is not XML GDAL can read (" + errors.last() + ")", "correct it");
        walk(root.get(), vrt, depth);
    }

    // Every SrcDataSource in the tree (OGRVRTLayer, inside union and warped layers).
    void walk(CPLXMLNode* node, const fs::path& vrt, int depth) {
        for (CPLXMLNode* n = node; n; n = n->psNext) {
            if (n->eType != CXT_Element) continue;
            if (EQUAL(n->pszValue, "SrcDataSource")) source(n, vrt, depth);
            if (EQUAL(n->pszValue, "SrcSQL")) sql(CPLGetXMLValue(n, nullptr, ""), vrt, depth);
            walk(n->psChild, vrt, depth);
        }
    }

    void source(CPLXMLNode* n, const fs::path& vrt, int depth) {
        const std::string written = CPLGetXMLValue(n, nullptr, "");
        const std::string via = "the VRT " + vrt.string();
        std::string name = written;
        // As GDAL's OGRVRTLayer does: relativeToVRT joins the VRT's folder to a
        // relative name, and to the file after a "CSV:" or "GPSBABEL:" prefix.
        if (CPLTestBool(CPLGetXMLValue(n, "relativeToVRT", "0"))) {
            const std::string dir = vrt.parent_path().string();
            std::string prefix;
            for (const char* p : {"CSV:", "GPSBABEL:"})
                if (startsWithNoCase(name, p)) prefix = name.substr(0, name.rfind(':') + 1);
            std::string file = name.substr(prefix.size());
            name = prefix + CPLProjectRelativeFilename(dir.c_str(), file.c_str());
        }
        Target t = startsWithNoCase(name, "GPSBABEL:") ? Target{Target::Kind::Network, {}} : targetOf(name);
        switch (t.kind) {
            case Target::Kind::Nothing: return;
            case Target::Kind::InlineXml:
                refuse(via + " holds a VRT written inline in its SrcDataSource",
                       "write that VRT to a .vrt file in the project folder and name the file instead");
            case Target::Kind::Network:
                if (!reach_.allowNetwork)
                    refuse(via + " names '" + written + "' as a source, a network or virtual source (or a program, "
                                 "GPSBABEL:)",
                           networkAdvice());
                files_.push_back({name, "", via});
                return;
            case Target::Kind::Local: visit(t.local, written, via, depth + 1); return;
        }
    }

    // GDAL's SQL, in both dialects, reads layers of other data sources named
    // before a dot ("SELECT * FROM \"/etc/x.csv\".x", or in a JOIN), and
    // SQLite's ATTACH opens any database: such a name is checked like a
    // source when it looks like a path or names a file GDAL would find (from
    // the working folder); ATTACH is refused.
    void sql(const std::string& text, const fs::path& vrt, int depth) {
        const std::string via = "the SQL of the VRT " + vrt.string();
        auto isWordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
        for (std::size_t i = 0; i < text.size();) {
            std::string token;
            bool quoted = text[i] == '"' || text[i] == '\'';
            if (quoted) {
                const char q = text[i++];
                for (; i < text.size(); ++i) {
                    if (text[i] == q && i + 1 < text.size() && text[i + 1] == q) token += text[++i];  // doubled quote
                    else if (text[i] == q) break;
                    else token += text[i];
                }
                ++i;
            } else if (isWordChar(text[i])) {
                while (i < text.size() && isWordChar(text[i])) token += text[i++];
                if (lower(token) == "attach")
                    refuse(via + " holds ATTACH, which opens another database",
                           "remove it; name the data in the project instead");
            } else {
                ++i;
                continue;
            }
            std::size_t next = i;
            while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next]))) ++next;
            if (next >= text.size() || text[next] != '.' || token.empty()) continue;
            std::error_code ec;
            bool looksLikePath = token.find_first_of("/\\:") != std::string::npos || fs::exists(token, ec);
            if (!looksLikePath) continue;  // a table or alias: "t".code
            Target t = targetOf(token);
            if (t.kind == Target::Kind::Network && !reach_.allowNetwork)
                refuse(via + " names '" + token + "', a network or virtual source", networkAdvice());
            if (t.kind == Target::Kind::InlineXml) refuse(via + " names a VRT written inline", "name a file instead");
            if (t.kind == Target::Kind::Local) visit(t.local, token, via, depth + 1);
        }
    }

    // Inflates the compressed file (all members of a zip) through GDAL, as
    // its drivers would, and stops once the layer's budget is spent.
    void measure(const fs::path& archive, const std::string& written) {
        const Packing packing = packingOfName(archive.string());
        std::error_code ec;
        if (packing == Packing::None || !fs::is_regular_file(archive, ec)) return;  // a pipe is refused elsewhere
        if (!measured_.insert(resolved(archive).string()).second) return;
        CPLConfigOptionSetter noProperties("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO", false);  // write nothing beside a source
        const std::string vsi = (packing == Packing::Zip ? "/vsizip/" : "/vsigzip/") + archive.string();
        std::vector<std::string> members;
        if (packing == Packing::Zip) {
            char** list = VSIReadDirRecursive(vsi.c_str());
            for (char** e = list; e && *e; ++e) members.push_back(vsi + "/" + *e);
            CSLDestroy(list);
        } else {
            members.push_back(vsi);
        }
        // Read handles: closing one loses nothing, so VSIFCloseL's result is not needed.
        std::vector<char> chunk(std::size_t{1} << 20);
        for (const auto& member : members) {
            VSIStatBufL st;
            if (VSIStatL(member.c_str(), &st) != 0 || VSI_ISDIR(st.st_mode)) continue;
            VSILFILE* f = VSIFOpenL(member.c_str(), "rb");
            if (!f) continue;  // GDAL's own open reports it
            std::size_t n = 0;
            while ((n = VSIFReadL(chunk.data(), 1, chunk.size(), f)) > 0) {
                inflated_ += n;
                if (inflated_ > limits_.maxInflatedBytes) {
                    VSIFCloseL(f);
                    refuse("its compressed source '" + written + "' (" + archive.string() + ") inflates to more than " +
                               budgetText(limits_.maxInflatedBytes) + ", the most one layer may read "
                               "(a zip bomb, or data far larger than a province's)",
                           "unpack the data and check what it holds");
                }
                if (keepReading_ && !keepReading_()) {
                    VSIFCloseL(f);
                    throw Cancelled();
                }
            }
            VSIFCloseL(f);
        }
    }

    std::string layer_;
    const SourceReach& reach_;
    const ReadLimits& limits_;
    const std::function<bool()>& keepReading_;
    fs::path folder_;
    std::vector<fs::path> named_;
    std::vector<ReachedFile> files_;
    std::set<std::string> seenVrts_, measured_;
    std::uint64_t inflated_ = 0;
};

}  // namespace

std::string budgetText(std::uint64_t bytes) {
    constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;
    return bytes >= kMiB && bytes % kMiB == 0 ? std::to_string(bytes / kMiB) + " MiB" : std::to_string(bytes) + " bytes";
}

SourceReach projectReach(const Project& project) {
    SourceReach reach;
    reach.projectFolder = project.filePath.empty() ? "" : project.folder();  // unsaved: each layer's own folder
    reach.allowNetwork = project.allowNetwork;
    auto add = [&](const std::string& written) {
        try {
            std::string p = project.resolve(written);
            if (!isNetworkOrVirtualPath(p)) reach.namedFiles.push_back(p);
        } catch (const Error&) {
            // refused paths are reported when their layer is read
        }
    };
    for (const auto& l : project.layers) add(l.path);
    if (project.crosswalk) add(project.crosswalk->path);
    return reach;
}

std::vector<ReachedFile> checkReachBeforeOpen(const std::string& layerPath, const SourceReach& reach,
                                              const ReadLimits& limits, const std::function<bool()>& keepReading) {
    return ReachCheck(layerPath, reach, limits, keepReading).run();
}

void checkFilesOpened(const std::string& layerPath, const std::vector<std::string>& files, const SourceReach& reach) {
    const ReadLimits limits;
    const std::function<bool()> none;
    ReachCheck check(layerPath, reach, limits, none);
    for (const auto& f : files) check.checkOpened(f);
}

}  // namespace geo
