#pragma once
// The project's raster backgrounds as the app holds them: each resolved to
// what geo/raster_view.h draws, with the reason when it cannot be drawn
// (shown to the user; one broken basemap never stops the project opening).
#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "geo/project.h"
#include "geo/raster_view.h"
#include "geo/source_reach.h"

namespace vt::gui {

struct Document;

struct BasemapLayer {
    geo::RasterSource source;
    geo::SourceReach reach;
    QString problem;  // "" = drawable
};

// Tile caches live under the user's cache folder (QStandardPaths::CacheLocation).
QString tileCacheRoot();

// Resolves and checks every basemap of the project. Never throws.
std::vector<BasemapLayer> prepareBasemaps(const geo::Project& project);

// GeoTIFF (COG), MBTiles: what "Add layer" adds as a basemap.
bool isRasterFile(const QString& path);

// An id for a new basemap, from base, not yet used by a layer or basemap.
std::string unusedBasemapId(const geo::Project& project, const std::string& base);

// A copy of doc with the project's basemaps replaced (and prepared): the
// vector layers and statistics are shared as they are.
std::shared_ptr<Document> withBasemaps(const Document& doc, std::vector<geo::BasemapSpec> basemaps);

}  // namespace vt::gui
