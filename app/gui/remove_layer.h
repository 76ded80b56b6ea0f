#pragma once
// Removing a layer from the project (Layer ▸ Remove layer, or the layers
// panel's context menu), undoable like adding one: the project is rebuilt
// without it and the two documents are swapped on the undo stack
// (document_change.h). MainWindow::removeLayer is defined in remove_layer.cpp.
#include <QString>
#include <string>

#include "document.h"

namespace vt::gui {

// The workspace without layer id: its spec, its loaded layer, its load
// issues and its place in the draw order. Other layers are untouched.
geo::Workspace workspaceWithoutLayer(geo::Workspace ws, const std::string& id);

// What to ask before removing layer id, "" when nothing needs asking: a
// layer with a role (zones, planting areas, cooperatives, investments) or the
// layer the statistics are by changes the statistics.
QString removeLayerQuestion(const Document& doc, const std::string& id);

}  // namespace vt::gui
