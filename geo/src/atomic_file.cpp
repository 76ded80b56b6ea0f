#include "geo/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "geo/error.h"
#include "geo/source_guard.h"

namespace geo {
namespace fs = std::filesystem;

namespace {

fs::path uniqueTempBeside(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "." + string.
    std::string name(".");
    name += target.stem().string();
    name += ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    name += target.extension().string();
    return dir / name;
}

// Flush a file written by someone else (a GDAL driver) to disk: after a
// crash, the renamed file must hold its data, not zeros.
void syncFile(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw IoError("cannot write '" + path.string() + "': " + std::strerror(errno));
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    if (rc != 0) throw IoError("cannot write '" + path.string() + "': " + std::strerror(err));
}

// Make the renames in a folder durable (POSIX: a rename is in the folder's
// data). Best effort by design: the new file is already in place, complete and
// flushed, so a folder that cannot be opened or synced (some network file
// systems refuse it) must not turn a finished write into a reported failure.
void syncFolder(const fs::path& file) {
    fs::path dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
}

}  // namespace

void writeFileAtomically(const fs::path& path, std::string_view content, bool allowProjectFile) {
    refuseToOverwriteSources(path, {}, allowProjectFile);
    fs::path temp = uniqueTempBeside(path);
    FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f) throw IoError("cannot write '" + path.string() + "': " + std::strerror(errno));
    bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    int writeErrno = errno;
    ok = (std::fflush(f) == 0) && ok;
    if (ok && ::fsync(::fileno(f)) != 0) ok = false, writeErrno = errno;
    if (std::fclose(f) != 0 && ok) ok = false, writeErrno = errno;
    if (!ok) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw IoError("cannot write '" + path.string() + "': " + std::strerror(writeErrno ? writeErrno : EIO));
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw IoError("cannot replace '" + path.string() + "': " + ec.message());
    }
    syncFolder(path);
}

AtomicReplace::AtomicReplace(fs::path target) : target_(std::move(target)), temp_(uniqueTempBeside(target_)) {
    refuseToOverwriteSources(target_);  // before any work: the sidecars are checked again at commit
}

AtomicReplace::~AtomicReplace() {
    if (committed_) return;
    std::error_code ec;
    fs::remove_all(temp_, ec);
    for (const char* ext : {".dbf", ".shx", ".prj", ".cpg", ".qix", ".cst"})
        fs::remove(fs::path(temp_).replace_extension(ext), ec);
}

void AtomicReplace::commit(const std::vector<std::string>& sidecarExtensions) {
    refuseToOverwriteSources(target_, sidecarExtensions);
    std::error_code ec;
    for (const auto& ext : sidecarExtensions) {
        fs::path from = fs::path(temp_).replace_extension(ext);
        if (fs::exists(from, ec)) syncFile(from);
    }
    if (!fs::is_directory(temp_, ec)) syncFile(temp_);
    // Sidecars first, main file last: readers look for the main file.
    for (const auto& ext : sidecarExtensions) {
        fs::path from = fs::path(temp_).replace_extension(ext);
        if (!fs::exists(from, ec)) continue;
        fs::rename(from, fs::path(target_).replace_extension(ext), ec);
        if (ec) throw IoError("cannot replace '" + fs::path(target_).replace_extension(ext).string() + "': " + ec.message());
    }
    fs::rename(temp_, target_, ec);
    if (ec) throw IoError("cannot replace '" + target_.string() + "': " + ec.message());
    committed_ = true;
    syncFolder(target_);
}

}  // namespace geo
