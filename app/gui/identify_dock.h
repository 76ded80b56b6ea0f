#pragma once
// The identify panel: what was clicked and what geo/ linked to it — a
// planting area's cooperative and investments, a cooperative's codes and
// investments, a zone's statistics row.
#include <QWidget>
#include <utility>
#include <vector>

#include "document.h"

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace vt::gui {

class IdentifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    void showFeature(const DocumentPtr& doc, int layer, int feature);
    // Every feature under a click (layer, feature), topmost first: a list of
    // them, then each one's details.
    void showFeatures(const DocumentPtr& doc, const std::vector<std::pair<int, int>>& hits);
    void clear();
    void retranslate();
    // "Section / label: value" lines, for tests and copying.
    QStringList lines() const;
    QTreeWidget* tree() const { return tree_; }
    // A row that opens a feature (a zone's holder): its layer and feature
    // under these roles of column 0.
    static constexpr int kOpensLayerRole = Qt::UserRole + 10;
    static constexpr int kOpensFeatureRole = Qt::UserRole + 11;

signals:
    // A row naming another feature was double-clicked (a zone's holder).
    void featureChosen(int layer, int feature);

private:
    QTreeWidgetItem* section(const QString& title);
    void add(QTreeWidgetItem* parent, const QString& label, const QString& value);
    void addFeature(const DocumentPtr& doc, int layer, int feature);
    QString featureLabel(const DocumentPtr& doc, int layer, int feature);
    void addAttributes(const DocumentPtr& doc, int layer, int feature);
    void addInvestments(const DocumentPtr& doc, int coop, QTreeWidgetItem* parent);
    void addCooperative(const DocumentPtr& doc, int coop, QTreeWidgetItem* parent);

    QLabel* hint_;
    QTreeWidget* tree_;
    DocumentPtr doc_;
    std::vector<std::pair<int, int>> hits_;
};

}  // namespace vt::gui
