#include "export_layer_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>

#include "document.h"
#include "postgis_dialog.h"

namespace vt::gui {
namespace {

// What the list says of each format of geo's table (geo/export_formats.h),
// translated; a format added to the table without a label here shows the
// table's own title.
const char* formatLabel(geo::ExportFormat format) {
    switch (format) {
        case geo::ExportFormat::GeoJson: return QT_TRANSLATE_NOOP("vt::gui::ExportLayerDialog", "GeoJSON (RFC 7946, WGS 84)");
        case geo::ExportFormat::GeoJsonSeq: return QT_TRANSLATE_NOOP("vt::gui::ExportLayerDialog", "GeoJSON lines (big layers)");
        case geo::ExportFormat::GeoPackage: return QT_TRANSLATE_NOOP("vt::gui::ExportLayerDialog", "GeoPackage (project CRS)");
        case geo::ExportFormat::Shapefile: return QT_TRANSLATE_NOOP("vt::gui::ExportLayerDialog", "Shapefile (project CRS, UTF-8)");
        case geo::ExportFormat::Csv: return QT_TRANSLATE_NOOP("vt::gui::ExportLayerDialog", "CSV table");
        case geo::ExportFormat::Xlsx: return QT_TRANSLATE_NOOP("vt::gui::ExportLayerDialog", "Excel workbook (XLSX)");
        case geo::ExportFormat::PostGis: return QT_TRANSLATE_NOOP("vt::gui::ExportLayerDialog", "PostGIS table (shared database)");
    }
    return nullptr;
}

}  // namespace

ExportLayerDialog::ExportLayerDialog(const Document& doc, const SelectionModel& selection,
                                     const std::string& currentLayerId, QWidget* parent)
    : QDialog(parent), doc_(doc), selection_(selection) {
    setWindowTitle(tr("Export layer"));
    layer_ = new QComboBox(this);
    for (const auto& l : doc.workspace.layers) {
        QString title = toQString(l.spec.title.empty() ? l.spec.id : l.spec.title);
        layer_->addItem(title, toQString(l.spec.id));
        if (l.spec.id == currentLayerId) layer_->setCurrentIndex(layer_->count() - 1);
    }
    format_ = new QComboBox(this);
    // In the table's order: the open standards first.
    for (const auto& f : geo::exportFormats()) {
        const char* label = formatLabel(f.format);
        format_->addItem(label ? tr(label) : toQString(f.title), static_cast<int>(f.format));
    }
    linked_ = new QCheckBox(tr("Add linked attributes (measured ha, cooperative, zone, investments)"), this);
    linked_->setChecked(true);

    all_ = new QRadioButton(tr("All features"), this);
    selected_ = new QRadioButton(this);
    zone_ = new QRadioButton(tr("Features in zone"), this);
    all_->setChecked(true);
    zoneCode_ = new QComboBox(this);
    if (doc.zones >= 0)
        for (std::size_t i = 0; i < doc.workspace.layers[static_cast<std::size_t>(doc.zones)].normalised.features.size(); ++i) {
            QString code = doc.text(doc.zones, static_cast<int>(i), doc.zoneCodeField);
            QString name = doc.text(doc.zones, static_cast<int>(i), doc.zoneNameField);
            zoneCode_->addItem(name.isEmpty() ? code : code + QStringLiteral(" — ") + name, code);
        }
    clip_ = new QCheckBox(tr("Clip to the zone"), this);
    auto* zoneRow = new QHBoxLayout;
    zoneRow->addWidget(zone_);
    zoneRow->addWidget(zoneCode_, 1);
    zoneRow->addWidget(clip_);

    precision_ = new QSpinBox(this);
    precision_->setRange(0, 15);
    precision_->setValue(7);
    precision_->setToolTip(tr("Decimals of longitude and latitude; 7 decimals are about 1 cm."));

    path_ = new QLineEdit(this);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    pathRow_ = new QWidget(this);
    auto* pathRow = new QHBoxLayout(pathRow_);
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browseButton);
    postgis_ = new PostgisConnectionForm(this);
    overwrite_ = new QCheckBox(tr("Replace the table if it exists (in one transaction)"), this);

    auto* form = new QFormLayout;
    form_ = form;
    form->addRow(tr("Layer:"), layer_);
    form->addRow(tr("Format:"), format_);
    form->addRow(QString(), linked_);
    auto* which = new QVBoxLayout;
    which->addWidget(all_);
    which->addWidget(selected_);
    which->addLayout(zoneRow);
    form->addRow(tr("Features:"), which);
    form->addRow(tr("Coordinate decimals:"), precision_);
    form->addRow(tr("File:"), pathRow_);
    form->addRow(tr("Database:"), postgis_);
    form->addRow(QString(), overwrite_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));  // Qt's own text is not translated
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(layer_, &QComboBox::currentIndexChanged, this, &ExportLayerDialog::onLayerChanged);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportLayerDialog::onFormatChanged);
    connect(browseButton, &QPushButton::clicked, this, &ExportLayerDialog::browse);
    for (QRadioButton* r : {all_, selected_, zone_}) connect(r, &QRadioButton::toggled, this, &ExportLayerDialog::updateEnabled);
    connect(path_, &QLineEdit::textChanged, this, &ExportLayerDialog::updateEnabled);
    connect(postgis_, &PostgisConnectionForm::changed, this, &ExportLayerDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onLayerChanged();
}

std::string ExportLayerDialog::layerId() const { return toStd(layer_->currentData().toString()); }

geo::ExportOptions ExportLayerDialog::options() const {
    geo::ExportOptions o;
    o.format = static_cast<geo::ExportFormat>(format_->currentData().toInt());
    o.outputPath = toStd(path_->text());
    if (o.format == geo::ExportFormat::PostGis) {
        o.outputPath = postgis_->connection().gdalName();
        o.postgisTable = toStd(postgis_->table());
        o.overwrite = overwrite_->isChecked();
    }
    o.linked = linked_->isChecked() && linked_->isEnabled();
    o.precision = precision_->value();
    if (selected_->isChecked()) {
        for (int f : selection_.features(layerId())) o.featureIndexes.push_back(f);
    } else if (zone_->isChecked()) {
        o.zoneCode = toStd(zoneCode_->currentData().toString());
        o.clipToZone = clip_->isChecked();
    }
    return o;
}

void ExportLayerDialog::onLayerChanged() {
    std::size_t count = selection_.features(layerId()).size();
    selected_->setText(tr("Selected features (%n)", nullptr, static_cast<int>(count)));
    selected_->setEnabled(count > 0);
    if (count == 0 && selected_->isChecked()) all_->setChecked(true);
    onFormatChanged();
}

void ExportLayerDialog::onFormatChanged() {
    auto format = static_cast<geo::ExportFormat>(format_->currentData().toInt());
    const bool postgis = format == geo::ExportFormat::PostGis;
    form_->setRowVisible(pathRow_, !postgis);
    form_->setRowVisible(postgis_, postgis);
    form_->setRowVisible(overwrite_, postgis);
    if (postgis) return updateEnabled();
    // Keep the file name, change its extension to the format's.
    QString current = path_->text();
    QString base = current.isEmpty() ? QDir::home().filePath(layer_->currentData().toString())
                                     : QFileInfo(current).absolutePath() + QDir::separator() + QFileInfo(current).completeBaseName();
    path_->setText(base + QString::fromLatin1(geo::defaultExtension(format)));
    updateEnabled();
}

// "GeoJSON (RFC 7946) (*.geojson *.json)" for the format chosen, from the table.
QString ExportLayerDialog::fileFilter() const {
    const auto& spec = geo::exportFormatSpec(static_cast<geo::ExportFormat>(format_->currentData().toInt()));
    QStringList patterns;
    for (const auto& ext : spec.extensions) patterns << QStringLiteral("*") + toQString(ext);
    return format_->currentText() + QStringLiteral(" (") + patterns.join(QLatin1Char(' ')) + QStringLiteral(")");
}

void ExportLayerDialog::browse() {
    QString path = QFileDialog::getSaveFileName(this, tr("Export layer"), path_->text(), fileFilter());
    if (!path.isEmpty()) path_->setText(path);
}

void ExportLayerDialog::updateEnabled() {
    int layer = doc_.layerIndex(layerId());
    bool hasGeometry = layer >= 0 && doc_.layers[static_cast<std::size_t>(layer)].hasGeometry;
    auto format = static_cast<geo::ExportFormat>(format_->currentData().toInt());
    precision_->setEnabled(geo::exportFormatSpec(format).coordinatePrecision);
    zone_->setEnabled(hasGeometry && doc_.zones >= 0);
    zoneCode_->setEnabled(zone_->isChecked() && zone_->isEnabled());
    clip_->setEnabled(zone_->isChecked() && zone_->isEnabled());
    if (zone_->isChecked() && !zone_->isEnabled()) all_->setChecked(true);
    if (auto* ok = findChild<QDialogButtonBox*>()) ok->button(QDialogButtonBox::Ok)
            ->setEnabled(format == geo::ExportFormat::PostGis ? postgis_->complete() : !path_->text().isEmpty());
}

}  // namespace vt::gui
