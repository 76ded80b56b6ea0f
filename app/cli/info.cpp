// vungtrong-cli info: what a project or file holds.
#include <optional>
#include <ostream>

#include "command_line.h"
#include "format.h"
#include "geo/area.h"
#include "geo/basemap.h"
#include "geo/crs.h"
#include "geo/error.h"
#include "geo/postgis.h"
#include "geo/project.h"
#include "geo/source.h"
#include "geo/source_path.h"
#include "input.h"

namespace cli {
namespace {

const char* typeName(geo::FieldType t) {
    switch (t) {
        case geo::FieldType::Integer: return "integer";
        case geo::FieldType::Real: return "real";
        case geo::FieldType::Date: return "date";
        case geo::FieldType::String: return "text";
    }
    return "?";
}

// MapInfo's "CoordSys NonEarth" and other engineering CRS: the axis unit, or
// nullopt for a CRS on Earth (or one PROJ cannot read: normalising says why).
std::optional<std::string> planarUnitOf(const geo::CrsInfo& crs) {
    try {
        return geo::nonEarthUnit(crs);
    } catch (const geo::Error&) {
        return std::nullopt;
    }
}

std::string geometrySummary(const geo::Layer& layer) {
    if (layer.features.empty()) return "empty layer";
    std::size_t counts[4] = {0, 0, 0, 0};
    for (const auto& f : layer.features) ++counts[static_cast<int>(f.geometry.kind)];
    std::string out;
    for (auto k : {geo::GeometryKind::Polygon, geo::GeometryKind::LineString, geo::GeometryKind::Point,
                   geo::GeometryKind::None})
        if (counts[static_cast<int>(k)])
            out += (out.empty() ? "" : ", ") + std::to_string(counts[static_cast<int>(k)]) + " " + geo::toString(k);
    return out;
}

// projectFile: the project the layer belongs to ("" for a file given alone).
// notOnEarth: why the layer could not be taken to WGS 84 ("" when it was).
void describe(const geo::LoadedLayer& l, std::ostream& out, const std::string& projectFile = "",
              const std::string& notOnEarth = "") {
    const geo::Layer& src = l.source;
    out << "Layer " << (l.spec.id.empty() ? src.name : l.spec.id);
    if (l.spec.role != geo::LayerRole::Table || !l.spec.title.empty())
        out << " (" << geo::toString(l.spec.role) << (l.spec.title.empty() ? "" : ": " + l.spec.title) << ")";
    out << "\n  source:    " << src.label() << "\n";
    // Files the project names outside its folder travel separately: say so.
    if (!projectFile.empty()) {
        geo::SourceLocation where = geo::sourceLocation(projectFile, l.spec.path);
        if (geo::isPgName(l.spec.path))
            out << "  location:  a PostgreSQL database (" << l.spec.path << ", "
                << (l.spec.sql.empty() ? "table " + l.spec.layerName : "SQL query") << ")\n";
        else if (where != geo::SourceLocation::InsideProject)
            out << "  location:  " << geo::describeLocation(where) << " (" << l.spec.path << ")\n";
    }
    out << "  features:  " << src.features.size() << " (" << geometrySummary(src) << ")\n";
    const std::optional<std::string> planarUnit = planarUnitOf(src.crs);
    if (planarUnit) {
        out << "  CRS:       non-earth (planar, " << *planarUnit << "): " << src.crs.name << "\n";
        out << "  to WGS 84: none: a non-earth CRS places nothing on Earth, so nothing in it has a geodesic area; "
               "give the real CRS with --crs (\"crs\" in a project) if the coordinates are on Earth\n";
    } else if (src.crs.isKnown()) {
        out << "  CRS:       " << src.crs.name;
        if (!src.crs.authorityCode.empty()) out << " (" << src.crs.authorityCode << ")";
        if (src.crs.inferred) out << " — INFERRED: " << src.crs.inferenceReason;
        out << "\n";
        // The other CRS the coordinates fit, and how far each would move them.
        for (const auto& a : src.crs.alternatives)
            out << "  or:        " << a.name << " (" << a.authorityCode << ")"
                << (a.note.empty() ? "" : ", the TM-3 zone of " + a.note) << ": " << fixed(a.shiftMetres, 1)
                << " m from the guess\n";
        if (!l.transformation.empty())
            out << "  to WGS 84: " << l.transformation
                << (l.transformationAccuracyMetres >= 0 ? ", accuracy " + fixed(l.transformationAccuracyMetres, 1) + " m" : "")
                << "\n";
    } else if (!src.extent().isNull()) {
        out << "  CRS:       none: the file declares none and its coordinates fit no CRS VungTrong can guess; "
               "give it with --crs (\"crs\" in a project)\n";
    } else {
        out << "  CRS:       none (no geometry)\n";
    }
    if (!notOnEarth.empty() && !planarUnit) out << "  to WGS 84: not possible: " << notOnEarth << "\n";
    if (geo::Envelope e = src.extent(); !e.isNull()) {
        int d = src.crs.isGeographic ? 6 : 1;
        out << "  extent:    " << fixed(e.minX, d) << ", " << fixed(e.minY, d) << " – " << fixed(e.maxX, d) << ", "
            << fixed(e.maxY, d) << "\n";
    }
    out << "  encoding:  " << src.encoding << "\n";
    out << "  fields:   ";
    for (std::size_t i = 0; i < src.fields.size(); ++i)
        out << (i ? ", " : " ") << src.fields[i].name << " (" << typeName(src.fields[i].type) << ")";
    out << "\n";
    if (!l.repairs.empty()) out << "  repaired:  " << l.repairs.size() << " invalid geometries (see validate)\n";
    for (const auto& w : src.warnings) out << "  warning:   " << w.text << "\n";
}

int runInfo(const Arguments& args, std::ostream& out) {
    const std::string& path = args.positional[0];
    if (looksLikeProject(path)) {
        geo::Project project = loadProjectArgument(path, args);
        geo::Workspace ws = geo::loadWorkspace(project);
        out << "Project " << project.name << "\n  file: " << project.filePath << "\n";
        if (!project.province.empty()) out << "  province: " << project.province << "\n";
        if (!project.provinceCrs.empty()) out << "  province CRS: " << project.provinceCrs << "\n";
        out << "\n";
        for (const auto& l : ws.layers) {
            describe(l, out, project.filePath);
            out << "\n";
        }
        // Raster backgrounds: where each is and whether it can be drawn (a
        // broken one is a warning: the statistics do not depend on it).
        for (const auto& spec : project.basemaps) {
            out << "Basemap " << spec.id << (spec.name.empty() ? "" : " (" + spec.name + ")") << "\n";
            out << "  source:      " << (spec.path.empty() ? spec.url + " (XYZ tiles)" : spec.path) << "\n";
            if (!spec.attribution.empty()) out << "  attribution: " << spec.attribution << "\n";
            try {
                geo::RasterSource source = geo::basemapSource(project, spec, "");
                geo::SourceReach reach = geo::basemapReach(project, source);
                geo::checkRasterSource(source, &reach);
                out << "  drawable:    yes" << (source.isTiles() ? " (tiles are fetched when the map shows them)" : "")
                    << "\n\n";
            } catch (const geo::Error& e) {
                out << "  warning:     " << e.what() << "\n\n";
            }
        }
        int errors = 0;
        for (const auto& issue : ws.issues)
            if (issue.severity == geo::LoadIssue::Severity::Error) {
                out << "ERROR in layer " << issue.layerId << ": " << issue.message << "\n";
                ++errors;
            }
        return errors ? Failure : Success;
    }
    std::vector<std::string> names = args.has("--layer") ? std::vector<std::string>{args.get("--layer")}
                                                          : geo::listLayers(path);
    // Any file GDAL reads is described, even one that cannot be measured: no
    // CRS, a non-earth CRS, coordinates off the Earth, an empty layer.
    for (std::size_t i = 0; i < names.size(); ++i) {
        Arguments one = args;
        one.options["--layer"] = names[i];
        geo::LoadedLayer l;
        l.source = readSingleFile(path, one, /*allowEmpty=*/true);
        l.spec.id = l.source.name;
        l.spec.path = path;
        std::string notOnEarth;
        try {
            l = geo::normalise(l.spec, l.source);
        } catch (const geo::Error& e) {
            notOnEarth = e.what();
        }
        if (i) out << "\n";
        describe(l, out, "", notOnEarth);
    }
    return Success;
}

}  // namespace

CommandSpec infoCommand() {
    return {"info", "PROJECT|FILE", "layers, feature counts, CRS (and whether inferred), extent, fields",
            [] {
                std::vector<OptionSpec> options = singleFileOptions();
                options.push_back(allowNetworkOption());
                return options;
            }(),
            1, 1, runInfo};
}

}  // namespace cli
