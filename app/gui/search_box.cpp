#include "search_box.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <algorithm>
#include <QCompleter>
#include <QStandardItemModel>

#include "geo/error.h"
#include "geo/feature_search.h"

namespace vt::gui {
namespace {

constexpr int kLayerRole = Qt::UserRole;
constexpr int kFeatureRole = Qt::UserRole + 1;

}  // namespace

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent), list_(new QStandardItemModel(this)), completer_(new QCompleter(this)) {
    setObjectName(QStringLiteral("search"));
    setClearButtonEnabled(true);
    setMaximumWidth(320);
    // The list holds exactly the hits geo/ found: the completer must not
    // filter them again by its own (accent-sensitive) prefix rule.
    completer_->setModel(list_);
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setMaxVisibleItems(12);
    completer_->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        refreshHits(text);
        if (list_->rowCount() == 0) {
            completer_->popup()->hide();
            return;
        }
        // Wide enough for the labels ("HTX-0164 — HTX Nông nghiệp Thạnh Trị (cooperative)"), never narrower than the box.
        QAbstractItemView* popup = completer_->popup();
        QRect under = rect();
        under.setWidth(std::max(width(), popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8));
        completer_->complete(under);
    });
    connect(completer_, QOverload<const QModelIndex&>::of(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const int layer = index.data(kLayerRole).toInt(), feature = index.data(kFeatureRole).toInt();
        setText(index.data(Qt::DisplayRole).toString());
        emit featureChosen(layer, feature);
    });
    retranslate();
}

SearchBox::~SearchBox() = default;

void SearchBox::retranslate() { setPlaceholderText(tr("Search code, cooperative or zone…")); }

void SearchBox::setDocument(DocumentPtr doc) {
    search_.reset();  // it refers to the old document's workspace
    doc_ = std::move(doc);
    list_->clear();
}

const geo::FeatureSearch& SearchBox::search() const {
    if (!search_) {
        std::vector<std::string> ids;
        for (int layer : {doc_->zones, doc_->plantings, doc_->cooperatives})
            if (layer >= 0) ids.push_back(doc_->layers[static_cast<std::size_t>(layer)].id);
        search_ = std::make_unique<geo::FeatureSearch>(doc_->workspace, ids);
    }
    return *search_;
}

QString SearchBox::label(int layer, int feature) const {
    const Document& d = *doc_;
    QString code, name, kind;
    if (layer == d.zones) {
        code = d.text(layer, feature, d.zoneCodeField);
        name = d.text(layer, feature, d.zoneNameField);
        kind = tr("zone");
    } else if (layer == d.plantings) {
        code = d.text(layer, feature, d.plantingCodeField);
        kind = tr("planting area");
    } else if (layer == d.cooperatives) {
        code = d.text(layer, feature, d.coopKeyField);
        name = d.text(layer, feature, d.coopNameField);
        kind = tr("cooperative");
    }
    QString text = code.isEmpty() ? name : (name.isEmpty() ? code : code + QStringLiteral(" — ") + name);
    if (text.isEmpty()) text = tr("feature %1").arg(d.loaded(layer).normalised.features[static_cast<std::size_t>(feature)].fid);
    return kind.isEmpty() ? text : tr("%1 (%2)").arg(text, kind);
}

std::vector<SearchBox::Hit> SearchBox::hits(const QString& text, int limit) const {
    std::vector<Hit> out;
    if (!doc_ || limit <= 0) return out;
    std::vector<geo::FeatureHit> found;
    try {
        found = search().find(text.toStdString(), static_cast<std::size_t>(limit));
    } catch (const geo::Error& e) {
        // ICU could not fold the text (its data missing): nothing found, said once.
        qWarning("search: %s", e.what());
        return out;
    }
    for (const auto& h : found) {
        // geo/ counts workspace layers; the document's layers are parallel to them.
        const int layer = static_cast<int>(h.layer), feature = static_cast<int>(h.feature);
        out.push_back({layer, feature, label(layer, feature)});
    }
    return out;
}

void SearchBox::refreshHits(const QString& text) {
    list_->clear();
    for (const Hit& h : hits(text)) {
        auto* item = new QStandardItem(h.label);
        item->setData(h.layer, kLayerRole);
        item->setData(h.feature, kFeatureRole);
        item->setEditable(false);
        list_->appendRow(item);
    }
}

bool SearchBox::choose(const QString& text) {
    for (int r = 0; r < list_->rowCount(); ++r) {  // a label from the list: its own feature
        const QStandardItem* item = list_->item(r);
        if (item->text() == text) {
            emit featureChosen(item->data(kLayerRole).toInt(), item->data(kFeatureRole).toInt());
            return true;
        }
    }
    const auto best = hits(text, 1);
    if (best.empty()) return false;
    emit featureChosen(best.front().layer, best.front().feature);
    return true;
}

}  // namespace vt::gui
