#pragma once
// File ▸ Export map…: the print layout's settings (print_layout.h) with a
// preview of the page, remembered between sessions (QSettings). The dialog
// only edits a PrintLayout; PrintController writes the file.
#include <QDialog>
#include <QTimer>

#include "document.h"
#include "map_renderer.h"
#include "print_layout.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vt::gui {

class PrintDialog : public QDialog {
    Q_OBJECT
public:
    // extent: the map CRS area to show (the canvas' view); settings: its layers.
    PrintDialog(DocumentPtr doc, const geo::Envelope& extent, const RenderSettings& settings, QWidget* parent = nullptr);
    PrintLayout layout() const;
    void setLayout(const PrintLayout& layout);
    // The QSettings group the dialog remembers its layout under.
    static QString settingsGroup() { return QStringLiteral("print_layout"); }
    // Renders the preview now (else it follows edits after a short pause).
    void updatePreview();
    QImage preview() const { return preview_; }

private:
    DocumentPtr doc_;
    geo::Envelope extent_;
    RenderSettings settings_;
    QLineEdit *title_, *subtitle_, *author_, *source_;
    QComboBox *paper_, *orientation_, *grid_;
    QCheckBox *fixedScale_, *overview_, *legend_, *northArrow_, *scaleBar_;
    QSpinBox* scale_;
    QLabel* previewLabel_;
    QImage preview_;
    QTimer previewTimer_;
};

}  // namespace vt::gui
