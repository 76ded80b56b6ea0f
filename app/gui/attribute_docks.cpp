#include "attribute_docks.h"
#include "edit_controller.h"
#include "edit_session.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include "attribute_model.h"
#include "attribute_table.h"
#include "identify_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "table_selection.h"

namespace vt::gui {

AttributeDocks::AttributeDocks(MainWindow* window, QDockWidget* besides)
    : QObject(window), window_(window), besides_(besides) {}

QTableView* AttributeDocks::view(const std::string& layerId) const {
    auto it = docks_.find(layerId);
    if (it == docks_.end() || !it->second) return nullptr;
    return it->second->findChild<QTableView*>();
}

void AttributeDocks::open(const std::string& layerId) {
    const DocumentPtr doc = window_->document();
    if (!doc) return;
    int li = doc->layerIndex(layerId);
    if (li < 0) return;
    if (auto it = docks_.find(layerId); it != docks_.end() && it->second) {
        it->second->show();
        it->second->raise();
        return;
    }
    auto* dock = new QDockWidget(tr("Attributes: %1").arg(doc->layers[static_cast<std::size_t>(li)].title), window_);
    dock->setObjectName(QStringLiteral("attributes_") + toQString(layerId));
    dock->setAttribute(Qt::WA_DeleteOnClose);
    auto* model = new AttributeModel(doc, li, dock);
    auto* panel = new AttributeTablePanel(model, window_->selection(), dock);  // filter line, "selected only"
    QSortFilterProxyModel* proxy = panel->proxy();
    QTableView* view = panel->view();
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);  // source order until the user sorts
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // uniform rows: fast on 100k
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    dock->setWidget(panel);
    window_->addDockWidget(Qt::BottomDockWidgetArea, dock);
    window_->tabifyDockWidget(besides_, dock);
    dock->show();
    dock->raise();
    docks_[layerId] = dock;
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view, proxy, layerId, li] {
        if (syncing_) return;
        std::set<int> rows = selectedSourceRows(view, proxy);
        window_->selection()->select(layerId, std::vector<int>(rows.begin(), rows.end()), view);
        if (rows.size() == 1) window_->identifyPanel()->showFeature(window_->document(), li, *rows.begin());
    });
    connect(view, &QTableView::doubleClicked, this, [this, proxy, li, layerId](const QModelIndex& index) {
        const int row = proxy->mapToSource(index).row();
        // While the layer is edited a double-click opens the row's attribute form, as on the map.
        EditController* editor = window_->editController();
        if (editor->isEditing() && editor->session()->layerId() == layerId)
            editor->openAttributeForm(row);
        else
            window_->canvas()->zoomToFeatures(li, {row});
    });
    syncing_ = true;
    selectSourceRows(view, proxy, window_->selection()->features(layerId));
    syncing_ = false;
}

void AttributeDocks::syncFromSelection(const QObject* origin) {
    for (auto& [id, dock] : docks_) {
        if (!dock) continue;
        auto* view = dock->findChild<QTableView*>();
        if (!view || view == origin) continue;
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        syncing_ = true;
        selectSourceRows(view, proxy, window_->selection()->features(id));
        syncing_ = false;
    }
}

std::vector<std::string> AttributeDocks::clear() {
    std::vector<std::string> shown;
    for (auto& [id, dock] : docks_)
        if (dock) {
            if (!dock->isHidden()) shown.push_back(id);
            dock->deleteLater();
        }
    docks_.clear();
    return shown;
}

void AttributeDocks::retranslate() {
    const DocumentPtr doc = window_->document();
    for (auto& [id, dock] : docks_)
        if (dock && doc) {
            int li = doc->layerIndex(id);
            if (li >= 0) dock->setWindowTitle(tr("Attributes: %1").arg(doc->layers[static_cast<std::size_t>(li)].title));
        }
}

}  // namespace vt::gui
