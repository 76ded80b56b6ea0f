#include "print_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "map_decorations.h"

namespace vt::gui {

PrintDialog::PrintDialog(DocumentPtr doc, const geo::Envelope& extent, const RenderSettings& settings, QWidget* parent)
    : QDialog(parent), doc_(std::move(doc)), extent_(extent), settings_(settings) {
    setWindowTitle(tr("Export map"));
    title_ = new QLineEdit(this);
    title_->setObjectName(QStringLiteral("printTitle"));
    if (doc_) title_->setPlaceholderText(toQString(doc_->workspace.project.name));
    subtitle_ = new QLineEdit(this);
    author_ = new QLineEdit(this);
    source_ = new QLineEdit(this);
    source_->setPlaceholderText(MapText::source());
    paper_ = new QComboBox(this);
    paper_->addItem(QStringLiteral("A4"), static_cast<int>(Paper::A4));
    paper_->addItem(QStringLiteral("A3"), static_cast<int>(Paper::A3));
    orientation_ = new QComboBox(this);
    orientation_->addItem(tr("Landscape"), static_cast<int>(QPageLayout::Landscape));
    orientation_->addItem(tr("Portrait"), static_cast<int>(QPageLayout::Portrait));
    fixedScale_ = new QCheckBox(tr("Fixed scale 1:"), this);
    scale_ = new QSpinBox(this);
    scale_->setObjectName(QStringLiteral("printScale"));
    scale_->setRange(500, 10'000'000);
    scale_->setSingleStep(5000);
    scale_->setGroupSeparatorShown(true);
    scale_->setValue(50000);
    grid_ = new QComboBox(this);
    grid_->addItem(tr("None"), static_cast<int>(MapGrid::None));
    grid_->addItem(tr("Project coordinates (metres)"), static_cast<int>(MapGrid::ProjectCrs));
    grid_->addItem(tr("Longitude and latitude"), static_cast<int>(MapGrid::LonLat));
    overview_ = new QCheckBox(tr("Overview map"), this);
    legend_ = new QCheckBox(tr("Legend"), this);
    northArrow_ = new QCheckBox(tr("North arrow"), this);
    scaleBar_ = new QCheckBox(tr("Scale and scale bar"), this);

    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(fixedScale_);
    scaleRow->addWidget(scale_, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), title_);
    form->addRow(tr("Subtitle:"), subtitle_);
    form->addRow(tr("Prepared by:"), author_);
    form->addRow(tr("Paper:"), paper_);
    form->addRow(tr("Orientation:"), orientation_);
    form->addRow(tr("Scale:"), scaleRow);
    form->addRow(tr("Coordinate grid:"), grid_);
    auto* parts = new QVBoxLayout;
    for (QCheckBox* box : {overview_, legend_, northArrow_, scaleBar_}) parts->addWidget(box);
    form->addRow(tr("On the page:"), parts);
    form->addRow(tr("Source line:"), source_);
    auto* language = new QLabel(tr("Every text on the page is in the interface language (Ngôn ngữ / Language)."), this);
    language->setWordWrap(true);
    form->addRow(language);

    previewLabel_ = new QLabel(this);
    previewLabel_->setObjectName(QStringLiteral("printPreview"));
    previewLabel_->setMinimumSize(360, 360);
    previewLabel_->setAlignment(Qt::AlignCenter);
    previewLabel_->setFrameShape(QFrame::StyledPanel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(previewLabel_, 1);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(columns);
    outer->addWidget(buttons);

    // The preview follows edits after a pause, so typing a title stays fluid.
    previewTimer_.setSingleShot(true);
    previewTimer_.setInterval(250);
    connect(&previewTimer_, &QTimer::timeout, this, &PrintDialog::updatePreview);
    auto later = [this] { previewTimer_.start(); };
    for (QLineEdit* edit : {title_, subtitle_, author_, source_}) connect(edit, &QLineEdit::textChanged, this, later);
    for (QComboBox* box : {paper_, orientation_, grid_})
        connect(box, &QComboBox::currentIndexChanged, this, later);
    for (QCheckBox* box : {fixedScale_, overview_, legend_, northArrow_, scaleBar_})
        connect(box, &QCheckBox::toggled, this, later);
    connect(fixedScale_, &QCheckBox::toggled, scale_, &QWidget::setEnabled);
    connect(scale_, &QSpinBox::valueChanged, this, later);
    setLayout(PrintLayout{});
}

PrintLayout PrintDialog::layout() const {
    PrintLayout l;
    l.title = title_->text().trimmed();
    l.subtitle = subtitle_->text().trimmed();
    l.author = author_->text().trimmed();
    l.source = source_->text().trimmed();
    l.paper = static_cast<Paper>(paper_->currentData().toInt());
    l.orientation = static_cast<QPageLayout::Orientation>(orientation_->currentData().toInt());
    l.fixedScale = fixedScale_->isChecked() ? scale_->value() : 0;
    l.grid = static_cast<MapGrid>(grid_->currentData().toInt());
    l.overview = overview_->isChecked();
    l.legend = legend_->isChecked();
    l.northArrow = northArrow_->isChecked();
    l.scaleBar = scaleBar_->isChecked();
    return l;
}

void PrintDialog::setLayout(const PrintLayout& l) {
    title_->setText(l.title);
    subtitle_->setText(l.subtitle);
    author_->setText(l.author);
    source_->setText(l.source);
    paper_->setCurrentIndex(paper_->findData(static_cast<int>(l.paper)));
    orientation_->setCurrentIndex(orientation_->findData(static_cast<int>(l.orientation)));
    fixedScale_->setChecked(l.fixedScale > 0);
    scale_->setEnabled(l.fixedScale > 0);
    if (l.fixedScale > 0) scale_->setValue(static_cast<int>(l.fixedScale));
    grid_->setCurrentIndex(grid_->findData(static_cast<int>(l.grid)));
    overview_->setChecked(l.overview);
    legend_->setChecked(l.legend);
    northArrow_->setChecked(l.northArrow);
    scaleBar_->setChecked(l.scaleBar);
    previewTimer_.start();
}

void PrintDialog::updatePreview() {
    previewTimer_.stop();
    if (!doc_) return;
    PrintLayout l = layout();
    // A thumbnail: the page at a low dpi, scaled into the label.
    QSizeF mm = pageSizeMm(l);
    double dpi = 25.4 * std::min(previewLabel_->width() / mm.width(), previewLabel_->height() / mm.height()) * 1.5;
    preview_ = renderLayoutImage(*doc_, extent_, settings_, l, std::clamp(dpi, 20.0, 150.0));
    previewLabel_->setPixmap(QPixmap::fromImage(preview_).scaled(previewLabel_->size(), Qt::KeepAspectRatio,
                                                                 Qt::SmoothTransformation));
}

}  // namespace vt::gui
