#pragma once
// geo::computeStatistics' per-zone rows as a table. The model only formats
// what geo/ computed: numbers with the current QLocale for display, the raw
// values under Qt::UserRole for sorting.
#include <QAbstractTableModel>

#include "document.h"

namespace vt::gui {

class StatisticsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Code, Name, ZoneHa, GrossHa, NetHa, CoveragePct, Codes, DeclaredHa, Cooperatives, Members, Ocop, InvestmentVnd,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ZoneRole = Qt::UserRole + 1;  // zone feature index

    explicit StatisticsModel(QObject* parent = nullptr);
    void setDocument(DocumentPtr doc);
    // Rows of the project's crosswalk units instead of the zones (when the
    // document has them); their ZoneRole is -1: a unit is no one map feature.
    void setCrosswalk(bool on);
    bool crosswalk() const { return crosswalk_; }
    // Re-emits headers and cells after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int zoneOfRow(int row) const;
    int rowOfZone(int zone) const;

private:
    const std::vector<geo::ZoneStatistics>* rows() const;

    DocumentPtr doc_;
    bool crosswalk_ = false;
    int coverageDecimals_ = 2;  // one precision for the whole column
};

}  // namespace vt::gui
