#pragma once
// Drawing the layers of a Document. Pure functions of their arguments and
// safe to call from any thread (the document is read-only), so the canvas
// renders off the GUI thread and the export and headless mode reuse them.
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <atomic>
#include <string>
#include <vector>

#include "document.h"
#include "layer_style.h"
#include "map_view.h"
#include "selection.h"

namespace vt::gui {

struct LayerState {
    std::string id;
    bool visible = true;
    double opacity = 1.0;  // 0..1
    StyledLayerPtr style;  // null or Auto: the role's own drawing (layer_style.h)
};

struct RenderSettings {
    std::vector<LayerState> layers;  // drawing order: first is drawn first (bottom)
    bool labels = true;
    double symbolScale = 1.0;        // symbol and text size multiplier (device dpi / 96)
    QColor background;               // invalid = transparent
    bool attribution = true;         // false: the print layout writes it in its footer instead

    const LayerState* find(const std::string& id) const;
    // The layer's style when it is not its role's own drawing, else null.
    const StyledLayer* styled(const std::string& id) const;
    bool isVisible(const std::string& id) const;
};

// The default drawing order: zones, planting areas, other layers, boundary,
// cooperatives on top.
RenderSettings defaultRenderSettings(const Document& doc);

// Draws every visible layer and the labels. Returns false when cancel was
// set during drawing (the picture is then incomplete).
bool drawMap(QPainter& painter, const Document& doc, const MapView& view, const RenderSettings& settings,
             const std::atomic<bool>* cancel = nullptr);

// drawMap into a new ARGB image of view.size. A null image when cancelled.
QImage renderMap(const Document& doc, const MapView& view, const RenderSettings& settings,
                 const std::atomic<bool>* cancel = nullptr, double devicePixelRatio = 1.0);

// A cooperative's circle: an opaque fill (the legend's colour on any zone
// beneath) inside a white ring and a dark outline, so it reads on light and
// dark zones alike. The legend draws it with this too.
void drawCooperativeSymbol(QPainter& painter, QPointF centre, double radius, double symbolScale);

// Highlights the selected features (drawn over the map in the GUI thread).
void drawSelection(QPainter& painter, const Document& doc, const MapView& view, const SelectionModel& selection,
                   double symbolScale = 1.0);

// Greedy label placement: a label is placed only when its rectangle
// intersects none already placed (bucketed in a grid so 100k candidates stay fast).
class LabelPlacer {
public:
    explicit LabelPlacer(QSizeF canvas, double cell = 64);
    bool tryPlace(const QRectF& rect);  // true and remembered when free
    bool isFree(const QRectF& rect) const;  // on the canvas and clear of placed labels
    int placed() const { return count_; }

private:
    QSizeF canvas_;
    double cell_;
    int columns_, rows_;
    std::vector<std::vector<QRectF>> grid_;
    int count_ = 0;
};

}  // namespace vt::gui
