// Saving edits to a shapefile, GeoJSON or FlatGeobuf: a complete new file
// (set) is written beside the source under temporary names, then swapped in
// with the old files kept as a backup (see geo/layer_save.h).
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <set>

#include "geo/atomic_file.h"
#include "layer_save_internal.h"
#include "utc_time.h"

namespace geo::detail {
namespace fs = std::filesystem;

namespace {

fs::path folderOf(const fs::path& file) { return file.parent_path().empty() ? fs::path(".") : file.parent_path(); }

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// A temporary stem named as geo/atomic_file.h names its own
// (".plots~shp.tmp<pid>-<n>"), so that the files a killed save leaves are
// found and removed by the next writer to the same target.
std::string temporaryStem(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    std::string name(".");
    name += target.stem().string();
    name += '~';
    std::string ext = target.extension().string();
    if (!ext.empty()) name += ext.substr(1) + ".";
    name += "tmp" + std::to_string(::getpid()) + "-" + std::to_string(1000000 + counter++);
    return name;
}

// The files of the folder whose name is stem followed by '.' and an extension.
std::vector<fs::path> filesWithStem(const fs::path& folder, const std::string& stem) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() > stem.size() && name.compare(0, stem.size(), stem) == 0 && name[stem.size()] == '.')
            out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Removes what it holds unless released: the temporary files of a save.
class TemporaryFiles {
public:
    TemporaryFiles(fs::path folder, std::string stem) : folder_(std::move(folder)), stem_(std::move(stem)) {}
    ~TemporaryFiles() {
        for (const auto& p : filesWithStem(folder_, stem_)) {
            std::error_code ec;
            fs::remove(p, ec);  // best effort: the next writer removes leftovers of dead processes
        }
    }
    TemporaryFiles(const TemporaryFiles&) = delete;
    TemporaryFiles& operator=(const TemporaryFiles&) = delete;

private:
    fs::path folder_;
    std::string stem_;
};

void syncPath(const fs::path& path, bool folder) {
    int fd = ::open(path.c_str(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) {
        if (folder) return;  // some file systems refuse to open folders: best effort
        throw IoError("cannot write '" + path.string() + "': " + std::strerror(errno));
    }
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    if (rc != 0 && !folder) throw IoError("cannot write '" + path.string() + "': " + std::strerror(err));
}

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw IoError("cannot read '" + p.string() + "'");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw IoError("cannot write '" + p.string() + "'");
}

// The file of the source with extension ext (any case), or "".
fs::path sourceFileWithExtension(const SourceStamp& stamp, const fs::path& source, const std::string& ext) {
    for (const auto& f : stamp.files)
        if (lower(f.path.extension().string()) == ext && f.path.stem() == source.stem()) return f.path;
    return {};
}

// A hard link (the old file's own bytes, its time kept), else a copy with its
// time set back, flushed to disk.
void keepCopy(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::create_hard_link(from, to, ec);
    if (!ec) return;
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
    if (ec) throw IoError("cannot copy '" + from.string() + "' to '" + to.string() + "': " + ec.message());
    fs::last_write_time(to, fs::last_write_time(from, ec), ec);
    syncPath(to, false);
}

// A backup's time stamp, "20261130-184500".
std::string utcStamp() { return detail::utcNow("%Y%m%d-%H%M%S"); }

struct Replacement {
    fs::path from;    // new file (temporary name); empty = remove `to`
    fs::path to;      // the source's file
};

// Puts the old files back after a failed swap: each is linked from its
// backup to a temporary name and renamed into place, through a journal of its
// own, so that a crash now still ends with the old set whole.
void restoreFromBackup(const fs::path& target, const std::vector<std::pair<fs::path, fs::path>>& oldAndBackup,
                       const std::vector<fs::path>& newOnly) {
    const fs::path folder = folderOf(target);
    const std::string stem = temporaryStem(target);
    std::vector<ReplaceStep> steps;
    for (const auto& [old, backup] : oldAndBackup) {
        // Not replaced yet: the old file is still the backup's inode (and
        // rename() between two links of one file does nothing at all).
        std::error_code same;
        if (fs::equivalent(old, backup, same)) continue;
        fs::path temp = folder / (stem + old.extension().string());
        keepCopy(backup, temp);
        steps.push_back({temp, old});
    }
    for (const auto& p : newOnly) steps.push_back({fs::path(), p});
    writeReplaceJournal(target, steps);
    for (const auto& s : steps) {
        std::error_code ec;
        if (s.from.empty())
            fs::remove(s.to, ec);
        else
            fs::rename(s.from, s.to, ec);
        if (ec) throw IoError("cannot put '" + s.to.string() + "' back: " + ec.message());
    }
    syncPath(folder, true);
    fs::remove(replaceJournalPath(target));
    syncPath(folder, true);
}

// Swaps the new files in. Returns the main file's backup.
fs::path swapIn(const fs::path& target, const std::vector<fs::path>& oldFiles, const std::vector<Replacement>& steps,
                const SaveHooks& hooks) {
    const fs::path folder = folderOf(target);
    const fs::path backupFolder = folder / ".vungtrong-backup";
    std::error_code ec;
    fs::create_directories(backupFolder, ec);
    if (ec) throw IoError("cannot make the backup folder '" + backupFolder.string() + "': " + ec.message());
    // One name per save: "plots-20260130-101500.shp", "-2" etc. when saved twice a second.
    std::string suffix = "-" + utcStamp();
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const auto& old : oldFiles)
            if (fs::exists(backupFolder / (old.stem().string() + suffix + old.extension().string()))) taken = true;
        if (!taken) break;
        suffix = "-" + utcStamp() + "-" + std::to_string(n);
    }
    std::vector<std::pair<fs::path, fs::path>> oldAndBackup;
    fs::path mainBackup;
    for (const auto& old : oldFiles) {
        fs::path backup = backupFolder / (old.stem().string() + suffix + old.extension().string());
        keepCopy(old, backup);
        oldAndBackup.emplace_back(old, backup);
        if (old == target) mainBackup = backup;
    }
    syncPath(backupFolder, true);
    auto dropBackups = [&] {
        for (const auto& [old, backup] : oldAndBackup) fs::remove(backup, ec);
    };

    std::vector<ReplaceStep> journal;
    for (const auto& s : steps) journal.push_back({s.from, s.to});
    try {
        writeReplaceJournal(target, journal);  // from here, a crash is finished by the next writer
    } catch (...) {
        dropBackups();
        throw;
    }
    std::vector<fs::path> newOnly;  // files the old set did not have, once put in place
    try {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (hooks.beforeSwapStep) hooks.beforeSwapStep(i, steps[i].to);
            const bool existed = std::find(oldFiles.begin(), oldFiles.end(), steps[i].to) != oldFiles.end();
            if (steps[i].from.empty())
                fs::remove(steps[i].to, ec);
            else
                fs::rename(steps[i].from, steps[i].to, ec);
            if (ec) throw IoError("cannot replace '" + steps[i].to.string() + "': " + ec.message());
            if (!existed && !steps[i].from.empty()) newOnly.push_back(steps[i].to);
        }
    } catch (const std::exception& e) {
        try {
            restoreFromBackup(target, oldAndBackup, newOnly);
        } catch (const std::exception& r) {
            throw IoError("cannot save '" + target.string() + "': " + e.what() +
                          "; putting the original files back failed too (" + r.what() + "): they are in '" +
                          backupFolder.string() + "' with the suffix " + suffix);
        }
        dropBackups();
        throw IoError("cannot save '" + target.string() + "': " + e.what() +
                      "; the original files were put back as they were");
    }
    syncPath(folder, true);
    fs::remove(replaceJournalPath(target), ec);
    syncPath(folder, true);
    return mainBackup;
}

}  // namespace

SaveResult saveAsNewFileSet(const LayerEdits& edits, GDALDatasetH source, const SaveHooks& hooks,
                            const ProgressFn& progress) {
    const fs::path target = edits.sourcePath;
    const fs::path folder = folderOf(target);
    const std::string label = sourceLabel(edits);
    (void)removeLeftoverTemporaryFiles(target);  // a killed save's files, never a live one's

    const SourceStamp stamp = edits.loaded;
    OGRLayerH from = editedLayer(source, edits);
    GDALDriverH driverHandle = GDALGetDatasetDriver(source);
    const std::string driver = driverHandle ? GDALGetDriverShortName(driverHandle) : "";
    const bool dbf = driver == "ESRI Shapefile";
    const std::optional<TextEncoding> encoding = dbf ? dbfEncoding(edits) : std::nullopt;
    // GeoJSON features may carry their own "id": then they keep it. Without,
    // GDAL numbers them by position, and so must the new file (no ids added).
    bool keepIds = false;
    std::int64_t nextId = 0;
    if (driver == "GeoJSON") {
        OGR_L_ResetReading(from);
        std::int64_t position = 0;
        for (FeaturePtr f(OGR_L_GetNextFeature(from)); f; f.reset(OGR_L_GetNextFeature(from)), ++position) {
            const std::int64_t fid = OGR_F_GetFID(f.get());
            if (fid != position) keepIds = true;
            nextId = std::max(nextId, fid + 1);
        }
    }
    // A FlatGeobuf with a spatial index stores its features in the index's order.
    const bool fgbIndexed = driver == "FlatGeobuf" && OGR_L_TestCapability(from, OLCFastSpatialFilter);

    const std::string stem = temporaryStem(target);
    TemporaryFiles temporaries(folder, stem);
    const fs::path tempMain = folder / (stem + target.extension().string());
    SaveResult result;
    {
        GdalErrorCapture errors;
        DatasetPtr out(GDALCreate(driverHandle, tempMain.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!out)
            throw IoError("cannot save " + label + ": cannot write '" + tempMain.string() + "': " + errors.last());
        OptionList layerOptions;
        if (dbf) layerOptions.set("ENCODING", "");  // raw bytes, as read: the .cpg is copied
        if (driver == "FlatGeobuf") layerOptions.set("SPATIAL_INDEX", fgbIndexed ? "YES" : "NO");
        OGRLayerH to = GDALDatasetCreateLayer(out.get(), OGR_L_GetName(from), OGR_L_GetSpatialRef(from),
                                              OGR_L_GetGeomType(from), layerOptions.get());
        if (!to) throw IoError("cannot save " + label + ": GDAL cannot create the new layer: " + errors.last());
        OGRFeatureDefnH fromDefn = OGR_L_GetLayerDefn(from);
        for (int i = 0; i < OGR_FD_GetFieldCount(fromDefn); ++i)
            if (OGR_L_CreateField(to, OGR_FD_GetFieldDefn(fromDefn, i), FALSE) != OGRERR_NONE)
                throw IoError("cannot save " + label + ": GDAL cannot copy the field '" +
                              OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(fromDefn, i)) + "': " + errors.last());
        OGRFeatureDefnH toDefn = OGR_L_GetLayerDefn(to);
        if (OGR_FD_GetFieldCount(toDefn) != OGR_FD_GetFieldCount(fromDefn))
            throw IoError("cannot save " + label + ": GDAL did not copy every field");
        std::vector<int> sameFields(static_cast<std::size_t>(OGR_FD_GetFieldCount(fromDefn)));
        for (std::size_t i = 0; i < sameFields.size(); ++i) sameFields[i] = static_cast<int>(i);
        EditWriter writer(edits, to, encoding, encoding, from);

        std::map<std::int64_t, const FeatureEdit*> byFid;
        std::vector<const FeatureEdit*> inserts;
        for (const auto& e : edits.edits) {
            if (e.kind == FeatureEdit::Kind::Insert) {
                inserts.push_back(&e);
            } else if (!byFid.emplace(e.fid, &e).second) {
                throw Error("cannot save " + label + ": feature FID " + std::to_string(e.fid) + " is edited twice");
            }
            if (e.kind == FeatureEdit::Kind::Delete && !keepIds) result.fidsRenumbered = true;
        }
        if (fgbIndexed) result.fidsRenumbered = true;
        std::set<std::int64_t> seen;
        std::int64_t position = 0;
        // Writes f (with its FID when ids are kept); returns the FID a reader
        // will give it: its id, else its position.
        auto write = [&](OGRFeatureH f, std::int64_t fid, const std::string& which) {
            errors.take();
            OGR_F_SetFID(f, keepIds ? fid : OGRNullFID);
            if (OGRErr err = OGR_L_CreateFeature(to, f); err != OGRERR_NONE || !errors.messages().empty())
                throw IoError("cannot save " + label + ", " + which + ": " +
                              (errors.last().empty() ? "OGR error " + std::to_string(err) : errors.last()));
            return keepIds ? fid : position++;
        };
        OGR_L_ResetReading(from);
        const GIntBig count = OGR_L_GetFeatureCount(from, FALSE);
        const SaveProgress ticker(progress, count > 0 ? static_cast<std::size_t>(count) + inserts.size() : 0);
        std::size_t copied = 0;
        errors.take();
        for (;;) {
            ticker.tick(copied++);
            FeaturePtr f(OGR_L_GetNextFeature(from));
            if (!errors.messages().empty())
                throw IoError("cannot save " + label + ": reading the source failed: " + errors.last());
            if (!f) break;
            const std::int64_t fid = OGR_F_GetFID(f.get());
            const std::string which = "feature FID " + std::to_string(fid);
            auto edit = byFid.find(fid);
            if (edit != byFid.end()) seen.insert(fid);
            if (edit != byFid.end() && edit->second->kind == FeatureEdit::Kind::Delete) continue;
            FeaturePtr copy(OGR_F_Create(toDefn));
            if (!copy || OGR_F_SetFromWithMap(copy.get(), f.get(), FALSE, sameFields.data()) != OGRERR_NONE)
                throw IoError("cannot save " + label + ", " + which + ": GDAL cannot copy it: " + errors.last());
            if (edit != byFid.end()) writer.fill(copy.get(), *edit->second, which);
            write(copy.get(), fid, which);
        }
        for (const auto& [fid, e] : byFid)
            if (!seen.count(fid))
                throw Error("cannot save " + label + ": feature FID " + std::to_string(fid) +
                            " is no longer in the source");
        for (std::size_t i = 0; i < inserts.size(); ++i) {
            const std::string which = "new feature " + std::to_string(i + 1);
            FeaturePtr f(OGR_F_Create(toDefn));
            if (!f) throw IoError("cannot save " + label + ": GDAL cannot create a feature");
            writer.fill(f.get(), *inserts[i], which);
            result.insertedFids.push_back(write(f.get(), nextId++, which));
        }
        if (fgbIndexed) result.insertedFids.clear();  // the index reorders them on closing: read the layer again
        errors.take();
        out.reset();  // closing writes the headers
        if (!errors.messages().empty())
            throw IoError("cannot save " + label + ": writing '" + tempMain.string() + "' failed: " + errors.last());
    }

    // The .prj and .cpg as they were, byte for byte (GDAL would rewrite the
    // .prj in its own words and, writing raw bytes, no .cpg at all).
    for (const char* ext : {".prj", ".cpg"}) {
        fs::path theirs = sourceFileWithExtension(stamp, target, ext);
        fs::path ours = folder / (stem + ext);
        std::error_code ec;
        if (theirs.empty())
            fs::remove(ours, ec);
        else
            writeAll(ours, readAll(theirs));
    }
    // The DBF's language driver byte (its encoding, for programs without a .cpg).
    if (fs::path dbf = sourceFileWithExtension(stamp, target, ".dbf"); !dbf.empty()) {
        const std::string old = readAll(dbf);
        fs::path ours = folder / (stem + ".dbf");
        std::string fresh = readAll(ours);
        if (old.size() > 29 && fresh.size() > 29 && fresh[29] != old[29]) {
            fresh[29] = old[29];
            writeAll(ours, fresh);
        }
    }

    // The new set: each new file to the old file of its extension. Old files
    // with no new one (.qix, .sbn, .sbx: indexes of the old geometry) go.
    std::vector<fs::path> oldFiles;
    for (const auto& f : stamp.files) oldFiles.push_back(f.path);
    std::vector<Replacement> steps;
    std::set<fs::path> replaced;
    fs::path mainStep;
    for (const auto& temp : filesWithStem(folder, stem)) {
        const std::string ext = temp.filename().string().substr(stem.size());
        fs::path to = sourceFileWithExtension(stamp, target, lower(ext));
        if (to.empty()) to = folder / (target.stem().string() + ext);
        syncPath(temp, false);
        if (to == target) {
            mainStep = temp;
            continue;
        }
        steps.push_back({temp, to});
        replaced.insert(to);
    }
    if (mainStep.empty()) throw IoError("cannot save " + label + ": GDAL wrote no '" + tempMain.string() + "'");
    for (const auto& old : oldFiles)
        if (old != target && !replaced.count(old)) steps.push_back({fs::path(), old});
    steps.push_back({mainStep, target});  // readers look for the main file: last
    result.backup = swapIn(target, oldFiles, steps, hooks);
    SaveProgress(progress, 0).done();
    return result;
}

fs::path replaceFileWithBackup(const fs::path& target, const std::string& bytes, const SaveHooks& hooks) {
    const fs::path folder = folderOf(target);
    const std::string stem = temporaryStem(target);
    TemporaryFiles temporaries(folder, stem);  // removed unless renamed into place
    const fs::path temp = folder / (stem + target.extension().string());
    writeAll(temp, bytes);
    syncPath(temp, false);
    return swapIn(target, {target}, {{temp, target}}, hooks);
}

}  // namespace geo::detail
