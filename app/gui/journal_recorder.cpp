#include "journal_recorder.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <mutex>
#include <set>

#include "geo/edit_journal.h"
#include "geo/error.h"

namespace vt::gui {

namespace {

// The sessions this process's recorders are journaling now.
std::mutex& liveMutex() {
    static std::mutex m;
    return m;
}
std::set<std::string>& liveSessions() {
    static std::set<std::string> s;
    return s;
}

std::string hostName() {
    char host[256] = "host";
    if (::gethostname(host, sizeof host - 1) != 0) return "host";
    host[sizeof host - 1] = '\0';
    return host;
}

}  // namespace

std::string stampFingerprint(const geo::SourceStamp& stamp) {
    std::string out;
    for (const auto& f : stamp.files) out += (out.empty() ? "" : ";") + f.path.filename().string() + " " + f.sha256;
    return out;
}

bool sessionIsRunning(const std::string& session) {
    {
        std::lock_guard lock(liveMutex());
        if (liveSessions().count(session)) return true;
    }
    // "host-pid-ns-n" (geo::newEditSession); the host name may hold '-' itself.
    std::vector<std::size_t> dashes;
    for (std::size_t i = 0; i < session.size(); ++i)
        if (session[i] == '-') dashes.push_back(i);
    if (dashes.size() < 3) return false;
    const std::size_t pidStart = dashes[dashes.size() - 3] + 1, pidEnd = dashes[dashes.size() - 2];
    if (session.substr(0, pidStart - 1) != hostName()) return false;  // another machine's: cannot tell, so not running here
    long pid = 0;
    try {
        pid = std::stol(session.substr(pidStart, pidEnd - pidStart));
    } catch (const std::exception&) {
        return false;
    }
    if (pid <= 0) return false;
    if (pid == static_cast<long>(::getpid())) return false;  // ours, and no recorder of ours has it: it ended
    // Alive (EPERM: alive, another user's). A PID reused since a crash looks alive too: the edits then wait.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

JournalRecorder::~JournalRecorder() { end(); }

void JournalRecorder::begin(const Document& doc, const std::string& layerId,
                            const std::optional<geo::SourceStamp>& stamp) {
    end();
    const int li = doc.layerIndex(layerId);
    if (li < 0 || doc.workspace.project.filePath.empty()) return;
    const geo::LoadedLayer& l = doc.loaded(li);
    journal_ = geo::editJournalPath(doc.workspace.project.filePath);
    session_ = geo::newEditSession();
    layerId_ = layerId;
    source_ = l.source.sourcePath.empty() ? doc.workspace.project.resolve(l.spec.path) : l.source.sourcePath;
    fields_ = l.normalised.fields;
    baseline_ = l.normalised.features;
    stamp_ = stamp ? stampFingerprint(*stamp) : std::string();
    openEdits_ = 0;
    std::lock_guard lock(liveMutex());
    liveSessions().insert(session_);
}

void JournalRecorder::end() {
    if (!session_.empty()) {
        std::lock_guard lock(liveMutex());
        liveSessions().erase(session_);
    }
    journal_.clear();
    session_.clear();
    layerId_.clear();
    baseline_.clear();
    openEdits_ = 0;
}

std::size_t JournalRecorder::record(const Document& doc) {
    const int li = active() ? doc.layerIndex(layerId_) : -1;
    if (li < 0) return 0;
    std::vector<geo::Feature> now = doc.loaded(li).normalised.features;
    std::map<std::int64_t, const geo::Feature*> before, after;
    for (const auto& f : baseline_) before[f.fid] = &f;
    for (const auto& f : now) after[f.fid] = &f;

    std::vector<geo::JournalEdit> lines;
    auto line = [&](geo::FeatureEdit::Kind kind, std::int64_t fid, const geo::Feature* was, const geo::Feature* is) {
        geo::JournalEdit e;
        e.layer = layerId_;
        e.source = source_;
        e.kind = kind;
        e.fid = fid;
        e.fields = fields_;
        if (was) {
            e.oldAttributes = was->attributes;
            e.oldGeometry = was->geometry;
        }
        if (is) {
            e.newAttributes = is->attributes;
            e.newGeometry = is->geometry;
        }
        e.crs = "EPSG:4326";  // the document's features are normalised to WGS 84 lon/lat
        e.session = session_;
        e.sourceStamp = stamp_;
        lines.push_back(std::move(e));
    };
    for (const auto& f : now) {
        auto it = before.find(f.fid);
        if (it == before.end()) line(geo::FeatureEdit::Kind::Insert, f.fid, nullptr, &f);
        else if (it->second->attributes != f.attributes || !(it->second->geometry == f.geometry))
            line(geo::FeatureEdit::Kind::Update, f.fid, it->second, &f);
    }
    for (const auto& f : baseline_)
        if (!after.count(f.fid)) line(geo::FeatureEdit::Kind::Delete, f.fid, &f, nullptr);

    // The baseline follows the document whatever happens: a line that could
    // not be written must not be written twice, nor shift the next ones.
    baseline_ = std::move(now);
    for (auto& e : lines) {
        geo::appendEdit(journal_, std::move(e));
        ++openEdits_;
    }
    return lines.size();
}

void JournalRecorder::rebase(const Document& doc, const std::optional<geo::SourceStamp>& stamp) {
    const int li = active() ? doc.layerIndex(layerId_) : -1;
    if (li < 0) return;
    baseline_ = doc.loaded(li).normalised.features;
    if (stamp) stamp_ = stampFingerprint(*stamp);
}

void JournalRecorder::markSaved(const geo::SaveResult& result) {
    if (!active()) return;
    geo::appendSaved(journal_, layerId_, source_, session_, result);
    openEdits_ = 0;
}

void JournalRecorder::markDiscarded() {
    if (!active()) return;
    geo::appendDiscarded(journal_, layerId_, source_, session_);
    openEdits_ = 0;
}

}  // namespace vt::gui
