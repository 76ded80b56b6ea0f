#pragma once
// "Add XYZ tiles…": a tile URL template (an OpenStreetMap-style
// https://…/{z}/{x}/{y}.png), its name and the attribution its provider
// requires. The template is checked as GDAL will be given it before the
// dialog closes.
#include <QDialog>

#include "geo/project.h"

class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace vt::gui {

class XyzTilesDialog : public QDialog {
    Q_OBJECT
public:
    explicit XyzTilesDialog(QWidget* parent = nullptr);
    // id is left empty: the caller makes it unique in its project.
    geo::BasemapSpec basemap() const;
    void setValues(const QString& name, const QString& url, const QString& attribution, int maxZoom);
    void accept() override;

private:
    QLineEdit *name_, *url_, *attribution_;
    QSpinBox* maxZoom_;
    QLabel* problem_;
};

}  // namespace vt::gui
