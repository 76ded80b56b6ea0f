#include "table_selection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace vt::gui {

void selectSourceRows(QTableView* view, QSortFilterProxyModel* proxy, const std::set<int>& rows) {
    QItemSelection sel;
    int columns = proxy->columnCount();
    if (columns == 0) return;
    for (int r : rows) {
        QModelIndex src = proxy->sourceModel()->index(r, 0);
        QModelIndex p = proxy->mapFromSource(src);
        if (!p.isValid()) continue;
        sel.select(p, proxy->index(p.row(), columns - 1));
    }
    view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    if (!rows.empty()) {
        QModelIndex first = proxy->mapFromSource(proxy->sourceModel()->index(*rows.begin(), 0));
        if (first.isValid()) view->scrollTo(first);
    }
}

std::set<int> selectedSourceRows(QTableView* view, QSortFilterProxyModel* proxy) {
    std::set<int> rows;
    for (const QModelIndex& i : view->selectionModel()->selectedRows()) rows.insert(proxy->mapToSource(i).row());
    return rows;
}

void setUpRowTable(QTableView* view, QSortFilterProxyModel* proxy, int sortColumn, Qt::SortOrder order) {
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
}

}  // namespace vt::gui
