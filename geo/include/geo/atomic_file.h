#pragma once
// Atomic writes: everything is written to a temporary file beside the target
// and renamed over it only when complete, so an interrupted or failed write
// leaves any previous file intact.
#include <filesystem>
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
// renames it (and its sidecar files, e.g. .dbf/.shx/.prj/.cpg) over the
// target; the destructor removes whatever was not committed.
class AtomicReplace {
public:
    explicit AtomicReplace(std::filesystem::path target);
    ~AtomicReplace();
    AtomicReplace(const AtomicReplace&) = delete;
    AtomicReplace& operator=(const AtomicReplace&) = delete;

    const std::filesystem::path& tempPath() const { return temp_; }
    const std::filesystem::path& target() const { return target_; }
    // sidecarExtensions: e.g. {".dbf", ".shx", ".prj", ".cpg"} for shapefiles.
    // Refuses (IoError) when the target or a sidecar is a source of an open
    // project; flushes every file to disk before renaming, the folder after.
    void commit(const std::vector<std::string>& sidecarExtensions = {});

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    bool committed_ = false;
};

}  // namespace geo
