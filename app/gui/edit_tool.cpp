#include "edit_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

#include "geo/geometry_walk.h"
#include "selection_click.h"

namespace vt::gui {

namespace {

double distance2(geo::XY a, geo::XY b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); }

// The point of segment ab nearest p.
geo::XY nearestOnSegment(geo::XY p, geo::XY a, geo::XY b) {
    double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    if (len2 <= 0) return a;
    double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    return {a.x + t * dx, a.y + t * dy};
}

// Every line and ring of g as a list of vertices, then each point as a
// one-vertex list of its own (a vertex to snap to, with no edge to the next).
template <typename Fn>
void forEachPathAndPoint(const geo::Geometry& g, Fn fn) {
    geo::forEachPath(g, fn);
    for (const auto& p : g.points) fn(std::vector<geo::XY>{p});
}

}  // namespace

EditTool::EditTool(MapCanvas* canvas, SelectionModel* selection, Callbacks callbacks)
    : map_(canvas), selection_(selection), callbacks_(std::move(callbacks)) {}

void EditTool::setMode(Mode mode) {
    mode_ = mode;
    cancelDrawing();
    map_->setCursor(mode == Mode::AddPolygon || mode == Mode::AddPoint ? Qt::CrossCursor : Qt::ArrowCursor);
}

void EditTool::cancelDrawing() {
    sketch_.clearVertices();
    hole_ = false;
    dragging_.reset();
    dragFeature_ = -1;
    if (map_) map_->update();
}

int EditTool::layerIndex() const {
    const DocumentPtr& doc = map_->document();
    return doc ? doc->layerIndex(layerId_) : -1;
}

int EditTool::selectedFeature() const {
    auto features = selection_->features(layerId_);
    return features.empty() ? -1 : *features.begin();
}

geo::Geometry EditTool::selectedGeometry() const {
    int li = layerIndex(), f = selectedFeature();
    if (li < 0 || f < 0) return {};
    const auto& geometry = map_->document()->layers[static_cast<std::size_t>(li)].geometry;
    return f < static_cast<int>(geometry.size()) ? geometry[static_cast<std::size_t>(f)] : geo::Geometry{};
}

geo::XY EditTool::snap(QPointF px, int exclude, bool* snapped) const {
    const MapView& view = map_->view();
    geo::XY p = view.toMap(px);
    if (snapped) *snapped = false;
    const DocumentPtr& doc = map_->document();
    if (!snapping_ || !doc) return p;
    const double tol = tolerancePx_ * view.resolution;
    geo::Envelope box;
    box.expand(geo::XY{p.x - tol, p.y - tol});
    box.expand(geo::XY{p.x + tol, p.y + tol});
    double bestVertex = tol * tol, bestEdge = tol * tol;
    std::optional<geo::XY> vertex, edge;
    auto consider = [&](int layer, int skip) {
        if (layer < 0) return;
        const DisplayLayer& d = doc->layers[static_cast<std::size_t>(layer)];
        for (std::size_t i = 0; i < d.geometry.size(); ++i) {
            if (static_cast<int>(i) == skip || !d.envelopes[i].intersects(box)) continue;
            forEachPathAndPoint(d.geometry[i], [&](const std::vector<geo::XY>& r) {
                for (std::size_t k = 0; k < r.size(); ++k) {
                    double dv = distance2(p, r[k]);
                    if (dv <= bestVertex) bestVertex = dv, vertex = r[k];
                    if (k + 1 < r.size()) {
                        geo::XY q = nearestOnSegment(p, r[k], r[k + 1]);
                        double de = distance2(p, q);
                        if (de <= bestEdge) bestEdge = de, edge = q;
                    }
                }
            });
        }
    };
    consider(layerIndex(), exclude);
    if (doc->zones != layerIndex()) consider(doc->zones, -1);
    if (doc->boundary != layerIndex() && doc->boundary != doc->zones) consider(doc->boundary, -1);
    std::optional<geo::XY> best = vertex ? vertex : edge;
    if (!best) return p;
    if (snapped) *snapped = true;
    return *best;
}

std::optional<EditTool::VertexRef> EditTool::vertexAt(QPointF px) const {
    geo::Geometry g = selectedGeometry();
    const MapView& view = map_->view();
    double best = tolerancePx_ * tolerancePx_;
    std::optional<VertexRef> out;
    for (std::size_t pi = 0; pi < g.polygons.size(); ++pi)
        for (std::size_t ri = 0; ri < g.polygons[pi].rings.size(); ++ri) {
            const auto& r = g.polygons[pi].rings[ri];
            for (std::size_t k = 0; k + 1 < r.size() || (k < r.size() && r.size() == 1); ++k) {
                QPointF s = view.toScreen(r[k]);
                double d = (s.x() - px.x()) * (s.x() - px.x()) + (s.y() - px.y()) * (s.y() - px.y());
                if (d <= best) best = d, out = VertexRef{static_cast<int>(pi), static_cast<int>(ri), static_cast<int>(k)};
            }
        }
    for (std::size_t k = 0; k < g.points.size(); ++k) {
        QPointF s = view.toScreen(g.points[k]);
        double d = (s.x() - px.x()) * (s.x() - px.x()) + (s.y() - px.y()) * (s.y() - px.y());
        if (d <= best) best = d, out = VertexRef{-1, -1, static_cast<int>(k)};
    }
    return out;
}

bool EditTool::finishDrawing() {
    if (sketch_.vertices.size() < 3) return false;
    geo::Ring closed = sketch_.vertices;
    closed.push_back(closed.front());
    bool hole = hole_;
    cancelDrawing();
    if (callbacks_.polygonDrawn) callbacks_.polygonDrawn(closed, hole);
    return true;
}

bool EditTool::mousePress(const MapToolEvent& event) {
    if (mode_ != Mode::Vertex || event.button != Qt::LeftButton) return false;
    auto v = vertexAt(event.px);
    if (!v) return false;  // a drag elsewhere pans
    if (event.modifiers & Qt::ShiftModifier) {
        // Shift-click deletes the vertex (a ring keeps at least 3).
        geo::Geometry g = selectedGeometry();
        if (v->polygon < 0) return true;
        auto& r = g.polygons[static_cast<std::size_t>(v->polygon)].rings[static_cast<std::size_t>(v->ring)];
        if (r.size() <= 4) return true;
        r.erase(r.begin() + v->index);
        if (v->index == 0) r.back() = r.front();
        if (callbacks_.geometryChanged) callbacks_.geometryChanged(selectedFeature(), g);
        return true;
    }
    dragging_ = v;
    dragFeature_ = selectedFeature();
    dragGeometry_ = selectedGeometry();
    return true;
}

bool EditTool::mouseMove(const MapToolEvent& event) {
    bool snapped = false;
    geo::XY s = snap(event.px, mode_ == Mode::Vertex ? selectedFeature() : -1, &snapped);
    sketch_.hoverAt(event.px, snapped ? std::optional<geo::XY>(s) : std::nullopt);
    if (dragging_) {
        if (dragging_->polygon < 0) {
            dragGeometry_.points[static_cast<std::size_t>(dragging_->index)] = s;
        } else {
            auto& r = dragGeometry_.polygons[static_cast<std::size_t>(dragging_->polygon)]
                          .rings[static_cast<std::size_t>(dragging_->ring)];
            r[static_cast<std::size_t>(dragging_->index)] = s;
            if (dragging_->index == 0 && r.size() > 1) r.back() = s;  // the ring stays closed
        }
    }
    if (mode_ != Mode::None) map_->update();
    return false;  // hovering never stops a pan; a drag the tool took is its own
}

bool EditTool::mouseRelease(const MapToolEvent& event) {
    if (!dragging_) return false;
    mouseMove(event);
    geo::Geometry g = dragGeometry_;
    int feature = dragFeature_;
    dragging_.reset();
    dragFeature_ = -1;
    if (feature >= 0 && callbacks_.geometryChanged) callbacks_.geometryChanged(feature, g);
    map_->update();
    return true;
}

bool EditTool::click(const MapToolEvent& event) {
    if (event.button == Qt::RightButton) return mode_ == Mode::AddPolygon && finishDrawing();
    if (mode_ == Mode::AddPolygon) {
        if (sketch_.vertices.empty()) hole_ = event.modifiers & Qt::ControlModifier;
        sketch_.vertices.push_back(snap(event.px));
        map_->update();
        return true;
    }
    if (mode_ == Mode::AddPoint) {
        if (callbacks_.pointPlaced) callbacks_.pointPlaced(snap(event.px));
        return true;
    }
    // Vertex mode and none: a click selects in the edited layer (Ctrl toggles, Shift adds).
    if (callbacks_.clickedAt && event.button == Qt::LeftButton) {
        callbacks_.clickedAt(event.px, event.modifiers);
        return true;
    }
    return false;
}

bool EditTool::doubleClick(const MapToolEvent& event) {
    if (mode_ == Mode::AddPolygon) return finishDrawing() || true;
    if (mode_ == Mode::Vertex && selectedFeature() >= 0) {
        // On an edge of the selected polygon: a new vertex there.
        geo::Geometry g = selectedGeometry();
        const MapView& view = map_->view();
        geo::XY p = view.toMap(event.px);
        double best = tolerancePx_ * view.resolution;
        best *= best;
        int bp = -1, br = -1, bk = -1;
        geo::XY at{};
        for (std::size_t pi = 0; pi < g.polygons.size(); ++pi)
            for (std::size_t ri = 0; ri < g.polygons[pi].rings.size(); ++ri) {
                const auto& r = g.polygons[pi].rings[ri];
                for (std::size_t k = 0; k + 1 < r.size(); ++k) {
                    geo::XY q = nearestOnSegment(p, r[k], r[k + 1]);
                    if (double d = distance2(p, q); d <= best)
                        best = d, bp = static_cast<int>(pi), br = static_cast<int>(ri), bk = static_cast<int>(k), at = q;
                }
            }
        if (bp >= 0) {
            auto& r = g.polygons[static_cast<std::size_t>(bp)].rings[static_cast<std::size_t>(br)];
            r.insert(r.begin() + bk + 1, at);
            if (callbacks_.geometryChanged) callbacks_.geometryChanged(selectedFeature(), g);
            return true;
        }
    }
    if (callbacks_.doubleClickedAt) callbacks_.doubleClickedAt(map_->view().toMap(event.px));
    return true;
}

bool EditTool::keyPress(QKeyEvent* event) {
    if (mode_ != Mode::AddPolygon || sketch_.vertices.empty()) return false;
    switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: finishDrawing(); return true;
        case Qt::Key_Escape: cancelDrawing(); return true;
        case Qt::Key_Backspace:
            sketch_.vertices.pop_back();
            map_->update();
            return true;
        default: return false;
    }
}

bool EditTool::cancel() {
    const bool working = !sketch_.vertices.empty() || dragging_;
    if (!working) clearOnEscape(*selection_, this);
    cancelDrawing();
    dragging_.reset();
    dragFeature_ = -1;
    map_->update();
    return true;
}

void EditTool::paint(QPainter& p, const MapView& view) {
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink(0xd0, 0x20, 0x60);
    // The vertices of the selected feature in vertex mode (handles to drag).
    if (mode_ == Mode::Vertex) {
        geo::Geometry g = dragging_ ? dragGeometry_ : selectedGeometry();
        p.setPen(QPen(ink, 2));
        p.setBrush(Qt::NoBrush);
        for (const auto& poly : g.polygons) {
            QPainterPath path;
            for (const auto& r : poly.rings) {
                for (std::size_t k = 0; k < r.size(); ++k)
                    k == 0 ? path.moveTo(view.toScreen(r[k])) : path.lineTo(view.toScreen(r[k]));
            }
            p.drawPath(path);
        }
        p.setBrush(Qt::white);
        forEachPathAndPoint(g, [&](const std::vector<geo::XY>& r) {
            for (std::size_t k = 0; k + 1 < r.size() || (r.size() == 1 && k == 0); ++k)
                p.drawRect(QRectF(view.toScreen(r[k]) - QPointF(4, 4), QSizeF(8, 8)));
        });
    }
    // The ring being drawn, with a rubber band to the cursor.
    if (!sketch_.vertices.empty()) {
        const QPolygonF drawn = sketch_.screenVertices(view);
        QPolygonF poly = drawn;
        if (auto cursor = sketch_.screenCursor(view)) poly << *cursor;
        p.setPen(QPen(ink, 2, hole_ ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(QColor(ink.red(), ink.green(), ink.blue(), 50));
        p.drawPolygon(poly);
        paintVertexDots(p, drawn, ink);
    }
    // Where the cursor snaps.
    if (sketch_.hoverSnap && mode_ != Mode::None) paintSnapMark(p, view, *sketch_.hoverSnap);
}

}  // namespace vt::gui
