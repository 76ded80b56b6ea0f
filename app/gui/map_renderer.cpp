#include "map_renderer.h"

#include <QGlyphRun>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <memory>

#include "geo/geometry_walk.h"
#include "map_style.h"
#include "planting_density.h"
#include "raster_painter.h"

namespace vt::gui {

const LayerState* RenderSettings::find(const std::string& id) const {
    for (const auto& l : layers)
        if (l.id == id) return &l;
    return nullptr;
}

const StyledLayer* RenderSettings::styled(const std::string& id) const {
    const LayerState* s = find(id);
    return s && s->style && s->style->style.mode != StyleMode::Auto ? s->style.get() : nullptr;
}

bool RenderSettings::isVisible(const std::string& id) const {
    const LayerState* s = find(id);
    return s && s->visible && s->opacity > 0;
}

RenderSettings defaultRenderSettings(const Document& doc) {
    RenderSettings s;
    auto rank = [](geo::LayerRole role) {
        switch (role) {
            case geo::LayerRole::Zones: return 0;
            case geo::LayerRole::PlantingAreas: return 1;
            case geo::LayerRole::Table: return 2;
            case geo::LayerRole::Investments: return 2;
            case geo::LayerRole::Boundary: return 3;
            case geo::LayerRole::Cooperatives: return 4;
        }
        return 2;
    };
    std::vector<const DisplayLayer*> order;
    for (const auto& l : doc.layers)
        if (l.hasGeometry) order.push_back(&l);
    std::stable_sort(order.begin(), order.end(),
                     [&](const DisplayLayer* a, const DisplayLayer* b) { return rank(a->role) < rank(b->role); });
    // Raster backgrounds first: under every vector layer.
    for (const auto& b : doc.basemaps) s.layers.push_back({b.source.id, b.source.visible, b.source.opacity, nullptr});
    for (const auto* l : order) {
        // Layers without a role drawing get their default style (semi-transparent fill).
        StyledLayerPtr style =
            hasRoleDrawing(l->role) ? nullptr : styleLayer(doc, doc.layerIndex(l->id), defaultLayerStyle(*l));
        s.layers.push_back({l->id, true, 1.0, std::move(style)});
    }
    return s;
}

LabelPlacer::LabelPlacer(QSizeF canvas, double cell)
    : canvas_(canvas),
      cell_(cell),
      columns_(std::max(1, static_cast<int>(std::ceil(canvas.width() / cell)))),
      rows_(std::max(1, static_cast<int>(std::ceil(canvas.height() / cell)))),
      grid_(static_cast<std::size_t>(columns_ * rows_)) {}

bool LabelPlacer::isFree(const QRectF& rect) const {
    if (rect.left() < 0 || rect.top() < 0 || rect.right() > canvas_.width() || rect.bottom() > canvas_.height())
        return false;
    int c0 = std::clamp(static_cast<int>(rect.left() / cell_), 0, columns_ - 1);
    int c1 = std::clamp(static_cast<int>(rect.right() / cell_), 0, columns_ - 1);
    int r0 = std::clamp(static_cast<int>(rect.top() / cell_), 0, rows_ - 1);
    int r1 = std::clamp(static_cast<int>(rect.bottom() / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            for (const QRectF& other : grid_[static_cast<std::size_t>(r * columns_ + c)])
                if (other.intersects(rect)) return false;
    return true;
}

bool LabelPlacer::tryPlace(const QRectF& rect) {
    if (!isFree(rect)) return false;
    int c0 = std::clamp(static_cast<int>(rect.left() / cell_), 0, columns_ - 1);
    int c1 = std::clamp(static_cast<int>(rect.right() / cell_), 0, columns_ - 1);
    int r0 = std::clamp(static_cast<int>(rect.top() / cell_), 0, rows_ - 1);
    int r1 = std::clamp(static_cast<int>(rect.bottom() / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) grid_[static_cast<std::size_t>(r * columns_ + c)].push_back(rect);
    ++count_;
    return true;
}

namespace {

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

QPolygonF toScreen(const std::vector<geo::XY>& ring, const MapView& view) {
    QPolygonF poly;
    poly.reserve(static_cast<qsizetype>(ring.size()));
    QPointF last(-1e300, -1e300);
    for (const auto& p : ring) {
        QPointF s = view.toScreen(p);
        // Drop vertices that land on the same pixel as the previous one:
        // invisible, and the bulk of the work at province scale.
        if (std::fabs(s.x() - last.x()) < 0.3 && std::fabs(s.y() - last.y()) < 0.3) continue;
        poly.append(s);
        last = s;
    }
    return poly;
}

QRectF screenRect(const geo::Envelope& e, const MapView& view) {
    return QRectF(view.toScreen({e.minX, e.maxY}), view.toScreen({e.maxX, e.minY}));
}

// Draws one polygonal geometry; tiny ones become a dot so they stay visible.
void drawPolygonal(QPainter& p, const geo::Geometry& g, const geo::Envelope& env, const MapView& view,
                   double minSize = 1.5) {
    QRectF r = screenRect(env, view);
    if (r.width() < minSize && r.height() < minSize) {
        QPointF c = r.center();
        p.drawEllipse(c, minSize / 2, minSize / 2);
        return;
    }
    for (const auto& poly : g.polygons) {
        if (poly.rings.empty()) continue;
        if (poly.rings.size() == 1) {
            p.drawPolygon(toScreen(poly.rings[0], view));
        } else {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const auto& ring : poly.rings) path.addPolygon(toScreen(ring, view));
            p.drawPath(path);
        }
    }
}

void drawLines(QPainter& p, const geo::Geometry& g, const MapView& view) {
    geo::forEachPath(g, [&](const std::vector<geo::XY>& path) { p.drawPolyline(toScreen(path, view)); });
}

struct LabelCandidate {
    QString text;
    QPointF anchor;
    QFont font;
    QColor colour;
};

// A label shaped once (QTextLayout) and drawn from its glyph runs: the
// halo is the glyphs drawn eight times around their place, then the text.
// Stroking the text's outline path instead cost about a millisecond a label
// (a thousand codes at 1:10,000 took a second).
struct ShapedLabel {
    std::unique_ptr<QTextLayout> layout;
    double width = 0, ascent = 0, descent = 0;
};

ShapedLabel shapeLabel(const QString& text, const QFont& font) {
    ShapedLabel l;
    l.layout = std::make_unique<QTextLayout>(text, font);
    l.layout->setCacheEnabled(true);
    l.layout->beginLayout();
    QTextLine line = l.layout->createLine();
    l.layout->endLayout();
    if (!line.isValid()) return l;
    l.width = line.naturalTextWidth();
    l.ascent = line.ascent();
    l.descent = line.descent();
    return l;
}

void drawHaloText(QPainter& p, const QPointF& baseline, const ShapedLabel& label, const QColor& colour,
                  double halo) {
    const QList<QGlyphRun> runs = label.layout->glyphRuns();
    const QPointF origin = baseline - QPointF(0, label.ascent);  // glyph runs are placed from the line's top
    p.setPen(QColor(255, 255, 255, 200));
    const double r = halo / 2;
    static const QPointF around[] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {0.7071, 0.7071}, {-0.7071, 0.7071},
                                     {0.7071, -0.7071}, {-0.7071, -0.7071}};
    for (const QPointF& d : around)
        for (const QGlyphRun& run : runs) p.drawGlyphRun(origin + d * r, run);
    p.setPen(colour);
    for (const QGlyphRun& run : runs) p.drawGlyphRun(origin, run);
}

// A thin outline as a cosmetic pen: Qt draws it with its fast line
// rasteriser, where a 0.6-px geometric pen is stroked into a path first
// (half the time of drawing a thousand plots). Below one px, the colour is
// lightened in proportion so the line reads as thin.
QPen hairline(QColor colour, double k) {
    const double width = 0.6 * k;
    QPen pen(colour);
    if (width < 1) {
        colour.setAlphaF(colour.alphaF() * width);
        pen = QPen(colour, 0);  // width 0: one device px, cosmetic
    } else {
        pen.setWidthF(width);
    }
    return pen;
}

// A feature drawn by its layer's style (single, categorised or graduated).
void drawStyledFeature(QPainter& p, const geo::Geometry& g, const geo::Envelope& env, const MapView& view,
                       const StyledLayer& styled, std::size_t feature, double k) {
    const LayerStyle& s = styled.style;
    const QColor fill = styled.fillOf(feature);
    QPen pen = s.stroke.isValid() && s.strokeWidth > 0 ? QPen(s.stroke, s.strokeWidth * k) : QPen(Qt::NoPen);
    if (g.kind == geo::GeometryKind::LineString) {
        // A line has no fill: the class colour is its stroke.
        const bool classified = s.mode != StyleMode::Single;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(classified || !s.stroke.isValid() ? fill : s.stroke, std::max(1.5, s.strokeWidth) * k));
        drawLines(p, g, view);
        return;
    }
    p.setBrush(fill);
    p.setPen(pen);
    if (g.kind == geo::GeometryKind::Point) {
        for (const auto& pt : g.points) p.drawEllipse(view.toScreen(pt), 4 * k, 4 * k);
        return;
    }
    drawPolygonal(p, g, env, view, 3.5 * k);
}

QFont labelFont(double pointSize, bool bold, double symbolScale) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pointSize * 96.0 / 72.0 * symbolScale))));
    f.setBold(bold);
    return f;
}

}  // namespace

void drawCooperativeSymbol(QPainter& p, QPointF centre, double radius, double k) {
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 230), 2.2 * k));
    p.drawEllipse(centre, radius, radius);
    p.setBrush(style::cooperativeFill());
    p.setPen(QPen(style::cooperativeOutline(), 0.8 * k));
    p.drawEllipse(centre, radius, radius);
}

bool drawMap(QPainter& p, const Document& doc, const MapView& view, const RenderSettings& settings,
             const std::atomic<bool>* cancel) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    if (settings.background.isValid()) p.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size)), settings.background);
    const geo::Envelope viewEnv = view.envelope();
    const double k = settings.symbolScale;
    const int basemapsDrawn = drawBasemaps(p, doc, view, settings, cancel);
    if (basemapsDrawn < 0) {
        p.restore();
        return false;
    }

    for (const LayerState& state : settings.layers) {
        if (!state.visible || state.opacity <= 0) continue;
        int li = doc.layerIndex(state.id);
        if (li < 0) continue;
        const DisplayLayer& layer = doc.layers[static_cast<std::size_t>(li)];
        if (!layer.hasGeometry || !layer.extent.intersects(viewEnv)) continue;
        p.setOpacity(state.opacity);
        const StyledLayer* styled = settings.styled(state.id);
        // The project's planting areas: plots too small to show their shape
        // are drawn as the density grid, under the plots that are not.
        const bool densityForSmall =
            !styled && li == doc.plantings && doc.plantingMapArea.size() == layer.geometry.size();
        if (densityForSmall) {
            PlantingDensity density = binSmallPlots(layer, doc.plantingMapArea, view, k, cancel);
            if (cancelled(cancel)) {
                p.restore();
                return false;
            }
            drawDensity(p, density, view, k);
        }
        const bool complete = forEachIntersecting(
            layer.index, layer.envelopes, viewEnv, cancel, [&](std::size_t i) {
                const geo::Geometry& g = layer.geometry[i];
                const geo::Envelope& env = layer.envelopes[i];
                if (g.isEmpty()) return;
                if (styled) {
                    drawStyledFeature(p, g, env, view, *styled, i, k);
                    return;
                }
                switch (layer.role) {
                    case geo::LayerRole::Zones: {
                        int cls = i < doc.coverage.zoneClass.size() ? doc.coverage.zoneClass[i] : -1;
                        QColor fill = cls >= 0 && cls < static_cast<int>(doc.coverage.colours.size())
                                          ? doc.coverage.colours[static_cast<std::size_t>(cls)]
                                          : QColor(0xdd, 0xdd, 0xdd);
                        if (basemapsDrawn > 0) fill.setAlpha(150);  // the ground shows through the choropleth
                        p.setBrush(fill);
                        p.setPen(QPen(style::zoneOutline(), 0.8 * k));
                        drawPolygonal(p, g, env, view);
                        break;
                    }
                    case geo::LayerRole::PlantingAreas: {
                        if (densityForSmall && isSmallOnScreen(env, view, k)) break;  // in the density grid
                        int cat = i < doc.plantingCrop.size() ? doc.plantingCrop[i] : -1;
                        QColor fill = cat >= 0 && cat < static_cast<int>(doc.crops.size())
                                          ? doc.crops[static_cast<std::size_t>(cat)].colour
                                          : style::otherCropColour();
                        p.setBrush(fill);
                        QRectF r = screenRect(env, view);
                        // An outline on a 3-px plot would hide its colour.
                        if (std::max(r.width(), r.height()) > 8 * k)
                            p.setPen(hairline(style::plantingOutline(), k));
                        else
                            p.setPen(hairline(fill.darker(140), k));
                        drawPolygonal(p, g, env, view, 3.5 * k);  // a plot stays visible at province scale
                        break;
                    }
                    case geo::LayerRole::Boundary:
                        p.setBrush(Qt::NoBrush);
                        p.setPen(QPen(style::boundaryOutline(), 2.6 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                        drawLines(p, g, view);
                        break;
                    case geo::LayerRole::Cooperatives: {
                        double members = i < doc.coopMembers.size() ? static_cast<double>(doc.coopMembers[i]) : 0;
                        double r = style::cooperativeRadius(members, static_cast<double>(doc.maxMembers)) * k;
                        bool invested = i < doc.coopInvestmentVnd.size() && doc.coopInvestmentVnd[i] > 0;
                        for (const auto& pt : g.points) {
                            QPointF s = view.toScreen(pt);
                            drawCooperativeSymbol(p, s, r, k);
                            if (invested) {
                                // A red diamond on the cooperative: it has investments.
                                // At the circle's upper right, clear of its centre: a small
                                // cooperative's colour stays visible under the marker.
                                double d = 3.8 * k;
                                QPointF c = s + QPointF(1, -1) * (0.7 * (r + d));
                                QPolygonF diamond({c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d),
                                                   c + QPointF(-d, 0)});
                                p.setBrush(style::investmentMarker());
                                p.setPen(QPen(Qt::white, 0.9 * k));
                                p.drawPolygon(diamond);
                            }
                        }
                        break;
                    }
                    case geo::LayerRole::Investments:
                    case geo::LayerRole::Table: {
                        QColor c = layer.colour;
                        if (g.kind == geo::GeometryKind::Polygon) {
                            QColor fill = c;
                            fill.setAlpha(90);
                            p.setBrush(fill);
                            p.setPen(QPen(c, 1.0 * k));
                            drawPolygonal(p, g, env, view);
                        } else if (g.kind == geo::GeometryKind::LineString) {
                            p.setBrush(Qt::NoBrush);
                            p.setPen(QPen(c, 1.5 * k));
                            drawLines(p, g, view);
                        } else {
                            p.setBrush(c);
                            p.setPen(QPen(Qt::white, 0.8 * k));
                            for (const auto& pt : g.points) {
                                QPointF s = view.toScreen(pt);
                                p.drawRect(QRectF(s.x() - 3 * k, s.y() - 3 * k, 6 * k, 6 * k));
                            }
                        }
                        break;
                    }
                }
            });
        if (!complete) {
            p.restore();
            return false;
        }
    }
    p.setOpacity(1.0);

    if (settings.labels) {
        // Greedy placement in priority order: zone names, then cooperative
        // names and planting codes once they can be read.
        LabelPlacer placer(QSizeF(view.size));
        const double halo = 3.0 * k;
        auto place = [&](const QString& text, QPointF anchor, const QFont& font, const QColor& colour,
                         QPointF offset = {}) {
            // Most candidates in a dense view land on a placed label: a strip
            // at the anchor (inside any box the text could need) rejects them
            // before the text is shaped.
            QFontMetricsF fm(font);
            QRectF strip(anchor.x() + offset.x() - halo / 2, anchor.y() - fm.ascent() / 2 + offset.y() - halo / 2,
                         halo, fm.ascent() + fm.descent() + halo);
            if (!placer.isFree(strip)) return false;
            ShapedLabel label = shapeLabel(text, font);
            QRectF box(anchor.x() - label.width / 2 + offset.x() - halo / 2,
                       anchor.y() - label.ascent / 2 + offset.y() - halo / 2, label.width + halo,
                       label.ascent + label.descent + halo);
            if (!placer.tryPlace(box)) return false;
            drawHaloText(p, QPointF(box.left() + halo / 2, box.top() + halo / 2 + label.ascent), label, colour, halo);
            return true;
        };
        if (doc.zones >= 0 && settings.isVisible(doc.layers[static_cast<std::size_t>(doc.zones)].id)) {
            const auto& layer = doc.layers[static_cast<std::size_t>(doc.zones)];
            QFont font = labelFont(9.5, true, k);
            for (std::size_t i = 0; i < layer.labelPoints.size(); ++i) {
                if (!layer.envelopes[i].intersects(viewEnv)) continue;
                QString name = doc.text(doc.zones, static_cast<int>(i), doc.zoneNameField);
                if (name.isEmpty()) name = doc.text(doc.zones, static_cast<int>(i), doc.zoneCodeField);
                place(name, view.toScreen(layer.labelPoints[i]), font, QColor(0x1a, 0x1a, 0x1a));
            }
        }
        // Labels the user asked for in a layer's style, after the zone names.
        for (const LayerState& state : settings.layers) {
            if (!state.style || state.style->labelField < 0 || !settings.isVisible(state.id)) continue;
            int li = doc.layerIndex(state.id);
            if (li < 0) continue;
            const auto& layer = doc.layers[static_cast<std::size_t>(li)];
            QFont font = labelFont(8, false, k);
            // Through the layer's index: a million plots cost only those in view.
            forEachIntersecting(layer.index, layer.envelopes, viewEnv, cancel, [&](std::size_t i) {
                if (layer.geometry[i].isEmpty()) return;
                QString text = doc.text(li, static_cast<int>(i), state.style->labelField);
                if (!text.isEmpty()) place(text, view.toScreen(layer.labelPoints[i]), font, QColor(0x10, 0x10, 0x10));
            });
        }
        if (cancelled(cancel)) {
            p.restore();
            return false;
        }
        if (doc.plantings >= 0 && settings.isVisible(doc.layers[static_cast<std::size_t>(doc.plantings)].id)) {
            const auto& layer = doc.layers[static_cast<std::size_t>(doc.plantings)];
            QFont font = labelFont(7, false, k);
            QFontMetricsF fm(font);
            double minSize = fm.height() * 1.2;
            const bool complete =
                forEachIntersecting(layer.index, layer.envelopes, viewEnv, cancel, [&](std::size_t i) {
                    QRectF r = screenRect(layer.envelopes[i], view);
                    if (std::max(r.width(), r.height()) < minSize) return;  // too small to read its code
                    QString code = doc.text(doc.plantings, static_cast<int>(i), doc.plantingCodeField);
                    // Above the plot, so the label does not hide it.
                    QPointF anchor(r.center().x(), r.top() - fm.height() * 0.55);
                    if (!place(code, anchor, font, QColor(0x10, 0x10, 0x10)))
                        place(code, QPointF(r.center().x(), r.bottom() + fm.height() * 0.55), font,
                              QColor(0x10, 0x10, 0x10));
                });
            if (!complete) {
                p.restore();
                return false;
            }
        }
        if (doc.cooperatives >= 0 && settings.isVisible(doc.layers[static_cast<std::size_t>(doc.cooperatives)].id) &&
            view.resolution < 40 * (doc.mapCrsIsMetres ? 1.0 : 1e-5)) {
            const auto& layer = doc.layers[static_cast<std::size_t>(doc.cooperatives)];
            QFont font = labelFont(7, false, k);
            for (std::size_t i = 0; i < layer.labelPoints.size(); ++i) {
                if (!layer.envelopes[i].intersects(viewEnv)) continue;
                double r = style::cooperativeRadius(i < doc.coopMembers.size() ? double(doc.coopMembers[i]) : 0,
                                                    double(doc.maxMembers)) * k;
                QString name = doc.text(doc.cooperatives, static_cast<int>(i), doc.coopNameField);
                QFontMetricsF fm(font);
                place(name, view.toScreen(layer.labelPoints[i]), font, style::cooperativeOutline(),
                      QPointF(0, r + fm.height() * 0.6));
            }
        }
    }
    if (settings.attribution)
        drawAttribution(p, QRectF(QPointF(0, 0), QSizeF(view.size)), basemapAttributions(doc, settings), k);
    p.restore();
    return !cancelled(cancel);
}

QImage renderMap(const Document& doc, const MapView& view, const RenderSettings& settings,
                 const std::atomic<bool>* cancel, double devicePixelRatio) {
    QSize px(std::max(1, static_cast<int>(std::lround(view.size.width() * devicePixelRatio))),
             std::max(1, static_cast<int>(std::lround(view.size.height() * devicePixelRatio))));
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    bool complete = drawMap(painter, doc, view, settings, cancel);
    painter.end();
    return complete ? image : QImage();
}

void drawSelection(QPainter& p, const Document& doc, const MapView& view, const SelectionModel& selection,
                   double symbolScale) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const double k = symbolScale;
    QColor glow = style::selectionColour();
    for (const auto& [id, features] : selection.all()) {
        int li = doc.layerIndex(id);
        if (li < 0) continue;
        const DisplayLayer& layer = doc.layers[static_cast<std::size_t>(li)];
        for (int f : features) {
            if (f < 0 || f >= static_cast<int>(layer.geometry.size())) continue;
            const geo::Geometry& g = layer.geometry[static_cast<std::size_t>(f)];
            if (layer.role == geo::LayerRole::Cooperatives || g.kind == geo::GeometryKind::Point) {
                double members = static_cast<std::size_t>(f) < doc.coopMembers.size() &&
                                         layer.role == geo::LayerRole::Cooperatives
                                     ? static_cast<double>(doc.coopMembers[static_cast<std::size_t>(f)])
                                     : 0;
                double r = style::cooperativeRadius(members, static_cast<double>(doc.maxMembers)) * k + 4 * k;
                for (const auto& pt : g.points) {
                    QPointF s = view.toScreen(pt);
                    p.setBrush(Qt::NoBrush);
                    p.setPen(QPen(Qt::black, 4.5 * k));
                    p.drawEllipse(s, r, r);
                    p.setPen(QPen(glow, 2.5 * k));
                    p.drawEllipse(s, r, r);
                }
                continue;
            }
            QRectF r = screenRect(layer.envelopes[static_cast<std::size_t>(f)], view);
            if (std::max(r.width(), r.height()) < 8 * k) {
                // Too small to see its outline: ring it.
                QPointF c = r.center();
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(Qt::black, 4.5 * k));
                p.drawEllipse(c, 8 * k, 8 * k);
                p.setPen(QPen(glow, 2.5 * k));
                p.drawEllipse(c, 8 * k, 8 * k);
                continue;
            }
            QColor fill = glow;
            fill.setAlpha(60);
            p.setBrush(fill);
            p.setPen(QPen(Qt::black, 4.0 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            auto drawRings = [&] { geo::forEachRing(g, [&](const geo::Ring& r) { p.drawPolygon(toScreen(r, view)); }); };
            drawRings();
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(glow, 2.2 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            drawRings();
            for (const auto& line : g.lines) p.drawPolyline(toScreen(line, view));
        }
    }
    p.restore();
}

}  // namespace vt::gui
