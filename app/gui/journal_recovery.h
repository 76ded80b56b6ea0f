#pragma once
// Finding and replaying the edits a crashed (or killed) VungTrong left in a
// project's edit journal: those no saved or discarded mark closes
// (geo::recoverableEdits), of sessions no running VungTrong still edits.
//
// Replaying never trusts the journal blindly: each edit is applied only when
// the feature it changes is, in the layer as read now, what the edit found
// (same attributes, same geometry to 1e-9°, ≈0.1 mm), or, for a new feature,
// when it is new. An edit of a feature that changed in the file since (another
// user saved it, another program rewrote the file) is a conflict: it is not
// applied, nor are the later edits of that feature, and it is named.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "geo/edit_journal.h"
#include "geo/layer.h"

namespace vt::gui {

// The unsaved edits of one layer, from one or more sessions, in journal order.
struct RecoverableLayer {
    std::string layerId;
    std::filesystem::path source;
    std::vector<geo::JournalEdit> edits;
    std::vector<std::string> sessions;  // in the order they first appear
    std::vector<std::string> users;     // who made them
    std::string firstTime, lastTime;    // ISO 8601 UTC, of the first and last edit
    // The source's files are not what the sessions read (or that is not known):
    // only the edits of features unchanged since can be applied.
    bool sourceChanged = false;
};

struct RecoveryOffer {
    std::filesystem::path journal;
    std::vector<RecoverableLayer> layers;
    std::vector<std::string> warnings;  // lines of the journal that could not be read
    std::size_t runningElsewhere = 0;   // unsaved edits of a VungTrong still running: not offered
    bool empty() const { return layers.empty(); }
    std::size_t editCount() const;
};

// The unsaved edits in projectFile's journal. currentStamps: each layer's
// stamp fingerprint now (journal_recorder.h), "" when it cannot be taken.
// isRunning: whether a session is still being edited (sessionIsRunning).
RecoveryOffer findRecoverableEdits(const std::filesystem::path& projectFile,
                                   const std::map<std::string, std::string>& currentStamps,
                                   const std::function<bool(const std::string&)>& isRunning);

// An edit that replaying did not apply, and why.
struct ReplayConflict {
    enum class Reason {
        EarlierConflict,  // an earlier edit of the same feature was not applied
        OtherCrs,         // its geometry is not in WGS 84 (detail: the CRS)
        OtherFields,      // the layer's fields are not the ones it was made with
        FidTaken,         // a new feature, but the layer has one with its FID
        Gone,             // the feature is no longer in the file
        Changed,          // the feature changed in the file since
    };
    geo::FeatureEdit::Kind kind = geo::FeatureEdit::Kind::Update;
    std::int64_t fid = -1;     // as journaled
    std::string time, user;    // of the edit
    Reason reason = Reason::Changed;
    std::string detail;
    std::string text() const;  // in English, e.g. "edit of feature 3 (…, lan): the feature changed in the file since"
};

struct ReplayResult {
    std::vector<geo::Feature> features;  // the layer with the edits applied
    std::size_t applied = 0;             // journal edits applied
    std::vector<ReplayConflict> conflicts;  // one per edit not applied
    bool changed = false;                // features differ from the layer before
};

// Applies edits in order to features (the layer as read now, WGS 84 lon/lat,
// with fields). A new feature's session-local FID (negative) is replaced by
// newFid(), so that it cannot clash with the features of the session it goes into.
ReplayResult replayEdits(std::vector<geo::Feature> features, const std::vector<geo::Field>& fields,
                         const std::vector<geo::JournalEdit>& edits, const std::function<std::int64_t()>& newFid);

}  // namespace vt::gui
