#pragma once
// geo::computeStatistics' per-cooperative rows as a table: key, name, zone,
// members, OCOP stars, codes, planted ha, investment VND. Like
// StatisticsModel it only formats what geo/ computed (locale numbers for
// display, raw values under SortRole).
#include <QAbstractTableModel>

#include "document.h"

namespace vt::gui {

class CooperativesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Name, Zone, Members, OcopStars, Codes, PlantedHa, InvestmentVnd, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CooperativeRole = Qt::UserRole + 1;  // feature index in the cooperatives layer

    explicit CooperativesModel(QObject* parent = nullptr);
    void setDocument(DocumentPtr doc);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString zoneName(int zone) const;

    DocumentPtr doc_;
};

}  // namespace vt::gui
