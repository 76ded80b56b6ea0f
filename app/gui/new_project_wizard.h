#pragma once
// File ▸ New project…: a project built from files instead of hand-written
// JSON. Pages: the province (its VN-2000 TM-3 zone from PROJ's database,
// geo/province.h) and the project's name; the files (file dialog or drag and
// drop), each with its role and its text encoding and CRS as read or guessed,
// for the user to confirm; each file's columns mapped to the role's fields,
// suggested from common names (geo/field_suggestions.h) beside a preview of
// the first rows; where to save. Finishing writes the .vtproj atomically;
// MainWindow then opens it. The same pages edit an open project's settings
// (ProjectSettings mode): its layers are listed as they are.
#include <QString>
#include <QStringList>
#include <QWizard>
#include <map>
#include <string>
#include <vector>

#include "geo/layer.h"
#include "geo/project.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QFormLayout;

namespace vt::gui {

// What a file is for. Loans are a table of the cooperative fund's loans
// (cooperative, amount, year): role "table" in the project.
enum class WizardRole { Zones, PlantingAreas, Cooperatives, Investments, Loans, Boundary, Table };
geo::LayerRole layerRoleOf(WizardRole role);
// The field keys the wizard offers for a role, in form order.
std::vector<std::string> wizardFieldKeys(WizardRole role);

class NewProjectWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewProjectWizard(QWidget* parent = nullptr);
    // Project settings: the pages filled from an open project (its layers,
    // roles, fields, province); finishing writes it to its own file.
    void loadFrom(const geo::Project& project);

    enum PageId { ProvincePage, FilesPage, FieldsPage, SavePage };

    // What the pages hold, for the pages themselves and for tests.
    struct File {
        QString path;                // absolute
        std::string layerName;       // inside a multi-layer source; "" = the only one
        std::string id;              // layer id in the project
        WizardRole role = WizardRole::Table;
        std::map<std::string, std::string> fields;  // key → column
        geo::Layer preview;          // as read (all rows; the preview shows the first)
        std::string encoding;        // as read: declared (.cpg, format) or guessed
        bool encodingGuessed = false;
        std::string encodingChoice;  // the user's, "" = as read
        std::string crsRead;         // "EPSG:9209" or a definition
        QString crsDescription;      // name, and why when guessed
        bool crsGuessed = false;
        std::string crsChoice;       // the user's or the confirmed guess, "" = as declared
        std::string title;
        std::string axisOrder;
    };
    const std::vector<File>& files() const { return files_; }

    void setProjectName(const QString& name);
    // Any spelling of a province PROJ's database knows ("soc trang"); false when none matches.
    bool setProvince(const QString& name);
    QString provinceCrs() const;
    // Reads each file (layers of the same file one by one); returns how many
    // were added. Files that cannot be read are named in problems().
    int addFiles(const QStringList& paths);
    void removeFile(int index);
    void setRole(int index, WizardRole role);  // fields re-suggested for the role
    void setField(int index, const std::string& key, const std::string& column);  // "" = none
    void setEncoding(int index, const std::string& encoding);  // re-reads the file
    void setCrs(int index, const std::string& crs);
    void setProjectPath(const QString& path);
    QString projectPath() const;
    const QStringList& problems() const { return problems_; }

    // The project the pages describe (paths relative to projectPath's
    // folder). Throws geo::Error naming what is missing.
    geo::Project buildProject() const;
    // buildProject, written atomically to projectPath(); false with error set.
    bool writeProject(QString* error);

    void accept() override;

signals:
    void filesChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool readFile(File& file, QString* error);
    void suggestFieldsFor(File& file);
    void refreshFilesTable();
    void refreshFieldsPage();
    void refreshPreview();

    std::vector<File> files_;
    QStringList problems_;
    geo::Project base_;  // project settings: what the pages do not show is kept
    QLineEdit* name_;
    QComboBox* province_;
    QLabel* provinceCrsLabel_;
    QTableWidget* filesTable_;
    QLabel* filesHint_;
    QComboBox* fieldsFile_;
    QWidget* fieldsForm_;
    QFormLayout* fieldsLayout_;
    QTableWidget* preview_;
    QLineEdit* path_;
    QLabel* summary_;
    bool refreshing_ = false;
};

}  // namespace vt::gui
