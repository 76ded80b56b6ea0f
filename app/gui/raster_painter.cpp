#include "raster_painter.h"

#include <QDebug>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>
#include <cmath>

#include "geo/error.h"

namespace vt::gui {

namespace {

bool isDrawn(const Document& doc, const LayerState& state) {
    int bi = doc.basemapIndex(state.id);
    return bi >= 0 && state.visible && state.opacity > 0 && doc.basemaps[static_cast<std::size_t>(bi)].problem.isEmpty();
}

}  // namespace

int drawBasemaps(QPainter& p, const Document& doc, const MapView& view, const RenderSettings& settings,
                 const std::atomic<bool>* cancel) {
    // The degree fallback map has no CRS PROJ could warp into.
    if (doc.basemaps.empty() || doc.mapCrs.definition.empty() || view.size.isEmpty()) return 0;
    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    geo::RasterRequest request;
    request.extent = view.envelope();
    request.crs = doc.mapCrs.definition;
    request.width = std::max(1, static_cast<int>(std::lround(view.size.width() * dpr)));
    request.height = std::max(1, static_cast<int>(std::lround(view.size.height() * dpr)));
    int drawn = 0;
    for (const LayerState& state : settings.layers) {
        if (!isDrawn(doc, state)) continue;
        const BasemapLayer& b = doc.basemaps[static_cast<std::size_t>(doc.basemapIndex(state.id))];
        geo::RasterImage img;
        try {
            img = geo::renderRaster(b.source, request, &b.reach, cancel);
        } catch (const geo::Error& e) {
            qWarning().noquote() << "basemap" << toQString(b.source.id) << "not drawn:" << toQString(e.what());
            continue;
        }
        if (cancel && cancel->load(std::memory_order_relaxed)) return -1;
        if (img.empty()) continue;
        for (const auto& note : img.notes) qInfo().noquote() << "basemap" << toQString(b.source.id) << toQString(note);
        QImage image(img.rgba.data(), img.width, img.height, img.width * 4, QImage::Format_RGBA8888);
        p.save();
        p.setOpacity(state.opacity);
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);  // already at the device's resolution
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(view.size)), image);  // QImage only borrows rgba: drawn before it goes
        p.restore();
        ++drawn;
    }
    return drawn;
}

QStringList basemapAttributions(const Document& doc, const RenderSettings& settings) {
    QStringList out;
    for (const LayerState& state : settings.layers) {
        if (!isDrawn(doc, state)) continue;
        QString a = toQString(doc.basemaps[static_cast<std::size_t>(doc.basemapIndex(state.id))].source.attribution).trimmed();
        if (!a.isEmpty() && !out.contains(a)) out << a;
    }
    return out;
}

void drawAttribution(QPainter& p, const QRectF& area, const QStringList& attributions, double k) {
    if (attributions.isEmpty()) return;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(9 * k))));
    QFontMetricsF fm(font);
    const QString text = attributions.join(QStringLiteral(" | "));
    const double pad = 3 * k;
    const double width = std::min(fm.horizontalAdvance(text) + 2 * pad, area.width());
    QRectF band(area.right() - width, area.bottom() - fm.height() - 2 * pad, width, fm.height() + 2 * pad);
    p.save();
    p.setOpacity(1.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 190));
    p.drawRect(band);
    p.setFont(font);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(band.adjusted(pad, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter,
               fm.elidedText(text, Qt::ElideLeft, band.width() - 2 * pad));
    p.restore();
}

}  // namespace vt::gui
