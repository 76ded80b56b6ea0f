#include "basemap_layers.h"

#include <QFileInfo>
#include <QStandardPaths>

#include "document.h"
#include "geo/basemap.h"
#include "geo/error.h"

namespace vt::gui {

QString tileCacheRoot() { return QStandardPaths::writableLocation(QStandardPaths::CacheLocation); }

std::vector<BasemapLayer> prepareBasemaps(const geo::Project& project) {
    std::vector<BasemapLayer> out;
    const std::string cacheRoot = toStd(tileCacheRoot());
    for (const auto& spec : project.basemaps) {
        BasemapLayer b;
        b.source.id = spec.id;
        b.source.name = spec.name.empty() ? spec.id : spec.name;
        b.source.attribution = spec.attribution;
        try {
            b.source = geo::basemapSource(project, spec, cacheRoot);
            b.reach = geo::basemapReach(project, b.source);
            geo::checkRasterSource(b.source, &b.reach);
        } catch (const geo::Error& e) {
            b.problem = toQString(e.what());
        }
        out.push_back(std::move(b));
    }
    return out;
}

bool isRasterFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("tif") || suffix == QLatin1String("tiff") || suffix == QLatin1String("mbtiles");
}

std::string unusedBasemapId(const geo::Project& project, const std::string& base) {
    auto used = [&](const std::string& id) {
        if (project.findLayer(id)) return true;
        for (const auto& b : project.basemaps)
            if (b.id == id) return true;
        return false;
    };
    std::string id = base.empty() ? std::string("basemap") : base;
    for (int n = 2; used(id); ++n) id = (base.empty() ? std::string("basemap") : base) + "_" + std::to_string(n);
    return id;
}

std::shared_ptr<Document> withBasemaps(const Document& doc, std::vector<geo::BasemapSpec> basemaps) {
    auto updated = std::make_shared<Document>(doc);
    updated->workspace.project.basemaps = std::move(basemaps);
    updated->basemaps = prepareBasemaps(updated->workspace.project);
    return updated;
}

}  // namespace vt::gui
