#pragma once
// Any layer's attributes as a table. data() is only asked for the visible
// cells, so 100k rows cost nothing until scrolled to.
#include <QAbstractTableModel>

#include "document.h"

namespace vt::gui {

class AttributeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole;
    AttributeModel(DocumentPtr doc, int layer, QObject* parent = nullptr);

    int layer() const { return layer_; }
    const std::string& layerId() const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DocumentPtr doc_;
    int layer_;
};

}  // namespace vt::gui
