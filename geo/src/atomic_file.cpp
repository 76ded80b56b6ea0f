#include "geo/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "geo/error.h"

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

}  // namespace

void writeFileAtomically(const fs::path& path, std::string_view content) {
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
}

AtomicReplace::AtomicReplace(fs::path target) : target_(std::move(target)), temp_(uniqueTempBeside(target_)) {}

AtomicReplace::~AtomicReplace() {
    if (committed_) return;
    std::error_code ec;
    fs::remove_all(temp_, ec);
    for (const char* ext : {".dbf", ".shx", ".prj", ".cpg", ".qix", ".cst"})
        fs::remove(fs::path(temp_).replace_extension(ext), ec);
}

void AtomicReplace::commit(const std::vector<std::string>& sidecarExtensions) {
    std::error_code ec;
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
}

}  // namespace geo
