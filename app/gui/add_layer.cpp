// File ▸ Add layer…, Add XYZ tiles…, Add PostGIS layer… and layers dropped
// on the window: read off the GUI thread, the questions a file leaves open
// (which layer of it, its text encoding, its axis order, its CRS) asked and
// recorded in the project, then added as one undoable change. MainWindow's
// members for this live here.
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <algorithm>

#include "app_settings.h"
#include "basemap_layers.h"
#include "document_change.h"
#include "geo/error.h"
#include "geo/postgis.h"
#include "main_window.h"
#include "postgis_dialog.h"
#include "xyz_tiles_dialog.h"

namespace vt::gui {

bool MainWindow::readLayerInBackground(const QString& path, const geo::ReadOptions& options, geo::Layer& layer) {
    auto holder = std::make_shared<geo::Layer>();
    const bool database = geo::isPgName(toStd(path));  // a connection, not a file name
    std::string file = database ? toStd(path) : toStd(QFileInfo(path).absoluteFilePath());
    LoadResult r = runWithProgress(tr("Reading %1…").arg(database ? toQString(options.layerName) : QFileInfo(path).fileName()),
                                   [file, options, holder](const geo::ProgressFn& progress) {
                                       geo::ReadOptions cancellable = options;  // Cancel stops a big layer's read
                                       cancellable.keepReading = [&progress] { return progress(0, ""); };
                                       *holder = geo::readLayer(file, cancellable);
                                       return std::shared_ptr<Document>();
                                   });
    if (!r.error.isEmpty() || r.cancelled) {
        if (!r.cancelled) showError(tr("Cannot add layer"), r.error);
        return false;
    }
    layer = std::move(*holder);
    return true;
}

bool MainWindow::addLayer(const QString& path, const QString& layerNameIn) {
    if (isRasterFile(path)) {  // an orthophoto or scanned map: a background, not a vector layer
        geo::BasemapSpec spec;
        spec.name = toStd(QFileInfo(path).fileName());
        spec.path = toStd(QFileInfo(path).absoluteFilePath());
        return addBasemap(std::move(spec));
    }
    QString layerName = layerNameIn;
    std::string file = toStd(QFileInfo(path).absoluteFilePath());
    if (layerName.isEmpty()) {
        try {
            std::vector<std::string> names = geo::listLayers(file);
            if (names.size() > 1 && interactive_) {
                QStringList items;
                for (const auto& n : names) items << toQString(n);
                bool ok = false;
                layerName = QInputDialog::getItem(this, tr("Add layer"), tr("Layer of %1:").arg(QFileInfo(path).fileName()),
                                                  items, 0, false, &ok);
                if (!ok) return false;
            }
        } catch (const geo::Error& e) {
            showError(tr("Cannot add layer"), toQString(e.what()));
            return false;
        }
    }
    geo::ReadOptions options;
    options.layerName = toStd(layerName);
    options.allowEmpty = true;
    if (doc_) options.provinceCrsHint = doc_->workspace.project.provinceCrs;
    geo::Layer layer;
    if (!readLayerInBackground(path, options, layer)) return false;
    // A text encoding detected from the DBF's text is a guess: confirm it.
    std::string encodingChoice;
    if (layer.encodingGuessed) {
        encodingChoice = layer.encoding;
        if (interactive_) {
            QStringList encodings = {QStringLiteral("UTF-8"), QStringLiteral("CP1258"), QStringLiteral("TCVN3"),
                                     QStringLiteral("VNI"), QStringLiteral("ISO-8859-1")};
            QString sample;
            for (const auto& f : layer.features) {
                for (const auto& v : f.attributes)
                    if (const auto* t = std::get_if<std::string>(&v); t && !t->empty()) {
                        sample = toQString(*t);
                        break;
                    }
                if (!sample.isEmpty()) break;
            }
            QString why;
            for (const auto& w : layer.warnings)
                if (w.kind == geo::WarningKind::EncodingGuess) why = toQString(w.text);
            bool ok = false;
            QString chosen = QInputDialog::getItem(
                this, tr("Text encoding of %1").arg(QFileInfo(path).fileName()),
                tr("The file does not say how its text is encoded. %1\nFirst text as decoded: “%2”\n\n"
                   "Confirm or choose another encoding:")
                    .arg(why, sample),
                encodings, std::max(0, static_cast<int>(encodings.indexOf(toQString(layer.encoding)))), false, &ok);
            if (!ok) return false;
            encodingChoice = toStd(chosen);
        }
        if (encodingChoice != layer.encoding) {
            options.encodingOverride = encodingChoice;
            if (!readLayerInBackground(path, options, layer)) return false;
        }
    }
    // Degrees that look latitude first: ask, with the swap as the answer filled in.
    std::string axisOrderChoice;
    if (layer.axesLookSwapped) {
        QStringList orders = {tr("Latitude first: swap to longitude, latitude (lat_lon)"),
                              tr("Longitude first, as stored (lon_lat)")};
        int chosen = 0;
        if (interactive_) {
            geo::Envelope e = layer.extent();
            QLocale locale;
            bool ok = false;
            QString answer = QInputDialog::getItem(
                this, tr("Axis order of %1").arg(QFileInfo(path).fileName()),
                tr("The first coordinate (%1 … %2) looks like a latitude in Vietnam and the second (%3 … %4) like a "
                   "longitude:\nthe file seems to be written latitude first. Measured as stored, its areas would be "
                   "wrong.\n\nHow are the coordinates written?")
                    .arg(locale.toString(e.minX, 'f', 4), locale.toString(e.maxX, 'f', 4),
                         locale.toString(e.minY, 'f', 4), locale.toString(e.maxY, 'f', 4)),
                orders, 0, false, &ok);
            if (!ok) return false;
            chosen = static_cast<int>(orders.indexOf(answer));
        }
        axisOrderChoice = chosen == 1 ? "lon_lat" : "lat_lon";
        options.axisOrder = axisOrderChoice;  // recorded in the project: no silent swap
        if (!readLayerInBackground(path, options, layer)) return false;
    }
    std::string crsOverride;
    bool hasGeometry = std::any_of(layer.features.begin(), layer.features.end(),
                                   [](const geo::Feature& f) { return f.geometry.kind != geo::GeometryKind::None; });
    if (hasGeometry && (layer.crs.inferred || !layer.crs.isKnown())) {
        QString suggestion = toQString(layer.crs.authorityCode.empty() ? layer.crs.definition : layer.crs.authorityCode);
        QString text = suggestion;
        if (interactive_) {
            bool ok = false;
            QString why = layer.crs.isKnown() ? tr("The file does not say its coordinate system. Guessed: %1\n(%2)\n\n"
                                                   "Confirm or enter another (e.g. EPSG:9209):")
                                                    .arg(toQString(layer.crs.name), toQString(layer.crs.inferenceReason))
                                              : tr("The file does not say its coordinate system and it could not be "
                                                   "guessed. Enter one (e.g. EPSG:9209):");
            text = QInputDialog::getText(this, tr("Coordinate system of %1").arg(QFileInfo(path).fileName()), why,
                                         QLineEdit::Normal, suggestion, &ok);
            if (!ok) return false;
        }
        if (text.trimmed().isEmpty()) {
            showError(tr("Cannot add layer"), tr("No coordinate system given."));
            return false;
        }
        if (text.trimmed() != suggestion || !layer.crs.isKnown()) {
            try {
                layer.crs = geo::describeCrs(toStd(text.trimmed()));
            } catch (const geo::Error& e) {
                showError(tr("Cannot add layer"), toQString(e.what()));
                return false;
            }
        }
        crsOverride = toStd(text.trimmed());  // recorded in the project: no silent guess
    }

    geo::Workspace ws = doc_ ? doc_->workspace : geo::Workspace{};
    if (!doc_) ws.project.name = toStd(tr("Untitled project"));
    geo::LayerSpec spec;
    std::string base = toStd(QFileInfo(path).completeBaseName());
    spec.id = base;
    for (int n = 2; ws.find(spec.id); ++n) spec.id = base + "_" + std::to_string(n);
    spec.role = geo::LayerRole::Table;
    spec.layerName = toStd(layerName);
    spec.crs = crsOverride;
    spec.encoding = encodingChoice;  // recorded in the project: no silent guess
    spec.axisOrder = axisOrderChoice;
    spec.title = toStd(QFileInfo(path).fileName());
    QString folder = ws.project.filePath.empty() ? QFileInfo(path).absolutePath() : toQString(ws.project.folder());
    QString relative = QDir(folder).relativeFilePath(QFileInfo(path).absoluteFilePath());
    spec.path = toStd(relative);
    if (relative.startsWith(QStringLiteral("..")) || QDir::isAbsolutePath(relative))
        messages_->appendPlainText(tr("%1 lies outside the project folder: the project refers to it there, so copy it "
                                      "along when you move the project.")
                                       .arg(QFileInfo(path).fileName()));
    return commitNewLayer(std::move(spec), std::move(layer));
}

bool MainWindow::commitNewLayer(geo::LayerSpec spec, geo::Layer layer) {
    geo::Workspace ws = doc_ ? doc_->workspace : geo::Workspace{};
    if (!doc_) ws.project.name = toStd(tr("Untitled project"));
    try {
        geo::LoadedLayer loaded = geo::normalise(spec, std::move(layer));
        ws.project.layers.push_back(spec);
        geo::addLayer(ws, std::move(loaded));  // its warnings become issues as on opening a project
    } catch (const geo::Error& e) {
        showError(tr("Cannot add layer"), toQString(e.what()));
        return false;
    }
    auto shared = std::make_shared<geo::Workspace>(std::move(ws));
    BuildOptions build;  // statistics stay by the layer the user chose
    if (doc_ && doc_->zones >= 0) build.zonesLayerId = doc_->layers[static_cast<std::size_t>(doc_->zones)].id;
    LoadResult r = runWithProgress(tr("Updating the map…"), [shared, build](const geo::ProgressFn& p) {
        return buildDocument(std::move(*shared), p, build);
    });
    if (!r.doc) {
        if (!r.cancelled) showError(tr("Cannot add layer"), r.error);
        return false;
    }
    if (doc_)
        undoStack_->push(new DocumentChange(this, doc_, r.doc, tr("add layer %1").arg(toQString(spec.id))));
    else
        setDocument(r.doc, false);
    return true;
}

bool MainWindow::addBasemap(geo::BasemapSpec spec) {
    if (!doc_) {
        showError(tr("Cannot add layer"), tr("Open a project first: a background is drawn under its layers."));
        return false;
    }
    const geo::Project& project = doc_->workspace.project;
    if (!spec.path.empty() && !project.filePath.empty()) {  // written relative to the project, as layers are
        QString relative = QDir(toQString(project.folder())).relativeFilePath(toQString(spec.path));
        if (relative.startsWith(QStringLiteral("..")))
            messages_->appendPlainText(tr("%1 lies outside the project folder: the project refers to it there, so copy it "
                                          "along when you move the project.")
                                           .arg(toQString(spec.name)));
        else
            spec.path = toStd(relative);
    }
    std::string base = toStd(QFileInfo(toQString(spec.name.empty() ? std::string("tiles") : spec.name)).completeBaseName());
    spec.id = unusedBasemapId(project, base);
    if (spec.name.empty()) spec.name = spec.id;
    std::vector<geo::BasemapSpec> basemaps = project.basemaps;
    basemaps.push_back(spec);
    std::shared_ptr<Document> updated = withBasemaps(*doc_, std::move(basemaps));
    const QString& problem = updated->basemaps.back().problem;
    if (!problem.isEmpty()) {
        showError(tr("Cannot add layer"), problem);
        return false;
    }
    undoStack_->push(new DocumentChange(this, doc_, updated, tr("add background %1").arg(toQString(spec.id))));
    return true;
}

void MainWindow::chooseAndAddTiles() {
    XyzTilesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    addBasemap(dialog.basemap());
}

void MainWindow::chooseAndAddPostgisLayer() {
    AddPostgisLayerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) addPostgisLayer(dialog.form()->connection(), dialog.form()->table());
}

bool MainWindow::addPostgisLayer(const geo::PgConnection& connection, const QString& table) {
    geo::PgTableName name;
    try {
        name = geo::parsePgTableName(toStd(table), "table");
    } catch (const geo::Error& e) {
        showError(tr("Cannot add layer"), toQString(e.what()));
        return false;
    }
    const std::string pgName = connection.gdalName();  // never a password: the form has none
    geo::ReadOptions options;
    options.layerName = toStd(table);
    options.allowEmpty = true;
    if (doc_) options.provinceCrsHint = doc_->workspace.project.provinceCrs;
    geo::Layer layer;
    if (!readLayerInBackground(toQString(pgName), options, layer)) return false;
    geo::LayerSpec spec;
    spec.id = name.table;
    for (int n = 2; doc_ && doc_->workspace.find(spec.id); ++n) spec.id = name.table + "_" + std::to_string(n);
    spec.role = geo::LayerRole::Table;
    spec.path = pgName;
    spec.layerName = toStd(table);
    spec.title = name.display();
    return commitNewLayer(std::move(spec), std::move(layer));
}

void MainWindow::chooseAndAddLayer() {
    QString start = doc_ && !doc_->workspace.project.filePath.empty() ? toQString(doc_->workspace.project.folder())
                                                                      : appSettings().value(QStringLiteral("lastFolder")).toString();
    QString path = QFileDialog::getOpenFileName(
        this, tr("Add layer"), start,
        tr("Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;All files (*)"));
    if (!path.isEmpty()) addLayer(path);
}

}  // namespace vt::gui
