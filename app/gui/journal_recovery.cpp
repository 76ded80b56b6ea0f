#include "journal_recovery.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vt::gui {

namespace {

constexpr double kSameCoordinate = 1e-9;  // degrees, ≈0.1 mm: a round trip through the source's CRS stays within it

bool sameValue(const geo::Value& a, const geo::Value& b) {
    if (a == b) return true;
    // An integer field's value may have travelled as a real, or the other way.
    auto na = std::holds_alternative<std::int64_t>(a) || std::holds_alternative<double>(a) ? geo::toNumber(a) : std::nullopt;
    auto nb = std::holds_alternative<std::int64_t>(b) || std::holds_alternative<double>(b) ? geo::toNumber(b) : std::nullopt;
    return na && nb && *na == *nb;
}

bool sameValues(const std::vector<geo::Value>& a, const std::vector<geo::Value>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!sameValue(a[i], b[i])) return false;
    return true;
}

bool samePoints(const std::vector<geo::XY>& a, const std::vector<geo::XY>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i].x - b[i].x) > kSameCoordinate || std::abs(a[i].y - b[i].y) > kSameCoordinate) return false;
    return true;
}

bool sameGeometry(const geo::Geometry& a, const geo::Geometry& b) {
    if (a.isEmpty() && b.isEmpty()) return true;
    if (a.kind != b.kind || !samePoints(a.points, b.points) || a.lines.size() != b.lines.size() ||
        a.polygons.size() != b.polygons.size())
        return false;
    for (std::size_t i = 0; i < a.lines.size(); ++i)
        if (!samePoints(a.lines[i], b.lines[i])) return false;
    for (std::size_t i = 0; i < a.polygons.size(); ++i) {
        if (a.polygons[i].rings.size() != b.polygons[i].rings.size()) return false;
        for (std::size_t r = 0; r < a.polygons[i].rings.size(); ++r)
            if (!samePoints(a.polygons[i].rings[r], b.polygons[i].rings[r])) return false;
    }
    return true;
}

bool sameFields(const std::vector<geo::Field>& a, const std::vector<geo::Field>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].name != b[i].name) return false;
    return true;
}

}  // namespace

std::string ReplayConflict::text() const {
    const char* action = kind == geo::FeatureEdit::Kind::Insert   ? "new feature"
                         : kind == geo::FeatureEdit::Kind::Delete ? "deleting feature"
                                                                  : "edit of feature";
    std::string why;
    switch (reason) {
        case Reason::EarlierConflict: why = "an earlier edit of this feature could not be applied"; break;
        case Reason::OtherCrs: why = "its geometry is in " + detail + ", not WGS 84"; break;
        case Reason::OtherFields: why = "the layer's fields are not the ones it was made with"; break;
        case Reason::FidTaken: why = "the layer already has a feature with this FID"; break;
        case Reason::Gone: why = "the feature is no longer in the file"; break;
        case Reason::Changed: why = "the feature changed in the file since"; break;
    }
    return std::string(action) + " " + std::to_string(fid) + " (" + time + ", " + user + "): " + why;
}

std::size_t RecoveryOffer::editCount() const {
    std::size_t n = 0;
    for (const auto& l : layers) n += l.edits.size();
    return n;
}

RecoveryOffer findRecoverableEdits(const std::filesystem::path& projectFile,
                                   const std::map<std::string, std::string>& currentStamps,
                                   const std::function<bool(const std::string&)>& isRunning) {
    RecoveryOffer offer;
    offer.journal = geo::editJournalPath(projectFile);
    offer.warnings = geo::readEditJournal(offer.journal).warnings;
    for (geo::JournalEdit& e : geo::recoverableEdits(offer.journal)) {
        if (isRunning && isRunning(e.session)) {
            ++offer.runningElsewhere;
            continue;
        }
        auto it = std::find_if(offer.layers.begin(), offer.layers.end(),
                               [&](const RecoverableLayer& l) { return l.layerId == e.layer; });
        if (it == offer.layers.end()) {
            offer.layers.push_back({});
            it = offer.layers.end() - 1;
            it->layerId = e.layer;
            it->source = e.source;
            it->firstTime = e.time;
        }
        RecoverableLayer& l = *it;
        if (std::find(l.sessions.begin(), l.sessions.end(), e.session) == l.sessions.end()) l.sessions.push_back(e.session);
        if (std::find(l.users.begin(), l.users.end(), e.user) == l.users.end()) l.users.push_back(e.user);
        l.firstTime = std::min(l.firstTime, e.time);
        l.lastTime = std::max(l.lastTime, e.time);
        auto now = currentStamps.find(e.layer);
        if (e.sourceStamp.empty() || now == currentStamps.end() || now->second.empty() || now->second != e.sourceStamp)
            l.sourceChanged = true;
        l.edits.push_back(std::move(e));
    }
    return offer;
}

ReplayResult replayEdits(std::vector<geo::Feature> features, const std::vector<geo::Field>& fields,
                         const std::vector<geo::JournalEdit>& edits, const std::function<std::int64_t()>& newFid) {
    ReplayResult out;
    const std::vector<geo::Feature> before = features;
    std::map<std::int64_t, std::int64_t> fidOf;  // a journaled new feature's FID → its FID here
    std::set<std::int64_t> conflicting;          // FIDs (here) whose later edits are skipped too
    auto find = [&](std::int64_t fid) {
        return std::find_if(features.begin(), features.end(), [&](const geo::Feature& f) { return f.fid == fid; });
    };
    for (const geo::JournalEdit& e : edits) {
        std::int64_t fid = e.fid;
        if (fid < 0) {
            auto m = fidOf.find(fid);
            fid = m != fidOf.end() ? m->second : (fidOf[e.fid] = newFid());
        }
        using Reason = ReplayConflict::Reason;
        auto conflict = [&](Reason reason, std::string detail = {}) {
            out.conflicts.push_back({e.kind, e.fid, e.time, e.user, reason, std::move(detail)});
            conflicting.insert(fid);
        };
        if (conflicting.count(fid)) {
            conflict(Reason::EarlierConflict);
            continue;
        }
        if (e.crs != "EPSG:4326") {
            conflict(Reason::OtherCrs, e.crs.empty() ? std::string("an unknown CRS") : e.crs);
            continue;
        }
        if (!sameFields(e.fields, fields)) {
            conflict(Reason::OtherFields);
            continue;
        }
        auto it = find(fid);
        switch (e.kind) {
            case geo::FeatureEdit::Kind::Insert:
                if (it != features.end()) {
                    conflict(Reason::FidTaken);
                    continue;
                }
                features.push_back({fid, e.newAttributes, e.newGeometry});
                break;
            case geo::FeatureEdit::Kind::Update:
            case geo::FeatureEdit::Kind::Delete:
                if (it == features.end()) {
                    conflict(Reason::Gone);
                    continue;
                }
                if (!sameValues(it->attributes, e.oldAttributes) || !sameGeometry(it->geometry, e.oldGeometry)) {
                    conflict(Reason::Changed);
                    continue;
                }
                if (e.kind == geo::FeatureEdit::Kind::Delete) {
                    features.erase(it);
                } else {
                    it->attributes = e.newAttributes;
                    it->geometry = e.newGeometry;
                }
                break;
        }
        ++out.applied;
    }
    // By FID: a deleted feature put back (an undone delete) comes last, and is no change.
    out.changed = features.size() != before.size();
    std::map<std::int64_t, const geo::Feature*> was;
    for (const auto& f : before) was[f.fid] = &f;
    for (std::size_t i = 0; !out.changed && i < features.size(); ++i) {
        auto it = was.find(features[i].fid);
        out.changed = it == was.end() || features[i].attributes != it->second->attributes ||
                      !(features[i].geometry == it->second->geometry);
    }
    out.features = std::move(features);
    return out;
}

}  // namespace vt::gui
