#include "statistics_model.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

#include "map_decorations.h"

namespace vt::gui {

StatisticsModel::StatisticsModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatisticsModel::setDocument(DocumentPtr doc) {
    beginResetModel();
    doc_ = std::move(doc);
    if (!doc_ || !doc_->crosswalkRows) crosswalk_ = false;
    // Enough decimals for the largest coverage to show two significant digits.
    double maxCoverage = 0;
    if (const auto* r = rows())
        for (const auto& z : *r) maxCoverage = std::max(maxCoverage, z.coveragePct);
    coverageDecimals_ =
        maxCoverage > 0 ? std::clamp(1 - static_cast<int>(std::floor(std::log10(maxCoverage))), 1, 4) : 2;
    endResetModel();
}

void StatisticsModel::setCrosswalk(bool on) {
    if (on && (!doc_ || !doc_->crosswalkRows)) on = false;
    if (on == crosswalk_) return;
    crosswalk_ = on;
    setDocument(doc_);
}

const std::vector<geo::ZoneStatistics>* StatisticsModel::rows() const {
    if (!doc_ || !doc_->statistics) return nullptr;
    if (crosswalk_ && doc_->crosswalkRows) return &*doc_->crosswalkRows;
    return &doc_->statistics->zones;
}

void StatisticsModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StatisticsModel::rowCount(const QModelIndex& parent) const {
    const auto* r = rows();
    if (parent.isValid() || !r) return 0;
    return static_cast<int>(r->size());
}

int StatisticsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int StatisticsModel::zoneOfRow(int row) const {
    if (row < 0 || row >= rowCount()) return -1;
    return crosswalk_ ? -1 : (*rows())[static_cast<std::size_t>(row)].zone;
}

int StatisticsModel::rowOfZone(int zone) const {
    for (int r = 0; r < rowCount(); ++r)
        if (zoneOfRow(r) == zone) return r;
    return -1;
}

QVariant StatisticsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const geo::ZoneStatistics& z = (*rows())[static_cast<std::size_t>(index.row())];
    QLocale locale;
    if (role == ZoneRole) return zoneOfRow(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ZoneHa ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
            case Code: return toQString(z.code);
            case Name: return toQString(z.name);
            case ZoneHa: return z.zoneHa;
            case GrossHa: return z.grossPlantedHa;
            case NetHa: return z.netPlantedHa;
            case CoveragePct: return z.coveragePct;
            case Codes: return z.codes;
            case DeclaredHa: return z.declaredHa;
            case Cooperatives: return z.cooperatives;
            case Members: return static_cast<qlonglong>(z.members);
            case Ocop: return z.ocopCooperatives;
            case InvestmentVnd: return static_cast<qlonglong>(z.investmentVnd);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Code: return toQString(z.code);
            case Name: return toQString(z.name);
            case ZoneHa: return formatHectares(z.zoneHa, locale);
            case GrossHa: return formatHectares(z.grossPlantedHa, locale);
            case NetHa: return formatHectares(z.netPlantedHa, locale);
            case CoveragePct: return locale.toString(z.coveragePct, 'f', coverageDecimals_);
            case Codes: return locale.toString(z.codes);
            case DeclaredHa: return formatHectares(z.declaredHa, locale);
            case Cooperatives: return locale.toString(z.cooperatives);
            case Members: return locale.toString(static_cast<qlonglong>(z.members));
            case Ocop: return locale.toString(z.ocopCooperatives);
            case InvestmentVnd: return locale.toString(static_cast<qlonglong>(z.investmentVnd));
        }
    }
    return {};
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case GrossHa: return tr("Σ area(code ∩ zone): overlapping codes count twice");
            case NetHa: return tr("Area of the union of the codes inside the zone");
            case CoveragePct: return tr("Net planted area / zone area × 100");
            case Codes: return tr("Planting areas in the zone, including codes without a boundary (points)");
            case DeclaredHa:
                return tr("Σ declared area of the zone's codes: a point whole, a polygon by the share of its measured "
                          "area inside the zone");
            case Ocop: return tr("Cooperatives with OCOP products of 3 stars or more");
            default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Code: return tr("Code");
        case Name: return crosswalk_ ? tr("Unit") : tr("Zone");
        case ZoneHa: return tr("Zone area (ha)");
        case GrossHa: return tr("Gross planted (ha)");
        case NetHa: return tr("Net planted (ha)");
        case CoveragePct: return tr("Coverage (%)");
        case Codes: return tr("Codes");
        case DeclaredHa: return tr("Declared area (ha)");
        case Cooperatives: return tr("Cooperatives");
        case Members: return tr("Members");
        case Ocop: return tr("OCOP");
        case InvestmentVnd: return tr("Investment (VND)");
    }
    return {};
}

}  // namespace vt::gui
