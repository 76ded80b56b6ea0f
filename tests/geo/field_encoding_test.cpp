// Issue 10, item 7: a text encoding forced by the user (project "encoding",
// --encoding) is obeyed, but a setting that contradicts the .cpg, leaves
// undecodable bytes or reads as implausible Vietnamese is reported (kind
// encoding_doubt) naming the better candidate. Fixtures and the UTF-8 names
// every correct decoding must give: tests/fixtures/field/encoding/make_fixtures.py.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "geo/error.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "geo/source.h"

namespace {

const std::string kDir = std::string(VT_SOURCE_DIR) + "/tests/fixtures/field/encoding/";

std::vector<std::string> expectedNames() {
    std::ifstream in(kDir + "expected.json");
    return nlohmann::json::parse(in).at("names").get<std::vector<std::string>>();
}

std::vector<std::string> namesOf(const geo::Layer& layer) {
    int ten = layer.requireField("ten");
    std::vector<std::string> out;
    for (const auto& f : layer.features) out.push_back(geo::toText(f.attributes[static_cast<std::size_t>(ten)]));
    return out;
}

geo::Layer readForced(const std::string& file, const std::string& encoding) {
    geo::ReadOptions options;
    options.encodingOverride = encoding;
    options.allowEmpty = true;
    return geo::readLayer(kDir + file, options);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ForcedEncoding, RightSettingMatchingTheCpgIsObeyedWithoutDoubt) {
    geo::Layer l = readForced("cp1258_cpg1258.shp", "CP1258");
    EXPECT_EQ(namesOf(l), expectedNames());
    EXPECT_EQ(l.encodingDoubt, "");
}

TEST(ForcedEncoding, RightSettingWithoutCpgIsObeyedWithoutDoubt) {
    geo::Layer l = readForced("tcvn3_nocpg.shp", "TCVN3");
    EXPECT_EQ(namesOf(l), expectedNames());
    EXPECT_EQ(l.encodingDoubt, "");
}

TEST(ForcedEncoding, WrongSettingAgainstTheCpgIsObeyedButDoubtedNamingTheCpgAndTheBetterCandidate) {
    geo::Layer l = readForced("cp1258_cpg1258.shp", "TCVN3");
    EXPECT_EQ(l.encoding, "TCVN3");  // obeyed: the user decides
    EXPECT_NE(namesOf(l), expectedNames());
    EXPECT_TRUE(contains(l.encodingDoubt, "cp1258_cpg1258.shp")) << l.encodingDoubt;
    EXPECT_TRUE(contains(l.encodingDoubt, "its .cpg says CP1258")) << l.encodingDoubt;
    EXPECT_TRUE(contains(l.encodingDoubt, "non-ASCII words decode to valid Vietnamese syllables")) << l.encodingDoubt;
    EXPECT_EQ(l.encodingBetter, "CP1258");
    EXPECT_TRUE(contains(l.encodingDoubt, "set \"encoding\": \"CP1258\"")) << l.encodingDoubt;
}

TEST(ForcedEncoding, Utf8ReadAsCp1258IsDoubtedInFavourOfUtf8) {
    geo::Layer l = readForced("utf8_cpgutf8.shp", "CP1258");
    EXPECT_TRUE(contains(l.encodingDoubt, "its .cpg says UTF-8")) << l.encodingDoubt;
    EXPECT_EQ(l.encodingBetter, "UTF-8");
}

TEST(ForcedEncoding, UndecodableBytesAreCountedInTheDoubt) {
    // TCVN3 bytes are not UTF-8: every name with a Vietnamese letter turns
    // into U+FFFD. Count them the way the decoder does, from the raw DBF.
    geo::Layer l = readForced("tcvn3_nocpg.shp", "UTF-8");
    std::size_t withReplacement = 0;
    for (const auto& name : namesOf(l))
        if (contains(name, "\xEF\xBF\xBD")) ++withReplacement;
    ASSERT_GT(withReplacement, 0u);
    EXPECT_TRUE(contains(l.encodingDoubt, std::to_string(withReplacement) + " text value(s) hold bytes UTF-8 cannot decode"))
        << l.encodingDoubt;
    EXPECT_EQ(l.encodingBetter, "TCVN3");
}

TEST(ForcedEncoding, SettingThatContradictsAWrongCpgButFitsTheTextSaysTheSettingIsProbablyRight) {
    geo::Layer l = readForced("tcvn3_cpgutf8.shp", "TCVN3");
    EXPECT_EQ(namesOf(l), expectedNames());
    EXPECT_TRUE(contains(l.encodingDoubt, "its .cpg says UTF-8")) << l.encodingDoubt;
    EXPECT_TRUE(contains(l.encodingDoubt, "reads best as TCVN3")) << l.encodingDoubt;
    EXPECT_EQ(l.encodingBetter, "");
}

TEST(ForcedEncoding, CsvTextIsDecodedWithTheSetEncoding) {
    geo::Layer l = readForced("names_cp1258.csv", "CP1258");
    EXPECT_EQ(namesOf(l), expectedNames());
    EXPECT_EQ(l.encodingDoubt, "");
    // Without the setting the CP1258 bytes are not UTF-8, and say so.
    geo::ReadOptions plain;
    plain.allowEmpty = true;
    EXPECT_NE(namesOf(geo::readLayer(kDir + "names_cp1258.csv", plain)), expectedNames());
}

TEST(ForcedEncoding, SettingOnAUtf8OnlyFormatIsReportedAsIgnored) {
    geo::Layer l = readForced("names.geojson", "TCVN3");
    EXPECT_EQ(namesOf(l), expectedNames());
    EXPECT_TRUE(l.encodingSettingIgnored);
    EXPECT_TRUE(contains(l.encodingDoubt, "stores its text as UTF-8, so the setting is ignored")) << l.encodingDoubt;
}

TEST(ForcedEncoding, ValidateReportsEachDoubtOnceAsEncodingDoubt) {
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(kDir + "forced.vtproj"));
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics stats = geo::computeStatistics(ws, links);
    geo::QualityReport report = geo::checkQuality(ws, links, stats);
    std::map<std::string, const geo::Finding*> doubts;
    for (const auto& f : report.findings) {
        if (f.kind == geo::finding::EncodingDoubt) doubts[f.layerId] = &f;
        // The reader's warning becomes this finding, not also a load_warning.
        if (f.kind == geo::finding::LoadWarning) {
            EXPECT_FALSE(contains(f.message, "was set for this layer")) << f.message;
        }
    }
    ASSERT_EQ(doubts.size(), 2u);  // plots (TCVN3 read as VNI) and points (GeoJSON); "right" is right
    const geo::Finding& plots = *doubts.at("plots");
    EXPECT_EQ(plots.severity, geo::Severity::Warning);
    EXPECT_EQ(plots.facts.at("sentence"), "better");
    EXPECT_EQ(plots.facts.at("encoding"), "VNI");
    EXPECT_EQ(plots.facts.at("better"), "TCVN3");
    EXPECT_EQ(doubts.at("points")->facts.at("sentence"), "ignored");
    EXPECT_EQ(doubts.at("points")->facts.at("encoding"), "TCVN3");
}

}  // namespace
