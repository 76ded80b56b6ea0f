#pragma once
// Editing planting areas and cooperative points in the app: the "Edit layer"
// toggle and its tools (add polygon or point, vertex tool, edit attributes,
// delete, snapping, save), the History dock, and the rules an edit passes
// before it reaches the undo stack: attributes through AttributeValidation,
// geometry through GEOS (geo/validity.h: invalid rings are repaired with a
// notice, or refused when nothing polygonal is left). Each accepted edit
// builds a new Document (edit_session.h) whose statistics and data-quality
// findings are geo/'s own, so the tables update after every edit.
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "document.h"
#include "edit_session.h"
#include "edit_tool.h"
#include "journal_recovery.h"
#include "split_tool.h"

class QAction;
class QDockWidget;
class QToolBar;
class QUndoView;

namespace vt::gui {

class JournalRecorder;
class MainWindow;
class MapCanvas;

class EditController : public QObject {
    Q_OBJECT
public:
    explicit EditController(MainWindow* window);
    ~EditController() override;

    // Which layer "Edit layer" edits: the layers panel's current one when it
    // is the planting areas, the cooperatives or a table without geometry
    // (investments, registers: attributes only), else the planting areas.
    std::string editableLayerId() const;
    // Starts an edit session on layerId (editable_layers.h: planting areas, cooperatives, attribute tables).
    bool startEditing(const std::string& layerId);
    // Ends the session. With edits not saved, interactive: asks save, discard
    // or cancel; otherwise `discard` decides. False when the session goes on.
    bool stopEditing(bool discard = false);
    bool isEditing() const { return session_ != nullptr; }
    const EditSession* session() const { return session_.get(); }

    // The edits, each one undoable; false with lastError() set when refused.
    // Geometry is WGS 84 lon/lat. A new feature's attributes are checked as
    // the form checks them.
    bool addFeature(const geo::Geometry& lonLat, const std::vector<geo::Value>& attributes);
    bool setAttributes(int feature, const std::vector<geo::Value>& attributes);
    bool setGeometry(int feature, const geo::Geometry& lonLat);
    bool deleteFeatures(std::vector<int> features);
    // One polygon from several (geo::unionOfPolygons): the first keeps its
    // attributes and FID, the others are deleted; one undoable step.
    bool mergeFeatures(std::vector<int> features);
    // Cuts the selected planting areas (none selected: every one the line
    // crosses) along a lon/lat line (edit_split.cpp, split_dialog.h): the
    // largest part keeps FID and code, the others get new codes; one step.
    // Refused when the line enters a planting area without cutting it through.
    bool splitFeatures(const std::vector<geo::XY>& lonLatLine);
    // Saves the net edits to the layer's source (geo::saveLayerEdits).
    bool saveEdits();
    const QString& lastError() const { return lastError_; }
    const QString& lastNotice() const { return lastNotice_; }
    // The live checks after the last edit: the data-quality findings (geo::checkQuality
    // on the edited document) about the feature edited, e.g. an overlap with another
    // code, outside every zone or the province, declared vs measured. Shown in the status bar.
    const QStringList& lastChecks() const { return lastChecks_; }

    // The attribute form of feature (modal); OK applies it as one undoable edit.
    void openAttributeForm(int feature);

    QToolBar* toolbar() const { return toolbar_; }
    QDockWidget* historyDock() const { return historyDock_; }
    EditTool* tool() const { return tool_.get(); }
    QAction* editAction() const { return editAct_; }
    QAction* addFeatureAction() const { return addAct_; }
    QAction* vertexAction() const { return vertexAct_; }
    QAction* attributesAction() const { return attributesAct_; }
    QAction* deleteAction() const { return deleteAct_; }
    QAction* mergeAction() const { return mergeAct_; }
    QAction* splitAction() const { return splitAct_; }
    SplitTool* splitTool() const { return splitTool_; }
    QAction* snappingAction() const { return snapAct_; }
    QAction* saveAction() const { return saveAct_; }

    void retranslate();

    // The edit journal (journal_recorder.h, edit_controller_journal.cpp):
    // every edit is written beside the project as it is made; after a crash
    // the next open offers the edits back.
    const JournalRecorder& journalRecorder() const { return *recorder_; }
    // The unsaved edits that sessions no running VungTrong edits left in the project's journal.
    RecoveryOffer recoveryOffer() const;
    // Called when a project opens: with unsaved edits, asks (RecoveryDialog)
    // whether to recover the first layer's; without a user (tests) keeps the
    // offer in lastRecoveryOffer().
    void offerRecovery();
    const RecoveryOffer& lastRecoveryOffer() const { return lastOffer_; }
    // What applying them to the layer as it is now gives (nothing is changed).
    ReplayResult previewRecovery(const RecoverableLayer& edits) const;
    // Replays the edits into an edit session of their layer as one undoable
    // step, not saved; closes them in the journal (the session journals them
    // anew). False with lastError() when none can be applied.
    bool recoverEdits(const RecoverableLayer& edits);
    // Closes them in the journal: they are no longer offered.
    bool discardRecoverable(const RecoverableLayer& edits);
    // The project's audit log as CSV (geo::exportJournalCsv, atomic); rows, or -1 with lastError().
    long exportAuditLog(const QString& csvPath);
    QAction* recoverAction() const { return recoverAct_; }
    QAction* exportAuditAction() const { return exportAuditAct_; }
    // Tests: what Save edits calls instead of geo::saveLayerEdits (a failure injected half-way).
    using Saver = std::function<geo::SaveResult(const geo::LayerEdits&)>;
    void setSaverForTesting(Saver saver) { saver_ = std::move(saver); }

private:
    int layer() const;  // the edited layer's index in the window's document, -1
    // Checks and repairs a geometry for the edited layer; nullopt when refused (lastError_).
    std::optional<geo::Geometry> checkedGeometry(const geo::Geometry& lonLat);
    bool push(std::vector<geo::Feature> features, const QString& text);
    // Fills lastChecks_ with the findings about feature fid of the edited layer and shows them.
    void reportChecks(std::int64_t fid);
    void onDocumentChanged();
    void updateActions();
    void onPolygonDrawn(const geo::Ring& mapRing, bool hole);
    void onPointPlaced(geo::XY map);
    void onGeometryChanged(int feature, const geo::Geometry& map);
    void onSplitLineDrawn(const std::vector<geo::XY>& mapLine);
    void fail(const QString& title, const QString& message);
    std::vector<geo::Value> defaultAttributes() const;
    // Stamps the editable layers' sources of a newly opened project (or a
    // layer read from another file), so a later save sees changes made meanwhile.
    void stampSources();
    // After a save: the saved features become the session's base, inserted
    // features take the FIDs the source gave them.
    void afterSave(const geo::SaveResult& result, const geo::LayerEdits& edits);
    // The source changed on disk: save the edited layer as a copy, reload it, or keep editing.
    bool resolveConflict(const QString& message);
    // Reads the edited layer from its file again, as one undoable step (the edits stay in the History).
    bool reloadFromDisk();
    // Journal hooks (edit_controller_journal.cpp): never throw, a journal that
    // cannot be written is reported in the status bar and Messages.
    void setUpJournal();
    void retranslateJournal();
    void journalDocument();
    void journalSaved(const geo::SaveResult& result);
    void journalStopped();
    void journalFailed(const QString& what);
    void chooseAndExportAuditLog();

    MainWindow* window_;
    QPointer<MapCanvas> canvas_;
    // The window deletes its selection model and then its undo stack, which
    // signals as it goes: nothing here runs once the selection is gone.
    QPointer<SelectionModel> selection_;
    std::unique_ptr<EditSession> session_;
    std::string sessionProject_;  // the project file the session's layer belongs to
    std::unique_ptr<EditTool> tool_;
    QToolBar* toolbar_;
    QDockWidget* historyDock_;
    QUndoView* historyView_;
    QAction *editAct_, *addAct_, *vertexAct_, *attributesAct_, *deleteAct_, *mergeAct_, *snapAct_, *saveAct_;
    QAction* splitAct_;
    SplitTool* splitTool_;  // on the canvas instead of tool_ while splitAct_ is on
    QString lastError_, lastNotice_;
    QStringList lastChecks_;
    struct Stamp {
        std::string path;                       // the source it is of
        std::optional<geo::SourceStamp> stamp;  // empty: not a file that can be saved to
        QString problem;                        // why not
    };
    std::map<std::string, Stamp> stamps_;       // by layer id
    std::unique_ptr<JournalRecorder> recorder_;
    bool journalPaused_ = false;                // while a save renumbers features: not edits
    RecoveryOffer lastOffer_;
    Saver saver_;
    QAction *recoverAct_ = nullptr, *exportAuditAct_ = nullptr;
};

}  // namespace vt::gui
