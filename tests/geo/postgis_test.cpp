// PostGIS names without a server: connections (no password, ever), table
// names with quotes and dots, the project's "postgis" key and its round
// trip. The server itself is tested in tests/cli/postgis_cli_test.cpp.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "geo/error.h"
#include "geo/postgis.h"
#include "geo/project.h"

namespace {

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const geo::Error& e) {
        return e.what();
    }
    return "";
}

const std::string kSecret = "hunter2-Xq7";

}  // namespace

TEST(PostgisNames, ConnectionKeywordsParsedByLibpq) {
    geo::PgConnection c = geo::parsePgConnection("PG:service=office dbname='vùng trồng' port=5433", "t");
    EXPECT_EQ(c.service, "office");
    EXPECT_EQ(c.dbname, "vùng trồng");
    EXPECT_EQ(c.port, "5433");
    // Written back quoted as libpq reads it, and parsed again to the same.
    EXPECT_EQ(c.gdalName(), "PG:service='office' port='5433' dbname='vùng trồng'");
    geo::PgConnection again = geo::parsePgConnection(c.gdalName(), "t");
    EXPECT_EQ(again.conninfo(), c.conninfo());
    geo::PgConnection odd;
    odd.dbname = "it's a \\ name";
    EXPECT_EQ(geo::parsePgConnection(odd.gdalName(), "t").dbname, odd.dbname);
}

TEST(PostgisNames, PasswordRefusedAndNeverRepeated) {
    for (const std::string& text : {"PG:service=x password=" + kSecret, "PG:host=h PASSWORD = '" + kSecret + "'",
                                   "PG:dbname=d password " + kSecret /* malformed too */}) {
        std::string e = errorOf([&] { geo::parsePgConnection(text, "where"); });
        EXPECT_NE(e.find(".pgpass"), std::string::npos) << text << ": " << e;
        EXPECT_EQ(e.find(kSecret), std::string::npos) << e;
    }
    // A database whose name holds the word is no password.
    EXPECT_EQ(geo::parsePgConnection("PG:dbname=passwords", "t").dbname, "passwords");
    EXPECT_EQ(geo::parsePgConnection("PG:dbname=password user=u", "t").user, "u");
    // libpq's own message would quote a stray word: not repeated either.
    std::string e = errorOf([] { geo::parsePgConnection("PG:dbname=d " + kSecret, "t"); });
    EXPECT_NE(e.find("keyword=value"), std::string::npos) << e;
    EXPECT_EQ(e.find(kSecret), std::string::npos) << e;
    EXPECT_NE(errorOf([] { geo::parsePgConnection("PG:service=x options='-c a=b'", "t"); }).find("'options'"),
              std::string::npos);
    EXPECT_NE(errorOf([] { geo::parsePgConnection("PG:", "t"); }).find("names nothing"), std::string::npos);
}

TEST(PostgisNames, TableNamesWithQuotesDotsAndVietnamese) {
    geo::PgTableName t = geo::parsePgTableName("\"Vùng \"\"trồng\"\"\".\"lô.1 \"\"A\"\"\"", "t");
    EXPECT_EQ(t.schema, "Vùng \"trồng\"");
    EXPECT_EQ(t.table, "lô.1 \"A\"");
    EXPECT_EQ(t.quoted(), "\"Vùng \"\"trồng\"\"\".\"lô.1 \"\"A\"\"\"");
    EXPECT_EQ(geo::parsePgTableName(t.display(), "t").table, t.table);
    geo::PgTableName plain = geo::parsePgTableName("huyen", "t");
    EXPECT_EQ(plain.schema, "public");
    EXPECT_EQ(plain.gdalLayerName(), "huyen");
    EXPECT_EQ(geo::parsePgTableName("vt.huyen", "t").gdalLayerName(), "vt.huyen");
    for (const char* bad : {"", "a.", ".b", "a.b.c", "\"open", "\"a\"x.b"})
        EXPECT_NE(errorOf([&] { geo::parsePgTableName(bad, "t"); }), "") << bad;
    EXPECT_EQ(geo::quotePgIdentifier("a\"b"), "\"a\"\"b\"");
}

TEST(PostgisProject, PostgisKeyRoundTrips) {
    const std::string text = R"({"name": "p", "layers": [
        {"id": "plots", "role": "planting_areas",
         "postgis": {"service": "office", "port": 5433, "table": "vt.\"lô A\""}},
        {"id": "view", "role": "zones",
         "postgis": {"host": "db.local", "dbname": "gis", "user": "planner", "sql": "SELECT * FROM vt.huyen"}}]})";
    geo::Project p = geo::parseProject(text, "/tmp/p.vtproj");
    ASSERT_EQ(p.layers.size(), 2u);
    EXPECT_EQ(p.layers[0].path, "PG:service='office' port='5433'");
    EXPECT_EQ(p.layers[0].layerName, "vt.\"lô A\"");
    EXPECT_EQ(p.layers[1].sql, "SELECT * FROM vt.huyen");
    // Read without "allow_network": a database layer is deliberate.
    EXPECT_EQ(p.resolve(p.layers[0].path), p.layers[0].path);
    geo::Project again = geo::parseProject(geo::projectToJson(p), "/tmp/p.vtproj");
    EXPECT_EQ(again.layers[0].path, p.layers[0].path);
    EXPECT_EQ(again.layers[0].layerName, p.layers[0].layerName);
    EXPECT_EQ(again.layers[1].path, p.layers[1].path);
    EXPECT_EQ(again.layers[1].sql, p.layers[1].sql);
    EXPECT_NE(geo::projectToJson(p).find("\"postgis\""), std::string::npos);
}

TEST(PostgisProject, PasswordsAndMixedKeysRefused) {
    auto parse = [](const std::string& layer) {
        return errorOf([&] { geo::parseProject(R"({"name": "p", "layers": [)" + layer + "]}", "/tmp/p.vtproj"); });
    };
    std::string e = parse(R"({"id": "a", "role": "zones", "postgis": {"service": "s", "password": ")" + kSecret +
                          R"(", "table": "t"}})");
    EXPECT_NE(e.find("layers[0].postgis.password"), std::string::npos) << e;
    EXPECT_EQ(e.find(kSecret), std::string::npos) << e;
    e = parse(R"({"id": "a", "role": "zones", "path": "PG:service=s password=)" + kSecret + R"(", "layer": "t"})");
    EXPECT_NE(e.find(".pgpass"), std::string::npos) << e;
    EXPECT_EQ(e.find(kSecret), std::string::npos) << e;
    EXPECT_NE(parse(R"({"id": "a", "role": "zones", "path": "x.shp", "postgis": {"service": "s", "table": "t"}})")
                  .find("not both"),
              std::string::npos);
    EXPECT_NE(parse(R"({"id": "a", "role": "zones", "postgis": {"service": "s"}})").find("\"table\""),
              std::string::npos);
    EXPECT_NE(parse(R"({"id": "a", "role": "zones", "postgis": {"service": "s", "table": "t", "sql": "x"}})")
                  .find("one of them"),
              std::string::npos);
}
