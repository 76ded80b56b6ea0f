#pragma once
// A table view's selection in its source model's rows, through the sort
// and filter proxy the view shows: the statistics, cooperatives and
// attribute tables follow the map's selection and report their own with these.
#include <Qt>
#include <set>

class QSortFilterProxyModel;
class QTableView;

namespace vt::gui {

// Selects the source rows (whole rows) in view, scrolled to the first.
void selectSourceRows(QTableView* view, QSortFilterProxyModel* proxy, const std::set<int>& rows);
// The source rows selected in view.
std::set<int> selectedSourceRows(QTableView* view, QSortFilterProxyModel* proxy);
// view shows proxy as a table of whole rows: sorted by sortColumn until the
// user sorts, alternating colours, no row numbers.
void setUpRowTable(QTableView* view, QSortFilterProxyModel* proxy, int sortColumn, Qt::SortOrder order);

}  // namespace vt::gui
