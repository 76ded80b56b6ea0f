#include "status_readout.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <cmath>

#include "main_window.h"
#include "map_canvas.h"

namespace vt::gui {

StatusReadout::StatusReadout(MainWindow* window) : QObject(window), window_(window) {
    MapCanvas* canvas = window->canvas();
    lonLat_ = new QLabel(window);
    projected_ = new QLabel(window);
    scale_ = new QLabel(window);
    render_ = new QLabel(window);
    for (QLabel* l : {lonLat_, projected_, scale_}) l->setMinimumWidth(160);
    window->statusBar()->addPermanentWidget(lonLat_);
    window->statusBar()->addPermanentWidget(projected_);
    window->statusBar()->addPermanentWidget(scale_);
    window->statusBar()->addPermanentWidget(render_);

    connect(canvas, &MapCanvas::cursorMoved, this, [this](double x, double y, double lon, double lat) {
        QLocale locale;
        lonLat_->setText(tr("%1° E, %2° N").arg(locale.toString(lon, 'f', 5), locale.toString(lat, 'f', 5)));
        const DocumentPtr doc = window_->document();
        if (doc && !doc->mapCrsLabel.isEmpty())
            projected_->setText(tr("X %1 m, Y %2 m (%3)")
                                    .arg(locale.toString(x, 'f', 1), locale.toString(y, 'f', 1), doc->mapCrsLabel));
        else
            projected_->clear();
    });
    connect(canvas, &MapCanvas::cursorLeft, this, [this] {
        lonLat_->clear();
        projected_->clear();
    });
    connect(canvas, &MapCanvas::viewChanged, this, &StatusReadout::updateScale);
    connect(canvas, &MapCanvas::frameReady, this, [this] {
        render_->setText(tr("Rendered in %1 ms").arg(window_->canvas()->lastRenderMs()));
    });
}

void StatusReadout::updateScale() {
    const DocumentPtr doc = window_->document();
    const MapCanvas* canvas = window_->canvas();
    if (!doc || !doc->mapCrsIsMetres) {
        scale_->clear();
        return;
    }
    double denominator = canvas->view().scaleDenominator(canvas->logicalDpiX() > 0 ? canvas->logicalDpiX() : 96);
    scale_->setText(tr("Scale 1:%1").arg(QLocale().toString(static_cast<qlonglong>(std::llround(denominator)))));
}

}  // namespace vt::gui
