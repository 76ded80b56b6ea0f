// EditController's part in the edit journal (edit_controller.h): journaling
// each change of the edited layer, marking saves and discards, offering and
// replaying the edits a crashed session left, exporting the audit log.
#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

#include "edit_controller.h"
#include "geo/edit_journal.h"
#include "geo/error.h"
#include "journal_recorder.h"
#include "main_window.h"
#include "recovery_dialog.h"

namespace vt::gui {

namespace {

// A conflict of recovery in the interface's language.
QString conflictText(const ReplayConflict& c) {
    using Reason = ReplayConflict::Reason;
    QString why;
    switch (c.reason) {
        case Reason::EarlierConflict: why = EditController::tr("an earlier edit of this feature could not be applied"); break;
        case Reason::OtherCrs: why = EditController::tr("its geometry is in %1, not WGS 84").arg(toQString(c.detail)); break;
        case Reason::OtherFields: why = EditController::tr("the layer's fields are not the ones it was made with"); break;
        case Reason::FidTaken: why = EditController::tr("the layer already has a feature with this FID"); break;
        case Reason::Gone: why = EditController::tr("the feature is no longer in the file"); break;
        case Reason::Changed: why = EditController::tr("the feature changed in the file since"); break;
    }
    const QString when = RecoveryDialog::localTime(toQString(c.time)), who = toQString(c.user);
    switch (c.kind) {
        case geo::FeatureEdit::Kind::Insert:
            return EditController::tr("New feature %1 (%2, %3): %4").arg(c.fid).arg(when, who, why);
        case geo::FeatureEdit::Kind::Delete:
            return EditController::tr("Deleting feature %1 (%2, %3): %4").arg(c.fid).arg(when, who, why);
        case geo::FeatureEdit::Kind::Update: break;
    }
    return EditController::tr("Edit of feature %1 (%2, %3): %4").arg(c.fid).arg(when, who, why);
}

}  // namespace

void EditController::setUpJournal() {
    recorder_ = std::make_unique<JournalRecorder>();
    recoverAct_ = new QAction(this);
    recoverAct_->setObjectName(QStringLiteral("recoverEditsAction"));
    connect(recoverAct_, &QAction::triggered, this, [this] {
        offerRecovery();
        if (lastOffer_.empty())
            window_->statusBar()->showMessage(tr("No unsaved edits to recover in this project's edit journal."), 6000);
    });
    exportAuditAct_ = new QAction(this);
    exportAuditAct_->setObjectName(QStringLiteral("exportAuditLogAction"));
    connect(exportAuditAct_, &QAction::triggered, this, &EditController::chooseAndExportAuditLog);

    // The History dock: the undo history, and above it the journal's two actions.
    auto* panel = new QWidget;
    auto* bar = new QToolBar(panel);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(exportAuditAct_);
    bar->addAction(recoverAct_);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(historyView_);
    historyDock_->setWidget(panel);

}

void EditController::retranslateJournal() {
    recoverAct_->setText(tr("Recover unsaved edits…"));
    recoverAct_->setToolTip(tr("Edits a VungTrong that did not close cleanly left unsaved in this project's edit journal"));
    exportAuditAct_->setText(tr("Export audit log (CSV)…"));
    exportAuditAct_->setToolTip(tr("Every edit made to this project's layers: what, when and by which user, as CSV"));
}

void EditController::journalFailed(const QString& what) {
    // The edit itself stands; the user must know it is not safe from a crash.
    const QString message = tr("The edit journal could not be written, edits are not safe from a crash: %1").arg(what);
    lastNotice_ = message;
    window_->statusBar()->showMessage(message, 15000);
}

void EditController::journalDocument() {
    DocumentPtr doc = window_->document();
    if (journalPaused_ || !doc || !recorder_->active()) return;
    try {
        recorder_->record(*doc);
    } catch (const geo::Error& e) {
        journalFailed(toQString(e.what()));
    }
}

void EditController::journalSaved(const geo::SaveResult& result) {
    try {
        recorder_->markSaved(result);
    } catch (const geo::Error& e) {
        journalFailed(toQString(e.what()));
    }
}

void EditController::journalStopped() {
    try {
        // Stopping with edits not saved is discarding them (stopEditing asked, or was told to).
        if (recorder_->hasOpenEdits()) recorder_->markDiscarded();
    } catch (const geo::Error& e) {
        journalFailed(toQString(e.what()));
    }
    recorder_->end();
}

RecoveryOffer EditController::recoveryOffer() const {
    DocumentPtr doc = window_->document();
    if (!doc || doc->workspace.project.filePath.empty()) return {};
    std::map<std::string, std::string> stamps;
    for (const auto& [id, s] : stamps_) stamps[id] = s.stamp ? stampFingerprint(*s.stamp) : std::string();
    try {
        return findRecoverableEdits(doc->workspace.project.filePath, stamps, sessionIsRunning);
    } catch (const geo::Error& e) {
        RecoveryOffer none;
        none.warnings.push_back(e.what());
        return none;
    }
}

ReplayResult EditController::previewRecovery(const RecoverableLayer& edits) const {
    DocumentPtr doc = window_->document();
    const int li = doc ? doc->layerIndex(edits.layerId) : -1;
    if (li < 0) {
        ReplayResult none;
        return none;
    }
    std::int64_t next = 0;
    for (const auto& f : doc->loaded(li).normalised.features) next = std::min(next, f.fid);
    return replayEdits(doc->loaded(li).normalised.features, doc->loaded(li).normalised.fields, edits.edits,
                       [&next] { return --next; });
}

void EditController::offerRecovery() {
    lastOffer_ = recoveryOffer();
    for (const auto& w : lastOffer_.warnings) window_->statusBar()->showMessage(toQString(w), 8000);
    // Edits that undo each other (edited, undone, then closed without stopping)
    // change nothing: closed without asking.
    for (const auto& l : std::vector<RecoverableLayer>(lastOffer_.layers)) {
        const ReplayResult preview = previewRecovery(l);
        if (!preview.changed && preview.conflicts.empty()) discardRecoverable(l);
    }
    if (lastOffer_.empty() || !window_->isInteractive()) return;
    const RecoverableLayer& l = lastOffer_.layers.front();
    const ReplayResult preview = previewRecovery(l);
    DocumentPtr doc = window_->document();
    const int li = doc->layerIndex(l.layerId);
    RecoverySummary s;
    s.layerTitle = li >= 0 ? doc->layers[static_cast<std::size_t>(li)].title : toQString(l.layerId);
    s.source = toQString(l.source.string());
    s.edits = static_cast<int>(l.edits.size());
    s.applicable = static_cast<int>(preview.applied);
    for (const auto& c : preview.conflicts) s.conflicts << conflictText(c);
    for (const auto& u : l.users) s.users << toQString(u);
    s.firstTime = toQString(l.firstTime);
    s.lastTime = toQString(l.lastTime);
    s.sourceChanged = l.sourceChanged;
    s.otherLayers = static_cast<int>(lastOffer_.layers.size()) - 1;
    RecoveryDialog dialog(s, window_);
    dialog.exec();
    switch (dialog.choice()) {
        case RecoveryDialog::Choice::Recover: recoverEdits(l); break;
        case RecoveryDialog::Choice::Discard: discardRecoverable(l); break;
        case RecoveryDialog::Choice::Later: break;
    }
}

bool EditController::recoverEdits(const RecoverableLayer& edits) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    if (!doc || doc->layerIndex(edits.layerId) < 0) {
        fail(tr("Cannot recover edits"), tr("The project has no layer %1 any more.").arg(toQString(edits.layerId)));
        return false;
    }
    // Into a session of their own layer, from the layer as it is now.
    if (session_ && !stopEditing()) return false;
    if (!startEditing(edits.layerId)) return false;
    const int li = layer();
    doc = window_->document();
    ReplayResult replay = replayEdits(doc->loaded(li).normalised.features, doc->loaded(li).normalised.fields,
                                      edits.edits, [this] { return session_->newFid(); });
    QStringList conflicts;
    for (const auto& c : replay.conflicts) conflicts << conflictText(c);
    if (replay.applied == 0) {
        fail(tr("Cannot recover edits"),
             tr("None of the edits can be applied to the file as it is now:\n%1").arg(conflicts.join(QLatin1Char('\n'))));
        return false;
    }
    if (replay.changed &&
        !push(std::move(replay.features), tr("recover %n edit(s) of %1", nullptr, static_cast<int>(replay.applied))
                                              .arg(toQString(edits.layerId))))
        return false;
    // The session journals them anew (push above): the crashed sessions' lines are closed.
    try {
        for (const auto& session : edits.sessions)
            geo::appendDiscarded(geo::editJournalPath(doc->workspace.project.filePath), edits.layerId, edits.source,
                                 session);
    } catch (const geo::Error& e) {
        journalFailed(toQString(e.what()));
    }
    lastNotice_ = tr("Recovered %n edit(s): they are not saved yet (Save edits writes them).", nullptr,
                     static_cast<int>(replay.applied));
    if (!conflicts.isEmpty())
        lastNotice_ += QStringLiteral(" ") + tr("Not applied: %1").arg(conflicts.join(QStringLiteral("; ")));
    window_->statusBar()->showMessage(lastNotice_, 15000);
    lastOffer_ = recoveryOffer();
    return true;
}

bool EditController::discardRecoverable(const RecoverableLayer& edits) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    if (!doc || doc->workspace.project.filePath.empty()) return false;
    try {
        for (const auto& session : edits.sessions)
            geo::appendDiscarded(geo::editJournalPath(doc->workspace.project.filePath), edits.layerId, edits.source,
                                 session);
    } catch (const geo::Error& e) {
        fail(tr("Cannot discard the edits"), toQString(e.what()));
        return false;
    }
    window_->statusBar()->showMessage(
        tr("Discarded %n unsaved edit(s) (they stay in the audit log).", nullptr, static_cast<int>(edits.edits.size())),
        8000);
    lastOffer_ = recoveryOffer();
    return true;
}

long EditController::exportAuditLog(const QString& csvPath) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    if (!doc || doc->workspace.project.filePath.empty()) {
        fail(tr("Cannot export the audit log"), tr("Save the project first: the edit journal lies beside its file."));
        return -1;
    }
    try {
        return static_cast<long>(
            geo::exportJournalCsv(geo::editJournalPath(doc->workspace.project.filePath), toStd(csvPath)));
    } catch (const geo::Error& e) {
        fail(tr("Cannot export the audit log"), toQString(e.what()));
        return -1;
    }
}

void EditController::chooseAndExportAuditLog() {
    DocumentPtr doc = window_->document();
    if (!doc || doc->workspace.project.filePath.empty()) {
        exportAuditLog(QString());  // says why
        return;
    }
    const QFileInfo project(toQString(doc->workspace.project.filePath));
    const QString path = QFileDialog::getSaveFileName(
        window_, tr("Export audit log"), project.absolutePath() + QStringLiteral("/") + project.completeBaseName() +
                                             QStringLiteral("-audit.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const long rows = exportAuditLog(path);
    if (rows >= 0)
        window_->statusBar()->showMessage(tr("Wrote %n journal record(s) to %1", nullptr, static_cast<int>(rows)).arg(path),
                                          8000);
}

}  // namespace vt::gui
