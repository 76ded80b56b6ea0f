#pragma once
// The atlas: one PDF with a cover page (the province's totals and the list of
// zones) and one page per zone of the document's zones layer: the map zoomed
// to the zone (the others dimmed), its statistics row (geo's
// ZoneStatistics), the cooperatives holding its planting areas, and the
// data-quality findings inside it. Every text in the interface language (tr()).
// Used by File ▸ Export atlas… and `vungtrong-cli report`.
#include <QPageLayout>
#include <QString>
#include <functional>
#include <vector>

#include "document.h"
#include "map_renderer.h"
#include "print_layout.h"

namespace vt::gui {

struct AtlasOptions {
    QString title;   // empty = the project's name
    QString date;    // empty = today
    Paper paper = Paper::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    int dpi = 150;   // PDF resolution: the maps' rasters (backgrounds) are drawn at it
};

// 1 (the cover) + the number of zones with statistics.
int atlasPageCount(const Document& doc);

// The findings of the document's quality report that lie in a zone (feature
// index of the zones layer): on the zone itself, on a planting area with a
// share in it (or whose point is in it), on a cooperative in it, or on an
// investment of such a cooperative. Findings on a whole layer are in none.
std::vector<const geo::Finding*> findingsInZone(const Document& doc, int zoneFeature);

// page 0 is the cover; page i ≥ 1 the zone doc.statistics->zones[i - 1].
// The device's (0,0) is the page's top-left, at dpi.
void drawAtlasPage(QPainter& painter, double dpi, const Document& doc, const RenderSettings& settings,
                   const AtlasOptions& options, int page);

// Calls progress(pagesDone, pageCount) before each page and once at the end;
// returning false cancels (nothing is written, *cancelled set). The file is
// written atomically, never over an open project's source. Requires
// statistics (doc.statistics); false with *error otherwise.
bool writeAtlasPdf(const Document& doc, const RenderSettings& settings, const AtlasOptions& options,
                   const QString& path, const std::function<bool(int, int)>& progress, QString* error,
                   bool* cancelled = nullptr);

}  // namespace vt::gui
