#pragma once
// "Layers not found" when a project opens (like QGIS's "Handle unavailable
// layers"): each layer whose file could not be read, with the path the
// project names and why; the user browses to the new file, or lets a folder
// be searched for files of the same name, and keeps (unavailable) or drops
// each layer. MainWindow::relinkLayers applies the choices as one undoable change.
#include <QDialog>
#include <QString>
#include <string>
#include <vector>

#include "relink.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vt::gui {

struct RelinkChoice {
    enum class Action { Keep, Relink, Drop };
    std::string layerId;
    Action action = Action::Keep;
    QString newPath;  // absolute; Relink only
};

// Files named fileName under folder (its subfolders too), nearest first
// (fewest folders down, then by path). Stops after maxEntries directory
// entries so that a whole disk is never walked.
QStringList findFilesNamed(const QString& folder, const QString& fileName, int maxEntries = 200000);

class RelinkDialog : public QDialog {
    Q_OBJECT
public:
    // projectFolder: where relative paths start, and where Browse… opens.
    RelinkDialog(std::vector<MissingLayerInfo> missing, const QString& projectFolder, QWidget* parent = nullptr);

    enum Column { LayerColumn, OldPathColumn, NewPathColumn, ActionColumn, ReasonColumn };
    QTableWidget* table() const { return table_; }
    int rowCount() const { return static_cast<int>(missing_.size()); }
    // A new file for row (sets its action to Relink); "" clears it (Keep).
    void setNewPath(int row, const QString& path);
    void setAction(int row, RelinkChoice::Action action);
    // Looks in folder for each layer's file name (rows without a new file
    // only); returns how many were found.
    int searchFolder(const QString& folder);
    std::vector<RelinkChoice> choices() const;

private:
    void browse(int row);
    void chooseFolderAndSearch();
    void updateSummary();
    QComboBox* actionBox(int row) const;

    std::vector<MissingLayerInfo> missing_;
    QString folder_;
    std::vector<QString> newPaths_;
    QTableWidget* table_;
    QLabel* summary_;
    QPushButton *browse_, *search_;
};

}  // namespace vt::gui
