// A layer into a PostGIS table through GDAL's PostgreSQL driver, in one
// transaction; the catalogue questions (may this role write there, does the
// table exist, is the SRID known) asked first through libpq with bound
// parameters, and what was written read back before success is reported.
#include <algorithm>
#include <set>

#include "export_detail.h"
#include "gdal_util.h"
#include "geo/error.h"
#include "geo/postgis.h"

namespace geo::detail {

namespace {

struct Target {
    PgConnection connection;
    PgTableName table;
    std::string label;  // "schema.table in PG:service='x'", for messages
};

Target targetOf(const ExportOptions& options) {
    Target t;
    t.connection = parsePgConnection(options.outputPath, "export to PostGIS");
    t.table = parsePgTableName(options.postgisTable, "export to PostGIS");
    t.label = "table " + t.table.display() + " in " + t.connection.gdalName();
    return t;
}

[[noreturn]] void refuse(const Target& t, const std::string& why) {
    throw IoError("cannot write " + t.label + ": " + why);
}

// Before anything is written: the connection may write, the schema exists
// and takes new tables from this role, and an existing table is replaced
// only when asked.
void checkWritable(PgSession& session, const Target& t, bool overwrite) {
    auto rows = session.query("SELECT current_user, current_setting('transaction_read_only')");
    const std::string role = rows.at(0).at(0);
    if (rows.at(0).at(1) == "on")
        refuse(t, "the connection is read-only (default_transaction_read_only is on for role '" + role +
                      "', or the server is a standby); ask the database administrator for a connection that may write");
    rows = session.query(
        "SELECT has_schema_privilege(n.oid, 'CREATE') FROM pg_catalog.pg_namespace n WHERE n.nspname = $1",
        {t.table.schema});
    if (rows.empty())
        refuse(t, "the schema " + quotePgIdentifier(t.table.schema) + " does not exist; create it (CREATE SCHEMA) or "
                  "name another");
    if (rows[0][0] != "t")
        refuse(t, "the role '" + role + "' may not create tables in the schema " + quotePgIdentifier(t.table.schema) +
                      " (it has no CREATE privilege there: a read-only role?); ask the database administrator, or "
                      "export to a file");
    rows = session.query(
        "SELECT c.relkind FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = $1 AND c.relname = $2",
        {t.table.schema, t.table.table});
    if (!rows.empty() && !overwrite)
        refuse(t, "it already exists; pass --overwrite (the app: Replace) to replace it, or name another table");
    if (!rows.empty() && rows[0][0] != "r" && rows[0][0] != "p")
        refuse(t, "it exists and is not a table (a view or another relation), so it is not replaced");
}

// PostGIS's spatial_ref_sys may lack a recent EPSG code (VN-2000 / TM-3
// zones, EPSG:9205–9218, are missing from PostGIS 3.3's): it is added under
// its own code, so that the column's SRID is the EPSG code. A role that may
// not add it gets GDAL's own SRID for the CRS (its authority still EPSG),
// and a note says so. Returns the SRID to force ("" = GDAL's choice): GDAL
// would otherwise take the first row whose authority is the code, which may
// be a custom SRID an earlier ogr2ogr added (900914 for EPSG:9209).
std::string ensureSrid(PgSession& session, const Target& t, const CrsInfo& crs, ExportReport& report) {
    const std::string& code = crs.authorityCode;
    if (code.rfind("EPSG:", 0) != 0) return {};
    const std::string number = code.substr(5);
    if (number.empty() || !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    auto known = session.query("SELECT auth_name, auth_srid FROM spatial_ref_sys WHERE srid = $1::integer", {number});
    if (!known.empty()) return known[0][0] == "EPSG" && known[0][1] == number ? number : std::string();
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    if (!srs || OSRSetFromUserInput(srs.get(), code.c_str()) != OGRERR_NONE) return {};  // GDAL writes it its own way
    char* wkt = nullptr;
    char* proj4 = nullptr;
    const bool ok = OSRExportToWkt(srs.get(), &wkt) == OGRERR_NONE && OSRExportToProj4(srs.get(), &proj4) == OGRERR_NONE;
    const std::string wktText = wkt ? wkt : "", proj4Text = proj4 ? proj4 : "";
    CPLFree(wkt);
    CPLFree(proj4);
    if (!ok) return {};
    try {
        session.execute(
            "INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) "
            "VALUES ($1::integer, 'EPSG', $1::integer, $2, $3)",
            {number, wktText, proj4Text});
        report.notes.push_back("added " + code + " (" + crs.name + ") to the database's spatial_ref_sys, which lacked it");
        return number;
    } catch (const IoError&) {
        report.notes.push_back("the database's spatial_ref_sys lacks " + code + " and this role may not add it: " +
                               t.table.display() + " gets GDAL's own SRID for it (authority EPSG " + number +
                               "); a database administrator can add SRID " + number);
        return {};
    }
}

// Whether spatial_ref_sys holds other SRIDs with the authority code `srid`.
bool sridHasTwins(PgSession& session, const std::string& srid) {
    return !session
                .query("SELECT 1 FROM spatial_ref_sys WHERE auth_name = 'EPSG' AND auth_srid = $1::integer AND srid <> "
                       "$1::integer",
                       {srid})
                .empty();
}

// What the server holds after the commit: every row, the SRID, the index.
void readBack(PgSession& session, const Target& t, const ExportTable& table, ExportReport& report) {
    auto rows = session.query("SELECT count(*) FROM " + t.table.quoted());
    if (rows.at(0).at(0) != std::to_string(table.features.size()))
        refuse(t, "read back, it holds " + rows[0][0] + " row(s) of " + std::to_string(table.features.size()) +
                      " written");
    if (!table.hasGeometry()) return;
    rows = session.query(
        "SELECT g.srid, s.auth_name, s.auth_srid FROM geometry_columns g "
        "LEFT JOIN spatial_ref_sys s ON s.srid = g.srid WHERE g.f_table_schema = $1 AND g.f_table_name = $2",
        {t.table.schema, t.table.table});
    if (rows.empty()) refuse(t, "read back, it has no geometry column registered in geometry_columns");
    report.notes.push_back("SRID " + rows[0][0] +
                           (rows[0][1].empty() ? std::string() : " (" + rows[0][1] + ":" + rows[0][2] + ")"));
    rows = session.query(
        "SELECT count(*) FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
        "JOIN pg_catalog.pg_am a ON a.oid = ic.relam WHERE n.nspname = $1 AND c.relname = $2 AND a.amname = 'gist'",
        {t.table.schema, t.table.table});
    if (rows.at(0).at(0) == "0") refuse(t, "read back, it has no spatial (GiST) index");
}

}  // namespace

void refusePostgisSource(const ExportOptions& options, const std::vector<std::pair<std::string, std::string>>& sources) {
    const Target t = targetOf(options);
    for (const auto& [connection, table] : sources) {
        PgConnection c;
        PgTableName name;
        try {
            c = parsePgConnection(connection, "source");
            name = parsePgTableName(table, "source");
        } catch (const Error&) {
            continue;  // not a table this export could reach
        }
        // The same server and database, named alike: a different spelling of
        // one server (host name vs address) is not recognised here.
        if (c.conninfo() == t.connection.conninfo() && name.schema == t.table.schema && name.table == t.table.table)
            throw IoError("cannot write " + t.label + ": it is a source of the open project, which an export never "
                          "overwrites; name another table");
    }
}

void writePostgis(const std::vector<ExportTable>& tables, const ExportOptions& options, const ProgressFn& progress,
                  ExportReport& report) {
    registerGdalOnce();
    if (tables.size() != 1) throw Error("export: PostGIS takes one layer per table; export the layers one by one");
    const ExportTable& table = tables[0];
    const Target t = targetOf(options);
    report.path = t.table.display() + " in " + t.connection.gdalName();

    PgSession session(t.connection);
    checkWritable(session, t, options.overwrite);
    const std::string srid = table.hasGeometry() ? ensureSrid(session, t, table.crs, report) : std::string();

    GDALDriverH driver = GDALGetDriverByName("PostgreSQL");
    if (!driver) throw IoError("cannot write " + t.label + ": GDAL has no PostgreSQL driver");
    ProgressTicker ticker(progress, table.features.size(), "writing postgis");
    {
        GdalErrorCapture errors;
        // COPY instead of one INSERT a row (GDAL's default for new tables, made explicit).
        CPLSetThreadLocalConfigOption("PG_USE_COPY", "YES");
        const char* drivers[] = {"PostgreSQL", nullptr};
        DatasetPtr ds(GDALOpenEx(t.connection.gdalName().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr,
                                 nullptr));
        if (!ds) refuse(t, errors.last().empty() ? "GDAL's PostgreSQL driver cannot connect" : errors.last());
        if (GDALDatasetStartTransaction(ds.get(), FALSE) != OGRERR_NONE)
            refuse(t, "cannot start a transaction: " + (errors.last().empty() ? "no reason given" : errors.last()));
        std::size_t done = 0;
        std::vector<std::pair<std::string, std::string>> layerOptions = {
            {"SCHEMA", t.table.schema},
            {"OVERWRITE", options.overwrite ? "YES" : "NO"},
            {"GEOMETRY_NAME", "geom"},
            {"FID", "fid"},
            {"LAUNDER", "NO"},           // field names as the layer has them, quoted
            {"PRECISION", "NO"},         // float8 and bigint, not numeric(w,p)
            {"SPATIAL_INDEX", "GIST"},
            {"DESCRIPTION", table.name}};
        layerOptions.emplace_back("EXTRACT_SCHEMA_FROM_LAYER_NAME", "NO");  // a dot in the table name is part of it
        layerOptions.emplace_back("FID64", "YES");
        try {
            writeTable(ds.get(), table, options, t.table.table, ticker, done, report, layerOptions);
            // GDAL takes the first spatial_ref_sys row whose authority is the
            // code, which may be a custom SRID an earlier ogr2ogr added (900914
            // for EPSG:9209): the column gets the code itself, in the same
            // transaction. Identifiers quoted; the SRID is digits checked above.
            if (!srid.empty() && sridHasTwins(session, srid)) {
                const std::string column = quotePgIdentifier("geom");
                const std::string sql = "ALTER TABLE " + t.table.quoted() + " ALTER COLUMN " + column +
                                        " TYPE geometry(" + postgisGeometryType(table) + ", " + srid +
                                        ") USING ST_SetSRID(" + column + ", " + srid + ")";
                CPLErrorReset();
                OGRLayerH result = GDALDatasetExecuteSQL(ds.get(), sql.c_str(), nullptr, nullptr);
                if (result) GDALDatasetReleaseResultSet(ds.get(), result);
                if (CPLGetLastErrorType() == CE_Failure)
                    refuse(t, "cannot set its SRID to " + srid + ": " + errors.last());
            }
        } catch (...) {
            GDALDatasetRollbackTransaction(ds.get());  // nothing of it stays; the error says why
            throw;
        }
        if (GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
            refuse(t, "the transaction did not commit, nothing was written: " +
                          (errors.last().empty() ? "no reason given" : errors.last()));
        CPLErrorReset();
        ds.reset();
        if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
            refuse(t, "closing the connection failed: " + errors.last());
    }
    readBack(session, t, table, report);
    report.featuresWritten = table.features.size();
}

}  // namespace geo::detail
