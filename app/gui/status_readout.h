#pragma once
// The status bar's permanent read-outs: the cursor in WGS 84 and in the
// project's CRS, the map scale (metre CRSs only) and how long the last frame
// took to draw. Follows the main window's canvas.
#include <QObject>

class QLabel;

namespace vt::gui {

class MainWindow;

class StatusReadout : public QObject {
    Q_OBJECT
public:
    // Adds its labels to window's status bar; built once the canvas exists.
    explicit StatusReadout(MainWindow* window);
    QLabel* lonLatLabel() const { return lonLat_; }
    QLabel* projectedLabel() const { return projected_; }
    QLabel* scaleLabel() const { return scale_; }
    // The scale of the current view (also after a language change or another project).
    void updateScale();

private:
    MainWindow* window_;
    QLabel *lonLat_, *projected_, *scale_, *render_;
};

}  // namespace vt::gui
