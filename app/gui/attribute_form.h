#pragma once
// The attribute form of one feature being edited (double-click while editing,
// or Edit ▸ Edit attributes): a line per field, the cooperative key picked
// from the cooperatives' list, every check of AttributeValidation shown as
// the user types, and OK refused while any remains.
#include <QDialog>
#include <cstdint>
#include <vector>

#include "document.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vt::gui {

class AttributeForm : public QDialog {
    Q_OBJECT
public:
    // values: the feature's attributes now (parallel to the layer's fields);
    // fid: its source FID (a new feature's negative one).
    AttributeForm(DocumentPtr doc, int layer, std::int64_t fid, const std::vector<geo::Value>& values,
                  QWidget* parent = nullptr);

    // The values as typed, parsed to the fields' types (valid when accepted).
    std::vector<geo::Value> values() const;
    // The problems shown now (empty when OK is enabled).
    QStringList problems() const { return problems_; }
    // For tests: the editor of field i (a QLineEdit, or the QComboBox of the cooperative key).
    QWidget* editor(int field) const { return editors_[static_cast<std::size_t>(field)]; }
    void setText(int field, const QString& text);

private:
    QString text(int field) const;
    void revalidate();

    DocumentPtr doc_;
    int layer_;
    std::int64_t fid_;
    std::vector<QWidget*> editors_;
    QLabel* problemsLabel_;
    QDialogButtonBox* buttons_;
    QStringList problems_;
};

}  // namespace vt::gui
