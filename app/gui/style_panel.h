#pragma once
// The style dialog of one layer: fill, stroke, opacity, label field, and
// single / categorised / graduated (equal interval, quantile, natural breaks)
// with a preview of the classes in the colours the map will use.
#include <QDialog>

#include "document.h"
#include "layer_style.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QPushButton;
class QListWidget;
class QLabel;

namespace vt::gui {

class StylePanel : public QDialog {
    Q_OBJECT
public:
    StylePanel(DocumentPtr doc, int layer, const LayerStyle& current, QWidget* parent = nullptr);
    LayerStyle style() const;
    void setStyle(const LayerStyle& style);

signals:
    // Apply or OK: the main window restyles the layer.
    void applied(const vt::gui::LayerStyle& style);

private:
    void updatePreview();
    void setColourButton(QPushButton* button, const QColor& colour);
    QColor chooseColour(const QColor& start);

    DocumentPtr doc_;
    int layer_;
    bool hasRole_;
    QColor fill_, stroke_;
    QComboBox *mode_, *labelField_, *field_, *method_, *ramp_;
    QPushButton *fillButton_, *strokeButton_;
    QSpinBox *fillOpacity_, *opacity_, *classes_;
    QDoubleSpinBox* strokeWidth_;
    QListWidget* preview_;
    QLabel* problem_;
    bool updating_ = false;
};

}  // namespace vt::gui
