#pragma once
// Selecting by clicking on the map, as in QGIS: a click selects the feature
// under the cursor (nothing there: the selection is cleared), Ctrl+click
// toggles it in or out of the selection, Shift+click adds it; Esc clears
// (RectangleSelectTool and the editor's tool call clearOnEscape). Used by the
// Select tool and, within the edited layer, by the editor, so Merge and Split
// work on features picked on the map.
#include <QObject>
#include <string>
#include <vector>

#include "document.h"
#include "map_renderer.h"
#include "selection.h"

namespace vt::gui {

class MapCanvas;

// The topmost visible feature under canvas pixel px among `layers` (indexes
// into the document's layers; all drawn layers when empty): {layer, feature}
// or {-1, -1}.
std::pair<int, int> featureUnderCursor(const MapCanvas& canvas, QPointF px, const std::vector<int>& layers = {});

// Applies a click on feature of layerId (feature -1: on nothing) with these
// modifiers: plain replaces the selection (or clears it), Ctrl toggles the
// feature, Shift adds it; Ctrl or Shift on nothing changes nothing.
void applyClickSelection(SelectionModel& selection, const std::string& layerId, int feature,
                         Qt::KeyboardModifiers modifiers, const QObject* origin = nullptr);

// Esc with nothing else to cancel: clears a selection. True when there was one.
bool clearOnEscape(SelectionModel& selection, const QObject* origin = nullptr);

}  // namespace vt::gui
