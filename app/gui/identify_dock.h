#pragma once
// The identify panel: what was clicked and what geo/ linked to it — a
// planting area's cooperative and investments, a cooperative's codes and
// investments, a zone's statistics row.
#include <QWidget>

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
    void clear();
    void retranslate();
    // "Section / label: value" lines, for tests and copying.
    QStringList lines() const;
    QTreeWidget* tree() const { return tree_; }

private:
    QTreeWidgetItem* section(const QString& title);
    void add(QTreeWidgetItem* parent, const QString& label, const QString& value);
    void addAttributes(const DocumentPtr& doc, int layer, int feature);
    void addInvestments(const DocumentPtr& doc, int coop, QTreeWidgetItem* parent);
    void addCooperative(const DocumentPtr& doc, int coop, QTreeWidgetItem* parent);

    QLabel* hint_;
    QTreeWidget* tree_;
    DocumentPtr doc_;
    int layer_ = -1, feature_ = -1;
};

}  // namespace vt::gui
