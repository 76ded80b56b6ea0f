#include "attribute_model.h"

#include <QLocale>

namespace vt::gui {

AttributeModel::AttributeModel(DocumentPtr doc, int layer, QObject* parent)
    : QAbstractTableModel(parent), doc_(std::move(doc)), layer_(layer) {}

const std::string& AttributeModel::layerId() const { return doc_->layers[static_cast<std::size_t>(layer_)].id; }

int AttributeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return static_cast<int>(doc_->loaded(layer_).normalised.features.size());
}

int AttributeModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return static_cast<int>(doc_->loaded(layer_).normalised.fields.size());
}

QVariant AttributeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const geo::Layer& layer = doc_->loaded(layer_).normalised;
    const auto& feature = layer.features[static_cast<std::size_t>(index.row())];
    if (static_cast<std::size_t>(index.column()) >= feature.attributes.size()) return {};
    const geo::Value& v = feature.attributes[static_cast<std::size_t>(index.column())];
    geo::FieldType type = layer.fields[static_cast<std::size_t>(index.column())].type;
    bool numeric = type == geo::FieldType::Integer || type == geo::FieldType::Real;
    switch (role) {
        case Qt::DisplayRole:
            if (type == geo::FieldType::Real)
                if (auto d = geo::toNumber(v)) return QLocale().toString(*d, 'f', 2);
            return toQString(geo::toText(v));
        case SortRole:
            if (numeric)
                if (auto d = geo::toNumber(v)) return *d;
            return toQString(geo::toText(v));
        case Qt::TextAlignmentRole:
            return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default: return {};
    }
}

QVariant AttributeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    const auto& fields = doc_->loaded(layer_).normalised.fields;
    if (section < 0 || section >= static_cast<int>(fields.size())) return {};
    return toQString(fields[static_cast<std::size_t>(section)].name);
}

}  // namespace vt::gui
