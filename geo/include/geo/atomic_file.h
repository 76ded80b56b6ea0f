#pragma once
// Atomic writes: everything is written to a temporary file beside the target
// and renamed over it only when complete, so an interrupted or failed write
// leaves any previous file intact.
//
// Sets of files (a shapefile's .shp/.shx/.dbf/.prj/.cpg/.fieldmap.csv, a CSV
// and its .csvt) cannot be renamed in one step, so a set is committed
// through a journal:
//   1. every file of the new set is written under one unique temporary stem
//      beside the target (".plots~shp.tmp<pid>-<n>.dbf", ...) and fsynced;
//   2. the journal ".plots.shp.vtjournal" (one line per step: rename a
//      temporary file over its target, or remove a sidecar the new set does
//      not have) is written to a temporary file, fsynced and renamed into
//      place, then the folder is fsynced: this is the commit point;
//   3. the steps run (sidecars first, the main file last), the folder is
//      fsynced, and the journal is removed.
// A kill before 2 leaves the old set whole and some temporary files; after
// 2, every new file is complete on disk, so the set can always be finished.
// The next writer to the same target finishes an interrupted journal (roll
// forward), then removes temporary files of ours left beside the target by
// a process that no longer runs, and says what it did (AtomicReplace::
// notes). Readers never write: geo::readLayer refuses a set whose journal
// shows it half-replaced (checkNotHalfReplaced) and reads one that is wholly
// old or wholly new with a warning.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// Write content to path atomically: the data is flushed to disk (fsync)
// before the rename, and the folder after it. A path that is a source of an
// open project is refused (source_guard.h); allowProjectFile lets "Save
// project" replace its own project file. Throws IoError naming path and reason.
void writeFileAtomically(const std::filesystem::path& path, std::string_view content, bool allowProjectFile = false);

// For writers that need a path of their own (GDAL drivers): hands out a
// temporary path in the target's folder with the target's extension; commit()
// replaces the target (and its sidecar files, e.g. .dbf/.shx/.prj/.cpg) with
// it, as one set (see above); the destructor removes whatever was not
// committed. Constructing one finishes an interrupted commit to the same
// target and removes temporary files a killed writer left beside it.
class AtomicReplace {
public:
    explicit AtomicReplace(std::filesystem::path target);
    ~AtomicReplace();
    AtomicReplace(const AtomicReplace&) = delete;
    AtomicReplace& operator=(const AtomicReplace&) = delete;

    const std::filesystem::path& tempPath() const { return temp_; }
    const std::filesystem::path& target() const { return target_; }
    // What the constructor repaired: an interrupted commit it finished,
    // leftover temporary files it removed (each named). For the export report.
    const std::vector<std::string>& notes() const { return notes_; }
    // sidecarExtensions: e.g. {".dbf", ".shx", ".prj", ".cpg"} for shapefiles.
    // The target's sidecar with one of these extensions that this write did
    // not produce is removed, so no file of an older set survives beside the
    // new one. Refuses (IoError) when the target or a sidecar is a source of
    // an open project; flushes every file to disk before renaming, the folder
    // after.
    void commit(const std::vector<std::string>& sidecarExtensions = {});

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    std::vector<std::string> notes_;
    bool committed_ = false;
};

// The journal of a set commit to target: ".<target name>.vtjournal" beside it.
std::filesystem::path replaceJournalPath(const std::filesystem::path& target);

// One step of a set commit: rename `from` over `to`, or remove `to` when
// `from` is empty. Both in the target's folder.
struct ReplaceStep {
    std::filesystem::path from;
    std::filesystem::path to;
};

// Writes the journal of target durably (step 2 above). Exposed so that tests
// can stop a commit half-way; writers use AtomicReplace::commit.
void writeReplaceJournal(const std::filesystem::path& target, const std::vector<ReplaceStep>& steps);

// Writer side: runs the steps of target's journal that were not done, then
// removes the journal. Returns a note naming what was finished, nullopt when
// there was no journal. Throws IoError when a step cannot be done.
std::optional<std::string> finishInterruptedReplace(const std::filesystem::path& target);

// Writer side: removes temporary files of ours beside target whose writing
// process no longer runs. Returns notes naming the files removed and those
// that could not be (with the reason); empty when there were none.
std::vector<std::string> removeLeftoverTemporaryFiles(const std::filesystem::path& target);

// Reader side, never writes: when a journal names file, throws IoError if the
// set is half-replaced (some files old, some new); returns a warning when the
// set is wholly old or wholly new (the journal was left), nullopt without one.
std::optional<std::string> checkNotHalfReplaced(const std::filesystem::path& file);

}  // namespace geo
