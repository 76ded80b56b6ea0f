#pragma once
// The layers panel: visibility checkbox, order (drag or ↑/↓; top of the list
// is drawn on top), opacity, zoom to layer, attribute table. Layers without
// geometry (tables) are listed for their attribute table only.
#include <QWidget>
#include <map>

#include "document.h"
#include "map_renderer.h"

class QListWidget;
class QListWidgetItem;
class QSlider;
class QLabel;
class QToolButton;

namespace vt::gui {

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);
    void setDocument(const DocumentPtr& doc, const RenderSettings& settings);
    RenderSettings settings() const;
    std::string currentLayerId() const;
    void setCurrentLayer(const std::string& id);
    void setLayerVisible(const std::string& id, bool visible);
    void setLayerOpacity(const std::string& id, double opacity);
    void moveLayer(const std::string& id, int delta);  // +1 = up (drawn later)
    // A layer's style (layer_style.h); its opacity becomes the layer's.
    void setLayerStyle(const std::string& id, StyledLayerPtr style);
    void retranslate();
    QListWidget* list() const { return list_; }

signals:
    void settingsChanged(const vt::gui::RenderSettings& settings);
    void zoomToLayerRequested(const std::string& id);
    void attributeTableRequested(const std::string& id);
    // "Style…" from the context menu or the button: the main window opens the style panel.
    void styleRequested(const std::string& id);
    // "Remove layer" from the context menu: the main window removes it, undoably.
    void removeRequested(const std::string& id);

private:
    QListWidgetItem* itemFor(const std::string& id) const;
    void emitChanged();
    void updateControls();

    DocumentPtr doc_;
    RenderSettings base_;  // labels, scale
    QListWidget* list_;
    QSlider* opacity_;
    QLabel* opacityLabel_;
    QToolButton *up_, *down_, *zoom_, *table_, *style_;
    std::map<std::string, StyledLayerPtr> styles_;  // per layer id; absent = the role's own drawing
    bool updating_ = false;
};

}  // namespace vt::gui
