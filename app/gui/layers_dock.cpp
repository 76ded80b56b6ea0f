#include "layers_dock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QListWidget>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "geo/source_path.h"

namespace vt::gui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int OpacityRole = Qt::UserRole + 1;
constexpr int DrawableRole = Qt::UserRole + 2;
constexpr int BasemapRole = Qt::UserRole + 3;  // a raster background: no attribute table, no extent
}  // namespace

LayersPanel::LayersPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("layerList"));
    list_->setDragDropMode(QAbstractItemView::InternalMove);
    list_->setDefaultDropAction(Qt::MoveAction);
    layout->addWidget(list_);

    auto* opacityRow = new QHBoxLayout;
    opacityLabel_ = new QLabel(this);
    opacityLabel_->setObjectName(QStringLiteral("layerOpacityLabel"));
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setRange(0, 100);
    opacity_->setObjectName(QStringLiteral("layerOpacity"));
    opacityRow->addWidget(opacityLabel_);
    opacityRow->addWidget(opacity_);
    layout->addLayout(opacityRow);

    auto* buttons = new QHBoxLayout;
    auto button = [&](QStyle::StandardPixmap icon) {
        auto* b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        buttons->addWidget(b);
        return b;
    };
    up_ = button(QStyle::SP_ArrowUp);
    down_ = button(QStyle::SP_ArrowDown);
    zoom_ = button(QStyle::SP_FileDialogContentsView);
    table_ = button(QStyle::SP_FileDialogDetailedView);
    style_ = new QToolButton(this);
    style_->setObjectName(QStringLiteral("layerStyleButton"));
    buttons->addWidget(style_);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem*) {
        if (!updating_) emitChanged();
    });
    connect(list_->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!updating_) emitChanged();
    });
    connect(list_, &QListWidget::currentItemChanged, this, [this] { updateControls(); });
    connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        emit zoomToLayerRequested(item->data(IdRole).toString().toStdString());
    });
    connect(opacity_, &QSlider::valueChanged, this, [this](int v) {
        if (updating_) return;
        if (auto* item = list_->currentItem()) {
            item->setData(OpacityRole, v / 100.0);
            emitChanged();
        }
    });
    connect(up_, &QToolButton::clicked, this, [this] { moveLayer(currentLayerId(), +1); });
    connect(down_, &QToolButton::clicked, this, [this] { moveLayer(currentLayerId(), -1); });
    connect(zoom_, &QToolButton::clicked, this, [this] {
        if (!currentLayerId().empty()) emit zoomToLayerRequested(currentLayerId());
    });
    connect(table_, &QToolButton::clicked, this, [this] {
        if (!currentLayerId().empty()) emit attributeTableRequested(currentLayerId());
    });
    connect(style_, &QToolButton::clicked, this, [this] {
        if (!currentLayerId().empty()) emit styleRequested(currentLayerId());
    });
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        auto* item = list_->itemAt(at);
        if (!item || !item->data(DrawableRole).toBool()) return;
        const std::string id = item->data(IdRole).toString().toStdString();
        QMenu menu(this);
        menu.addAction(tr("Style…"), this, [this, id] { emit styleRequested(id); });
        menu.addAction(tr("Zoom to layer"), this, [this, id] { emit zoomToLayerRequested(id); });
        menu.addAction(tr("Open attribute table"), this, [this, id] { emit attributeTableRequested(id); });
        menu.addSeparator();
        menu.addAction(tr("Remove layer…"), this, [this, id] { emit removeRequested(id); });
        menu.exec(list_->viewport()->mapToGlobal(at));
    });
    retranslate();
    updateControls();
}

void LayersPanel::setLayerStyle(const std::string& id, StyledLayerPtr style) {
    auto* item = itemFor(id);
    if (!item || !item->data(DrawableRole).toBool()) return;
    if (style) item->setData(OpacityRole, style->style.opacity);
    styles_[id] = std::move(style);
    emitChanged();
}

void LayersPanel::retranslate() {
    opacityLabel_->setText(tr("Opacity"));
    up_->setToolTip(tr("Move up (draw later)"));
    down_->setToolTip(tr("Move down (draw earlier)"));
    zoom_->setToolTip(tr("Zoom to layer"));
    table_->setToolTip(tr("Open attribute table"));
    style_->setText(tr("Style…"));
    style_->setToolTip(tr("Fill, stroke, labels and classes of the layer"));
    for (int i = 0; i < list_->count(); ++i) {
        auto* item = list_->item(i);
        QStringList tip;
        if (!item->data(DrawableRole).toBool()) tip << tr("Table without geometry");
        if (int bi = doc_ ? doc_->basemapIndex(item->data(IdRole).toString().toStdString()) : -1; bi >= 0) {
            const BasemapLayer& b = doc_->basemaps[static_cast<std::size_t>(bi)];
            tip << tr("Background raster, drawn under every layer");
            if (!b.problem.isEmpty()) tip << tr("Cannot be drawn: %1").arg(b.problem);
        }
        // A file the project names outside its folder (a shared drive) travels separately: say where it is.
        const geo::Project* project = doc_ ? &doc_->workspace.project : nullptr;
        const geo::LayerSpec* spec = project ? project->findLayer(item->data(IdRole).toString().toStdString()) : nullptr;
        if (spec && !project->filePath.empty()) {
            geo::SourceLocation where = geo::sourceLocation(project->filePath, spec->path);
            QString path = QString::fromStdString(spec->path);
            if (where == geo::SourceLocation::OutsideProject) tip << tr("Outside the project folder: %1").arg(path);
            if (where == geo::SourceLocation::Network) tip << tr("Network source: %1").arg(path);
        }
        item->setToolTip(tip.join(QLatin1Char('\n')));
    }
}

void LayersPanel::setDocument(const DocumentPtr& doc, const RenderSettings& settings) {
    updating_ = true;
    doc_ = doc;
    base_ = settings;
    list_->clear();
    styles_.clear();
    for (const auto& l : settings.layers)
        if (l.style) styles_[l.id] = l.style;
    if (doc_) {
        // Top of the list = drawn last.
        for (auto it = settings.layers.rbegin(); it != settings.layers.rend(); ++it) {
            int li = doc_->layerIndex(it->id);
            int bi = li < 0 ? doc_->basemapIndex(it->id) : -1;
            if (li < 0 && bi < 0) continue;
            const BasemapLayer* basemap = bi >= 0 ? &doc_->basemaps[static_cast<std::size_t>(bi)] : nullptr;
            auto* item = new QListWidgetItem(
                basemap ? toQString(basemap->source.label()) : doc_->layers[static_cast<std::size_t>(li)].title, list_);
            item->setData(BasemapRole, basemap != nullptr);
            if (basemap && !basemap->problem.isEmpty())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setData(IdRole, QString::fromStdString(it->id));
            item->setData(OpacityRole, it->opacity);
            item->setData(DrawableRole, true);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(it->visible ? Qt::Checked : Qt::Unchecked);
        }
        for (const auto& l : doc_->layers) {
            if (l.hasGeometry) continue;
            auto* item = new QListWidgetItem(l.title, list_);
            item->setData(IdRole, QString::fromStdString(l.id));
            item->setData(OpacityRole, 1.0);
            item->setData(DrawableRole, false);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (list_->count() > 0) list_->setCurrentRow(0);
    }
    updating_ = false;
    retranslate();
    updateControls();
}

RenderSettings LayersPanel::settings() const {
    RenderSettings s = base_;
    s.layers.clear();
    for (int i = list_->count() - 1; i >= 0; --i) {
        auto* item = list_->item(i);
        if (!item->data(DrawableRole).toBool()) continue;
        const std::string id = item->data(IdRole).toString().toStdString();
        auto style = styles_.find(id);
        s.layers.push_back({id, item->checkState() == Qt::Checked, item->data(OpacityRole).toDouble(),
                            style == styles_.end() ? nullptr : style->second});
    }
    return s;
}

std::string LayersPanel::currentLayerId() const {
    auto* item = list_->currentItem();
    return item ? item->data(IdRole).toString().toStdString() : std::string();
}

QListWidgetItem* LayersPanel::itemFor(const std::string& id) const {
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(IdRole).toString().toStdString() == id) return list_->item(i);
    return nullptr;
}

void LayersPanel::setCurrentLayer(const std::string& id) {
    if (auto* item = itemFor(id)) list_->setCurrentItem(item);
}

void LayersPanel::setLayerVisible(const std::string& id, bool visible) {
    if (auto* item = itemFor(id)) item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
}

void LayersPanel::setLayerOpacity(const std::string& id, double opacity) {
    if (auto* item = itemFor(id)) {
        item->setData(OpacityRole, opacity);
        updateControls();
        emitChanged();
    }
}

void LayersPanel::moveLayer(const std::string& id, int delta) {
    auto* item = itemFor(id);
    if (!item || !item->data(DrawableRole).toBool()) return;
    int row = list_->row(item);
    int target = row - delta;  // up in the list = later in drawing
    if (target < 0 || target >= list_->count() || !list_->item(target)->data(DrawableRole).toBool()) return;
    updating_ = true;
    list_->takeItem(row);
    list_->insertItem(target, item);
    list_->setCurrentItem(item);
    updating_ = false;
    emitChanged();
}

void LayersPanel::emitChanged() {
    updateControls();
    emit settingsChanged(settings());
}

void LayersPanel::updateControls() {
    auto* item = list_->currentItem();
    bool drawable = item && item->data(DrawableRole).toBool();
    opacity_->setEnabled(drawable);
    up_->setEnabled(drawable);
    down_->setEnabled(drawable);
    const bool basemap = item && item->data(BasemapRole).toBool();
    zoom_->setEnabled(drawable && !basemap);
    table_->setEnabled(item != nullptr && !basemap);
    style_->setEnabled(drawable && !basemap);
    bool was = updating_;
    updating_ = true;
    opacity_->setValue(item ? static_cast<int>(std::lround(item->data(OpacityRole).toDouble() * 100)) : 100);
    updating_ = was;
}

}  // namespace vt::gui
