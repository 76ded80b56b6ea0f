#include "geo/source_guard.h"

#include "geo/postgis.h"

#include <sys/stat.h>

#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "geo/error.h"
#include "geo/project.h"

namespace geo {
namespace fs = std::filesystem;

namespace {

// The files a GIS format keeps beside its main file: a writer that replaces
// one of them changes the source as surely as one that replaces the main file.
const std::vector<std::string>& sidecarsOf() {
    static const std::vector<std::string> exts = {".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx",
                                                  ".csvt", ".aux.xml", ".xml", ".qmd", ".gfs", "-wal", "-shm"};
    return exts;
}

struct Source {
    std::string what;  // for the message: "the open project's file p.vtproj", ...
    bool isProjectFile = false;
    fs::path file;     // the registered file itself
};

struct Registry {
    std::mutex mutex;
    std::map<std::pair<dev_t, ino_t>, Source> byIdentity;  // existing files, whatever their name
    std::map<std::string, Source> byPath;                   // canonical paths (files not there yet too)
};

Registry& registry() {
    static Registry r;
    return r;
}

std::string canonicalText(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return (ec ? fs::absolute(p, ec).lexically_normal() : c).string();
}

void add(Registry& r, const fs::path& path, Source source) {
    source.file = path;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) r.byIdentity.emplace(std::make_pair(st.st_dev, st.st_ino), source);
    r.byPath.emplace(canonicalText(path), source);
}

// An identity is only as good as the file still holding it: a source
// deleted since (a temporary project) frees its inode number for new files.
bool stillIdentifies(const Source& s, const struct stat& target) {
    struct stat now {};
    return ::stat(s.file.c_str(), &now) == 0 && now.st_dev == target.st_dev && now.st_ino == target.st_ino;
}

// path and the files beside it with the same stem and a sidecar extension.
void addWithSidecars(Registry& r, const fs::path& path, const Source& source) {
    add(r, path, source);
    for (const auto& ext : sidecarsOf()) {
        fs::path side = path;
        side.replace_extension(ext);
        add(r, side, source);
        add(r, fs::path(path.string() + ext), source);  // "x.tif.aux.xml", "x.shp.xml"
    }
}

fs::path underFolder(const Project& project, const std::string& path) {
    fs::path p(path);
    return p.is_absolute() ? p : fs::path(project.folder()) / p;
}

}  // namespace

void protectProjectSources(const Project& project) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    add(r, project.filePath, {"the open project's file " + project.filePath, true, {}});
    for (const auto& layer : project.layers)
        if (!layer.path.empty() && !isPgName(layer.path))  // a database table is no file
            addWithSidecars(r, underFolder(project, layer.path),
                            {"a source of layer '" + layer.id + "' of the open project (" + layer.path + ")", false, {}});
    if (project.crosswalk && !project.crosswalk->path.empty())
        addWithSidecars(r, underFolder(project, project.crosswalk->path),
                        {"the crosswalk of the open project (" + project.crosswalk->path + ")", false, {}});
    for (const auto& basemap : project.basemaps)
        if (!basemap.path.empty())
            addWithSidecars(r, underFolder(project, basemap.path),
                            {"the raster of basemap '" + basemap.id + "' of the open project (" + basemap.path + ")", false, {}});
}

void protectSourceFile(const std::string& path, const std::string& what) {
    if (path.empty()) return;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    addWithSidecars(r, path, {what, false, {}});
}

void clearProtectedSources() {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.byIdentity.clear();
    r.byPath.clear();
}

void refuseToOverwriteSources(const fs::path& target, const std::vector<std::string>& sidecarExtensions,
                              bool allowProjectFiles) {
    std::vector<fs::path> written = {target};
    for (const auto& ext : sidecarExtensions) written.push_back(fs::path(target).replace_extension(ext));
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto& path : written) {
        const Source* hit = nullptr;
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0) {
            auto it = r.byIdentity.find({st.st_dev, st.st_ino});
            if (it != r.byIdentity.end() && stillIdentifies(it->second, st)) hit = &it->second;
        }
        if (!hit) {
            auto it = r.byPath.find(canonicalText(path));
            if (it != r.byPath.end()) hit = &it->second;
        }
        if (!hit || (allowProjectFiles && hit->isProjectFile)) continue;
        throw IoError("refusing to write '" + path.string() + "': it is " + hit->what +
                      "; sources are never modified: choose another file name");
    }
}

}  // namespace geo
