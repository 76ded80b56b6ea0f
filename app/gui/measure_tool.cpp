#include "measure_tool.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include "map_canvas.h"

namespace vt::gui {

QString formatDistance(double metres, const QLocale& locale) {
    if (metres < 1000) return QCoreApplication::translate("vt::gui::MeasureTool", "%1 m").arg(locale.toString(metres, 'f', 1));
    return QCoreApplication::translate("vt::gui::MeasureTool", "%1 km").arg(locale.toString(metres / 1000, 'f', 3));
}

QString formatArea(double squareMetres, const QLocale& locale) {
    return QCoreApplication::translate("vt::gui::MeasureTool", "%1 m² (%2 ha)")
        .arg(locale.toString(squareMetres, 'f', 0), locale.toString(squareMetres / 10000, 'f', 4));
}

MeasureTool::MeasureTool(QObject* parent) : MapTool(parent) {}

MeasureTool::~MeasureTool() { delete panel_; }

void MeasureTool::setMode(Mode mode) {
    if (mode == mode_) return;
    mode_ = mode;
    notify();
}

void MeasureTool::addPoint(geo::XY map) {
    if (finished_) {  // a click after finishing starts a new measurement
        points_.clear();
        finished_ = false;
    }
    points_.push_back(map);
    notify();
}

void MeasureTool::finish() {
    if (points_.empty()) return;
    finished_ = true;
    hover_.reset();
    notify();
}

void MeasureTool::clear() {
    points_.clear();
    hover_.reset();
    finished_ = false;
    notify();
}

std::vector<geo::XY> MeasureTool::lonLatPoints() const {
    std::vector<geo::XY> out;
    if (!canvas_) return out;
    for (const geo::XY& p : points_) out.push_back(canvas_->toLonLat(p));
    if (!finished_ && hover_ && !points_.empty()) out.push_back(canvas_->toLonLat(*hover_));
    return out;
}

geo::GeodesicMeasure MeasureTool::measurement() const { return geo::measureGeodesic(lonLatPoints()); }

QString MeasureTool::summary() const {
    QLocale locale;
    geo::GeodesicMeasure m = measurement();
    if (mode_ == Mode::Distance) return tr("Distance %1").arg(formatDistance(m.lengthMetres, locale));
    std::size_t n = points_.size() + ((!finished_ && hover_ && !points_.empty()) ? 1 : 0);
    if (n < 3) return tr("Area: click at least 3 points");
    return tr("Area %1\nPerimeter %2").arg(formatArea(m.areaM2, locale), formatDistance(m.perimeterMetres, locale));
}

void MeasureTool::notify() {
    if (panel_) panel_->refresh();
    emit measurementChanged();
    emit changed();
}

void MeasureTool::activate(MapCanvas* canvas) {
    MapTool::activate(canvas);
    if (!panel_) panel_ = new MeasurePanel(this, canvas);
    panel_->move(10, 10);
    panel_->show();
    panel_->raise();
    panel_->refresh();
}

void MeasureTool::deactivate() {
    clear();
    delete panel_;  // a child of the canvas; made again on the next activate
    MapTool::deactivate();
}

bool MeasureTool::mouseMove(const MapToolEvent& e) {
    if (finished_ || points_.empty()) return false;
    hover_ = e.map;
    notify();
    return false;  // a drag still pans
}

bool MeasureTool::click(const MapToolEvent& e) {
    if (e.button == Qt::RightButton) {
        finish();
        return true;
    }
    if (e.button != Qt::LeftButton) return false;
    addPoint(e.map);
    return true;
}

bool MeasureTool::doubleClick(const MapToolEvent& e) {
    if (e.button != Qt::LeftButton) return false;
    // The double click's first press already added its point.
    finish();
    return true;
}

bool MeasureTool::keyPress(QKeyEvent* event) {
    if (event->key() == Qt::Key_Backspace && !points_.empty()) {
        points_.pop_back();
        finished_ = false;
        notify();
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !points_.empty()) {
        finish();
        return true;
    }
    return false;
}

bool MeasureTool::cancel() {
    if (points_.empty()) return false;
    clear();
    return true;
}

void MeasureTool::paint(QPainter& p, const MapView& view) {
    if (points_.empty()) return;
    std::vector<geo::XY> pts = points_;
    if (!finished_ && hover_) pts.push_back(*hover_);
    QPolygonF screen;
    for (const geo::XY& q : pts) screen << view.toScreen(q);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink(0xd0, 0x30, 0x20);
    if (mode_ == Mode::Area && screen.size() >= 3) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x30, 0x20, 50));
        p.drawPolygon(screen);
    }
    // White under the red line: readable over any background.
    for (const QPen& pen : {QPen(QColor(255, 255, 255, 220), 4), QPen(ink, 2)}) {
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        if (mode_ == Mode::Area && screen.size() >= 3)
            p.drawPolygon(screen);
        else
            p.drawPolyline(screen);
    }
    p.setPen(QPen(ink, 1.5));
    p.setBrush(Qt::white);
    for (std::size_t i = 0; i < points_.size(); ++i) p.drawEllipse(screen[static_cast<int>(i)], 3.5, 3.5);

    // The running total beside the last point, on a white box.
    QString text = summary();
    QFontMetrics fm(p.font());
    QRect box = fm.boundingRect(QRect(0, 0, 400, 200), Qt::AlignLeft, text).adjusted(-5, -3, 5, 3);
    box.moveTopLeft((screen.back() + QPointF(12, 8)).toPoint());
    p.setPen(QPen(ink, 1));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(Qt::black);
    p.drawText(box.adjusted(5, 3, -5, -3), Qt::AlignLeft, text);
}

MeasurePanel::MeasurePanel(MeasureTool* tool, QWidget* parent) : QFrame(parent), tool_(tool) {
    setObjectName(QStringLiteral("measurePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    title_ = new QLabel(this);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    figures_ = new QLabel(this);
    figures_->setObjectName(QStringLiteral("measureFigures"));
    figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    distance_ = new QPushButton(this);
    area_ = new QPushButton(this);
    clear_ = new QPushButton(this);
    for (QPushButton* b : {distance_, area_}) b->setCheckable(true);
    for (QPushButton* b : {distance_, area_, clear_}) {
        b->setFocusPolicy(Qt::NoFocus);  // keys stay with the map (Esc, Backspace)
        buttons->addWidget(b);
    }
    layout->addWidget(title_);
    layout->addWidget(figures_);
    layout->addLayout(buttons);
    connect(distance_, &QPushButton::clicked, this, [this] { tool_->setMode(MeasureTool::Mode::Distance); });
    connect(area_, &QPushButton::clicked, this, [this] { tool_->setMode(MeasureTool::Mode::Area); });
    connect(clear_, &QPushButton::clicked, this, [this] { tool_->clear(); });
    retranslate();
}

void MeasurePanel::refresh() {
    distance_->setChecked(tool_->mode() == MeasureTool::Mode::Distance);
    area_->setChecked(tool_->mode() == MeasureTool::Mode::Area);
    figures_->setText(tool_->points().empty() ? tr("Click points on the map; double-click to finish.")
                                              : tool_->summary());
    adjustSize();
}

void MeasurePanel::retranslate() {
    title_->setText(tr("Measure (geodesic, WGS 84)"));
    distance_->setText(tr("Distance"));
    area_->setText(tr("Area"));
    clear_->setText(tr("Clear"));
    refresh();
}

void MeasurePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QFrame::changeEvent(event);
}

}  // namespace vt::gui
