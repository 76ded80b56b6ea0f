// vungtrong-screenshots: renders the main window on a project offscreen, the
// way data/screenshots/*.png were made:
//   vungtrong-screenshots PROJECT OUTDIR [vi|en [MAP.pdf]]
// overview.png (the map), identify.png (a planting area clicked),
// statistics.png (a zone selected in the statistics table), zone.png (Thạnh Trị
// found by search), export-layer.png (the layer export dialog), export.png (File ▸ Export),
// style.png (planting areas graduated by declared area, natural breaks), style-panel.png
// print-layout.png (a print layout, A4 landscape), print-dialog.png (File ▸ Export map…) and atlas-page.png (Thạnh Trị's atlas page).
#include <QApplication>
#include <algorithm>
#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QPainter>
#include <QTextStream>

#include "export_layer_dialog.h"
#include "language.h"
#include "main_window.h"
#include "screenshot_support.h"
#include "quality_panel.h"
#include "map_canvas.h"
#include "atlas.h"
#include "print_dialog.h"
#include "print_layout.h"
#include "statistics_model.h"
#include "style_panel.h"

using namespace vt::gui;
using screenshots::save;

int main(int argc, char** argv) {
    screenshots::useOffscreenPlatform();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    screenshots::Session session;
    if (int failed = screenshots::openSession(argc, argv, "vungtrong-screenshots", out, session)) return failed;
    MainWindow& window = *session.window;
    const Language& language = *session.language;
    const QDir& dir = session.dir;
    DocumentPtr doc = window.document();
    MapCanvas* canvas = window.canvas();
    canvas->zoomToFullExtent();
    canvas->waitForRender();
    bool ok = save(&window, dir.filePath(QStringLiteral("overview.png")), out);

    // Identify: the cooperative whose planting areas lie closest together;
    // zoom to them and click its first planting area.
    if (doc->statistics && doc->plantings >= 0 && doc->cooperatives >= 0) {
        const auto& plots = doc->layers[static_cast<std::size_t>(doc->plantings)];
        const auto& coops = doc->layers[static_cast<std::size_t>(doc->cooperatives)];
        const geo::CooperativeStatistics* best = nullptr;
        geo::Envelope bestExtent;
        for (const auto& c : doc->statistics->cooperatives) {
            if (c.plantingAreas.size() < 2) continue;
            geo::Envelope e = coops.envelopes[static_cast<std::size_t>(c.cooperative)];
            for (int p : c.plantingAreas) e.expand(plots.envelopes[static_cast<std::size_t>(p)]);
            if (!best || std::max(e.width(), e.height()) < std::max(bestExtent.width(), bestExtent.height())) {
                best = &c;
                bestExtent = e;
            }
        }
        if (best) {
            double pad = std::max(bestExtent.width(), bestExtent.height()) * 0.2;
            canvas->zoomToExtent({bestExtent.minX - pad, bestExtent.minY - pad, bestExtent.maxX + pad,
                                  bestExtent.maxY + pad});
            canvas->waitForRender();
            geo::XY p = plots.labelPoints[static_cast<std::size_t>(best->plantingAreas.front())];
            window.identifyAt(p.x, p.y);
            canvas->waitForRender();
        }
        ok = save(&window, dir.filePath(QStringLiteral("identify.png")), out) && ok;
    }

    // Statistics: sort by coverage, select the top zone.
    canvas->zoomToFullExtent();
    window.statisticsView()->sortByColumn(StatisticsModel::CoveragePct, Qt::DescendingOrder);
    window.statisticsView()->selectRow(0);
    if (auto* dock = window.findChild<QDockWidget*>(QStringLiteral("statisticsDock"))) {
        dock->raise();
        window.resizeDocks({dock}, {330}, Qt::Vertical);
    }
    canvas->waitForRender();
    ok = save(&window, dir.filePath(QStringLiteral("statistics.png")), out) && ok;

    // The same figures by the post-2025 units of the project's crosswalk.
    if (window.showCrosswalkUnits(true)) {
        ok = save(&window, dir.filePath(QStringLiteral("crosswalk.png")), out) && ok;
        window.showCrosswalkUnits(false);
    }

    // The planner's question: Thạnh Trị's hectares and who holds them (search "949").
    window.statisticsView()->sortByColumn(StatisticsModel::Code, Qt::AscendingOrder);
    if (window.searchFor(QStringLiteral("949"))) {
        canvas->waitForRender();
        ok = save(&window, dir.filePath(QStringLiteral("zone.png")), out) && ok;
    }

    // Data quality: the findings, and the declared-area defect chosen.
    if (auto* dock = window.qualityDock()) {
        dock->raise();
        window.resizeDocks({dock}, {280}, Qt::Vertical);
        QAbstractItemModel* m = window.qualityPanel()->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, QualityModel::Code).data().toString() == QStringLiteral("VN-STOR-0042"))
                window.qualityPanel()->view()->setCurrentIndex(m->index(r, QualityModel::Finding));
        canvas->waitForRender();
        ok = save(&window, dir.filePath(QStringLiteral("quality.png")), out) && ok;
        if (auto* stats = window.findChild<QDockWidget*>(QStringLiteral("statisticsDock"))) stats->raise();
    }

    // Cooperatives, by planted area: the largest chosen, its codes on the map.
    if (auto* dock = window.cooperativesDock()) {
        dock->raise();
        window.resizeDocks({dock}, {280}, Qt::Vertical);
        window.cooperativesView()->selectRow(0);
        canvas->waitForRender();
        ok = save(&window, dir.filePath(QStringLiteral("cooperatives.png")), out) && ok;
        if (auto* stats = window.findChild<QDockWidget*>(QStringLiteral("statisticsDock"))) stats->raise();
    }

    // File ▸ Export layer, with the cooperative's codes selected above.
    {
        ExportLayerDialog dialog(*doc, *window.selection(), "planting_areas", &window);
        dialog.show();
        ok = save(&dialog, dir.filePath(QStringLiteral("export-layer.png")), out) && ok;
    }

    // The map as File ▸ Export writes it (PNG here; PDF when a path is given).
    window.selection()->clear();
    canvas->zoomToFullExtent();
    ok = window.exportMap(dir.filePath(QStringLiteral("export.png"))) && ok;
    out << "wrote " << dir.filePath(QStringLiteral("export.png")) << "\n";
    {
        // A print layout (File ▸ Export map…): A4 landscape, grid in the project's metres.
        // The texts a user would type, in the page's language.
        const bool vi = language.current() == QStringLiteral("vi");
        PrintLayout layout;
        layout.subtitle = vi ? QStringLiteral("Vùng trồng xuất khẩu và tỷ lệ diện tích trồng theo huyện")
                             : QStringLiteral("Export planting areas and coverage by district");
        layout.author = vi ? QStringLiteral("Phòng Trồng trọt (dữ liệu mẫu)")
                           : QStringLiteral("Crop Production Office (demo data)");
        layout.pngDpi = 110;
        QString error, path = dir.filePath(QStringLiteral("print-layout.png"));
        bool written = writeLayoutPng(*doc, doc->fullExtent, canvas->renderSettings(), layout, path, &error);
        out << (written ? "wrote " : "FAILED ") << path << " " << error << "\n";
        ok = written && ok;
        // The Export map… dialog, here A4 portrait with a longitude/latitude grid.
        {
            PrintDialog dialog(doc, doc->fullExtent, canvas->renderSettings(), &window);
            PrintLayout portrait = layout;
            portrait.orientation = QPageLayout::Portrait;
            portrait.grid = MapGrid::LonLat;
            dialog.setLayout(portrait);
            dialog.resize(980, 640);
            dialog.show();
            dialog.updatePreview();
            ok = save(&dialog, dir.filePath(QStringLiteral("print-dialog.png")), out) && ok;
        }
        // An atlas page (File ▸ Export atlas): Thạnh Trị's, as `vungtrong-cli report` draws it.
        int page = -1;
        for (std::size_t i = 0; doc->statistics && i < doc->statistics->zones.size(); ++i)
            if (doc->statistics->zones[i].code == "949") page = static_cast<int>(i) + 1;
        if (page > 0) {
            const double dpi = 110;
            QImage image(QSize(qRound(mmToPx(210, dpi)), qRound(mmToPx(297, dpi))), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            drawAtlasPage(painter, dpi, *doc, canvas->renderSettings(), AtlasOptions{}, page);
            painter.end();
            path = dir.filePath(QStringLiteral("atlas-page.png"));
            written = image.save(path);
            out << (written ? "wrote " : "FAILED ") << path << "\n";
            ok = written && ok;
        }
    }
    if (argc > 4) {
        ok = window.exportMap(QString::fromLocal8Bit(argv[4])) && ok;
        out << "wrote " << argv[4] << "\n";
    }

    // Style: the planting areas graduated by their declared area (natural
    // breaks, 5 classes), seen around Thạnh Trị; and the style panel itself.
    if (doc->plantings >= 0) {
        const std::string plots = doc->layers[static_cast<std::size_t>(doc->plantings)].id;
        LayerStyle style = window.layerStyle(plots);
        style.mode = StyleMode::Graduated;
        style.field = QStringLiteral("dt_khai");
        style.method = geo::ClassMethod::NaturalBreaks;
        style.classes = 5;
        style.ramp = QStringLiteral("oranges");
        style.fill = QColor(0, 0, 0);
        style.stroke = QColor(0x30, 0x30, 0x30);
        style.strokeWidth = 0.6;
        window.setLayerStyle(plots, style);
        window.searchFor(QStringLiteral("949"));
        window.selection()->clear();
        window.canvas()->setLegendVisible(true);
        canvas->waitForRender();
        ok = save(&window, dir.filePath(QStringLiteral("style.png")), out) && ok;
        window.canvas()->setLegendVisible(false);
        StylePanel panel(window.document(), doc->plantings, window.layerStyle(plots), &window);
        panel.show();
        ok = save(&panel, dir.filePath(QStringLiteral("style-panel.png")), out) && ok;
    }
    return ok ? 0 : 1;
}
