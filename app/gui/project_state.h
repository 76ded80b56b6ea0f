#pragma once
// Whether the open project has changes not yet in its file, and what Save
// writes: the undo stack's edits (layers added or relinked, features edited)
// and the map as the user arranged it (drawing order, visibility, opacity,
// styles, the layer the statistics are by). The map's extent is saved too
// but panning alone does not make a project "changed", as in QGIS.
// MainWindow's members for this live in project_state.cpp.
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <string>

#include "document.h"

class QWidget;

namespace vt::gui {

// The answer to "save the changes first?".
enum class UnsavedAnswer { Save, Discard, Cancel };

// Asks with a message box (Save / Don't save / Cancel) about the project
// called projectName; Escape or closing the box is Cancel.
UnsavedAnswer askAboutUnsavedChanges(QWidget* parent, const QString& projectName);

// The project file loaded as it was saved: statistics by the layer its
// "view" names (geo::ProjectView::statisticsBy). When that layer cannot
// serve (it did not load, or statistics by it fail) the document is by the
// project's zones layer, as without the choice. Throws as loadDocument.
std::shared_ptr<Document> loadDocumentAsSaved(const std::string& projectPath, const geo::ProgressFn& progress);

// The identifier of the document's map CRS written with a saved extent
// ("EPSG:9209", else its definition); "" when it has none.
std::string mapCrsId(const Document& doc);

// project with its relative paths (layers, backgrounds, crosswalk) rewritten
// to name the same files from newFilePath's folder, and filePath set to it:
// Save As into another folder keeps every layer.
geo::Project projectMovedTo(geo::Project project, const std::string& newFilePath);

}  // namespace vt::gui
