#pragma once
// The "Export layer" dialog: which layer, which format, linked attributes,
// all features or the selection or one zone (whole or clipped), coordinate
// precision, and where. It only gathers options: geo::exportLayer writes.
#include <QDialog>
#include <string>

#include "document.h"
#include "geo/export.h"
#include "selection.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QFormLayout;

namespace vt::gui {

class PostgisConnectionForm;

class ExportLayerDialog : public QDialog {
    Q_OBJECT
public:
    ExportLayerDialog(const Document& doc, const SelectionModel& selection, const std::string& currentLayerId,
                      QWidget* parent = nullptr);

    std::string layerId() const;
    geo::ExportOptions options() const;

private:
    void onLayerChanged();
    void onFormatChanged();
    void browse();
    void updateEnabled();
    QString fileFilter() const;

    const Document& doc_;
    const SelectionModel& selection_;
    QComboBox* layer_;
    QComboBox* format_;
    QCheckBox* linked_;
    QRadioButton* all_;
    QRadioButton* selected_;
    QRadioButton* zone_;
    QComboBox* zoneCode_;
    QCheckBox* clip_;
    QSpinBox* precision_;
    QLineEdit* path_;
    // PostGIS: the database and table instead of the file, and whether an
    // existing table is replaced.
    QFormLayout* form_;
    QWidget* pathRow_;
    PostgisConnectionForm* postgis_;
    QCheckBox* overwrite_;
};

}  // namespace vt::gui
