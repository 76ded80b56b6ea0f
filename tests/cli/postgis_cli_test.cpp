// Issue 14: the office's shared database. A real PostgreSQL + PostGIS
// cluster (pg_cluster.h, started once for this binary) holds the demo,
// loaded by ogr2ogr (GDAL's own translator, not our exporter); the CLI reads
// it through "postgis" layers and writes to it with --format postgis.
// Expected numbers come from the same CLI on the file project in the same
// test, or from GDAL reading back what was written.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "cli_run.h"
#include "pg_cluster.h"

namespace fs = std::filesystem;
using nlohmann::json;
using vt_test::CliRun;
using vt_test::runCli;
using vt_test::runShell;

namespace {

const std::string kDemo = std::string(VT_SOURCE_DIR) + "/data/demo";
const std::string kDemoProject = kDemo + "/soc-trang.vtproj";
constexpr const char* kDb = "vt_demo";
constexpr const char* kService = "vt_test";      // the cluster's superuser
constexpr const char* kReader = "vt_reader";     // a role that may only read
// The schema and table with a double quote and Vietnamese letters.
const std::string kOddSchema = "Vùng \"trồng\"";
const std::string kOddTable = "lô \"A\" đất";

vt_test::PgCluster* cluster = nullptr;
std::string workDir;

// The demo's layers: id → (file, layer inside it, extra ogr2ogr options).
struct DemoTable {
    const char* id;
    const char* file;
    const char* layer;
    const char* extra;
};
constexpr DemoTable kDemoTables[] = {
    {"province", "tinh.shp", "tinh", ""},
    {"districts", "huyen.shp", "huyen", ""},
    {"planting_areas", "vung_trong.gpkg", "vung_trong", ""},
    // htx.shp has no .prj: the file project guesses EPSG:9209 from its
    // province_crs (checked in CooperativesCrsIsTheGuess), so the table gets it.
    {"cooperatives", "htx.shp", "htx", "-a_srs EPSG:9209"},
    {"investments", "dau_tu.csv", "dau_tu", "-oo EMPTY_STRING_AS_NULL=YES"},
    {"fund_loans", "vay_von.csv", "vay_von", "-oo EMPTY_STRING_AS_NULL=YES"},
    {"coop_groups", "to_hop_tac.csv", "to_hop_tac", "-oo EMPTY_STRING_AS_NULL=YES"},
    {"unions", "lien_hiep.csv", "lien_hiep", "-oo EMPTY_STRING_AS_NULL=YES"},
};

class PgEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        cluster = new vt_test::PgCluster();
        cluster->start();
        if (!cluster->unavailable().empty()) return;
        workDir = cluster->socketDir() + "-work";
        fs::create_directories(workDir);
        auto must = [&](const CliRun& r, const std::string& what) {
            if (r.status != 0) setupError_ += what + ": " + r.err + r.out + "\n";
        };
        must(cluster->psql("postgres", std::string("CREATE DATABASE ") + kDb), "create database");
        must(cluster->psql(kDb, "CREATE EXTENSION postgis; CREATE SCHEMA demo; CREATE SCHEMA out; "
                                "CREATE SCHEMA \"Vùng \"\"trồng\"\"\""),
             "postgis");
        cluster->addService(kService, kDb, vt_test::PgCluster::kSuperuser);
        cluster->addService(kReader, kDb, kReader);
        for (const auto& t : kDemoTables)
            must(runShell(std::string("ogr2ogr -f PostgreSQL PG:service=") + kService + " '" + kDemo + "/" + t.file +
                          "' " + t.layer + " -nln demo." + t.layer + " -lco GEOMETRY_NAME=geom -preserve_fid " +
                          t.extra),
                 std::string("ogr2ogr ") + t.file);
        // The read-only role: it may connect and read the demo, nothing more.
        must(cluster->psql(kDb, std::string("CREATE ROLE ") + kReader +
                                    " LOGIN; GRANT USAGE ON SCHEMA demo TO " + kReader +
                                    "; GRANT SELECT ON ALL TABLES IN SCHEMA demo TO " + kReader +
                                    "; GRANT USAGE ON SCHEMA out TO " + kReader),
             "read-only role");
    }
    void TearDown() override {
        if (cluster) cluster->stop();
        if (!workDir.empty()) {
            std::error_code ec;
            fs::remove_all(workDir, ec);
        }
        delete cluster;
        cluster = nullptr;
    }
    static std::string setupError_;
};
std::string PgEnvironment::setupError_;

const auto* const kEnvironment = ::testing::AddGlobalTestEnvironment(new PgEnvironment);

#define REQUIRE_CLUSTER()                                                                  \
    do {                                                                                   \
        if (!cluster->unavailable().empty()) GTEST_SKIP() << cluster->unavailable();       \
        ASSERT_EQ(PgEnvironment::setupError_, "") << "loading the demo into PostGIS failed"; \
    } while (0)

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The demo project with every layer read from the cluster's demo schema
// (same ids, roles and fields), written to workDir/NAME.vtproj.
std::string pgProject(const std::string& name, const std::string& service) {
    json p = json::parse(slurp(kDemoProject));
    for (auto& l : p["layers"]) {
        std::string table;
        for (const auto& t : kDemoTables)
            if (l["id"] == t.id) table = std::string("demo.") + t.layer;
        l.erase("path");
        l.erase("layer");
        l["postgis"] = {{"service", service}, {"table", table}};
    }
    p["crosswalk"]["path"] = kDemo + "/" + p["crosswalk"]["path"].get<std::string>();
    const std::string path = workDir + "/" + name + ".vtproj";
    std::ofstream(path) << p.dump(2);
    return path;
}

std::string writeProject(const std::string& name, const json& p) {
    const std::string path = workDir + "/" + name + ".vtproj";
    std::ofstream(path) << p.dump(2);
    return path;
}

struct DatasetCloser {
    void operator()(void* d) const {
        if (d) GDALClose(d);
    }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

Dataset openPg(const std::string& service) {
    GDALAllRegister();
    const std::string name = "PG:service=" + service;
    return Dataset(GDALOpenEx(name.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

// One value of a one-row SQL result, through GDAL (an independent reader).
std::string sqlValue(void* ds, const std::string& sql) {
    OGRLayerH l = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
    if (!l) return "<no result>";
    std::string v;
    if (OGRFeatureH f = OGR_L_GetNextFeature(l)) {
        v = OGR_F_GetFieldAsString(f, 0);
        OGR_F_Destroy(f);
    }
    GDALDatasetReleaseResultSet(ds, l);
    return v;
}

json statsJson(const std::string& project, const std::string& extra = "") {
    CliRun r = runCli("stats '" + project + "' --format json " + extra);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? json::parse(r.out) : json::object();
}

// The area command's total for a source, in ha.
double areaTotal(const std::string& args) {
    CliRun r = runCli("area " + args + " --format json");
    EXPECT_EQ(r.status, 0) << r.err;
    if (r.status != 0) return -1;
    json j = json::parse(r.out);
    return j.at("total_ha").get<double>();
}

// The file project's statistics and the GeoPackage's area, computed once
// (each run reads the whole demo) and compared with in several tests.
const json& fileStats() {
    static const json stats = statsJson(kDemoProject);
    return stats;
}
double gpkgArea() {
    static const double ha = areaTotal("'" + kDemo + "/vung_trong.gpkg'");
    return ha;
}

// A project of the demo's districts only, read from `table` in the cluster.
std::string districtsProject(const std::string& name, const std::string& table) {
    json p = {{"name", name},
              {"layers", json::array({{{"id", "districts"},
                                       {"role", "zones"},
                                       {"postgis", {{"service", kService}, {"table", table}}},
                                       {"fields", {{"code", "ma_dvhc"}, {"name", "ten"}}}}})}};
    return writeProject(name, p);
}

}  // namespace

TEST(Postgis, DemoInPostgisGivesTheFileProjectsStatistics) {
    REQUIRE_CLUSTER();
    const json& fromFiles = fileStats();
    json fromPg = statsJson(pgProject("demo", kService));
    ASSERT_EQ(fromFiles["zones"].size(), 11u);
    // Every zone: zone, gross and net ha, coverage, codes, cooperatives,
    // members, OCOP, investment, declared ha, by crop and holders; then the total.
    EXPECT_EQ(fromPg["zones"], fromFiles["zones"]);
    EXPECT_EQ(fromPg["total"], fromFiles["total"]);
    EXPECT_EQ(fromPg["overlaps"], fromFiles["overlaps"]);
    EXPECT_EQ(fromPg["plantings"], fromFiles["plantings"]);
    EXPECT_EQ(fromPg["cooperatives"], fromFiles["cooperatives"]);
    // The design's facts hold for both: 94 codes, 216 cooperatives:
    // `ogrinfo -so data/demo/vung_trong.gpkg vung_trong` → "Feature Count: 94"; `ogrinfo -so -al data/demo/htx.shp` → "Feature Count: 216".
    EXPECT_EQ(fromPg["total"]["codes"], 94);
    EXPECT_EQ(fromPg["total"]["cooperatives"], 216);
    // --by another polygon layer of the project (the province boundary).
    json byFiles = statsJson(kDemoProject, "--by province");
    json byPg = statsJson(workDir + "/demo.vtproj", "--by province");
    ASSERT_EQ(byFiles["zones"].size(), 1u);
    EXPECT_EQ(byPg["zones"], byFiles["zones"]);
    EXPECT_EQ(byPg["total"], byFiles["total"]);
}

TEST(Postgis, CooperativesCrsIsTheGuess) {
    REQUIRE_CLUSTER();
    // The table got EPSG:9209 because that is what the file project guesses
    // for htx.shp from its province_crs (the same hint as --province-crs).
    const std::string provinceCrs = json::parse(slurp(kDemoProject))["province_crs"];
    CliRun r = runCli("info '" + kDemo + "/htx.shp' --province-crs " + provinceCrs);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(provinceCrs, "EPSG:9209");
    EXPECT_NE(r.out.find("(EPSG:9209) — INFERRED"), std::string::npos) << r.out;
}

TEST(Postgis, InfoAreaValidateAndExportOnPostgisLayers) {
    REQUIRE_CLUSTER();
    const std::string project = pgProject("demo-info", kService);
    CliRun info = runCli("info '" + project + "'");
    ASSERT_EQ(info.status, 0) << info.err;
    EXPECT_NE(info.out.find("features:  94 (94 polygon)"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("VN-2000 / TM-3 105-30 (EPSG:9209)"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("a PostgreSQL database"), std::string::npos) << info.out;

    // area on a table named on the command line, against the GeoPackage it came from.
    const double fromFile = gpkgArea();
    const double fromPg = areaTotal(std::string("PG:service=") + kService + " --layer demo.vung_trong");
    EXPECT_NEAR(fromFile, 584.17, 0.005);  // 584.17 ha = `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` (OGR + GeographicLib's Planimeter): "total 584.170147"
    EXPECT_DOUBLE_EQ(fromPg, fromFile);

    // validate: the file project's findings, less the CRS guess (the table has its SRID).
    CliRun vf = runCli("validate '" + kDemoProject + "' --format csv");
    CliRun vp = runCli("validate '" + project + "' --format csv");
    EXPECT_EQ(vf.status, 3);
    EXPECT_EQ(vp.status, 3) << vp.err;
    auto kinds = [](const std::string& csv) {
        std::multiset<std::string> out;
        std::istringstream in(csv);
        std::string line;
        std::getline(in, line);  // header
        while (std::getline(in, line)) {
            auto a = line.find(','), b = line.find(',', a + 1);
            if (a != std::string::npos && b != std::string::npos) out.insert(line.substr(a + 1, b - a - 1));
        }
        return out;
    };
    auto fileKinds = kinds(vf.out);
    fileKinds.erase("crs_guess");
    EXPECT_EQ(kinds(vp.out), fileKinds) << vp.out;
    EXPECT_EQ(fileKinds.count("unlinked_investment"), 1u);

    // export from a PostGIS layer to a file, read back by GDAL.
    const std::string out = workDir + "/from-pg.gpkg";
    CliRun ex = runCli("export '" + project + "' --layer planting_areas --format gpkg --out '" + out + "'");
    ASSERT_EQ(ex.status, 0) << ex.err;
    GDALAllRegister();
    Dataset ds(GDALOpenEx(out.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    ASSERT_TRUE(ds);
    EXPECT_EQ(OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds.get(), 0), 1), 94);
}

TEST(Postgis, ExportKeepsVn2000SridRefusesExistingTableAndIndexes) {
    REQUIRE_CLUSTER();
    const std::string target = std::string("--format postgis --out PG:service=") + kService + " --table out.huyen";
    const std::string districts = "'" + kDemo + "/huyen.shp' ";
    CliRun first = runCli("export " + districts + target);
    ASSERT_EQ(first.status, 0) << first.err;
    EXPECT_NE(first.out.find("wrote 11 features"), std::string::npos) << first.out;

    Dataset ds = openPg(kService);
    ASSERT_TRUE(ds);
    OGRLayerH l = GDALDatasetGetLayerByName(ds.get(), "out.huyen");
    ASSERT_TRUE(l);
    EXPECT_EQ(OGR_L_GetFeatureCount(l, 1), 11);
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(l);
    ASSERT_TRUE(srs);
    EXPECT_STREQ(OSRGetAuthorityCode(srs, nullptr), "9209");
    // The column's SRID itself, not a custom number with EPSG as authority.
    EXPECT_EQ(sqlValue(ds.get(), "SELECT DISTINCT ST_SRID(geom) FROM out.huyen"), "9209");
    EXPECT_EQ(sqlValue(ds.get(), "SELECT Find_SRID('out', 'huyen', 'geom')"), "9209");
    EXPECT_EQ(sqlValue(ds.get(), "SELECT count(*) FROM pg_indexes WHERE schemaname = 'out' AND tablename = 'huyen' "
                                 "AND indexdef LIKE '%USING gist%'"),
              "1");
    // The same coordinates as the shapefile: the zones' areas agree to the bit.
    EXPECT_DOUBLE_EQ(areaTotal(std::string("PG:service=") + kService + " --layer out.huyen"),
                     areaTotal("'" + kDemo + "/huyen.shp'"));
    ds.reset();

    CliRun again = runCli("export " + districts + target);
    EXPECT_EQ(again.status, 1);
    EXPECT_NE(again.err.find("already exists; pass --overwrite"), std::string::npos) << again.err;

    // --overwrite replaces it in one transaction: the zones now hold the planting areas' rows.
    CliRun over = runCli("export '" + kDemo + "/vung_trong.gpkg' " + target + " --overwrite");
    ASSERT_EQ(over.status, 0) << over.err;
    ds = openPg(kService);
    EXPECT_EQ(sqlValue(ds.get(), "SELECT count(*) FROM out.huyen"), "94");

    // A source of the open project is never overwritten, --overwrite or not.
    CliRun self = runCli("export '" + districtsProject("self", "demo.huyen") + "' --layer districts --format postgis --out " +
                         "PG:service=" + kService + " --table demo.huyen --overwrite");
    EXPECT_EQ(self.status, 1);
    EXPECT_NE(self.err.find("source of the open project"), std::string::npos) << self.err;
    EXPECT_EQ(sqlValue(ds.get(), "SELECT count(*) FROM demo.huyen"), "11");
}

TEST(Postgis, ReadOnlyRoleReadsButCannotExport) {
    REQUIRE_CLUSTER();
    json fromReader = statsJson(pgProject("reader", kReader));
    EXPECT_EQ(fromReader["total"], fileStats()["total"]);
    CliRun ex = runCli("export '" + kDemo + "/huyen.shp' --format postgis --out PG:service=" +
                       kReader + " --table out.reader_try");
    EXPECT_EQ(ex.status, 1);
    EXPECT_NE(ex.err.find("may not create tables in the schema \"out\""), std::string::npos) << ex.err;
    EXPECT_NE(ex.err.find("vt_reader"), std::string::npos) << ex.err;
    // An SQL layer cannot write either: the reading connection is read-only.
    json p = json::parse(slurp(kDemoProject));
    p["layers"] = json::array({{{"id", "districts"},
                                {"role", "zones"},
                                {"postgis", {{"service", kService}, {"sql", "DELETE FROM demo.huyen RETURNING *"}}},
                                {"fields", {{"code", "ma_dvhc"}, {"name", "ten"}}}}});
    p.erase("crosswalk");
    CliRun del = runCli("info '" + writeProject("delete", p) + "'");
    EXPECT_NE((del.out + del.err).find("read-only transaction"), std::string::npos) << del.out << del.err;
    Dataset ds = openPg(kService);
    EXPECT_EQ(sqlValue(ds.get(), "SELECT count(*) FROM demo.huyen"), "11");
}

TEST(Postgis, SchemaAndTableWithQuotesAndVietnameseLetters) {
    REQUIRE_CLUSTER();
    auto quoted = [](const std::string& s) {
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    const std::string table = quoted(kOddSchema) + "." + quoted(kOddTable);
    CliRun ex = runCli("export '" + kDemo + "/vung_trong.gpkg' --format postgis --out PG:service=" + kService +
                       " --table " + vt_test::PgCluster::shellQuote(table));
    ASSERT_EQ(ex.status, 0) << ex.err;
    // The catalogue has the names exactly.
    CliRun names = cluster->psql(kDb, "COPY (SELECT n.nspname || '|' || c.relname FROM pg_class c JOIN pg_namespace n "
                                      "ON n.oid = c.relnamespace WHERE c.relname LIKE 'lô%' AND c.relkind = 'r') TO STDOUT");
    EXPECT_EQ(names.out, kOddSchema + "|" + kOddTable + "\n");
    // Read back as a project layer: the same 584.17 ha as the GeoPackage.
    json p = {{"name", "odd"},
              {"layers", json::array({{{"id", "plots"},
                                       {"role", "planting_areas"},
                                       {"postgis", {{"service", kService}, {"table", table}}},
                                       {"fields", {{"code", "ma_vung"}}}}})}};
    CliRun info = runCli("info '" + writeProject("odd", p) + "'");
    ASSERT_EQ(info.status, 0) << info.err;
    EXPECT_NE(info.out.find("features:  94"), std::string::npos) << info.out;
    EXPECT_DOUBLE_EQ(areaTotal(std::string("PG:service=") + kService + " --layer " + vt_test::PgCluster::shellQuote(table)),
                     gpkgArea());
}

TEST(Postgis, PasswordsAreRefusedAndNeverEchoed) {
    REQUIRE_CLUSTER();
    const std::string secret = "s3cr3t-Zq9vT";
    json p = {{"name", "pw"},
              {"layers", json::array({{{"id", "districts"},
                                       {"role", "zones"},
                                       {"postgis", {{"service", kService}, {"password", secret}, {"table", "demo.huyen"}}},
                                       {"fields", {{"code", "ma_dvhc"}, {"name", "ten"}}}}})}};
    const std::string keyed = writeProject("pw-key", p);
    p["layers"][0].erase("postgis");
    p["layers"][0]["path"] = std::string("PG:service=") + kService + " password=" + secret;
    p["layers"][0]["layer"] = "demo.huyen";
    const std::string inPath = writeProject("pw-path", p);
    for (const auto& [project, command] : {std::pair<std::string, const char*>{keyed, "info"}, {keyed, "stats"},
                                           {inPath, "validate"}}) {
        CliRun r = runCli(std::string(command) + " '" + project + "'");
        EXPECT_NE(r.status, 0) << command << " " << project;
        EXPECT_NE(r.err.find(".pgpass"), std::string::npos) << r.err;
        EXPECT_EQ((r.out + r.err).find(secret), std::string::npos) << command << ": " << r.out << r.err;
    }
    CliRun ex = runCli("export '" + kDemo + "/huyen.shp' --format postgis --out " +
                       vt_test::PgCluster::shellQuote(std::string("PG:service=") + kService + " password=" + secret) +
                       " --table out.pw");
    EXPECT_EQ(ex.status, 1);
    EXPECT_NE(ex.err.find(".pgpass"), std::string::npos) << ex.err;
    EXPECT_EQ((ex.out + ex.err).find(secret), std::string::npos) << ex.err;
    // A project saved by VungTrong never holds one either: nothing to save.
    EXPECT_EQ(slurp(pgProject("saved", kService)).find("password"), std::string::npos);
}
