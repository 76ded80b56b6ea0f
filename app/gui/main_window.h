#pragma once
// The main window: map in the centre; layers, legend, identify, messages and
// data-quality docks; search; menus and toolbars. It holds the document and
// the selection, creates the rooms that each own one concern and lays out
// their docks, menus and toolbars:
//   statistics_docks.h   statistics by zone / by layer, cooperatives
//   attribute_docks.h    attribute tables
//   export_controller.h  File ▸ Export… (print_controller.h: layout, atlas)
//   map_tools_controller.h, edit_controller.h   Tools menu, editing
//   language_menu.h, status_readout.h, background_task.h
// Its own members are defined in main_window.cpp and, by concern, in
// add_layer.cpp, project_file.cpp, project_state.cpp, relink.cpp and
// remove_layer.cpp. Every user-visible text is set in retranslateUi(), which
// runs again on LanguageChange.
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <map>

#include "background_task.h"
#include "document.h"
#include "geo/export.h"
#include "geo/postgis.h"
#include "geo/source.h"
#include "language.h"
#include "layer_style.h"
#include "map_view.h"
#include "project_state.h"
#include "relink.h"
#include "relink_dialog.h"
#include "selection.h"

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QUndoStack;
class QCompleter;

namespace vt::gui {

class MapCanvas;
class LayersPanel;
class IdentifyPanel;
class LegendWidget;
class StatisticsModel;
class AttributeModel;
class QualityPanel;
class StatisticsDocks;
class ExportController;
class AttributeDocks;
class MapToolsController;
class EditController;
class DeclareCrsController;
class SearchBox;
class LanguageMenu;
class StatusReadout;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Language* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Interactive = show message boxes on errors; tests turn it off and read lastError().
    void setInteractive(bool interactive) { interactive_ = interactive; }
    bool isInteractive() const { return interactive_; }
    const QString& lastError() const { return lastError_; }
    // A line in the Messages dock.
    void appendMessage(const QString& line);
    // An error: into the Messages dock and lastError(), and a message box when interactive.
    void showError(const QString& title, const QString& message);

    // Loads off the GUI thread with a cancellable progress dialog; returns
    // when done (the GUI keeps running meanwhile). False on error or cancel.
    bool openProject(const QString& path);
    // Asks for a .vtproj file and opens it (File ▸ Open project).
    void chooseAndOpenProject();
    // File ▸ New project… (new_project_wizard.h): asks about unsaved changes,
    // then the wizard writes a project and it is opened.
    void newProject();
    // File ▸ Project settings…: the wizard's pages on the open project; finishing
    // writes it (with the map as arranged) and opens it again.
    void editProjectSettings();
    // Reads a layer and adds it to the project (asks for the CRS when it was inferred).
    bool addLayer(const QString& path, const QString& layerName = {});
    // Adds a raster background (a GeoTIFF/MBTiles path or an XYZ template) under every layer; undoable.
    bool addBasemap(geo::BasemapSpec spec);
    // A table of a PostGIS database ("schema.table") as a new layer, undoable.
    bool addPostgisLayer(const geo::PgConnection& connection, const QString& table);
    // Writes the project as arranged (projectAsArranged) atomically to path; Save As into
    // another folder rewrites relative paths so that they still name the same files.
    bool saveProject(const QString& path);
    // The project as Save writes it: the map's order, visibility, opacity,
    // styles and extent, and the layer the statistics are by.
    geo::Project projectAsArranged() const;
    // Unsaved changes (project_state.h): the window title shows "*" while
    // there are any; closing the window or opening another project asks
    // first. A prompt set here answers instead of the message box (tests);
    // without one a non-interactive window discards.
    void setUnsavedChangesPrompt(std::function<UnsavedAnswer(const QString& projectName)> prompt) {
        unsavedPrompt_ = std::move(prompt);
    }
    // Save / Don't save / Cancel when there are unsaved changes; true when the caller may go on.
    bool maybeSaveChanges();
    // Removes a layer or a background from the project (remove_layer.h),
    // undoable; a layer the statistics depend on asks first when interactive.
    bool removeLayer(const std::string& layerId);
    // Read layer layerId of the project from another file (the file it names
    // could not be read). The new path is used at once; it is written to the
    // project file only when the user saves (undoable, the window shows the
    // project as changed). False (after telling the user) when it fails.
    bool relinkLayer(const std::string& layerId, const QString& file);
    // What the "Layers not found" dialog (relink_dialog.h) chose: layers
    // read from new files and layers dropped, as one undoable change.
    bool relinkLayers(const std::vector<RelinkChoice>& choices);
    // What the "Layers not read" dialog said when the project opened ("" when
    // every layer was read); the dialog is shown only when interactive.
    const QString& missingLayersNotice() const { return missingNotice_; }
    // Statistics (and the coverage map) by another polygon layer of the
    // project: relinks and recomputes off the GUI thread. A view choice,
    // saved with the project ("view": "statistics_by"); later rebuilds (adding a layer) keep it.
    bool showStatisticsBy(const std::string& layerId);
    // The zone table as the project's crosswalk units (false: by zone).
    bool showCrosswalkUnits(bool on);
    QComboBox* statisticsByCombo() const;
    void setDocument(std::shared_ptr<Document> doc, bool keepView = false);
    DocumentPtr document() const { return doc_; }

    // Identify at a map point (map CRS), as a click does; returns the hit layer index or -1.
    int identifyAt(double mapX, double mapY);
    // Search a code / name; selects and zooms to the first match.
    bool searchFor(const QString& text);
    void openAttributeTable(const std::string& layerId);
    // A layer's style (layer_style.h): what the style panel shows and sets.
    // Restyling is a view change until the project is saved. False for an unknown layer.
    LayerStyle layerStyle(const std::string& layerId) const;
    bool setLayerStyle(const std::string& layerId, const LayerStyle& style);
    // The style panel of a layer (non-modal; Apply and OK restyle the map).
    void openStylePanel(const std::string& layerId);

    MapCanvas* canvas() const { return canvas_; }
    // Editing planting areas and cooperatives (edit_controller.h).
    EditController* editController() const { return editController_; }
    DeclareCrsController* declareCrsController() const { return declareCrs_; }
    SelectionModel* selection() const { return selection_; }
    QTableView* statisticsView() const;
    StatisticsModel* statisticsModel() const;
    QSortFilterProxyModel* statisticsProxy() const;
    LayersPanel* layersPanel() const { return layersPanel_; }
    IdentifyPanel* identifyPanel() const { return identifyPanel_; }
    QualityPanel* qualityPanel() const { return qualityPanel_; }
    QTableView* cooperativesView() const;
    QDockWidget* cooperativesDock() const;
    QDockWidget* qualityDock() const { return qualityDock_; }
    QTableView* attributeView(const std::string& layerId) const;
    QMenu* fileMenu() const { return fileMenu_; }
    // Edits of the project (adding a layer) are undoable.
    QUndoStack* undoStack() const { return undoStack_; }
    QMenu* languageMenu() const;
    Language* language() const { return language_; }  // null in tests that build no Language
    // Measure, select, go to (map_tools_controller.h).
    MapToolsController* mapTools() const { return mapTools_; }
    QLabel* lonLatLabel() const;
    QLabel* projectedLabel() const;
    QLabel* scaleLabel() const;

    bool exportMap(const QString& path);  // .png or .pdf by suffix
    // A layer through geo::exportLayer, in the background with progress; the
    // notes of the export go to the messages dock.
    bool exportLayer(const std::string& layerId, const geo::ExportOptions& options);
    // The statistics through geo/'s export: .xlsx = a workbook of the zone,
    // cooperative and planting-area tables; anything else = the zone table as CSV.
    bool exportStatistics(const QString& path);
    // The data-quality findings through geo/'s export: .xlsx, else CSV.
    bool exportFindings(const QString& path);

signals:
    // After setDocument: another project, an edit, undo or redo.
    void documentChanged();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    using LoadResult = BackgroundResult;
    LoadResult runWithProgress(const QString& label, std::function<std::shared_ptr<Document>(const geo::ProgressFn&)> job) {
        return runInBackground(this, label, std::move(job));  // background_task.h
    }

    void createActions();
    void createDocks();
    void retranslateUi();
    void updateUndoActions();
    int identifyAt(double mapX, double mapY, geo::XY lonLat);
    void onCanvasClicked(double mapX, double mapY, double lon, double lat, Qt::KeyboardModifiers modifiers);
    void selectFeature(int layer, int feature, const QObject* origin, bool zoom, bool identify);

    // Adding layers (add_layer.cpp).
    void chooseAndAddLayer();
    void chooseAndAddTiles();
    void chooseAndAddPostgisLayer();
    // The new layer (spec, as read) into the project and the map, undoable.
    bool commitNewLayer(geo::LayerSpec spec, geo::Layer layer);
    // geo::readLayer off the GUI thread; false (after telling the user) on error or cancel.
    bool readLayerInBackground(const QString& path, const geo::ReadOptions& options, geo::Layer& layer);

    // Opening and saving (project_file.cpp).
    void updateRecentMenu();
    void addRecent(const QString& path);
    bool saveProjectAs();

    // What "changed" means (project_state.cpp).
    bool saveOrSaveAs();
    // Modified = undo stack not clean, or the arrangement differs from the saved one.
    void updateModified();
    void markSaved();
    std::string arrangementText() const;  // the project as arranged, extent left out
    void restoreSavedView();               // the extent the project was saved with

    // After opening: the layers that could not be read, in a dialog offering Relink… (relink.cpp).
    void reportMissingLayers();
    static QString missingLayersText(const std::vector<MissingLayerInfo>& missing);

    Language* language_;
    std::shared_ptr<Document> doc_;
    SelectionModel* selection_;
    MapCanvas* canvas_;
    LayersPanel* layersPanel_;
    IdentifyPanel* identifyPanel_;
    LegendWidget* legend_;
    QPlainTextEdit* messages_;
    QualityPanel* qualityPanel_;
    StatisticsDocks* statistics_;  // statistics_docks.h
    QDockWidget *layersDock_, *legendDock_, *identifyDock_, *messagesDock_, *qualityDock_;
    AttributeDocks* attributeDocks_;  // attribute_docks.h
    SearchBox* search_;
    StatusReadout* readout_;  // status_readout.h
    QToolBar *toolbar_, *mapToolbar_;
    MapToolsController* mapTools_;

    QUndoStack* undoStack_;
    QMenu *fileMenu_, *recentMenu_, *editMenu_, *viewMenu_, *layerMenu_, *helpMenu_;
    LanguageMenu* languages_;  // language_menu.h
    QAction* openDemoAct_;  // File ▸ Open demo project: only when the demo is installed
    QAction* addPostgisLayerAct_ = nullptr;
    QAction *newProjectAct_ = nullptr, *projectSettingsAct_ = nullptr;
    QAction *openAct_, *addLayerAct_, *addTilesAct_, *saveAct_, *saveAsAct_, *quitAct_;
    ExportController* exports_;  // export_controller.h
    QAction *undoAct_, *redoAct_;
    QAction *zoomInAct_, *zoomOutAct_, *fullExtentAct_, *legendAct_, *labelsAct_;
    QAction *attributeTableAct_, *zoomLayerAct_, *removeLayerAct_;
    QAction* aboutAct_;

    bool interactive_ = true;
    QString lastError_;
    QString missingNotice_;
    std::function<UnsavedAnswer(const QString&)> unsavedPrompt_;
    std::string savedArrangement_;
    MapView savedView_;  // the view when the project was opened or saved: its extent is written unchanged
    EditController* editController_ = nullptr;
    DeclareCrsController* declareCrs_ = nullptr;
};

}  // namespace vt::gui
