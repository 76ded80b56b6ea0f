#include "collating_sort_proxy.h"

#include <QDebug>

#include "geo/error.h"
#include "geo/text.h"

namespace vt::gui {
namespace {

bool isNumber(const QVariant& v) {
    switch (v.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Float:
        case QMetaType::Double: return true;
        default: return false;
    }
}

bool isEmpty(const QVariant& v) { return !v.isValid() || v.isNull() || (v.metaType().id() == QMetaType::QString && v.toString().isEmpty()); }

}  // namespace

CollatingSortProxy::CollatingSortProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    try {
        collator_ = std::make_unique<geo::VietnameseCollator>();
    } catch (const geo::Error& e) {
        qWarning("%s; tables sort in the system locale's order", e.what());
    }
}

CollatingSortProxy::~CollatingSortProxy() = default;

bool CollatingSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = sourceModel()->data(left, sortRole());
    const QVariant b = sourceModel()->data(right, sortRole());
    if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && !isEmpty(b);
    const bool na = isNumber(a), nb = isNumber(b);
    if (na && nb) {
        const bool integers = a.metaType().id() != QMetaType::Double && a.metaType().id() != QMetaType::Float &&
                              b.metaType().id() != QMetaType::Double && b.metaType().id() != QMetaType::Float;
        return integers ? a.toLongLong() < b.toLongLong() : a.toDouble() < b.toDouble();
    }
    if (na != nb) return na;
    const QString sa = a.toString(), sb = b.toString();
    if (collator_) {
        try {
            return collator_->compare(std::u16string_view(reinterpret_cast<const char16_t*>(sa.utf16()), sa.size()),
                                      std::u16string_view(reinterpret_cast<const char16_t*>(sb.utf16()), sb.size())) < 0;
        } catch (const geo::Error&) {
            // ICU failed on this pair (out of memory): the system's order rather than none.
        }
    }
    return QString::localeAwareCompare(sa, sb) < 0;
}

}  // namespace vt::gui
