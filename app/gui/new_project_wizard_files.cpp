// The new-project wizard's files: reading each file added, the role, fields,
// encoding and CRS the user gives it, and the pages' tables that show them.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFormLayout>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QTableWidget>
#include <algorithm>

#include "document.h"
#include "geo/error.h"
#include "geo/field_suggestions.h"
#include "geo/postgis.h"
#include "geo/source.h"
#include "new_project_wizard.h"
#include "wizard_roles.h"

namespace vt::gui {

using namespace wizard;

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

}  // namespace vt::gui
