// The edit journal (geo/edit_journal.h): what is appended reads back exactly,
// marks close a session's edits of a layer and nothing else, a line cut short
// by a crash is skipped and said, and the audit CSV reads back through GDAL.
#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "geo/edit_journal.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using geo::FeatureEdit;
using geo::JournalEdit;
using vt_test::TempDir;

// The user name as the system's own tool says it.
std::string idUser() {
    std::FILE* p = ::popen("id -un", "r");
    if (!p) return {};
    char buffer[256] = {};
    std::string out = std::fgets(buffer, sizeof buffer, p) ? buffer : "";
    ::pclose(p);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

const std::vector<geo::Field> kFields = {
    {"code", geo::FieldType::String}, {"name", geo::FieldType::String}, {"ha", geo::FieldType::Real},
    {"amount_vnd", geo::FieldType::Integer}};

JournalEdit makeEdit(const std::string& session, const std::string& layer, FeatureEdit::Kind kind, std::int64_t fid,
                     const std::string& name) {
    JournalEdit e;
    e.session = session;
    e.layer = layer;
    e.source = "/data/" + layer + ".shp";
    e.kind = kind;
    e.fid = fid;
    e.fields = kFields;
    geo::Polygon p;
    // Coordinates no decimal text holds exactly: WKT must keep all 17 digits.
    p.rings.push_back({{105.97123456789012, 9.6012345678901234},
                       {105.98 + 1.0 / 3.0 * 1e-3, 9.60},
                       {105.98, 9.61 + 2.0 / 7.0 * 1e-4},
                       {105.97123456789012, 9.6012345678901234}});
    if (kind != FeatureEdit::Kind::Insert) {
        e.oldAttributes = {std::string("ST-001"), std::string("Long Phú"), 1.25, std::int64_t{8'800'000'000}};
        e.oldGeometry = geo::Geometry::polygon(p);
    }
    if (kind != FeatureEdit::Kind::Delete) {
        e.newAttributes = {std::string("ST-001"), name, 584.17, std::monostate{}};
        p.rings[0][1].x += 1e-6;
        e.newGeometry = geo::Geometry::polygon(p);
    }
    e.crs = "EPSG:4326";
    return e;
}

TEST(EditJournal, AnEditReadsBackExactlyWithWhenAndWho) {
    TempDir dir;
    const fs::path journal = geo::editJournalPath(dir.path() / "soc-trang.vtproj");
    EXPECT_EQ(journal.filename(), "soc-trang.vtproj.edits.jsonl");
    const JournalEdit written = makeEdit("s1", "plots", FeatureEdit::Kind::Update, 3, "Thạnh Trị");
    geo::appendEdit(journal, written);
    geo::JournalContents read = geo::readEditJournal(journal);
    ASSERT_EQ(read.records.size(), 1u);
    EXPECT_TRUE(read.warnings.empty());
    const JournalEdit& e = read.records[0].edit;
    EXPECT_EQ(read.records[0].type, geo::JournalRecord::Type::Edit);
    EXPECT_EQ(e.kind, FeatureEdit::Kind::Update);
    EXPECT_EQ(e.fid, 3);
    EXPECT_EQ(e.layer, "plots");
    EXPECT_EQ(e.source, "/data/plots.shp");
    EXPECT_EQ(e.oldAttributes, written.oldAttributes);  // the VND amount stays an integer
    EXPECT_EQ(e.newAttributes, written.newAttributes);  // the null stays null
    EXPECT_EQ(e.oldGeometry, written.oldGeometry);      // bit for bit
    EXPECT_EQ(e.newGeometry, written.newGeometry);
    EXPECT_EQ(e.fields.size(), kFields.size());
    EXPECT_EQ(e.fields[3].type, geo::FieldType::Integer);
    EXPECT_EQ(e.user, idUser());
    // "2026-01-30T10:15:00Z", within a minute of now as the C library says it.
    ASSERT_EQ(e.time.size(), 20u);
    std::tm tm{};
    ASSERT_NE(strptime(e.time.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm), nullptr);
    EXPECT_LT(std::abs(std::difftime(timegm(&tm), std::time(nullptr))), 60.0);
    // One JSON object per line.
    std::ifstream in(journal);
    std::string line;
    ASSERT_TRUE(std::getline(in, line));
    EXPECT_EQ(nlohmann::json::parse(line).at("action"), "update");
    EXPECT_FALSE(std::getline(in, line));
}

TEST(EditJournal, RecoverableEditsAreThoseAfterTheirSessionsLastMarkForTheLayer) {
    TempDir dir;
    const fs::path journal = dir.path() / "p.vtproj.edits.jsonl";
    geo::appendEdit(journal, makeEdit("A", "plots", FeatureEdit::Kind::Update, 1, "one"));
    geo::appendEdit(journal, makeEdit("A", "plots", FeatureEdit::Kind::Delete, 2, ""));
    geo::appendEdit(journal, makeEdit("B", "plots", FeatureEdit::Kind::Update, 5, "B's, never saved"));
    geo::appendEdit(journal, makeEdit("A", "zones", FeatureEdit::Kind::Update, 7, "another layer"));
    geo::SaveResult saved;
    saved.insertedFids = {12};
    geo::appendSaved(journal, "plots", "/data/plots.shp", "A", saved);
    geo::appendEdit(journal, makeEdit("A", "plots", FeatureEdit::Kind::Insert, -1, "after the save"));
    std::vector<JournalEdit> open = geo::recoverableEdits(journal);
    ASSERT_EQ(open.size(), 3u);
    EXPECT_EQ(open[0].newAttributes[1], geo::Value(std::string("B's, never saved")));
    EXPECT_EQ(open[1].layer, "zones");
    EXPECT_EQ(open[2].newAttributes[1], geo::Value(std::string("after the save")));
    // Discarding closes them as saving does.
    geo::appendDiscarded(journal, "plots", "/data/plots.shp", "A");
    geo::appendDiscarded(journal, "zones", "/data/zones.shp", "A");
    open = geo::recoverableEdits(journal);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].session, "B");
    // Every record is still there: the journal is append-only.
    EXPECT_EQ(geo::readEditJournal(journal).records.size(), 8u);
    EXPECT_EQ(geo::readEditJournal(journal).records[4].insertedFids, std::vector<std::int64_t>{12});
}

TEST(EditJournal, ALineCutShortByACrashIsSkippedAndSaidAndLaterEditsStillCount) {
    TempDir dir;
    const fs::path journal = dir.path() / "p.vtproj.edits.jsonl";
    geo::appendEdit(journal, makeEdit("A", "plots", FeatureEdit::Kind::Update, 1, "before the crash"));
    {
        std::ofstream out(journal, std::ios::app | std::ios::binary);
        out << R"({"type":"edit","time":"2026-)";  // the power went here
    }
    geo::appendEdit(journal, makeEdit("A", "plots", FeatureEdit::Kind::Update, 2, "after restarting"));
    geo::JournalContents read = geo::readEditJournal(journal);
    ASSERT_EQ(read.records.size(), 2u);
    ASSERT_EQ(read.warnings.size(), 1u);
    EXPECT_NE(read.warnings[0].find("line 2"), std::string::npos) << read.warnings[0];
    EXPECT_EQ(geo::recoverableEdits(journal).size(), 2u);
}

TEST(EditJournal, TheAuditCsvReadsBackThroughGdal) {
    TempDir dir;
    const fs::path journal = dir.path() / "p.vtproj.edits.jsonl";
    geo::appendEdit(journal, makeEdit("A", "plots", FeatureEdit::Kind::Update, 1, "Thạnh Trị, \"HTX\""));
    geo::appendEdit(journal, makeEdit("A", "plots", FeatureEdit::Kind::Delete, 2, ""));
    geo::SaveResult saved;
    geo::appendSaved(journal, "plots", "/data/plots.shp", "A", saved);
    const fs::path csv = dir.path() / "audit.csv";
    EXPECT_EQ(geo::exportJournalCsv(journal, csv), 3u);

    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(csv.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    ASSERT_EQ(OGR_FD_GetFieldCount(defn), 13);
    auto cell = [&](OGRFeatureH f, const char* name) {
        return std::string(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(defn, name)));
    };
    std::vector<OGRFeatureH> rows;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) rows.push_back(f);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(cell(rows[0], "action"), "update");
    EXPECT_EQ(cell(rows[0], "fid"), "1");
    // name, ha and amount_vnd changed (the amount to null), and the geometry.
    EXPECT_EQ(cell(rows[0], "changed"), "name;ha;amount_vnd;geometry");
    auto after = nlohmann::json::parse(cell(rows[0], "new_attributes"));
    EXPECT_EQ(after.at("name"), "Thạnh Trị, \"HTX\"");
    EXPECT_TRUE(after.at("amount_vnd").is_null());
    EXPECT_EQ(nlohmann::json::parse(cell(rows[0], "old_attributes")).at("amount_vnd"), 8'800'000'000);
    EXPECT_EQ(cell(rows[0], "old_geometry").rfind("POLYGON ((105.97123456789012 9.6012345678901", 0), 0u)
        << cell(rows[0], "old_geometry");
    EXPECT_EQ(cell(rows[0], "user"), idUser());
    EXPECT_EQ(cell(rows[1], "action"), "delete");
    EXPECT_EQ(cell(rows[1], "new_attributes"), "");
    EXPECT_EQ(cell(rows[2], "action"), "saved");
    for (auto f : rows) OGR_F_Destroy(f);
    GDALClose(ds);
    // CRLF line ends, as RFC 4180 says.
    EXPECT_NE(vt_test::readBytes(csv).find("crs\r\n"), std::string::npos);
}

TEST(EditJournal, ExportingWithoutAJournalSaysThereIsNone) {
    TempDir dir;
    try {
        geo::exportJournalCsv(dir.path() / "none.edits.jsonl", dir.path() / "out.csv");
        ADD_FAILURE() << "expected an error";
    } catch (const geo::IoError& e) {
        EXPECT_NE(std::string(e.what()).find("none.edits.jsonl"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(dir.path() / "out.csv"));
}

}  // namespace

// Recovery tells a source changed since the session read it by the stamp each edit carries.
TEST(EditJournal, TheSourceStampReadsBackAndIsLeftOutWhenUnknown) {
    TempDir dir;
    const fs::path journal = dir.path() / "p.vtproj.edits.jsonl";
    JournalEdit stamped = makeEdit("s1", "plots", FeatureEdit::Kind::Update, 3, "x");
    stamped.sourceStamp = "plots.shp 00ff;plots.dbf 11ee";
    geo::appendEdit(journal, stamped);
    geo::appendEdit(journal, makeEdit("s1", "plots", FeatureEdit::Kind::Update, 4, "y"));
    geo::JournalContents read = geo::readEditJournal(journal);
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.records[0].edit.sourceStamp, stamped.sourceStamp);
    EXPECT_EQ(read.records[1].edit.sourceStamp, "");
    std::ifstream in(journal);
    std::string first, second;
    ASSERT_TRUE(std::getline(in, first) && std::getline(in, second));
    EXPECT_EQ(nlohmann::json::parse(first).at("source_stamp"), stamped.sourceStamp);
    EXPECT_FALSE(nlohmann::json::parse(second).contains("source_stamp"));
}
