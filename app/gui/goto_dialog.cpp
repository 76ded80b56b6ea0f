#include "goto_dialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <QPushButton>
#include <QVBoxLayout>

#include "document.h"
#include "map_canvas.h"

namespace vt::gui {

namespace {

QString degreesText(geo::XY lonLat, const QLocale& locale) {
    return QCoreApplication::translate("vt::gui::GoToDialog", "%1° %2, %3° %4")
        .arg(locale.toString(std::abs(lonLat.y), 'f', 6), lonLat.y >= 0 ? QStringLiteral("N") : QStringLiteral("S"),
             locale.toString(std::abs(lonLat.x), 'f', 6), lonLat.x >= 0 ? QStringLiteral("E") : QStringLiteral("W"));
}

}  // namespace

GoToTarget readGoToTarget(const QString& text, const QString& metresCrs) {
    GoToTarget t;
    QLocale locale;
    try {
        geo::TypedCoordinate c = geo::parseCoordinate(toStd(text));
        if (c.kind == geo::TypedCoordinate::Kind::Degrees) {
            t.lonLat = geo::typedCoordinateLonLat(c, geo::CrsInfo{});
            t.description = (c.swapped ? QCoreApplication::translate("vt::gui::GoToDialog", "Latitude, longitude (WGS 84): %1")
                                       : QCoreApplication::translate("vt::gui::GoToDialog", "Longitude, latitude (WGS 84): %1"))
                                .arg(degreesText(*t.lonLat, locale));
        } else {
            geo::CrsInfo crs = geo::describeCrs(toStd(metresCrs.trimmed()));
            t.lonLat = geo::typedCoordinateLonLat(c, crs);
            t.description =
                (c.swapped ? QCoreApplication::translate("vt::gui::GoToDialog", "X (northing) %1 m, Y (easting) %2 m in %3: %4")
                           : QCoreApplication::translate("vt::gui::GoToDialog", "Easting %2 m, northing %1 m in %3: %4"))
                    .arg(locale.toString(c.value.y, 'f', 3), locale.toString(c.value.x, 'f', 3),
                         toQString(crs.name), degreesText(*t.lonLat, locale));
        }
    } catch (const std::exception& e) {
        t.lonLat.reset();
        t.description = toQString(e.what());
    }
    return t;
}

GoToDialog::GoToDialog(const QString& projectCrs, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("goToDialog"));
    setWindowTitle(tr("Go to coordinate"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    input_ = new QLineEdit(this);
    input_->setObjectName(QStringLiteral("goToInput"));
    input_->setPlaceholderText(tr("e.g. 9.6 105.97, 9°36′N 105°58′12″E or 1061653 551392"));
    input_->setMinimumWidth(380);
    crs_ = new QComboBox(this);
    crs_->setEditable(true);  // any EPSG code
    crs_->setToolTip(tr("The coordinate system of coordinates in metres; degrees are read as WGS 84 (GPS)."));
    if (!projectCrs.isEmpty()) crs_->addItem(projectCrs);
    for (const QString& code : {QStringLiteral("EPSG:3405"), QStringLiteral("EPSG:3406")})
        if (code != projectCrs) crs_->addItem(code);
    form->addRow(tr("Coordinate:"), input_);
    form->addRow(tr("Metres are in:"), crs_);
    layout->addLayout(form);
    reading_ = new QLabel(this);
    reading_->setObjectName(QStringLiteral("goToReading"));
    reading_->setWordWrap(true);
    layout->addWidget(reading_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(input_, &QLineEdit::textChanged, this, &GoToDialog::preview);
    connect(crs_, &QComboBox::currentTextChanged, this, &GoToDialog::preview);
    preview();
}

QString GoToDialog::metresCrsCode() const { return crs_->currentText().section(QLatin1Char(' '), 0, 0); }

void GoToDialog::preview() {
    if (input_->text().trimmed().isEmpty()) {
        target_ = {};
        reading_->setText(tr("Type longitude and latitude in degrees, or x and y in metres."));
    } else {
        target_ = readGoToTarget(input_->text(), metresCrsCode());
        reading_->setText(target_.description);
    }
    QPalette pal = reading_->palette();
    pal.setColor(QPalette::WindowText, target_.lonLat || input_->text().trimmed().isEmpty() ? palette().color(QPalette::WindowText)
                                                                                            : QColor(0xb0, 0x20, 0x20));
    reading_->setPalette(pal);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(target_.lonLat.has_value());
}

GoToMarker::GoToMarker(MapCanvas* canvas) : QWidget(canvas), canvas_(canvas) {
    setObjectName(QStringLiteral("goToMarker"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &QWidget::hide);
    connect(canvas_, &MapCanvas::viewChanged, this, [this] {
        if (isVisible()) update();
    });
    canvas_->installEventFilter(this);  // follow the map's size
    hide();
}

void GoToMarker::showAt(geo::XY lonLat, const QString& label, int milliseconds) {
    map_ = canvas_->toMap(lonLat);
    label_ = label;
    setGeometry(canvas_->rect());  // draws anywhere on the map; clicks pass through
    show();
    raise();
    update();
    timer_.start(milliseconds);
}

bool GoToMarker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == canvas_ && event->type() == QEvent::Resize) setGeometry(canvas_->rect());
    return QWidget::eventFilter(watched, event);
}

void GoToMarker::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    QPointF at = canvas_->view().toScreen(map_);
    // A pin whose tip is the point, and cross-hairs for the exact spot.
    const QColor ink(0xc0, 0x10, 0x60);
    p.setPen(QPen(ink, 1.2));
    p.drawLine(at - QPointF(14, 0), at + QPointF(14, 0));
    p.drawLine(at - QPointF(0, 14), at + QPointF(0, 14));
    QPainterPath pin;
    pin.moveTo(at);
    pin.cubicTo(at + QPointF(-4, -10), at + QPointF(-11, -16), at + QPointF(-11, -24));
    pin.arcTo(QRectF(at.x() - 11, at.y() - 35, 22, 22), 180, -180);
    pin.cubicTo(at + QPointF(11, -16), at + QPointF(4, -10), at);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(ink);
    p.drawPath(pin);
    p.setBrush(Qt::white);
    p.drawEllipse(at + QPointF(0, -24), 4, 4);
    if (!label_.isEmpty()) {
        QFontMetrics fm(font());
        QRect box = fm.boundingRect(label_).adjusted(-5, -3, 5, 3);
        box.moveTopLeft((at + QPointF(16, -30)).toPoint());
        p.setPen(QPen(ink, 1));
        p.setBrush(QColor(255, 255, 255, 235));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::black);
        p.drawText(box, Qt::AlignCenter, label_);
    }
}

}  // namespace vt::gui
