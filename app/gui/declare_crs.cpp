#include "declare_crs.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

#include "document_change.h"
#include "edit_controller.h"
#include "geo/crs.h"
#include "geo/error.h"
#include "geo/workspace.h"
#include "layers_dock.h"
#include "main_window.h"

namespace vt::gui {

std::vector<int> layersWithGuessedCrs(const Document& doc) {
    std::vector<int> out;
    for (std::size_t i = 0; i < doc.workspace.layers.size(); ++i)
        if (doc.workspace.layers[i].source.crs.inferred) out.push_back(doc.layerIndex(doc.workspace.layers[i].spec.id));
    out.erase(std::remove(out.begin(), out.end(), -1), out.end());
    return out;
}

geo::Workspace workspaceWithDeclaredCrs(geo::Workspace ws, const std::string& id, const std::string& crs) {
    auto spec = std::find_if(ws.project.layers.begin(), ws.project.layers.end(),
                             [&](const geo::LayerSpec& s) { return s.id == id; });
    auto loaded = std::find_if(ws.layers.begin(), ws.layers.end(), [&](const geo::LoadedLayer& l) { return l.spec.id == id; });
    if (spec == ws.project.layers.end() || loaded == ws.layers.end())
        throw geo::Error("the project has no layer '" + id + "'");
    geo::CrsInfo declared;
    try {
        declared = geo::describeCrs(crs);
    } catch (const geo::Error& e) {
        throw geo::CrsError("layer '" + id + "': " + e.what());
    }
    spec->crs = crs;
    geo::LayerSpec layerSpec = loaded->spec;
    layerSpec.crs = crs;
    geo::LoadedLayer fresh;
    if (loaded->source.features.size() == loaded->normalised.features.size()) {
        // The features as read, now in the declared CRS: the same as reading
        // the file again with the project's new "crs", without another read.
        geo::Layer source = loaded->source;
        source.crs = declared;
        source.warnings.erase(std::remove_if(source.warnings.begin(), source.warnings.end(),
                                             [](const geo::LayerWarning& w) {
                                                 return w.kind == geo::WarningKind::CrsGuess ||
                                                        w.kind == geo::WarningKind::CrsUnknown;
                                             }),
                              source.warnings.end());
        fresh = geo::prepareLayer(layerSpec, std::move(source));
    } else {
        fresh = geo::loadLayer(ws.project, layerSpec);  // features as read were not kept
    }
    // The layer's issues come from its warnings again (the guess's is gone).
    ws.issues.erase(std::remove_if(ws.issues.begin(), ws.issues.end(),
                                   [&](const geo::LoadIssue& i) { return i.layerId == id; }),
                    ws.issues.end());
    geo::Workspace one;
    geo::addLayer(one, std::move(fresh));
    *loaded = std::move(one.layers.front());
    ws.issues.insert(ws.issues.end(), one.issues.begin(), one.issues.end());
    return ws;
}

// ---------------------------------------------------------------------------

DeclareCrsDialog::DeclareCrsDialog(DocumentPtr doc, const std::string& layerId, QWidget* parent)
    : QDialog(parent), doc_(std::move(doc)) {
    setWindowTitle(tr("Declare the coordinate system"));
    layerBox_ = new QComboBox;
    layerBox_->setObjectName(QStringLiteral("layer"));
    for (int li : layersWithGuessedCrs(*doc_)) {
        const auto& l = doc_->loaded(li);
        layerBox_->addItem(tr("%1 (%2)").arg(doc_->layers[static_cast<std::size_t>(li)].title,
                                             QFileInfo(toQString(l.source.sourcePath)).fileName()),
                           toQString(l.spec.id));
    }
    if (int at = layerBox_->findData(toQString(layerId)); at >= 0) layerBox_->setCurrentIndex(at);
    guessLabel_ = new QLabel;
    guessLabel_->setWordWrap(true);
    crsBox_ = new QComboBox;
    crsBox_->setObjectName(QStringLiteral("crs"));
    crsBox_->setEditable(true);  // any EPSG code, WKT or PROJ string
    crsBox_->setInsertPolicy(QComboBox::NoInsert);
    resolvedLabel_ = new QLabel;
    resolvedLabel_->setObjectName(QStringLiteral("resolved"));
    resolvedLabel_->setWordWrap(true);
    auto* where = new QLabel(tr("The answer is recorded in the project file, as the layer's coordinate system "
                                "(\"crs\"), which the app and vungtrong-cli both read. The data's files are not "
                                "changed and no file (such as a .prj) is added beside them. Save the project to keep "
                                "it; Edit ▸ Undo takes it back."));
    where->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Declare"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Layer:"), layerBox_);
    form->addRow(guessLabel_);
    form->addRow(tr("Coordinate system:"), crsBox_);
    form->addRow(QString(), resolvedLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addStretch();
    layout->addWidget(buttons_);
    setMinimumWidth(560);

    connect(layerBox_, &QComboBox::currentIndexChanged, this, &DeclareCrsDialog::fillCandidates);
    connect(crsBox_, &QComboBox::currentTextChanged, this, &DeclareCrsDialog::revalidate);
    fillCandidates();
}

std::string DeclareCrsDialog::layerId() const { return toStd(layerBox_->currentData().toString()); }

QString DeclareCrsDialog::crsText() const {
    // The code of a listed candidate, or what was typed.
    int at = crsBox_->findText(crsBox_->currentText());
    return (at >= 0 ? crsBox_->itemData(at).toString() : crsBox_->currentText()).trimmed();
}

void DeclareCrsDialog::setCrsText(const QString& text) {
    int at = crsBox_->findData(text);
    if (at >= 0)
        crsBox_->setCurrentIndex(at);
    else
        crsBox_->setEditText(text);
}

QString DeclareCrsDialog::resolvedText() const { return resolvedLabel_->text(); }

bool DeclareCrsDialog::acceptable() const { return acceptable_; }

void DeclareCrsDialog::fillCandidates() {
    crsBox_->blockSignals(true);
    crsBox_->clear();
    int li = doc_->layerIndex(layerId());
    if (li >= 0) {
        const geo::Layer& source = doc_->loaded(li).source;
        const geo::CrsInfo& guess = source.crs;
        const QString file = QFileInfo(toQString(source.sourcePath)).fileName();
        guessLabel_->setText(tr("%1 does not say its coordinate system. VungTrong guessed %2 (%3): %4")
                                 .arg(file, toQString(guess.name), toQString(guess.authorityCode),
                                      toQString(guess.inferenceReason)));
        const QString code = toQString(guess.authorityCode.empty() ? guess.definition : guess.authorityCode);
        crsBox_->addItem(tr("%1 — %2 (the guess)").arg(code, toQString(guess.name)), code);
        QLocale locale;
        for (const auto& a : guess.alternatives)
            crsBox_->addItem(tr("%1 — %2 (moves the layer by %3 m)")
                                 .arg(toQString(a.authorityCode), toQString(a.name),
                                      locale.toString(a.shiftMetres, 'f', 0)),
                             toQString(a.authorityCode));
        const std::string& province = doc_->workspace.project.provinceCrs;
        if (!province.empty() && province != guess.authorityCode && crsBox_->findData(toQString(province)) < 0)
            crsBox_->addItem(tr("%1 (the province's coordinate system)").arg(toQString(province)), toQString(province));
    }
    crsBox_->setCurrentIndex(0);
    crsBox_->blockSignals(false);
    revalidate();
}

void DeclareCrsDialog::revalidate() {
    acceptable_ = false;
    const QString text = crsText();
    if (layerId().empty()) {
        resolvedLabel_->setText(tr("No layer of the project has a guessed coordinate system."));
    } else if (text.isEmpty()) {
        resolvedLabel_->setText(tr("Choose or type a coordinate system (e.g. EPSG:9209)."));
    } else {
        try {
            geo::CrsInfo crs = geo::describeCrs(toStd(text));
            resolvedLabel_->setText(tr("%1, in %2").arg(toQString(crs.name), crs.isGeographic ? tr("degrees") : tr("metres")));
            acceptable_ = true;
        } catch (const geo::Error& e) {
            resolvedLabel_->setText(tr("Not a coordinate system PROJ knows: %1").arg(toQString(e.what())));
        }
    }
    resolvedLabel_->setStyleSheet(acceptable_ ? QString() : QStringLiteral("color: #b00020"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(acceptable_);
}

// ---------------------------------------------------------------------------

DeclareCrsController::DeclareCrsController(MainWindow* window) : QObject(window), window_(window) {
    action_ = new QAction(this);
    action_->setObjectName(QStringLiteral("declareCrsAction"));
    connect(action_, &QAction::triggered, this, [this] { declareInteractively(); });
    connect(window, &MainWindow::documentChanged, this, &DeclareCrsController::update);
    retranslate();
    update();
}

void DeclareCrsController::retranslate() {
    action_->setText(tr("Declare the CRS…"));
    action_->setToolTip(tr("Confirm or correct the coordinate system of a layer whose file does not say it (a "
                           "shapefile without .prj): recorded in the project"));
}

void DeclareCrsController::update() {
    DocumentPtr doc = window_->document();
    action_->setEnabled(doc && !layersWithGuessedCrs(*doc).empty());
}

void DeclareCrsController::fail(const QString& message) {
    lastError_ = message;
    if (window_->isInteractive())
        QMessageBox::warning(window_, tr("Cannot declare the coordinate system"), message);
    else
        window_->statusBar()->showMessage(message, 6000);
}

bool DeclareCrsController::declareInteractively() {
    DocumentPtr doc = window_->document();
    if (!doc) return false;
    std::vector<int> guessed = layersWithGuessedCrs(*doc);
    if (guessed.empty()) {
        fail(tr("No layer of the project has a guessed coordinate system."));
        return false;
    }
    int current = doc->layerIndex(window_->layersPanel()->currentLayerId());
    if (std::find(guessed.begin(), guessed.end(), current) == guessed.end()) current = guessed.front();
    DeclareCrsDialog dialog(doc, doc->layers[static_cast<std::size_t>(current)].id, window_);
    if (window_->isInteractive() && dialog.exec() != QDialog::Accepted) return false;
    if (!dialog.acceptable()) {
        fail(dialog.resolvedText());
        return false;
    }
    return declare(dialog.layerId(), dialog.crsText());
}

bool DeclareCrsController::declare(const std::string& layerId, const QString& crs) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    int li = doc ? doc->layerIndex(layerId) : -1;
    if (li < 0) {
        fail(tr("The project has no layer %1.").arg(toQString(layerId)));
        return false;
    }
    // An edit session's base is the layer as normalised now: declaring
    // another CRS under it would make every feature look edited.
    const EditController* editor = window_->editController();
    if (editor && editor->isEditing() && editor->session()->layerId() == layerId) {
        fail(tr("%1 is being edited: save or discard its edits and stop editing it first.")
                 .arg(doc->layers[static_cast<std::size_t>(li)].title));
        return false;
    }
    std::shared_ptr<Document> updated;
    try {
        geo::Workspace ws = workspaceWithDeclaredCrs(doc->workspace, layerId, toStd(crs.trimmed()));
        BuildOptions build;  // statistics stay by the layer the user chose
        if (doc->zones >= 0) build.zonesLayerId = doc->layers[static_cast<std::size_t>(doc->zones)].id;
        updated = buildDocument(std::move(ws), {}, build);
    } catch (const geo::Error& e) {
        fail(toQString(e.what()));
        return false;
    }
    window_->undoStack()->push(new DocumentChange(window_, std::const_pointer_cast<Document>(doc), updated,
                                                  tr("declare the CRS of %1 as %2").arg(toQString(layerId), crs.trimmed())));
    window_->statusBar()->showMessage(
        tr("The coordinate system of %1 is declared as %2: save the project to keep it.")
            .arg(doc->layers[static_cast<std::size_t>(li)].title, crs.trimmed()),
        8000);
    return true;
}

}  // namespace vt::gui
