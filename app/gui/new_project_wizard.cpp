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

namespace vt::gui {

geo::LayerRole layerRoleOf(WizardRole role) {
    switch (role) {
        case WizardRole::Zones: return geo::LayerRole::Zones;
        case WizardRole::PlantingAreas: return geo::LayerRole::PlantingAreas;
        case WizardRole::Cooperatives: return geo::LayerRole::Cooperatives;
        case WizardRole::Investments: return geo::LayerRole::Investments;
        case WizardRole::Boundary: return geo::LayerRole::Boundary;
        case WizardRole::Loans:
        case WizardRole::Table: return geo::LayerRole::Table;
    }
    return geo::LayerRole::Table;
}

std::vector<std::string> wizardFieldKeys(WizardRole role) {
    if (role == WizardRole::Loans) return {"cooperative", "amount_vnd", "year"};
    std::vector<std::string> keys;
    for (const auto& k : geo::roleFieldKeys(layerRoleOf(role))) keys.push_back(k.key);
    return keys;
}

namespace {

const std::vector<WizardRole>& allRoles() {
    static const std::vector<WizardRole> roles = {WizardRole::Zones,       WizardRole::PlantingAreas, WizardRole::Cooperatives,
                                                  WizardRole::Investments, WizardRole::Loans,         WizardRole::Boundary,
                                                  WizardRole::Table};
    return roles;
}

QString roleLabel(WizardRole role) {
    switch (role) {
        case WizardRole::Zones: return NewProjectWizard::tr("Zones (districts, communes)");
        case WizardRole::PlantingAreas: return NewProjectWizard::tr("Planting areas");
        case WizardRole::Cooperatives: return NewProjectWizard::tr("Cooperatives");
        case WizardRole::Investments: return NewProjectWizard::tr("Investments");
        case WizardRole::Loans: return NewProjectWizard::tr("Loans (table)");
        case WizardRole::Boundary: return NewProjectWizard::tr("Province boundary");
        case WizardRole::Table: return NewProjectWizard::tr("Other table");
    }
    return {};
}

QString keyLabel(const std::string& key) {
    static const std::map<std::string, const char*> labels = {
        {"code", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Code")},
        {"name", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Name")},
        {"kind", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Kind")},
        {"crop", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Crop")},
        {"cooperative", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Cooperative code")},
        {"declared_ha", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Declared area (ha)")},
        {"key", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Cooperative code (key)")},
        {"members", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Members")},
        {"ocop_stars", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "OCOP stars")},
        {"amount_vnd", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Amount (VND)")},
        {"programme", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Programme")},
        {"year", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Year")},
        {"x", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "X (easting, longitude)")},
        {"y", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Y (northing, latitude)")},
        {"wkt", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Geometry as WKT")},
    };
    auto it = labels.find(key);
    return it == labels.end() ? toQString(key) : NewProjectWizard::tr(it->second);
}

WizardRole suggestedRole(const geo::Layer& layer, const QString& fileName) {
    std::vector<std::string> columns;
    for (const auto& f : layer.fields) columns.push_back(f.name);
    const geo::RoleSuggestion s = geo::suggestRole(columns);
    const QString base = QFileInfo(fileName).completeBaseName().toLower();
    const bool located = std::any_of(layer.features.begin(), layer.features.end(),
                                     [](const geo::Feature& f) { return f.geometry.kind != geo::GeometryKind::None; });
    // A loan register has an investment's columns; its name tells them apart.
    if (s.role == geo::LayerRole::Investments && (base.contains(QStringLiteral("vay")) || base.contains(QStringLiteral("loan"))))
        return WizardRole::Loans;
    switch (s.role) {
        case geo::LayerRole::Investments: return WizardRole::Investments;
        // Zones, planting areas and cooperatives are places: a table without
        // coordinates is none of them (a list of groups by commune code, say).
        case geo::LayerRole::Zones:
            if (!located) return WizardRole::Table;
            return layer.features.size() == 1 ? WizardRole::Boundary : WizardRole::Zones;  // one polygon: the province
        case geo::LayerRole::PlantingAreas: return located ? WizardRole::PlantingAreas : WizardRole::Table;
        case geo::LayerRole::Cooperatives: return located ? WizardRole::Cooperatives : WizardRole::Table;
        default: return WizardRole::Table;
    }
}

std::string crsIdOf(const geo::CrsInfo& crs) { return crs.authorityCode.empty() ? crs.definition : crs.authorityCode; }

QStringList encodings() {
    return {QStringLiteral("UTF-8"), QStringLiteral("CP1258"), QStringLiteral("TCVN3"), QStringLiteral("VNI"),
            QStringLiteral("ISO-8859-1")};
}

}  // namespace

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

bool NewProjectWizard::readFile(File& file, QString* error) {
    geo::ReadOptions options;
    options.layerName = file.layerName;
    options.allowEmpty = true;
    options.provinceCrsHint = toStd(provinceCrs());
    options.encodingOverride = file.encodingChoice;
    options.crsOverride = file.crsChoice;
    options.axisOrder = file.axisOrder;
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(file.path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    options.keepReading = [&progress] {  // a big file can be stopped
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    };
    try {
        file.preview = geo::readLayer(toStd(file.path), options);
    } catch (const geo::Cancelled&) {
        *error = tr("%1: reading cancelled").arg(QFileInfo(file.path).fileName());
        return false;
    } catch (const std::exception& e) {
        *error = toQString(e.what());
        return false;
    }
    file.encoding = file.preview.encoding;
    file.encodingGuessed = file.preview.encodingGuessed && file.encodingChoice.empty();
    const geo::CrsInfo& crs = file.preview.crs;
    file.crsRead = crsIdOf(crs);
    file.crsGuessed = crs.inferred && file.crsChoice.empty();
    file.crsDescription = crs.isKnown() ? toQString(crs.name) : tr("none (a table without coordinates?)");
    if (file.crsGuessed) {
        file.crsDescription = tr("guessed: %1 (%2)").arg(toQString(crs.name), toQString(crs.inferenceReason));
        file.crsChoice = file.crsRead;  // recorded in the project once confirmed: never a silent guess
    }
    if (file.encodingGuessed) file.encodingChoice = file.encoding;  // likewise
    if (file.preview.axesLookSwapped && file.axisOrder.empty()) {
        file.axisOrder = "lat_lon";  // shown in the table; the project records it
        return readFile(file, error);
    }
    return true;
}

void NewProjectWizard::suggestFieldsFor(File& file) {
    std::vector<std::string> columns;
    for (const auto& f : file.preview.fields) columns.push_back(f.name);
    const std::vector<std::string> keys = wizardFieldKeys(file.role);
    file.fields.clear();
    for (const auto& s : geo::suggestFields(layerRoleOf(file.role), columns))
        if (std::find(keys.begin(), keys.end(), s.key) != keys.end()) file.fields[s.key] = s.field;
}

int NewProjectWizard::addFiles(const QStringList& paths) {
    int added = 0;
    for (const QString& p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        std::vector<std::string> layers;
        try {
            layers = geo::listLayers(toStd(absolute));
        } catch (const std::exception& e) {
            problems_ << toQString(e.what());
            continue;
        }
        if (layers.size() <= 1) layers = {std::string()};
        for (const std::string& layerName : layers) {
            File file;
            file.path = absolute;
            file.layerName = layerName;
            QString error;
            if (!readFile(file, &error)) {
                problems_ << error;
                continue;
            }
            file.role = suggestedRole(file.preview, absolute);
            suggestFieldsFor(file);
            std::string base = layerName.empty() ? toStd(QFileInfo(absolute).completeBaseName()) : layerName;
            std::replace_if(base.begin(), base.end(), [](char c) { return c == ' ' || c == '.'; }, '_');
            file.id = base;
            for (int n = 2; std::any_of(files_.begin(), files_.end(), [&](const File& f) { return f.id == file.id; }); ++n)
                file.id = base + "_" + std::to_string(n);
            file.title = toStd(QFileInfo(absolute).fileName()) + (layerName.empty() ? "" : ":" + layerName);
            files_.push_back(std::move(file));
            ++added;
        }
    }
    refreshFilesTable();
    emit filesChanged();
    return added;
}

void NewProjectWizard::removeFile(int index) {
    if (index < 0 || index >= static_cast<int>(files_.size())) return;
    files_.erase(files_.begin() + index);
    refreshFilesTable();
    emit filesChanged();
}

void NewProjectWizard::setRole(int index, WizardRole role) {
    if (index < 0 || index >= static_cast<int>(files_.size())) return;
    File& f = files_[static_cast<std::size_t>(index)];
    if (f.role == role) return;
    f.role = role;
    suggestFieldsFor(f);
    refreshFilesTable();
}

void NewProjectWizard::setField(int index, const std::string& key, const std::string& column) {
    if (index < 0 || index >= static_cast<int>(files_.size())) return;
    auto& fields = files_[static_cast<std::size_t>(index)].fields;
    if (column.empty()) fields.erase(key);
    else fields[key] = column;
}

void NewProjectWizard::setEncoding(int index, const std::string& encoding) {
    if (index < 0 || index >= static_cast<int>(files_.size())) return;
    File f = files_[static_cast<std::size_t>(index)];
    f.encodingChoice = encoding;
    QString error;
    if (!readFile(f, &error)) {
        problems_ << error;
        return;
    }
    files_[static_cast<std::size_t>(index)] = std::move(f);
    refreshFilesTable();
}

void NewProjectWizard::setCrs(int index, const std::string& crs) {
    if (index < 0 || index >= static_cast<int>(files_.size())) return;
    File f = files_[static_cast<std::size_t>(index)];
    f.crsChoice = crs;
    QString error;
    if (!readFile(f, &error)) {
        problems_ << error;
        refreshFilesTable();
        return;
    }
    files_[static_cast<std::size_t>(index)] = std::move(f);
    refreshFilesTable();
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

void NewProjectWizard::refreshFilesTable() {
    refreshing_ = true;
    filesTable_->setRowCount(static_cast<int>(files_.size()));
    for (int row = 0; row < static_cast<int>(files_.size()); ++row) {
        const File& f = files_[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(toQString(f.title));
        name->setToolTip(f.path);
        filesTable_->setItem(row, 0, name);
        auto* role = new QComboBox(filesTable_);
        for (WizardRole r : allRoles()) role->addItem(roleLabel(r), static_cast<int>(r));
        role->setCurrentIndex(role->findData(static_cast<int>(f.role)));
        connect(role, QOverload<int>::of(&QComboBox::activated), this,
                [this, row, role](int) { setRole(row, static_cast<WizardRole>(role->currentData().toInt())); });
        filesTable_->setCellWidget(row, 1, role);
        filesTable_->setItem(row, 2, new QTableWidgetItem(QLocale().toString(static_cast<qlonglong>(f.preview.features.size()))));
        auto* encoding = new QComboBox(filesTable_);
        encoding->addItems(encodings());
        const QString current = toQString(f.encodingChoice.empty() ? f.encoding : f.encodingChoice);
        if (encoding->findText(current) < 0) encoding->addItem(current);
        encoding->setCurrentText(current);
        encoding->setToolTip(f.encodingGuessed ? tr("Guessed from the text: confirm or choose another")
                                               : tr("As the file declares it"));
        connect(encoding, &QComboBox::textActivated, this, [this, row](const QString& text) { setEncoding(row, toStd(text)); });
        filesTable_->setCellWidget(row, 3, encoding);
        auto* crs = new QLineEdit(toQString(f.crsChoice.empty() ? f.crsRead : f.crsChoice), filesTable_);
        crs->setToolTip(f.crsDescription);
        if (f.crsGuessed) crs->setStyleSheet(QStringLiteral("background: #fff3c4"));  // a guess, to confirm
        connect(crs, &QLineEdit::editingFinished, this, [this, row, crs] {
            const std::string text = toStd(crs->text().trimmed());
            const File& now = files_[static_cast<std::size_t>(row)];
            if (text != (now.crsChoice.empty() ? now.crsRead : now.crsChoice)) setCrs(row, text);
        });
        filesTable_->setCellWidget(row, 4, crs);
    }
    int guesses = 0;
    for (const File& f : files_) guesses += f.crsGuessed + f.encodingGuessed;
    QString hint = files_.empty() ? tr("No files yet: add them, or drop them on this window.")
                   : guesses > 0  ? tr("%n guess(es) marked: check them before going on.", nullptr, guesses)
                                  : QString();
    if (!problems_.isEmpty()) hint += (hint.isEmpty() ? QString() : QStringLiteral("\n")) + problems_.join(QLatin1Char('\n'));
    filesHint_->setText(hint);
    refreshing_ = false;
}

void NewProjectWizard::refreshFieldsPage() {
    while (fieldsLayout_->rowCount() > 0) fieldsLayout_->removeRow(0);
    const int index = fieldsFile_->currentIndex();
    if (index < 0 || index >= static_cast<int>(files_.size())) {
        preview_->clear();
        return;
    }
    const File& f = files_[static_cast<std::size_t>(index)];
    std::vector<std::string> columns;
    for (const auto& field : f.preview.fields) columns.push_back(field.name);
    for (const std::string& key : wizardFieldKeys(f.role)) {
        auto* box = new QComboBox(fieldsForm_);
        box->setObjectName(QStringLiteral("field_") + toQString(key));
        box->addItem(tr("(none)"), QString());
        for (const auto& c : columns) {
            const double score = geo::fieldNameScore(layerRoleOf(f.role), key, c);
            box->addItem(score > 0 ? tr("%1 (suggested, %2 %)").arg(toQString(c)).arg(std::lround(score * 100))
                                   : toQString(c),
                         toQString(c));
        }
        auto it = f.fields.find(key);
        box->setCurrentIndex(it == f.fields.end() ? 0 : std::max(0, box->findData(toQString(it->second))));
        connect(box, QOverload<int>::of(&QComboBox::activated), this, [this, index, key, box](int) {
            setField(index, key, toStd(box->currentData().toString()));
        });
        fieldsLayout_->addRow(keyLabel(key) + QLatin1Char(':'), box);
    }
    refreshPreview();
}

void NewProjectWizard::refreshPreview() {
    const int index = fieldsFile_->currentIndex();
    if (index < 0 || index >= static_cast<int>(files_.size())) return;
    const geo::Layer& layer = files_[static_cast<std::size_t>(index)].preview;
    const int rows = static_cast<int>(std::min<std::size_t>(layer.features.size(), 8));
    preview_->clear();
    preview_->setColumnCount(static_cast<int>(layer.fields.size()));
    preview_->setRowCount(rows);
    QStringList headers;
    for (const auto& field : layer.fields) headers << toQString(field.name);
    preview_->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < layer.fields.size(); ++c)
            preview_->setItem(r, static_cast<int>(c),
                              new QTableWidgetItem(toQString(geo::toText(layer.features[static_cast<std::size_t>(r)].attributes[c]))));
    preview_->resizeColumnsToContents();
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
