#pragma once
// The attribute tables: one dock per layer (attribute_table.h's panel),
// opened from the Layer menu or the layers panel as a tab beside the
// statistics. Rows chosen are features selected on the map; the map's
// selection selects their rows. Another project closes them.
#include <QObject>
#include <QPointer>
#include <map>
#include <string>
#include <vector>

class QDockWidget;
class QTableView;

namespace vt::gui {

class MainWindow;

class AttributeDocks : public QObject {
    Q_OBJECT
public:
    // Docks open as tabs beside besides.
    AttributeDocks(MainWindow* window, QDockWidget* besides);
    // Opens (or raises) the table of layerId of the window's document.
    void open(const std::string& layerId);
    // The table view of an open dock, else null.
    QTableView* view(const std::string& layerId) const;
    // Closes every table (another document).
    // Closes every table; returns the layers whose tables were shown.
    std::vector<std::string> clear();
    void retranslate();
    // The map's selection into the rows (not back into the view it came from).
    void syncFromSelection(const QObject* origin);

private:
    MainWindow* window_;
    QDockWidget* besides_;
    std::map<std::string, QPointer<QDockWidget>> docks_;
    bool syncing_ = false;  // rows being set from the map: not a choice of the user's
};

}  // namespace vt::gui
