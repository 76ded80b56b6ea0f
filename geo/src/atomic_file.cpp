#include "geo/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "geo/error.h"
#include "geo/source_guard.h"

namespace geo {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJournalHeader = "vungtrong replace journal 1";
constexpr std::string_view kJournalEnd = "end";

fs::path folderOf(const fs::path& file) { return file.parent_path().empty() ? fs::path(".") : file.parent_path(); }

// Built piece by piece: GCC 12 warns falsely (-Wrestrict) on "." + string.
std::string hiddenName(const fs::path& target, std::string_view suffix) {
    std::string name(".");
    name += target.filename().string();
    name += suffix;
    return name;
}

// ".plots~shp.tmp" for plots.shp: every temporary file of a write to
// plots.shp starts with it, so leftovers are found by the target's name. Not
// ".plots.shp.tmp": GDAL's XLSX driver cannot save a name holding ".xlsx"
// twice (its /vsizip/ path stops at the first).
std::string temporaryPrefix(const fs::path& target) {
    std::string name(".");
    name += target.stem().string();
    name += '~';
    // Without an extension, no '.' before "tmp": the temporary name then has
    // no extension either, so replace_extension(".dbf") keeps its stem.
    std::string ext = target.extension().string();
    if (!ext.empty()) name += ext.substr(1) + ".";
    name += "tmp";
    return name;
}

// extension: the temporary file's; the target's by default, so that GDAL
// picks the same driver options by it.
fs::path uniqueTempBeside(const fs::path& target, std::string extension = {}) {
    static std::atomic<unsigned> counter{0};
    std::string name = temporaryPrefix(target);
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(counter++);
    name += extension.empty() ? target.extension().string() : extension;
    return folderOf(target) / name;
}

// A temporary name of a write to target: prefix, "<pid>-<n>", then nothing or
// '.'/'-' and anything (".shp", ".gpkg-journal"). The pid, or nullopt.
std::optional<long> temporaryOwner(const std::string& name, const std::string& prefix) {
    if (name.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    std::size_t i = prefix.size();
    auto digits = [&] {
        std::size_t start = i;
        while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
        return i > start && i - start <= 9 ? std::optional<long>(std::stol(name.substr(start, i - start))) : std::nullopt;
    };
    std::optional<long> pid = digits();
    if (!pid || i >= name.size() || name[i] != '-') return std::nullopt;
    ++i;
    if (!digits()) return std::nullopt;
    if (i < name.size() && name[i] != '.' && name[i] != '-') return std::nullopt;
    return pid;
}

bool processRuns(long pid) { return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM; }

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
    int fd = ::open(folderOf(file).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
}

// content into a new file at temp, flushed to disk; removes temp and throws
// IoError naming `what` on failure.
void writeDurably(const fs::path& temp, std::string_view content, const fs::path& what) {
    FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f) throw IoError("cannot write '" + what.string() + "': " + std::strerror(errno));
    bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    int writeErrno = errno;
    ok = (std::fflush(f) == 0) && ok;
    if (ok && ::fsync(::fileno(f)) != 0) ok = false, writeErrno = errno;
    if (std::fclose(f) != 0 && ok) ok = false, writeErrno = errno;
    if (!ok) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw IoError("cannot write '" + what.string() + "': " + std::strerror(writeErrno ? writeErrno : EIO));
    }
}

// content into a new temporary file beside `to` (named after tempOf, with extension),
// flushed to disk, then renamed over `to` and the folder synced: `to` holds
// its old bytes or the new ones, never a mix. Throws IoError saying
// "cannot <verb> '<to>'", and leaves no temporary file, on failure.
void replaceDurably(const fs::path& to, std::string_view content, const std::string& extension, const char* verb,
                    const fs::path& tempOf) {
    // Named after the write it belongs to (tempOf), so that the clean-up of
    // that target's leftovers recognises it after a crash.
    fs::path temp = uniqueTempBeside(tempOf, extension);
    writeDurably(temp, content, to);
    std::error_code ec;
    fs::rename(temp, to, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw IoError(std::string("cannot ") + verb + " '" + to.string() + "': " + ec.message());
    }
    syncFolder(to);
}

// Removes every file of the temporary set of one write to target (temp
// ".plots~shp.tmp123-4.shp": ".plots~shp.tmp123-4" followed by nothing, '.'
// or '-': ".dbf", ".fieldmap.csv", ".gpkg-journal").
void removeTemporarySet(const fs::path& temp, const fs::path& target) {
    std::string stem = temp.filename().string();
    stem.erase(stem.size() - target.extension().string().size());  // temp has the target's extension
    std::error_code ec;
    for (fs::directory_iterator it(folderOf(temp), ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.compare(0, stem.size(), stem) != 0) continue;
        if (name.size() > stem.size() && name[stem.size()] != '.' && name[stem.size()] != '-') continue;
        std::error_code rc;
        fs::remove_all(it->path(), rc);  // best effort: the next writer removes what is left, and says so
    }
}

std::string stepLine(const ReplaceStep& s) {
    return s.from.empty() ? "remove\t" + s.to.filename().string() : "rename\t" + s.from.filename().string() + "\t" + s.to.filename().string();
}

// The steps of target's journal (paths in the target's folder); nullopt
// without a journal. A journal that does not parse is an error: it is only
// ever renamed into place complete, so it was not written by us.
std::optional<std::vector<ReplaceStep>> readJournal(const fs::path& target, const std::string& doing) {
    fs::path journal = replaceJournalPath(target);
    std::error_code ec;
    // A path that cannot be looked at (a database connection, a /vsi path)
    // has no journal: the write or read then fails on its own terms.
    if (!fs::exists(journal, ec)) return std::nullopt;
    std::ifstream in(journal, std::ios::binary);
    auto bad = [&](const std::string& why) {
        return IoError("cannot " + doing + " '" + target.string() + "': its replacement journal '" + journal.string() +
                       "' " + why + "; check the files beside it by hand, then remove the journal");
    };
    if (!in) throw bad("cannot be opened");
    std::string line;
    if (!std::getline(in, line) || line != kJournalHeader) throw bad("is not a VungTrong journal");
    std::vector<ReplaceStep> steps;
    bool ended = false;
    fs::path dir = folderOf(target);
    while (std::getline(in, line)) {
        if (line == kJournalEnd) {
            ended = true;
            break;
        }
        std::vector<std::string> parts;
        std::stringstream cells(line);
        for (std::string cell; std::getline(cells, cell, '\t');) parts.push_back(cell);
        for (const auto& p : parts)
            if (p.empty() || p.find('/') != std::string::npos || p == "." || p == "..") throw bad("names a file outside its folder");
        if (parts.size() == 3 && parts[0] == "rename")
            steps.push_back({dir / parts[1], dir / parts[2]});
        else if (parts.size() == 2 && parts[0] == "remove")
            steps.push_back({fs::path(), dir / parts[1]});
        else
            throw bad("has a line it cannot read: '" + line + "'");
    }
    if (!ended) throw bad("is incomplete");
    return steps;
}

// Runs the steps not done yet: a rename whose temporary file is gone was done.
// Returns how many were left.
std::size_t runSteps(const std::vector<ReplaceStep>& steps) {
    std::size_t left = 0;
    for (const auto& s : steps) {
        std::error_code ec;
        if (s.from.empty()) {
            if (fs::remove(s.to, ec)) ++left;
            if (ec) throw IoError("cannot remove '" + s.to.string() + "': " + ec.message());
            continue;
        }
        bool pending = fs::exists(s.from, ec);
        if (ec) throw IoError("cannot replace '" + s.to.string() + "': " + ec.message());
        if (!pending) {
            if (!fs::exists(s.to, ec)) throw IoError("cannot replace '" + s.to.string() + "': its new version '" + s.from.string() + "' is gone");
            continue;
        }
        ++left;
        fs::rename(s.from, s.to, ec);
        if (ec) throw IoError("cannot replace '" + s.to.string() + "': " + ec.message());
    }
    return left;
}

void removeJournal(const fs::path& target) {
    syncFolder(target);  // the renames are on disk before the journal goes
    std::error_code ec;
    fs::remove(replaceJournalPath(target), ec);
    if (ec) throw IoError("cannot remove '" + replaceJournalPath(target).string() + "': " + ec.message());
    syncFolder(target);
}

}  // namespace

fs::path replaceJournalPath(const fs::path& target) {
    return folderOf(target) / hiddenName(target, ".vtjournal");
}

void writeReplaceJournal(const fs::path& target, const std::vector<ReplaceStep>& steps) {
    std::string text(kJournalHeader);
    text += '\n';
    for (const auto& s : steps) {
        for (const fs::path* p : {&s.from, &s.to})
            if (p->filename().string().find_first_of("\t\n\r") != std::string::npos)
                throw IoError("cannot write '" + target.string() + "' as a set: a file name holds a tab or line break");
        text += stepLine(s) + '\n';
    }
    text += kJournalEnd;
    text += '\n';
    replaceDurably(replaceJournalPath(target), text, ".vtjournal", "write", target);
}

std::optional<std::string> finishInterruptedReplace(const fs::path& target) {
    auto steps = readJournal(target, "write");
    if (!steps) return std::nullopt;
    std::size_t left = runSteps(*steps);
    removeJournal(target);
    return "finished replacing '" + target.string() + "', which an interrupted write had left half-done (" +
           std::to_string(left) + " of " + std::to_string(steps->size()) + " step(s) left, journal '" +
           replaceJournalPath(target).filename().string() + "')";
}

std::vector<std::string> removeLeftoverTemporaryFiles(const fs::path& target) {
    std::string prefix = temporaryPrefix(target);
    std::vector<std::string> leftovers;
    std::error_code ec;
    for (fs::directory_iterator it(folderOf(target), ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        std::optional<long> pid = temporaryOwner(name, prefix);
        if (pid && !processRuns(*pid)) leftovers.push_back(name);  // a live writer's files are its own
    }
    std::vector<std::string> notes;
    if (ec) notes.push_back("cannot look for temporary files left beside '" + target.string() + "': " + ec.message());
    std::sort(leftovers.begin(), leftovers.end());  // the notes in a stable order
    std::string removed, failed;
    for (const auto& name : leftovers) {
        std::error_code rc;
        fs::remove_all(folderOf(target) / name, rc);
        std::string& list = rc ? failed : removed;
        if (!list.empty()) list += ", ";
        list += rc ? name + " (" + rc.message() + ")" : name;
    }
    if (!removed.empty())
        notes.push_back("removed temporary files an interrupted write to '" + target.string() + "' left: " + removed);
    if (!failed.empty())
        notes.push_back("cannot remove temporary files an interrupted write to '" + target.string() + "' left: " + failed);
    return notes;
}

std::optional<std::string> checkNotHalfReplaced(const fs::path& file) {
    auto steps = readJournal(file, "read");
    if (!steps) return std::nullopt;
    std::vector<std::string> oldFiles, newFiles;
    std::size_t renames = 0;
    for (const auto& s : *steps) {
        std::error_code ec;
        if (s.from.empty()) {
            // A sidecar the new set does not have, still there: old.
            if (fs::exists(s.to, ec)) oldFiles.push_back(s.to.filename().string());
            continue;
        }
        ++renames;
        (fs::exists(s.from, ec) ? oldFiles : newFiles).push_back(s.to.filename().string());
    }
    std::string journal = replaceJournalPath(file).filename().string();
    if (newFiles.empty() || oldFiles.empty())
        return file.string() + ": a write replacing it was interrupted " +
               (newFiles.empty() ? std::string("before it replaced anything; this is the previous version")
                                 : std::string("after it replaced every file; this is the new version")) +
               " (journal '" + journal + "' left; the next export to it removes it)";
    auto list = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& n : v) s += (s.empty() ? "" : ", ") + n;
        return s;
    };
    throw IoError("cannot read '" + file.string() + "': a write replacing it was interrupted half-way (journal '" +
                  journal + "'): " + list(newFiles) + " new, " + list(oldFiles) +
                  " old, so its files do not belong together; export to it again (that finishes the interrupted "
                  "write first) or restore it");
}

void writeFileAtomically(const fs::path& path, std::string_view content, bool allowProjectFile) {
    refuseToOverwriteSources(path, {}, allowProjectFile);
    (void)removeLeftoverTemporaryFiles(path);  // a single file: nothing to report but clutter
    replaceDurably(path, content, {}, "replace", path);
}

AtomicReplace::AtomicReplace(fs::path target) : target_(std::move(target)), temp_(uniqueTempBeside(target_)) {
    refuseToOverwriteSources(target_);  // before any work: the sidecars are checked again at commit
    if (auto note = finishInterruptedReplace(target_)) notes_.push_back(*note);
    for (auto& note : removeLeftoverTemporaryFiles(target_)) notes_.push_back(std::move(note));
}

AtomicReplace::~AtomicReplace() {
    if (committed_) return;
    removeTemporarySet(temp_, target_);
}

void AtomicReplace::commit(const std::vector<std::string>& sidecarExtensions) {
    refuseToOverwriteSources(target_, sidecarExtensions);
    std::vector<ReplaceStep> steps;
    std::error_code ec;
    auto exists = [](const fs::path& p) {
        std::error_code ec;
        bool there = fs::exists(p, ec);
        if (ec) throw IoError("cannot replace '" + p.string() + "': " + ec.message());
        return there;
    };
    // Sidecars first, main file last: readers look for the main file.
    for (const auto& ext : sidecarExtensions) {
        fs::path from = fs::path(temp_).replace_extension(ext);
        fs::path to = fs::path(target_).replace_extension(ext);
        if (exists(from)) {
            syncFile(from);
            steps.push_back({from, to});
        } else if (exists(to)) {
            steps.push_back({fs::path(), to});  // an older set's sidecar must not survive beside the new one
        }
    }
    if (!fs::is_directory(temp_, ec)) syncFile(temp_);
    steps.push_back({temp_, target_});
    if (steps.size() == 1) {
        fs::rename(temp_, target_, ec);
        if (ec) throw IoError("cannot replace '" + target_.string() + "': " + ec.message());
        committed_ = true;
        syncFolder(target_);
        return;
    }
    writeReplaceJournal(target_, steps);
    committed_ = true;  // from here on the temporary files belong to the journal
    runSteps(steps);
    removeJournal(target_);
}

}  // namespace geo
