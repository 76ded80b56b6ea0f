#include "style_panel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "geo/layer_style_spec.h"

namespace vt::gui {

namespace {
QIcon swatch(const QColor& colour) {
    QPixmap pm(18, 12);
    pm.fill(Qt::white);
    QPainter p(&pm);
    p.fillRect(pm.rect(), colour);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawRect(pm.rect().adjusted(0, 0, -1, -1));
    return QIcon(pm);
}
}  // namespace

StylePanel::StylePanel(DocumentPtr doc, int layer, const LayerStyle& current, QWidget* parent)
    : QDialog(parent), doc_(std::move(doc)), layer_(layer) {
    setObjectName(QStringLiteral("stylePanel"));
    const DisplayLayer& l = doc_->layers[static_cast<std::size_t>(layer_)];
    hasRole_ = hasRoleDrawing(l.role);
    setWindowTitle(tr("Style of “%1”").arg(l.title));

    auto* form = new QFormLayout;
    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("styleMode"));
    if (hasRole_) mode_->addItem(tr("As its role draws it"), static_cast<int>(StyleMode::Auto));
    mode_->addItem(tr("Single colour"), static_cast<int>(StyleMode::Single));
    mode_->addItem(tr("Categorised by a field"), static_cast<int>(StyleMode::Categorised));
    mode_->addItem(tr("Graduated by a numeric field"), static_cast<int>(StyleMode::Graduated));
    form->addRow(tr("Drawing"), mode_);

    fillButton_ = new QPushButton(this);
    fillButton_->setObjectName(QStringLiteral("styleFill"));
    form->addRow(tr("Fill"), fillButton_);
    fillOpacity_ = new QSpinBox(this);
    fillOpacity_->setObjectName(QStringLiteral("styleFillOpacity"));
    fillOpacity_->setRange(0, 100);
    fillOpacity_->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Fill opacity"), fillOpacity_);
    strokeButton_ = new QPushButton(this);
    strokeButton_->setObjectName(QStringLiteral("styleStroke"));
    form->addRow(tr("Outline"), strokeButton_);
    strokeWidth_ = new QDoubleSpinBox(this);
    strokeWidth_->setObjectName(QStringLiteral("styleStrokeWidth"));
    strokeWidth_->setRange(0, 20);
    strokeWidth_->setSingleStep(0.2);
    strokeWidth_->setSuffix(QStringLiteral(" px"));
    form->addRow(tr("Outline width"), strokeWidth_);
    opacity_ = new QSpinBox(this);
    opacity_->setObjectName(QStringLiteral("styleOpacity"));
    opacity_->setRange(0, 100);
    opacity_->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Layer opacity"), opacity_);

    labelField_ = new QComboBox(this);
    labelField_->setObjectName(QStringLiteral("styleLabelField"));
    field_ = new QComboBox(this);
    field_->setObjectName(QStringLiteral("styleField"));
    labelField_->addItem(tr("(no labels)"), QString());
    for (const auto& f : doc_->loaded(layer_).normalised.fields) {
        labelField_->addItem(toQString(f.name), toQString(f.name));
        field_->addItem(toQString(f.name), toQString(f.name));
    }
    form->addRow(tr("Label by"), labelField_);
    form->addRow(tr("Field"), field_);
    method_ = new QComboBox(this);
    method_->setObjectName(QStringLiteral("styleMethod"));
    method_->addItem(tr("Quantile (equal counts)"), static_cast<int>(geo::ClassMethod::Quantile));
    method_->addItem(tr("Equal interval"), static_cast<int>(geo::ClassMethod::EqualInterval));
    method_->addItem(tr("Natural breaks (Jenks)"), static_cast<int>(geo::ClassMethod::NaturalBreaks));
    form->addRow(tr("Classes by"), method_);
    classes_ = new QSpinBox(this);
    classes_->setObjectName(QStringLiteral("styleClasses"));
    classes_->setRange(geo::kMinStyleClasses, geo::kMaxStyleClasses);
    form->addRow(tr("Number of classes"), classes_);
    ramp_ = new QComboBox(this);
    ramp_->setObjectName(QStringLiteral("styleRamp"));
    const std::pair<QString, QString> ramps[] = {
        {QStringLiteral("greens"), tr("Greens")},   {QStringLiteral("blues"), tr("Blues")},
        {QStringLiteral("oranges"), tr("Oranges")}, {QStringLiteral("reds"), tr("Reds")},
        {QStringLiteral("purples"), tr("Purples")}, {QStringLiteral("viridis"), tr("Viridis")}};
    for (const auto& [key, name] : ramps) {
        // The ramp itself as the icon.
        QPixmap pm(60, 12);
        QPainter p(&pm);
        auto colours = rampColours(key, 6);
        for (int i = 0; i < 6; ++i) p.fillRect(QRect(i * 10, 0, 10, 12), colours[static_cast<std::size_t>(i)]);
        p.end();
        ramp_->addItem(QIcon(pm), name, key);
    }
    ramp_->setIconSize(QSize(60, 12));
    form->addRow(tr("Colours"), ramp_);

    preview_ = new QListWidget(this);
    preview_->setObjectName(QStringLiteral("stylePreview"));
    preview_->setMinimumHeight(140);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b2182b"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit applied(style());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { emit applied(style()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Classes as drawn:"), this));
    layout->addWidget(preview_);
    layout->addWidget(problem_);
    layout->addWidget(buttons);

    connect(fillButton_, &QPushButton::clicked, this, [this] {
        QColor c = chooseColour(fill_);
        if (!c.isValid()) return;
        fill_ = c;
        setColourButton(fillButton_, fill_);
        updatePreview();
    });
    connect(strokeButton_, &QPushButton::clicked, this, [this] {
        QColor c = chooseColour(stroke_);
        if (!c.isValid()) return;
        stroke_ = c;
        setColourButton(strokeButton_, stroke_);
    });
    for (QComboBox* box : {mode_, field_, method_, ramp_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });
    connect(classes_, &QSpinBox::valueChanged, this, [this] { updatePreview(); });
    connect(fillOpacity_, &QSpinBox::valueChanged, this, [this] { updatePreview(); });
    setStyle(current);
}

void StylePanel::setColourButton(QPushButton* button, const QColor& colour) {
    button->setIcon(swatch(QColor(colour.rgb())));
    button->setText(colour.name(QColor::HexRgb));
}

QColor StylePanel::chooseColour(const QColor& start) {
    return QColorDialog::getColor(QColor(start.rgb()), this, tr("Choose a colour"));
}

void StylePanel::setStyle(const LayerStyle& s) {
    updating_ = true;
    fill_ = s.fill.isValid() ? s.fill : QColor(0x1b, 0x9e, 0x77, 90);
    stroke_ = s.stroke.isValid() ? s.stroke : QColor(0x33, 0x33, 0x33);
    setColourButton(fillButton_, fill_);
    setColourButton(strokeButton_, stroke_);
    fillOpacity_->setValue(static_cast<int>(std::lround(fill_.alphaF() * 100)));
    strokeWidth_->setValue(s.strokeWidth);
    opacity_->setValue(static_cast<int>(std::lround(s.opacity * 100)));
    int m = mode_->findData(static_cast<int>(s.mode));
    mode_->setCurrentIndex(m >= 0 ? m : 0);
    int lf = labelField_->findData(s.labelField);
    labelField_->setCurrentIndex(lf >= 0 ? lf : 0);
    int f = field_->findData(s.field);
    if (f >= 0) field_->setCurrentIndex(f);
    method_->setCurrentIndex(std::max(0, method_->findData(static_cast<int>(s.method))));
    classes_->setValue(s.classes);
    ramp_->setCurrentIndex(std::max(0, ramp_->findData(s.ramp)));
    updating_ = false;
    updatePreview();
}

LayerStyle StylePanel::style() const {
    LayerStyle s;
    s.mode = static_cast<StyleMode>(mode_->currentData().toInt());
    s.fill = fill_;
    s.fill.setAlpha(static_cast<int>(std::lround(fillOpacity_->value() * 2.55)));
    s.stroke = QColor(stroke_.rgb());
    s.strokeWidth = strokeWidth_->value();
    s.opacity = opacity_->value() / 100.0;
    s.labelField = labelField_->currentData().toString();
    s.field = field_->currentData().toString();
    s.method = static_cast<geo::ClassMethod>(method_->currentData().toInt());
    s.classes = classes_->value();
    s.ramp = ramp_->currentData().toString();
    return s;
}

void StylePanel::updatePreview() {
    if (updating_) return;
    const LayerStyle s = style();
    const bool classified = s.mode == StyleMode::Categorised || s.mode == StyleMode::Graduated;
    const bool own = s.mode != StyleMode::Auto;
    field_->setEnabled(classified);
    method_->setEnabled(s.mode == StyleMode::Graduated);
    classes_->setEnabled(s.mode == StyleMode::Graduated);
    ramp_->setEnabled(s.mode == StyleMode::Graduated);
    fillButton_->setEnabled(s.mode == StyleMode::Single);
    fillOpacity_->setEnabled(own);
    strokeButton_->setEnabled(own);
    strokeWidth_->setEnabled(own);
    preview_->clear();
    StyledLayerPtr styled = styleLayer(*doc_, layer_, s, locale());
    problem_->setText(styled->problem);
    problem_->setVisible(!styled->problem.isEmpty());
    if (!own) {
        preview_->addItem(tr("The layer's own drawing (see the legend)"));
        return;
    }
    if (styled->style.mode == StyleMode::Single) {
        preview_->addItem(new QListWidgetItem(swatch(styled->style.fill), doc_->layers[static_cast<std::size_t>(layer_)].title));
        return;
    }
    for (const auto& c : styled->classes)
        preview_->addItem(new QListWidgetItem(swatch(c.fill), tr("%1 (%n features)", nullptr, static_cast<int>(c.count)).arg(c.label)));
}

}  // namespace vt::gui
