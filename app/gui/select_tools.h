#pragma once
// Selecting many features at once: by a rectangle dragged on the map
// (RectangleSelectTool; Shift adds to the selection; a click selects the
// feature under it, Ctrl+click toggles, Shift+click adds, Esc clears: see
// selection_click.h) and by attributes (SelectByExpressionDialog over
// geo/attribute_query.h). Both feed the app's one SelectionModel, so the map,
// the attribute tables and identify show the result.
#include <QDialog>
#include <QTimer>
#include <functional>
#include <optional>
#include <vector>

#include "document.h"
#include "geo/attribute_query.h"
#include "map_tool.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vt::gui {

// True when the geometry (map CRS) touches the box: a point in it, an edge
// crossing it, or the box inside a polygon (outside its holes).
bool geometryIntersectsBox(const geo::Geometry& g, const geo::Envelope& box);
// The features of a layer the box touches, ascending.
std::vector<int> featuresInBox(const DisplayLayer& layer, const geo::Envelope& box);

class SelectionModel;

class RectangleSelectTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    // The selection Esc clears (with no box being dragged) before the tool goes.
    void setSelection(SelectionModel* selection) { selection_ = selection; }
    bool mousePress(const MapToolEvent& e) override;
    bool mouseMove(const MapToolEvent& e) override;
    bool mouseRelease(const MapToolEvent& e) override;
    bool cancel() override;
    void paint(QPainter& p, const MapView& view) override;
    void deactivate() override;

signals:
    // A box in map CRS (a click: a few px around it); add = Shift was held.
    void boxChosen(const geo::Envelope& box, bool add);
    // A click without a drag: canvas px and the modifiers held.
    void clickedAt(QPointF px, Qt::KeyboardModifiers modifiers);

private:
    SelectionModel* selection_ = nullptr;
    std::optional<QPointF> pressPx_;
    QPointF currentPx_;
};

// Field, operator, value rows joined by AND/OR; the count of matches is
// shown as the user types. The layer list is the document's layers with
// attributes; the chosen one starts as `layerId`.
class SelectByExpressionDialog : public QDialog {
    Q_OBJECT
public:
    SelectByExpressionDialog(DocumentPtr doc, const std::string& layerId, QWidget* parent = nullptr);

    std::string layerId() const;
    std::vector<geo::Condition> conditions() const;
    bool addToSelection() const;
    // Adds a row; setConditions replaces them all (the last query, tests).
    void addCondition(const geo::Condition& c = {});
    void setConditions(const std::vector<geo::Condition>& conditions);
    QLabel* countLabel() const { return count_; }
    // The matching features, or nullopt with the reason in *error.
    std::optional<std::vector<int>> matches(QString* error = nullptr) const;

private:
    struct Row {
        QComboBox* join;
        QComboBox* field;
        QComboBox* op;
        QLineEdit* value;
        QPushButton* remove;
    };
    void fillFields(Row& row);
    void layerChanged();
    void preview();
    void removeRow(QPushButton* button);

    DocumentPtr doc_;
    QComboBox* layer_;
    QGridLayout* grid_;
    std::vector<Row> rows_;
    QCheckBox* add_;
    QLabel* count_;
    QPushButton* ok_;
    QTimer* typing_;  // counts after a pause in typing: one pass over a big layer, not one per key
};

}  // namespace vt::gui
