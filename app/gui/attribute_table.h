#pragma once
// An attribute table with a filter: a line above the table keeps the rows
// where any column contains the text (case-insensitive), and "Selected only"
// keeps the selected features. Filtering changes what is shown, never what
// is selected: the map's selection stays whole while rows are hidden.
#include <QSortFilterProxyModel>

#include "collating_sort_proxy.h"
#include <QTimer>
#include <QWidget>
#include <set>
#include <string>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace vt::gui {

class AttributeModel;
class SelectionModel;

// Whether a cell's text matches what the user typed in the filter: every word
// of it, ignoring case and Vietnamese marks (geo::textMatches: "thanh tri"
// finds "Thạnh Trị"). The one place the table matches text.
bool attributeTextMatches(const QString& cell, const QString& needle);

// Filters rows (text, selected only) and sorts them in Vietnamese order.
class AttributeFilterProxy : public CollatingSortProxy {
    Q_OBJECT
public:
    using CollatingSortProxy::CollatingSortProxy;
    void setText(const QString& text);
    const QString& text() const { return text_; }
    // rows: the source rows to keep, or no restriction when !only.
    void setSelectedOnly(bool only, const std::set<int>& rows);
    bool selectedOnly() const { return selectedOnly_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_;
    bool selectedOnly_ = false;
    std::set<int> rows_;
};

class AttributeTablePanel : public QWidget {
    Q_OBJECT
public:
    // Shows model (owned by the caller) through a filter proxy; follows
    // selection for the features of model's layer.
    AttributeTablePanel(AttributeModel* model, SelectionModel* selection, QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    AttributeFilterProxy* proxy() const { return proxy_; }
    QLineEdit* filterEdit() const { return filter_; }
    QCheckBox* selectedOnlyBox() const { return selectedOnly_; }
    QLabel* rowsLabel() const { return rows_; }
    // Applies a filter at once (typing applies it after a short pause).
    void setFilterText(const QString& text);
    void setSelectedOnly(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void onSelectionChanged();
    // Shows the app's selection in the view without telling the app (the
    // view's selection signals are blocked meanwhile).
    void reselect();
    void retranslate();
    void updateRowsLabel();

    AttributeModel* model_;
    SelectionModel* selection_;
    std::string layerId_;
    AttributeFilterProxy* proxy_;
    QTableView* view_;
    QLineEdit* filter_;
    QCheckBox* selectedOnly_;
    QLabel* rows_;
    QTimer typing_;
};

}  // namespace vt::gui
