// End to end: the same Vietnamese names in shapefile DBFs written in each
// encoding, with and without .cpg, read back as the Unicode original. The
// bytes come from tests/fixtures/encoding/ (written by make_fixtures.py from
// its own code tables); the DBFs are made here with GDAL writing those bytes
// unchanged (ENCODING=""), so no binary fixture is hand-made.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "geo/source.h"
#include "test_support.h"

namespace {

using vt_test::TempDir;
const std::string kFixtures = std::string(VT_SOURCE_DIR) + "/tests/fixtures/encoding/";

std::vector<std::string> lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) out.push_back(line);
    }
    return out;
}

// A point shapefile with one text field "ten" holding each byte string as is.
std::string writeRawDbf(const TempDir& dir, const std::string& name, const std::vector<std::string>& values) {
    GDALAllRegister();
    std::string path = dir.file(name + ".shp");
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("ESRI Shapefile"), path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    char* options[] = {const_cast<char*>("ENCODING="), nullptr};
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 9209);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, name.c_str(), srs, wkbPoint, options);
    OGRFieldDefnH fd = OGR_Fld_Create("ten", OFTString);
    OGR_Fld_SetWidth(fd, 120);
    OGR_L_CreateField(layer, fd, 1);
    OGR_Fld_Destroy(fd);
    for (std::size_t i = 0; i < values.size(); ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, values[i].c_str());
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, 544000 + static_cast<double>(i), 1062000);
        OGR_F_SetGeometryDirectly(f, g);
        EXPECT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    OSRRelease(srs);
    std::filesystem::remove(dir.file(name + ".cpg"));  // GDAL writes none with ENCODING="", but be sure
    return path;
}

struct Case {
    const char* name;
    const char* bytes;       // fixture file of byte strings, one per line
    const char* expected;    // UTF-8 NFC originals, one per line
    const char* cpg;         // .cpg content, nullptr = no .cpg
    const char* encoding;    // what the layer must report
    bool guessed;
};

class DbfEncoding : public ::testing::TestWithParam<Case> {};

TEST_P(DbfEncoding, DecodesToTheUnicodeOriginal) {
    const Case& c = GetParam();
    TempDir dir;
    std::vector<std::string> raw = lines(kFixtures + c.bytes);
    std::vector<std::string> expected = lines(kFixtures + c.expected);
    ASSERT_EQ(raw.size(), expected.size());
    std::string path = writeRawDbf(dir, "htx", raw);
    if (c.cpg) vt_test::writeText(dir.path() / "htx.cpg", c.cpg);
    geo::Layer layer = geo::readLayer(path);
    EXPECT_EQ(layer.encoding, c.encoding);
    EXPECT_EQ(layer.encodingGuessed, c.guessed);
    ASSERT_EQ(layer.features.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(geo::toText(layer.features[i].attributes[0]), expected[i]) << c.name << " line " << i + 1;
    if (c.guessed) {
        bool warned = false;
        for (const auto& w : layer.warnings)
            warned |= w.kind == geo::WarningKind::EncodingGuess && w.text.find("text encoding guessed as") != std::string::npos;
        EXPECT_TRUE(warned) << "a guess is never silent";
    }
}

INSTANTIATE_TEST_SUITE_P(
    EveryEncoding, DbfEncoding,
    ::testing::Values(Case{"utf8_with_cpg", "names.utf8.bin", "names.expected.txt", "UTF-8", "UTF-8", false},
                      Case{"utf8_without_cpg", "names.utf8.bin", "names.expected.txt", nullptr, "UTF-8", true},
                      Case{"cp1258_with_cpg", "names.cp1258.bin", "names.expected.txt", "1258", "CP1258", false},
                      Case{"cp1258_without_cpg", "names.cp1258.bin", "names.expected.txt", nullptr, "CP1258", true},
                      Case{"cp1258_precomposed_without_cpg", "names.cp1258-precomposed.bin", "names.expected.txt",
                           nullptr, "CP1258", true},
                      Case{"tcvn3_without_cpg", "names-abc.tcvn3.bin", "names-abc.expected.txt", nullptr, "TCVN3",
                           true},
                      Case{"tcvn3_behind_a_wrong_utf8_cpg", "names-abc.tcvn3.bin", "names-abc.expected.txt", "UTF-8",
                           "TCVN3", true},
                      Case{"vni_without_cpg", "names.vni.bin", "names.expected.txt", nullptr, "VNI", true}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(DbfEncoding, TheUsersChoiceWinsOverTheGuess) {
    TempDir dir;
    std::string path = writeRawDbf(dir, "htx", lines(kFixtures + "names.vni.bin"));
    geo::ReadOptions options;
    options.encodingOverride = "VNI";
    geo::Layer layer = geo::readLayer(path, options);
    EXPECT_EQ(layer.encoding, "VNI");
    EXPECT_FALSE(layer.encodingGuessed);
    EXPECT_EQ(geo::toText(layer.features[0].attributes[0]), lines(kFixtures + "names.expected.txt")[0]);
}

}  // namespace
