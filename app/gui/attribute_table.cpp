#include "attribute_table.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "attribute_model.h"
#include "geo/text.h"
#include "selection.h"

namespace vt::gui {

bool attributeTextMatches(const QString& cell, const QString& needle) {
    return geo::textMatches(cell.toStdString(), needle.toStdString());
}

void AttributeFilterProxy::setText(const QString& text) {
    QString trimmed = text.trimmed();
    if (trimmed == text_) return;
    text_ = trimmed;
    invalidateRowsFilter();
}

void AttributeFilterProxy::setSelectedOnly(bool only, const std::set<int>& rows) {
    if (only == selectedOnly_ && (!only || rows == rows_)) return;
    selectedOnly_ = only;
    rows_ = only ? rows : std::set<int>{};
    invalidateRowsFilter();
}

bool AttributeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (selectedOnly_ && !rows_.count(sourceRow)) return false;
    if (text_.isEmpty()) return true;
    const QAbstractItemModel* m = sourceModel();
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        if (attributeTextMatches(m->data(m->index(sourceRow, c, sourceParent), Qt::DisplayRole).toString(), text_))
            return true;
    return false;
}

AttributeTablePanel::AttributeTablePanel(AttributeModel* model, SelectionModel* selection, QWidget* parent)
    : QWidget(parent), model_(model), selection_(selection), layerId_(model->layerId()) {
    setObjectName(QStringLiteral("attributeTablePanel"));
    proxy_ = new AttributeFilterProxy(this);
    proxy_->setSourceModel(model);
    proxy_->setSortRole(AttributeModel::SortRole);
    view_ = new QTableView(this);
    view_->setModel(proxy_);
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("attributeFilter"));
    filter_->setClearButtonEnabled(true);
    selectedOnly_ = new QCheckBox(this);
    selectedOnly_->setObjectName(QStringLiteral("selectedOnly"));
    rows_ = new QLabel(this);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(filter_, 1);
    bar->addWidget(selectedOnly_);
    bar->addWidget(rows_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);

    // A pause in typing applies the filter: one pass over a big layer, not one per key.
    typing_.setSingleShot(true);
    typing_.setInterval(250);
    connect(&typing_, &QTimer::timeout, this, &AttributeTablePanel::applyFilter);
    connect(filter_, &QLineEdit::textChanged, this, [this] { typing_.start(); });
    connect(filter_, &QLineEdit::returnPressed, this, &AttributeTablePanel::applyFilter);
    connect(selectedOnly_, &QCheckBox::toggled, this, &AttributeTablePanel::applyFilter);
    if (selection_) connect(selection_, &SelectionModel::changed, this, &AttributeTablePanel::onSelectionChanged);
    retranslate();
}

void AttributeTablePanel::setFilterText(const QString& text) {
    filter_->setText(text);
    applyFilter();
}

void AttributeTablePanel::setSelectedOnly(bool on) { selectedOnly_->setChecked(on); }

void AttributeTablePanel::applyFilter() {
    typing_.stop();
    {
        // Rows leaving the view would read as "deselected" to whoever listens to the view.
        const QSignalBlocker block(view_->selectionModel());
        proxy_->setText(filter_->text());
        proxy_->setSelectedOnly(selectedOnly_->isChecked(),
                                selection_ ? selection_->features(layerId_) : std::set<int>{});
    }
    reselect();
    updateRowsLabel();
}

void AttributeTablePanel::onSelectionChanged() {
    if (!selectedOnly_->isChecked()) return;
    applyFilter();
}

void AttributeTablePanel::reselect() {
    if (!selection_) return;
    const QSignalBlocker block(view_->selectionModel());
    QItemSelection sel;
    int columns = proxy_->columnCount();
    if (columns > 0)
        for (int r : selection_->features(layerId_)) {
            QModelIndex p = proxy_->mapFromSource(model_->index(r, 0));
            if (p.isValid()) sel.select(p, proxy_->index(p.row(), columns - 1));
        }
    view_->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    view_->viewport()->update();
}

void AttributeTablePanel::updateRowsLabel() {
    QLocale locale;
    int shown = proxy_->rowCount(), all = model_->rowCount();
    rows_->setText(shown == all ? tr("%1 rows").arg(locale.toString(all))
                                : tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(all)));
}

void AttributeTablePanel::retranslate() {
    filter_->setPlaceholderText(tr("Filter: rows where any column contains…"));
    selectedOnly_->setText(tr("Selected only"));
    updateRowsLabel();
}

void AttributeTablePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace vt::gui
