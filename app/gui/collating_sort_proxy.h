#pragma once
// A sort proxy for the app's tables: text in Vietnamese alphabetical order
// (geo::VietnameseCollator: a ă â b c d đ e ê …, "Đức" after "Dung", codes
// with numbers by their value, "HTX-2" before "HTX-10"), numbers by value.
// Compares the source model's sortRole() values:
// - both numbers (int, long, double…): numerically;
// - a number and anything else: the number first;
// - an empty value (null) and anything else: the empty value first;
// - otherwise as text, by the collator.
#include <QSortFilterProxyModel>
#include <memory>

namespace geo {
class VietnameseCollator;
}

namespace vt::gui {

class CollatingSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CollatingSortProxy(QObject* parent = nullptr);
    ~CollatingSortProxy() override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // Null when ICU cannot open the collator: QString::localeAwareCompare then.
    std::unique_ptr<geo::VietnameseCollator> collator_;
};

}  // namespace vt::gui
