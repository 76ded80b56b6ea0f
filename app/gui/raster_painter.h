#pragma once
// Drawing the project's raster backgrounds under the vector layers, and
// their attribution (bottom right of the map, on screen and in exports).
// Like map_renderer.h: pure functions, safe off the GUI thread.
#include <QPainter>
#include <QStringList>
#include <atomic>

#include "document.h"
#include "map_renderer.h"
#include "map_view.h"

namespace vt::gui {

// Draws every visible, drawable basemap of settings (in their order, bottom
// first) reprojected to the map CRS. Returns how many were drawn, -1 when
// cancelled. A basemap that fails while drawing is skipped (its reason
// goes to the log; the layers dock already shows problems found on opening).
int drawBasemaps(QPainter& painter, const Document& doc, const MapView& view, const RenderSettings& settings,
                 const std::atomic<bool>* cancel = nullptr);

// The attributions of the basemaps drawn with settings, each once, in order.
QStringList basemapAttributions(const Document& doc, const RenderSettings& settings);

// Draws the attributions as one line in the bottom-right corner of area,
// on a pale band so it reads over any background.
void drawAttribution(QPainter& painter, const QRectF& area, const QStringList& attributions, double symbolScale);

}  // namespace vt::gui
