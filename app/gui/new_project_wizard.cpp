#include "new_project_wizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <set>

#include "document.h"
#include "geo/error.h"
#include "geo/field_suggestions.h"
#include "geo/postgis.h"
#include "geo/province.h"
#include "geo/source.h"
#include "geo/workspace.h"
#include "relink.h"
#include "wizard_roles.h"

namespace vt::gui {

using namespace wizard;

NewProjectWizard::NewProjectWizard(QWidget* parent) : QWizard(parent) {
    setObjectName(QStringLiteral("newProjectWizard"));
    setWindowTitle(tr("New project"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setAcceptDrops(true);
    resize(900, 600);
    // Qt's own translations of these may be missing: ours, in both languages.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    // 1. Province and name.
    auto* provincePage = new QWizardPage(this);
    provincePage->setTitle(tr("Province"));
    provincePage->setSubTitle(tr("The province sets the coordinate system of the project: its VN-2000 TM-3 zone, "
                                 "as PROJ's database lists it."));
    auto* form = new QFormLayout(provincePage);
    name_ = new QLineEdit(provincePage);
    name_->setObjectName(QStringLiteral("projectName"));
    form->addRow(tr("Project name:"), name_);
    province_ = new QComboBox(provincePage);
    province_->setObjectName(QStringLiteral("province"));
    province_->addItem(tr("(no province: VN-2000 / UTM 48N for files without a CRS)"), QString());
    try {
        std::set<std::string> names;
        for (const auto& z : geo::provinceTable()) names.insert(z.province);
        for (const auto& n : names) province_->addItem(toQString(n), toQString(n));
    } catch (const geo::Error& e) {
        problems_ << toQString(e.what());
    }
    form->addRow(tr("Province:"), province_);
    provinceCrsLabel_ = new QLabel(provincePage);
    provinceCrsLabel_->setWordWrap(true);
    form->addRow(tr("Coordinate system:"), provinceCrsLabel_);
    connect(province_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        const QString name = province_->currentData().toString();
        if (name.isEmpty()) {
            provinceCrsLabel_->setText(tr("none chosen"));
            return;
        }
        try {
            const geo::ProvinceZone& z = geo::findProvince(toStd(name));
            provinceCrsLabel_->setText(QStringLiteral("%1 (%2)").arg(toQString(z.crsName), toQString(z.authorityCode)));
        } catch (const geo::Error& e) {
            provinceCrsLabel_->setText(toQString(e.what()));
        }
    });
    provinceCrsLabel_->setText(tr("none chosen"));
    setPage(ProvincePage, provincePage);

    // 2. Files, roles, encodings and CRS.
    auto* filesPage = new QWizardPage(this);
    filesPage->setTitle(tr("Files"));
    filesPage->setSubTitle(tr("Add the layers and tables (or drop them here) and say what each one is. Check the "
                              "text encoding and the coordinate system: a guess is marked as one."));
    auto* filesLayout = new QVBoxLayout(filesPage);
    filesTable_ = new QTableWidget(0, 5, filesPage);
    filesTable_->setObjectName(QStringLiteral("filesTable"));
    filesTable_->setHorizontalHeaderLabels({tr("File"), tr("Role"), tr("Features"), tr("Text encoding"), tr("Coordinate system")});
    filesTable_->verticalHeader()->setVisible(false);
    filesTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    filesTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    filesTable_->horizontalHeader()->setStretchLastSection(true);
    filesLayout->addWidget(filesTable_, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add files…"), filesPage);
    auto* remove = new QPushButton(tr("&Remove"), filesPage);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    filesLayout->addLayout(buttons);
    filesHint_ = new QLabel(filesPage);
    filesHint_->setWordWrap(true);
    filesLayout->addWidget(filesHint_);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add files"), QString(),
            tr("Layers and tables (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.ods *.kml *.kmz *.gml);;All files (*)"));
        addFiles(paths);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (filesTable_->currentRow() >= 0) removeFile(filesTable_->currentRow());
    });
    setPage(FilesPage, filesPage);

    // 3. Fields, with a preview of the first rows.
    auto* fieldsPage = new QWizardPage(this);
    fieldsPage->setTitle(tr("Fields"));
    fieldsPage->setSubTitle(tr("Which column holds what. The choices are suggested from the column names; check "
                               "them against the first rows."));
    auto* fieldsLayout = new QVBoxLayout(fieldsPage);
    fieldsFile_ = new QComboBox(fieldsPage);
    fieldsFile_->setObjectName(QStringLiteral("fieldsFile"));
    fieldsLayout->addWidget(fieldsFile_);
    fieldsForm_ = new QWidget(fieldsPage);
    fieldsLayout_ = new QFormLayout(fieldsForm_);
    fieldsLayout->addWidget(fieldsForm_);
    preview_ = new QTableWidget(fieldsPage);
    preview_->setObjectName(QStringLiteral("preview"));
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fieldsLayout->addWidget(preview_, 1);
    connect(fieldsFile_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] { refreshFieldsPage(); });
    setPage(FieldsPage, fieldsPage);

    // 4. Where to save.
    auto* savePage = new QWizardPage(this);
    savePage->setTitle(tr("Save the project"));
    savePage->setSubTitle(tr("Paths to the files are written relative to the project file when they can be."));
    auto* saveLayout = new QVBoxLayout(savePage);
    auto* pathRow = new QHBoxLayout;
    path_ = new QLineEdit(savePage);
    path_->setObjectName(QStringLiteral("projectPath"));
    auto* browse = new QPushButton(tr("&Browse…"), savePage);
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    saveLayout->addLayout(pathRow);
    summary_ = new QLabel(savePage);
    summary_->setWordWrap(true);
    saveLayout->addWidget(summary_);
    saveLayout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save project"), path_->text(), tr("VungTrong projects (*.vtproj)"));
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".vtproj");
        path_->setText(path);
    });
    setPage(SavePage, savePage);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == FieldsPage) {
            QSignalBlocker block(fieldsFile_);
            const int keep = fieldsFile_->currentIndex();
            fieldsFile_->clear();
            for (const File& f : files_)
                fieldsFile_->addItem(QStringLiteral("%1 — %2").arg(QFileInfo(f.path).fileName(), roleLabel(f.role)));
            fieldsFile_->setCurrentIndex(std::clamp(keep, 0, std::max(0, fieldsFile_->count() - 1)));
            refreshFieldsPage();
        } else if (id == SavePage) {
            if (path_->text().isEmpty() && !files_.empty())
                path_->setText(QFileInfo(files_.front().path).absoluteDir().filePath(
                    (name_->text().isEmpty() ? tr("project") : name_->text()) + QStringLiteral(".vtproj")));
            QStringList lines;
            for (const File& f : files_) {
                QStringList mapped;
                for (const auto& [k, v] : f.fields) mapped << QStringLiteral("%1 = %2").arg(keyLabel(k), toQString(v));
                lines << QStringLiteral("• %1: %2 (%3)")
                             .arg(QFileInfo(f.path).fileName(), roleLabel(f.role), mapped.join(QStringLiteral(", ")));
            }
            summary_->setText(lines.join(QLatin1Char('\n')));
        }
    });
    refreshFilesTable();
}

void NewProjectWizard::setProjectName(const QString& name) { name_->setText(name); }

bool NewProjectWizard::setProvince(const QString& name) {
    if (name.isEmpty()) {
        province_->setCurrentIndex(0);
        return true;
    }
    try {
        const std::string key = geo::provinceKey(toStd(name));
        for (int i = 1; i < province_->count(); ++i)
            if (geo::provinceKey(toStd(province_->itemData(i).toString())) == key) {
                province_->setCurrentIndex(i);
                return true;
            }
    } catch (const geo::Error&) {
    }
    return false;
}

QString NewProjectWizard::provinceCrs() const {
    const QString name = province_->currentData().toString();
    if (name.isEmpty()) return {};
    try {
        return toQString(geo::findProvince(toStd(name)).authorityCode);
    } catch (const geo::Error&) {
        return {};
    }
}

void NewProjectWizard::setProjectPath(const QString& path) { path_->setText(path); }

QString NewProjectWizard::projectPath() const {
    if (path_->text().isEmpty()) return {};
    QString path = QFileInfo(path_->text()).absoluteFilePath();
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".vtproj");
    return path;
}

geo::Project NewProjectWizard::buildProject() const {
    const QString path = projectPath();
    if (path.isEmpty()) throw geo::ProjectError(toStd(tr("Choose where to save the project.")));
    geo::Project p = base_;
    p.filePath = toStd(path);
    p.name = toStd(name_->text().trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : name_->text().trimmed());
    p.province.clear();
    p.provinceCrs.clear();
    if (const QString province = province_->currentData().toString(); !province.isEmpty()) geo::setProvince(p, toStd(province));
    std::vector<geo::LayerSpec> layers;
    for (const File& f : files_) {
        geo::LayerSpec spec;
        if (const geo::LayerSpec* before = base_.findLayer(f.id)) spec = *before;  // style, visibility, title kept
        spec.id = f.id;
        spec.role = layerRoleOf(f.role);
        // A file: relative to the project; a PostGIS source or a path geo/ refused: as written.
        spec.path = QDir::isAbsolutePath(f.path) ? projectRelativePath(p, f.path) : toStd(f.path);
        spec.layerName = f.layerName;
        spec.fields = f.fields;
        spec.encoding = f.encodingChoice;
        spec.crs = f.crsChoice;
        spec.axisOrder = f.axisOrder;
        if (spec.title.empty()) spec.title = f.title;
        layers.push_back(std::move(spec));
    }
    if (layers.empty()) throw geo::ProjectError(toStd(tr("Add at least one file.")));
    p.layers = std::move(layers);
    std::erase_if(p.drawOrder, [&](const std::string& id) { return !p.findLayer(id); });
    if (!p.view.statisticsBy.empty() && !p.findLayer(p.view.statisticsBy)) p.view.statisticsBy.clear();
    // What geo/ would refuse on reading is refused now, with its message.
    return geo::parseProject(geo::projectToJson(p), p.filePath);
}

bool NewProjectWizard::writeProject(QString* error) {
    try {
        geo::Project p = buildProject();
        geo::saveProject(p, p.filePath);
        return true;
    } catch (const std::exception& e) {
        if (error) *error = toQString(e.what());
        return false;
    }
}

void NewProjectWizard::accept() {
    QString error;
    if (!writeProject(&error)) {
        summary_->setText(tr("Cannot save the project: %1").arg(error));
        return;
    }
    QWizard::accept();
}

void NewProjectWizard::loadFrom(const geo::Project& project) {
    setWindowTitle(tr("Project settings"));
    base_ = project;
    files_.clear();
    name_->setText(toQString(project.name));
    if (!setProvince(toQString(project.province))) province_->setCurrentIndex(0);
    path_->setText(toQString(project.filePath));
    for (const auto& spec : project.layers) {
        File f;
        try {
            f.path = geo::isPgName(spec.path) ? toQString(spec.path) : toQString(project.resolve(spec.path));
        } catch (const geo::Error& e) {  // a path geo/ refuses: listed as written, its reason shown
            f.path = toQString(spec.path);
            problems_ << toQString(e.what());
        }
        f.layerName = spec.layerName;
        f.id = spec.id;
        f.title = spec.title;
        f.encodingChoice = spec.encoding;
        f.crsChoice = spec.crs;
        f.axisOrder = spec.axisOrder;
        f.fields = spec.fields;
        f.role = spec.role == geo::LayerRole::Zones             ? WizardRole::Zones
                 : spec.role == geo::LayerRole::PlantingAreas   ? WizardRole::PlantingAreas
                 : spec.role == geo::LayerRole::Cooperatives    ? WizardRole::Cooperatives
                 : spec.role == geo::LayerRole::Investments     ? WizardRole::Investments
                 : spec.role == geo::LayerRole::Boundary        ? WizardRole::Boundary
                 : spec.fields.count("amount_vnd") && !spec.fields.count("code") ? WizardRole::Loans
                                                                                 : WizardRole::Table;
        QString error;
        if (!readFile(f, &error)) problems_ << error;  // listed all the same: its settings are kept
        files_.push_back(std::move(f));
    }
    refreshFilesTable();
}

void NewProjectWizard::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void NewProjectWizard::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    event->acceptProposedAction();
    if (currentId() == ProvincePage) next();  // the files page shows what was dropped
    addFiles(paths);
}

}  // namespace vt::gui
