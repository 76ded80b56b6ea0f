#pragma once
// The editor's Split tool: draw a line across one or more planting areas
// (click the vertices, snapped as the other editing tools snap; double-click,
// Enter or right-click finishes; Backspace takes the last vertex back; Esc
// drops the line). The finished line goes out in the map CRS; the editor
// (EditController::splitFeatures) cuts the selected planting areas, or every
// one the line crosses when none is selected.
#include <QPointF>
#include <functional>
#include <optional>
#include <vector>

#include "geo/geometry.h"
#include "map_tool.h"
#include "sketch.h"

namespace vt::gui {

class SplitTool : public MapTool {
    Q_OBJECT
public:
    // snap: the map point a click at px goes to (*snapped tells whether it
    // snapped); lineDrawn: the finished line, map CRS, two or more vertices.
    SplitTool(std::function<geo::XY(QPointF px, bool* snapped)> snap,
              std::function<void(const std::vector<geo::XY>& mapLine)> lineDrawn, QObject* parent = nullptr);

    // The line drawn so far (map CRS), for tests and the picture.
    const std::vector<geo::XY>& line() const { return sketch_.vertices; }
    // Hands the line on (needs two vertices) and starts a new one.
    bool finish();

    void deactivate() override;
    bool mouseMove(const MapToolEvent& event) override;
    bool click(const MapToolEvent& event) override;
    bool doubleClick(const MapToolEvent& event) override;
    bool keyPress(QKeyEvent* event) override;
    // Esc drops the line; the tool stays on the map while the Split action is on.
    bool cancel() override;
    void paint(QPainter& p, const MapView& view) override;

private:
    std::function<geo::XY(QPointF, bool*)> snap_;
    std::function<void(const std::vector<geo::XY>&)> lineDrawn_;
    Sketch sketch_;  // the line so far and the cursor
};

}  // namespace vt::gui
