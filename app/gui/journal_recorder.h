#pragma once
// Writes the app's edits to the project's edit journal (geo/edit_journal.h)
// as they happen, so that a crash or a kill loses nothing. The recorder
// does not follow the edit commands: it compares the edited layer of each
// document the window shows with the one before and journals what differs,
// feature by feature (insert, update, delete by FID). So undo, redo, a merge
// (an update and deletes) or a discard are journaled like any edit, and
// replaying the journal in order always gives the document shown.
//
// Each edit session journals under its own session id; the ids of the
// sessions running in this process are known (isRunningHere), and another
// process's by its PID (sessionIsRunning), so recovery never offers the
// edits of a VungTrong that is still running.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "geo/layer.h"
#include "geo/layer_save.h"

namespace vt::gui {

// A source's stamp as one string ("plots.gpkg <sha256>;…"), kept with each edit.
std::string stampFingerprint(const geo::SourceStamp& stamp);

// True when session (an id of geo::newEditSession) is being edited now: by a
// recorder of this process, or by another live process on this host.
bool sessionIsRunning(const std::string& session);

class JournalRecorder {
public:
    JournalRecorder() = default;
    ~JournalRecorder();
    JournalRecorder(const JournalRecorder&) = delete;
    JournalRecorder& operator=(const JournalRecorder&) = delete;

    // Starts journaling layer layerId of doc under a new session id, to the
    // journal beside the project file (nothing when the project has no file yet).
    void begin(const Document& doc, const std::string& layerId, const std::optional<geo::SourceStamp>& stamp);
    // Stops journaling, without a mark: edits not saved nor discarded stay recoverable.
    void end();
    bool active() const { return !journal_.empty(); }
    const std::string& session() const { return session_; }
    const std::filesystem::path& journal() const { return journal_; }
    const std::string& layerId() const { return layerId_; }

    // Journals how doc's layer differs from the last one seen, one line per
    // feature, each flushed to disk. Returns the number of lines; throws
    // geo::IoError when the journal cannot be written (the baseline still moves on).
    std::size_t record(const Document& doc);
    // doc's layer becomes the baseline without journaling (the features were
    // renumbered by a save, or read again after one); stamp is the source's now.
    void rebase(const Document& doc, const std::optional<geo::SourceStamp>& stamp);
    // The session's edits reached the source / were dropped: closes them in the journal.
    void markSaved(const geo::SaveResult& result);
    void markDiscarded();
    // Edits journaled since the last mark.
    bool hasOpenEdits() const { return openEdits_ > 0; }

private:
    std::filesystem::path journal_;
    std::string session_, layerId_, stamp_;
    std::filesystem::path source_;
    std::vector<geo::Field> fields_;
    std::vector<geo::Feature> baseline_;
    std::size_t openEdits_ = 0;
};

}  // namespace vt::gui
