#include "select_tools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include "hit_test.h"
#include "map_canvas.h"
#include "selection_click.h"

namespace vt::gui {

namespace {

// Liang–Barsky: does segment a–b cross the box?
bool segmentCrossesBox(geo::XY a, geo::XY b, const geo::Envelope& box) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - box.minX, box.maxX - a.x, a.y - box.minY, box.maxY - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
        } else {
            double t = q[i] / p[i];
            if (p[i] < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            if (t0 > t1) return false;
        }
    }
    return true;
}

bool pathTouchesBox(const std::vector<geo::XY>& path, const geo::Envelope& box) {
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (box.contains(path[i])) return true;
        if (i > 0 && segmentCrossesBox(path[i - 1], path[i], box)) return true;
    }
    return false;
}

}  // namespace

bool geometryIntersectsBox(const geo::Geometry& g, const geo::Envelope& box) {
    if (box.isNull() || !g.envelope().intersects(box)) return false;
    for (const geo::XY& p : g.points)
        if (box.contains(p)) return true;
    for (const auto& line : g.lines)
        if (pathTouchesBox(line, box)) return true;
    for (const geo::Polygon& poly : g.polygons)
        for (const geo::Ring& ring : poly.rings)
            if (pathTouchesBox(ring, box)) return true;
    // No edge meets the box: it is wholly inside a polygon, or outside all.
    if (!g.polygons.empty()) return pointInGeometry(g, {(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2});
    return false;
}

std::vector<int> featuresInBox(const DisplayLayer& layer, const geo::Envelope& box) {
    std::vector<int> out;
    if (!layer.hasGeometry) return out;
    forEachIntersecting(layer.index, layer.envelopes, box, nullptr, [&](std::size_t i) {
        if (geometryIntersectsBox(layer.geometry[i], box)) out.push_back(static_cast<int>(i));
    });
    return out;
}

bool RectangleSelectTool::mousePress(const MapToolEvent& e) {
    if (e.button != Qt::LeftButton) return false;
    pressPx_ = currentPx_ = e.px;
    return true;  // the drag draws a box instead of panning
}

bool RectangleSelectTool::mouseMove(const MapToolEvent& e) {
    if (!pressPx_) return false;
    currentPx_ = e.px;
    emit changed();
    return true;
}

bool RectangleSelectTool::mouseRelease(const MapToolEvent& e) {
    if (!pressPx_ || !canvas_) return false;
    QPointF a = *pressPx_, b = e.px;
    pressPx_.reset();
    // A click (or a tiny drag): the feature under it (selection_click.h).
    constexpr double kClickPx = 3;
    if (std::abs(a.x() - b.x()) < kClickPx && std::abs(a.y() - b.y()) < kClickPx) {
        emit changed();
        emit clickedAt(b, e.modifiers);
        return true;
    }
    geo::Envelope box;
    box.expand(canvas_->view().toMap(a));
    box.expand(canvas_->view().toMap(b));
    emit changed();
    emit boxChosen(box, e.modifiers & Qt::ShiftModifier);
    return true;
}

bool RectangleSelectTool::cancel() {
    if (!pressPx_) return selection_ && clearOnEscape(*selection_, this);
    pressPx_.reset();
    emit changed();
    return true;
}

void RectangleSelectTool::deactivate() {
    pressPx_.reset();
    MapTool::deactivate();
}

void RectangleSelectTool::paint(QPainter& p, const MapView&) {
    if (!pressPx_) return;
    p.setPen(QPen(QColor(0xe0, 0x90, 0x00), 1.5, Qt::DashLine));
    p.setBrush(QColor(0xff, 0xd0, 0x00, 50));
    p.drawRect(QRectF(*pressPx_, currentPx_).normalized());
}

namespace {

const std::vector<std::pair<geo::CompareOp, const char*>>& operators() {
    static const std::vector<std::pair<geo::CompareOp, const char*>> ops = {
        {geo::CompareOp::Equal, QT_TRANSLATE_NOOP("vt::gui::SelectByExpressionDialog", "=")},
        {geo::CompareOp::NotEqual, QT_TRANSLATE_NOOP("vt::gui::SelectByExpressionDialog", "≠")},
        {geo::CompareOp::Less, QT_TRANSLATE_NOOP("vt::gui::SelectByExpressionDialog", "<")},
        {geo::CompareOp::Greater, QT_TRANSLATE_NOOP("vt::gui::SelectByExpressionDialog", ">")},
        {geo::CompareOp::Contains, QT_TRANSLATE_NOOP("vt::gui::SelectByExpressionDialog", "contains")},
        {geo::CompareOp::StartsWith, QT_TRANSLATE_NOOP("vt::gui::SelectByExpressionDialog", "starts with")}};
    return ops;
}

}  // namespace

SelectByExpressionDialog::SelectByExpressionDialog(DocumentPtr doc, const std::string& layerId, QWidget* parent)
    : QDialog(parent), doc_(std::move(doc)) {
    setObjectName(QStringLiteral("selectByExpressionDialog"));
    setWindowTitle(tr("Select by expression"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    layer_ = new QComboBox(this);
    for (std::size_t i = 0; i < doc_->layers.size(); ++i)
        if (!doc_->loaded(static_cast<int>(i)).normalised.fields.empty())
            layer_->addItem(doc_->layers[i].title, toQString(doc_->layers[i].id));
    int current = layer_->findData(toQString(layerId));
    if (current >= 0) layer_->setCurrentIndex(current);
    top->addWidget(new QLabel(tr("Layer:"), this));
    top->addWidget(layer_, 1);
    layout->addLayout(top);
    grid_ = new QGridLayout;
    layout->addLayout(grid_);
    auto* more = new QPushButton(tr("Add condition"), this);
    more->setObjectName(QStringLiteral("addCondition"));
    layout->addWidget(more, 0, Qt::AlignLeft);
    add_ = new QCheckBox(tr("Add to the current selection"), this);
    layout->addWidget(add_);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("expressionCount"));
    count_->setWordWrap(true);
    layout->addWidget(count_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Select"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(more, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(layer_, &QComboBox::currentIndexChanged, this, &SelectByExpressionDialog::layerChanged);
    typing_ = new QTimer(this);
    typing_->setSingleShot(true);
    typing_->setInterval(250);
    connect(typing_, &QTimer::timeout, this, &SelectByExpressionDialog::preview);
    addCondition();
}

std::string SelectByExpressionDialog::layerId() const { return toStd(layer_->currentData().toString()); }

bool SelectByExpressionDialog::addToSelection() const { return add_->isChecked(); }

void SelectByExpressionDialog::fillFields(Row& row) {
    QString previous = row.field->currentText();
    const QSignalBlocker block(row.field);
    row.field->clear();
    int li = doc_->layerIndex(layerId());
    if (li < 0) return;
    for (const geo::Field& f : doc_->loaded(li).normalised.fields) row.field->addItem(toQString(f.name));
    int keep = row.field->findText(previous);
    if (keep >= 0) row.field->setCurrentIndex(keep);
}

void SelectByExpressionDialog::addCondition(const geo::Condition& c) {
    Row row;
    row.join = new QComboBox(this);
    row.join->addItem(tr("AND"), static_cast<int>(geo::JoinOp::And));
    row.join->addItem(tr("OR"), static_cast<int>(geo::JoinOp::Or));
    row.join->setCurrentIndex(c.join == geo::JoinOp::Or ? 1 : 0);
    row.field = new QComboBox(this);
    fillFields(row);
    if (!c.field.empty()) row.field->setCurrentText(toQString(c.field));
    row.op = new QComboBox(this);
    for (const auto& [op, name] : operators()) row.op->addItem(tr(name), static_cast<int>(op));
    row.op->setCurrentIndex(row.op->findData(static_cast<int>(c.op)));
    row.value = new QLineEdit(toQString(c.value), this);
    row.value->setPlaceholderText(tr("value"));
    row.remove = new QPushButton(QStringLiteral("−"), this);
    row.remove->setToolTip(tr("Remove this condition"));
    row.remove->setMaximumWidth(32);
    int r = static_cast<int>(rows_.size());
    grid_->addWidget(row.join, r, 0);
    grid_->addWidget(row.field, r, 1);
    grid_->addWidget(row.op, r, 2);
    grid_->addWidget(row.value, r, 3);
    grid_->addWidget(row.remove, r, 4);
    row.join->setVisible(r > 0);  // the first condition joins nothing
    connect(row.join, &QComboBox::currentIndexChanged, this, &SelectByExpressionDialog::preview);
    connect(row.field, &QComboBox::currentIndexChanged, this, &SelectByExpressionDialog::preview);
    connect(row.op, &QComboBox::currentIndexChanged, this, &SelectByExpressionDialog::preview);
    connect(row.value, &QLineEdit::textChanged, typing_, qOverload<>(&QTimer::start));
    QPushButton* button = row.remove;
    connect(button, &QPushButton::clicked, this, [this, button] { removeRow(button); });
    rows_.push_back(row);
    preview();
}

void SelectByExpressionDialog::setConditions(const std::vector<geo::Condition>& conditions) {
    for (Row& row : rows_)
        for (QWidget* w : {static_cast<QWidget*>(row.join), static_cast<QWidget*>(row.field), static_cast<QWidget*>(row.op),
                           static_cast<QWidget*>(row.value), static_cast<QWidget*>(row.remove)})
            delete w;
    rows_.clear();
    for (const geo::Condition& c : conditions) addCondition(c);
    if (rows_.empty()) addCondition();
}

void SelectByExpressionDialog::removeRow(QPushButton* button) {
    if (rows_.size() <= 1) return;  // always one condition to fill
    auto it = std::find_if(rows_.begin(), rows_.end(), [button](const Row& r) { return r.remove == button; });
    if (it == rows_.end()) return;
    for (QWidget* w : {static_cast<QWidget*>(it->join), static_cast<QWidget*>(it->field), static_cast<QWidget*>(it->op),
                       static_cast<QWidget*>(it->value), static_cast<QWidget*>(it->remove)})
        w->deleteLater();
    rows_.erase(it);
    // Re-lay the rows that are left.
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        int r = static_cast<int>(i);
        grid_->addWidget(rows_[i].join, r, 0);
        grid_->addWidget(rows_[i].field, r, 1);
        grid_->addWidget(rows_[i].op, r, 2);
        grid_->addWidget(rows_[i].value, r, 3);
        grid_->addWidget(rows_[i].remove, r, 4);
        rows_[i].join->setVisible(i > 0);
    }
    preview();
}

void SelectByExpressionDialog::layerChanged() {
    for (Row& row : rows_) fillFields(row);
    preview();
}

std::vector<geo::Condition> SelectByExpressionDialog::conditions() const {
    std::vector<geo::Condition> out;
    for (const Row& row : rows_) {
        geo::Condition c;
        c.join = static_cast<geo::JoinOp>(row.join->currentData().toInt());
        c.field = toStd(row.field->currentText());
        c.op = static_cast<geo::CompareOp>(row.op->currentData().toInt());
        c.value = toStd(row.value->text());
        out.push_back(c);
    }
    return out;
}

std::optional<std::vector<int>> SelectByExpressionDialog::matches(QString* error) const {
    int li = doc_->layerIndex(layerId());
    if (li < 0) {
        if (error) *error = tr("Choose a layer.");
        return std::nullopt;
    }
    try {
        return geo::selectByAttributes(doc_->loaded(li).normalised, conditions());
    } catch (const geo::Error& e) {
        if (error) *error = toQString(e.what());
        return std::nullopt;
    }
}

void SelectByExpressionDialog::preview() {
    typing_->stop();
    QString error;
    auto found = matches(&error);
    if (found)
        count_->setText(tr("%n feature(s) match.", nullptr, static_cast<int>(found->size())));
    else
        count_->setText(error);
    ok_->setEnabled(found.has_value());
}

}  // namespace vt::gui
