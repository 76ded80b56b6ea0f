#include "xyz_tiles_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "document.h"
#include "geo/error.h"
#include "geo/raster_view.h"

namespace vt::gui {

XyzTilesDialog::XyzTilesDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Add XYZ tiles"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("xyzName"));
    url_ = new QLineEdit(this);
    url_->setObjectName(QStringLiteral("xyzUrl"));
    url_->setPlaceholderText(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    url_->setMinimumWidth(420);
    attribution_ = new QLineEdit(this);
    attribution_->setObjectName(QStringLiteral("xyzAttribution"));
    attribution_->setPlaceholderText(QStringLiteral("© OpenStreetMap contributors"));
    maxZoom_ = new QSpinBox(this);
    maxZoom_->setRange(0, 24);
    maxZoom_->setValue(19);
    form->addRow(tr("Name:"), name_);
    form->addRow(tr("URL template:"), url_);
    form->addRow(tr("Attribution:"), attribution_);
    form->addRow(tr("Deepest zoom level:"), maxZoom_);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("{z}, {x} and {y} stand for the zoom level and the tile's column and row (a WMTS "
                               "template on the GoogleMapsCompatible grid names them {TileMatrix}, {TileCol} and "
                               "{TileRow}). Tiles are kept on disk, so the map still shows them without a network. The attribution "
                               "is drawn on the map and in exported maps, as tile providers require."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("xyzProblem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->hide();
    layout->addWidget(problem_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &XyzTilesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &XyzTilesDialog::reject);
    layout->addWidget(buttons);
}

geo::BasemapSpec XyzTilesDialog::basemap() const {
    geo::BasemapSpec b;
    b.name = toStd(name_->text().trimmed());
    b.url = toStd(url_->text().trimmed());
    b.attribution = toStd(attribution_->text().trimmed());
    b.maxZoom = maxZoom_->value();
    return b;
}

void XyzTilesDialog::setValues(const QString& name, const QString& url, const QString& attribution, int maxZoom) {
    name_->setText(name);
    url_->setText(url);
    attribution_->setText(attribution);
    maxZoom_->setValue(maxZoom);
}

void XyzTilesDialog::accept() {
    geo::RasterSource probe;
    probe.name = toStd(name_->text().trimmed());
    probe.urlTemplate = toStd(url_->text().trimmed());
    probe.maxZoom = maxZoom_->value();
    QString why;
    if (probe.urlTemplate.empty()) {
        why = tr("Give the URL template of the tiles.");
    } else {
        try {
            geo::gdalRasterName(probe);
        } catch (const geo::Error& e) {
            why = toQString(e.what());
        }
    }
    if (!why.isEmpty()) {
        problem_->setText(why);
        problem_->show();
        return;
    }
    QDialog::accept();
}

}  // namespace vt::gui
