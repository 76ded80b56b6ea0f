#pragma once
// The toolbar's search box: finds zones, planting-area codes and
// cooperatives as the user types, in any case and with or without
// Vietnamese marks ("thanh tri" finds Thạnh Trị, "949" its unit code), and
// lists the best hits under the box (geo::FeatureSearch does the matching).
// Choosing a hit, or pressing Enter for the best one, emits featureChosen;
// the main window selects the feature and zooms to it.
#include <QLineEdit>
#include <memory>
#include <vector>

#include "document.h"

class QCompleter;
class QStandardItemModel;

namespace geo {
class FeatureSearch;
}

namespace vt::gui {

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    static constexpr int kListed = 20;  // hits in the list under the box

    struct Hit {
        int layer = -1;    // index into Document::layers
        int feature = -1;
        QString label;     // "949 — Thạnh Trị (zone)"
    };

    explicit SearchBox(QWidget* parent = nullptr);
    ~SearchBox() override;

    // The zones (the layer statistics are by), planting areas and
    // cooperatives of doc are searched; null: nothing is.
    void setDocument(DocumentPtr doc);
    // Best first (geo/feature_search.h); at most limit.
    std::vector<Hit> hits(const QString& text, int limit = kListed) const;
    // Emits featureChosen for the best hit of text (a label from the list
    // chooses its own feature); false when nothing matches.
    bool choose(const QString& text);
    // The list under the box, refreshed as the user types (for tests).
    const QStandardItemModel* hitList() const { return list_; }
    void refreshHits(const QString& text);
    void retranslate();

signals:
    void featureChosen(int layer, int feature);

private:
    const geo::FeatureSearch& search() const;
    QString label(int layer, int feature) const;

    DocumentPtr doc_;
    mutable std::unique_ptr<geo::FeatureSearch> search_;  // refers to doc_'s workspace; built on first use
    QStandardItemModel* list_;
    QCompleter* completer_;
};

}  // namespace vt::gui
