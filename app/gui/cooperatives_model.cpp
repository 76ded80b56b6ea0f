#include "cooperatives_model.h"

#include <QLocale>

#include "map_decorations.h"

namespace vt::gui {

CooperativesModel::CooperativesModel(QObject* parent) : QAbstractTableModel(parent) {}

void CooperativesModel::setDocument(DocumentPtr doc) {
    beginResetModel();
    doc_ = std::move(doc);
    endResetModel();
}

void CooperativesModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CooperativesModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !doc_ || !doc_->statistics) return 0;
    return static_cast<int>(doc_->statistics->cooperatives.size());
}

int CooperativesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CooperativesModel::zoneName(int zone) const {
    if (zone < 0) return tr("outside every zone");
    QString name = doc_->text(doc_->zones, zone, doc_->zoneNameField);
    return name.isEmpty() ? doc_->text(doc_->zones, zone, doc_->zoneCodeField) : name;
}

QVariant CooperativesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const geo::CooperativeStatistics& c = doc_->statistics->cooperatives[static_cast<std::size_t>(index.row())];
    QLocale locale;
    switch (role) {
        case CooperativeRole: return c.cooperative;
        case Qt::TextAlignmentRole:
            return index.column() >= Members ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case SortRole:
            switch (index.column()) {
                case Members: return static_cast<qlonglong>(c.members);
                case OcopStars: return c.ocopStars;
                case Codes: return static_cast<int>(c.plantingAreas.size());
                case PlantedHa: return c.plantedHa;
                case InvestmentVnd: return static_cast<qlonglong>(c.investmentVnd);
                default: break;
            }
            [[fallthrough]];
        case Qt::DisplayRole:
            switch (index.column()) {
                case Key: return toQString(c.key);
                case Name: return toQString(c.name);
                case Zone: return zoneName(c.zone);
                case Members: return locale.toString(static_cast<qlonglong>(c.members));
                case OcopStars: return c.ocopStars > 0 ? locale.toString(c.ocopStars) : QString();
                case Codes: return locale.toString(static_cast<int>(c.plantingAreas.size()));
                case PlantedHa: return formatHectares(c.plantedHa, locale);
                case InvestmentVnd: return locale.toString(static_cast<qlonglong>(c.investmentVnd));
                default: break;
            }
            break;
        default: break;
    }
    return {};
}

QVariant CooperativesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Key: return tr("Key");
        case Name: return tr("Cooperative");
        case Zone: return tr("Zone");
        case Members: return tr("Members");
        case OcopStars: return tr("OCOP stars");
        case Codes: return tr("Codes");
        case PlantedHa: return tr("Planted (ha)");
        case InvestmentVnd: return tr("Investment (VND)");
        default: return {};
    }
}

}  // namespace vt::gui
