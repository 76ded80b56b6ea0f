#pragma once
// Go to a coordinate: a line that reads lon/lat in decimal degrees or
// D°M′S″ (either order when unambiguous for Vietnam) or VN-2000 metres
// (geo/coordinate_input.h), with a live preview of how it was read. The map
// centres there and shows a temporary marker (GoToMarker) for a while.
#include <QDialog>
#include <QTimer>
#include <QWidget>
#include <optional>

#include "geo/coordinate_input.h"
#include "geo/crs.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vt::gui {

class MapCanvas;

// Where the text lands in WGS 84 lon/lat, or why it cannot be read.
struct GoToTarget {
    std::optional<geo::XY> lonLat;
    QString description;  // how the text was read, or the error
};
// metresCrs: what metres are in ("EPSG:9209"); degrees are WGS 84.
GoToTarget readGoToTarget(const QString& text, const QString& metresCrs);

class GoToDialog : public QDialog {
    Q_OBJECT
public:
    // projectCrs: the project's province CRS, offered first for metres.
    GoToDialog(const QString& projectCrs, QWidget* parent = nullptr);
    QLineEdit* input() const { return input_; }
    QComboBox* metresCrs() const { return crs_; }
    QString metresCrsCode() const;
    // Valid when the dialog was accepted.
    const GoToTarget& target() const { return target_; }

private:
    void preview();

    QLineEdit* input_;
    QComboBox* crs_;
    QLabel* reading_;
    QDialogButtonBox* buttons_;
    GoToTarget target_;
};

// A pin with the coordinate over the map at a lon/lat, following pans and
// zooms; it goes after a while or when hidden by the next go-to.
class GoToMarker : public QWidget {
    Q_OBJECT
public:
    explicit GoToMarker(MapCanvas* canvas);
    void showAt(geo::XY lonLat, const QString& label, int milliseconds = 20000);
    geo::XY mapPoint() const { return map_; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MapCanvas* canvas_;
    geo::XY map_{};
    QString label_;
    QTimer timer_;
};

}  // namespace vt::gui
