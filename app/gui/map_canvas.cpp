#include "map_canvas.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

#include "map_decorations.h"
#include "map_style.h"

namespace vt::gui {

MapCanvas::MapCanvas(SelectionModel* selection, QWidget* parent) : QWidget(parent), selection_(selection) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    renderTimer_.setSingleShot(true);
    renderTimer_.setInterval(15);  // coalesce the events of one gesture into one frame
    connect(&renderTimer_, &QTimer::timeout, this, &MapCanvas::startRender);
    if (selection_) connect(selection_, &SelectionModel::changed, this, [this] { update(); });
}

MapCanvas::~MapCanvas() {
    if (cancel_) cancel_->store(true);
    // Frames still running hold their own shared_ptr to the document; their
    // watchers are children of this widget and are deleted with it.
}

void MapCanvas::setDocument(DocumentPtr doc) {
    doc_ = std::move(doc);
    projection_ = doc_ ? std::make_unique<MapProjection>(*doc_) : nullptr;
    settings_ = doc_ ? defaultRenderSettings(*doc_) : RenderSettings{};
    image_ = QImage();
    zoomToFullExtent();
}

void MapCanvas::setRenderSettings(const RenderSettings& settings) {
    settings_ = settings;
    scheduleRender();
}

void MapCanvas::setView(const MapView& view) { updateView(view); }

void MapCanvas::setLegendVisible(bool visible) {
    legendVisible_ = visible;
    update();
}

void MapCanvas::updateView(const MapView& view) {
    view_ = view;
    view_.size = size();
    update();
    scheduleRender();
    emit viewChanged();
}

void MapCanvas::zoomToExtent(const geo::Envelope& extent) {
    if (extent.isNull()) return;
    geo::Envelope e = extent;
    // A point or a tiny plot: show some surroundings (500 map units).
    double minSpan = 500;
    if (e.width() < minSpan) {
        double cx = (e.minX + e.maxX) / 2;
        e.minX = cx - minSpan / 2;
        e.maxX = cx + minSpan / 2;
    }
    if (e.height() < minSpan) {
        double cy = (e.minY + e.maxY) / 2;
        e.minY = cy - minSpan / 2;
        e.maxY = cy + minSpan / 2;
    }
    updateView(MapView::fit(e, size(), 30));
}

void MapCanvas::zoomToFeatures(int layer, const std::vector<int>& features) {
    if (!doc_ || layer < 0 || layer >= static_cast<int>(doc_->layers.size())) return;
    const auto& l = doc_->layers[static_cast<std::size_t>(layer)];
    geo::Envelope e;
    for (int f : features)
        if (f >= 0 && f < static_cast<int>(l.envelopes.size())) e.expand(l.envelopes[static_cast<std::size_t>(f)]);
    zoomToExtent(e);
}

void MapCanvas::zoomToFullExtent() {
    if (!doc_) {
        update();
        return;
    }
    updateView(MapView::fit(doc_->fullExtent, size(), 20));
}

void MapCanvas::zoomBy(double factor) { updateView(view_.zoomedAt(QPointF(width() / 2.0, height() / 2.0), factor)); }

void MapCanvas::panBy(QPointF deltaPx) { updateView(view_.panned(deltaPx)); }

geo::XY MapCanvas::toLonLat(geo::XY map) const { return projection_ ? projection_->toLonLat(map) : map; }
geo::XY MapCanvas::toMap(geo::XY lonLat) const { return projection_ ? projection_->toMap(lonLat) : lonLat; }

bool MapCanvas::waitForRender(int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (isRendering() && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return !isRendering();
}

void MapCanvas::scheduleRender() {
    if (!doc_) return;
    if (cancel_) cancel_->store(true);  // the frame in flight is already stale
    renderTimer_.start();
}

void MapCanvas::startRender() {
    if (!doc_ || width() <= 0 || height() <= 0) return;
    if (cancel_) cancel_->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    cancel_ = cancel;
    int generation = ++generation_;
    ++inFlight_;
    DocumentPtr doc = doc_;
    MapView view = view_;
    view.size = size();
    RenderSettings settings = settings_;
    double dpr = devicePixelRatioF();
    auto* watcher = new QFutureWatcher<QImage>(this);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, generation, view, started] {
        --inFlight_;
        QImage frame = watcher->result();
        watcher->deleteLater();
        if (generation != generation_ || frame.isNull()) return;  // superseded or cancelled
        image_ = frame;
        imageView_ = view;
        lastRenderMs_ = started->elapsed();
        update();
        emit frameReady();
    });
    watcher->setFuture(QtConcurrent::run([doc, view, settings, cancel, dpr] {
        return renderMap(*doc, view, settings, cancel.get(), dpr);
    }));
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), style::mapBackground());
    if (!doc_) {
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(rect(), Qt::AlignCenter, tr("Open a project (Ctrl+O) or drop a layer here."));
        return;
    }
    if (!image_.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        if (imageView_ == view_)
            p.drawImage(QPointF(0, 0), image_);
        else
            p.drawImage(cachedImageRect(imageView_, view_), image_);
    }
    if (selection_) drawSelection(p, *doc_, view_, *selection_);
    if (tool_) {
        p.save();
        tool_->paint(p);
        p.restore();
    }
    QLocale locale;
    if (doc_->mapCrsIsMetres) drawScaleBar(p, QPointF(16, height() - 14), view_, std::min(220, width() / 3), 1.0, locale);
    if (legendVisible_) {
        QSizeF ls = legendSize(*doc_, settings_, 1.0, locale);
        if (ls.width() < width() * 0.6 && ls.height() < height() - 20)
            drawLegend(p, QPointF(width() - ls.width() - 10, height() - ls.height() - 10), *doc_, settings_, 1.0,
                       locale);
    }
    drawNorthArrow(p, QPointF(width() - 26, 40), 30, 1.0);
    if (drag_ == Drag::ZoomBox) {
        QRect box = QRect(pressPos_, currentPos_).normalized();
        p.setPen(QPen(QColor(0x00, 0x60, 0xa0), 1, Qt::DashLine));
        p.setBrush(QColor(0x00, 0x60, 0xa0, 40));
        p.drawRect(box);
    }
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    bool first = view_.size.isEmpty() || view_.resolution <= 0 || view_.size.width() <= 0;
    if (doc_ && first) {
        zoomToFullExtent();
        return;
    }
    view_.size = size();
    scheduleRender();
}

void MapCanvas::setTool(MapCanvasTool* tool) {
    tool_ = tool;
    toolDrag_ = false;
    update();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    if (tool_ && doc_ && tool_->mousePress(event)) {
        toolDrag_ = true;
        return;
    }
    pressPos_ = currentPos_ = event->position().toPoint();
    pressView_ = view_;
    moved_ = false;
    drag_ = (event->modifiers() & Qt::ShiftModifier) ? Drag::ZoomBox : Drag::Pan;
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    currentPos_ = event->position().toPoint();
    if (doc_) {
        geo::XY m = view_.toMap(event->position());
        geo::XY ll = toLonLat(m);
        emit cursorMoved(m.x, m.y, ll.x, ll.y);
        if (tool_) tool_->mouseMove(event);
    }
    if (toolDrag_) return;
    if (drag_ == Drag::None) return;
    if ((currentPos_ - pressPos_).manhattanLength() > 3) moved_ = true;
    if (drag_ == Drag::Pan && moved_) {
        setCursor(Qt::ClosedHandCursor);
        updateView(pressView_.panned(QPointF(currentPos_ - pressPos_)));
    } else if (drag_ == Drag::ZoomBox) {
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (toolDrag_ && event->button() == Qt::LeftButton) {
        toolDrag_ = false;
        if (tool_) tool_->mouseRelease(event);
        return;
    }
    if (event->button() != Qt::LeftButton || drag_ == Drag::None) return;
    Drag drag = drag_;
    drag_ = Drag::None;
    unsetCursor();
    if (drag == Drag::ZoomBox && moved_) {
        QRect box = QRect(pressPos_, event->position().toPoint()).normalized();
        geo::Envelope e;
        e.expand(view_.toMap(box.topLeft()));
        e.expand(view_.toMap(box.bottomRight()));
        updateView(MapView::fit(e, size(), 0));
        return;
    }
    if (!moved_ && doc_ && tool_ && tool_->click(event)) return;
    if (!moved_ && doc_) {
        geo::XY m = view_.toMap(event->position());
        geo::XY ll = toLonLat(m);
        emit clicked(m.x, m.y, ll.x, ll.y, event->modifiers());
    }
    update();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (tool_ && doc_ && tool_->doubleClick(event)) return;
    QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    updateView(view_.zoomedAt(event->position(), std::pow(1.25, steps)));
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    if (tool_ && doc_ && tool_->keyPress(event)) return;
    const double step = 0.25;
    switch (event->key()) {
        case Qt::Key_Left: panBy(QPointF(width() * step, 0)); break;
        case Qt::Key_Right: panBy(QPointF(-width() * step, 0)); break;
        case Qt::Key_Up: panBy(QPointF(0, height() * step)); break;
        case Qt::Key_Down: panBy(QPointF(0, -height() * step)); break;
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomBy(2.0); break;
        case Qt::Key_Minus: zoomBy(0.5); break;
        case Qt::Key_Home: zoomToFullExtent(); break;
        default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent*) { emit cursorLeft(); }

}  // namespace vt::gui
