#pragma once
// What a split makes, for the user to confirm before it is applied: one row
// per part (which planting area it comes from, its geodesic area, its
// declared area, its code). The largest part of each planting area keeps the
// code, since codes are unique (design.md); every other part gets the next
// free code of the project's pattern (geo/next_code.h), which the user may
// change here. Declared hectares are shared out in proportion to the parts'
// geodesic areas, so the zone's declared total stays what it was. OK is
// refused while a code is missing, taken, or does not follow the pattern.
#include <QDialog>
#include <QStringList>
#include <cstdint>
#include <vector>

#include "document.h"

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace vt::gui {

// One part of a split, as it will go into the layer.
struct SplitPart {
    int source = -1;           // the split feature's index in the layer
    QString sourceLabel;       // its code (or "FID n")
    bool keepsCode = false;    // the largest part: keeps the FID and the code
    double areaHa = 0;         // geodesic
    geo::Feature feature;      // FID (a new one unless keepsCode), attributes, lon/lat geometry
};

class SplitDialog : public QDialog {
    Q_OBJECT
public:
    SplitDialog(DocumentPtr doc, int layer, std::vector<SplitPart> parts, QWidget* parent = nullptr);

    // The parts with the codes as typed.
    std::vector<SplitPart> parts() const;
    QStringList problems() const { return problems_; }
    // For tests: the code typed for part i.
    void setCode(int part, const QString& code);

    // What is wrong with the parts' codes (a new part's code missing, used by
    // another feature or by another part, or not following the pattern).
    static QStringList codeProblems(const Document& doc, int layer, const std::vector<SplitPart>& parts);

private:
    void revalidate();

    DocumentPtr doc_;
    int layer_;
    std::vector<SplitPart> parts_;
    QTableWidget* table_;
    QLabel* problemsLabel_;
    QDialogButtonBox* buttons_;
    QStringList problems_;
};

}  // namespace vt::gui
