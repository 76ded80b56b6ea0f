// Tests for geo/encoding.h. Fixtures: tests/fixtures/encoding (see README.md
// there); the byte strings were written by an independent Python encoder and
// cross-checked against glibc iconv.
#include "geo/encoding.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using geo::TextEncoding;

std::string fixturePath(const std::string& name) {
    // Appended, not concatenated: GCC 12 at -O1 warns falsely (-Warray-bounds) on the concatenation.
    std::string path = VT_SOURCE_DIR "/tests/fixtures/encoding/";
    path += name;
    return path;
}

std::vector<std::string> readLines(const std::string& name) {
    std::ifstream in(fixturePath(name), std::ios::binary);
    EXPECT_TRUE(in.good()) << "missing fixture " << name;
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

struct Fixture {
    const char* set;
    const char* file;
    TextEncoding encoding;
};

const Fixture kFixtures[] = {
    {"names", "names.utf8.bin", TextEncoding::Utf8},
    {"names", "names.cp1258.bin", TextEncoding::Cp1258},
    {"names", "names.cp1258-precomposed.bin", TextEncoding::Cp1258},
    {"names", "names.vni.bin", TextEncoding::Vni},
    {"names-abc", "names-abc.tcvn3.bin", TextEncoding::Tcvn3},
    {"alphabet", "alphabet.utf8.bin", TextEncoding::Utf8},
    {"alphabet", "alphabet.cp1258.bin", TextEncoding::Cp1258},
    {"alphabet", "alphabet.cp1258-precomposed.bin", TextEncoding::Cp1258},
    {"alphabet", "alphabet.vni.bin", TextEncoding::Vni},
    {"alphabet-abc", "alphabet-abc.tcvn3.bin", TextEncoding::Tcvn3},
    {"vn1-upper", "vn1-upper.tcvn3.bin", TextEncoding::Tcvn3},
};

TEST(Encoding, DecodesEveryFixtureLineToNfc) {
    for (const Fixture& f : kFixtures) {
        const auto expected = readLines(std::string(f.set) + ".expected.txt");
        const auto bytes = readLines(f.file);
        ASSERT_EQ(expected.size(), bytes.size()) << f.file;
        ASSERT_FALSE(expected.empty()) << f.file;
        for (size_t i = 0; i < bytes.size(); ++i) {
            EXPECT_EQ(geo::decodeToUtf8(bytes[i], f.encoding), expected[i])
                << f.file << " line " << i + 1;
            // The expected file is itself NFC.
            EXPECT_EQ(geo::toNfc(expected[i]), expected[i]) << f.set << " line " << i + 1;
        }
    }
}

TEST(Encoding, DetectsEachNamesFixture) {
    for (const Fixture& f : kFixtures) {
        const std::string file = f.file;
        if (file.rfind("names", 0) != 0) continue;
        const auto guess = geo::detectEncoding(readLines(file));
        EXPECT_EQ(guess.encoding, f.encoding) << file << ": " << guess.explanation;
        EXPECT_GT(guess.confidence, 0.3) << file << ": " << guess.explanation;
        EXPECT_NE(guess.explanation.find(geo::toString(f.encoding)), std::string::npos);
        std::cout << "[detect] " << file << " -> " << geo::toString(guess.encoding)
                  << " score=" << guess.score << " confidence=" << guess.confidence << " | "
                  << guess.explanation << "\n";
    }
}

TEST(Encoding, DetectsEachNameOnItsOwn) {
    // Single short strings are the hard case. Some are truly ambiguous
    // ("Long Phú" in TCVN3 is "Long Phó" in CP1258): then the guess must say
    // so with a near-zero confidence.
    size_t total = 0, right = 0, ties = 0;
    for (const Fixture& f : kFixtures) {
        const std::string file = f.file;
        if (file.rfind("names", 0) != 0) continue;
        for (const std::string& line : readLines(file)) {
            const auto guess = geo::detectEncoding({line});
            ++total;
            if (guess.encoding == f.encoding) {
                ++right;
            } else {
                ++ties;
                EXPECT_LT(guess.confidence, 0.05) << file << " line '" << line << "': " << guess.explanation;
                EXPECT_NE(guess.explanation.find(std::string("runner-up ") + geo::toString(f.encoding)),
                          std::string::npos) << guess.explanation;
            }
        }
    }
    std::cout << "[detect] single lines: " << right << "/" << total << " right, " << ties
              << " ambiguous ties\n";
    EXPECT_GE(right * 100, total * 95);
}

TEST(Encoding, DetectAsciiAndEmpty) {
    auto g = geo::detectEncoding({"Soc Trang", "Thanh Tri", "", "HTX 123"});
    EXPECT_EQ(g.encoding, TextEncoding::Utf8);
    EXPECT_EQ(g.confidence, 1.0);
    EXPECT_NE(g.explanation.find("ASCII only"), std::string::npos);
    g = geo::detectEncoding({});
    EXPECT_EQ(g.encoding, TextEncoding::Utf8);
    EXPECT_NE(g.explanation.find("ASCII only"), std::string::npos);
}

// Its speed on 100k rows is measured by tests/bench/encoding_bench.cpp, not here.
TEST(Encoding, DetectIsDeterministicOnLargeLayers) {
    const auto lines = readLines("names-abc.tcvn3.bin");
    std::vector<std::string> layer;
    for (size_t i = 0; i < 100000; ++i) layer.push_back(lines[i % lines.size()] + " " + std::to_string(i));
    const auto a = geo::detectEncoding(layer);
    const auto b = geo::detectEncoding(layer);
    EXPECT_EQ(a.encoding, TextEncoding::Tcvn3);
    EXPECT_EQ(a.explanation, b.explanation);
    EXPECT_EQ(a.score, b.score);
}

TEST(Encoding, MixedAsciiRowsDoNotDiluteTheChoice) {
    std::vector<std::string> rows(500, "HTX Long Phu");
    for (const auto& l : readLines("names.vni.bin")) rows.push_back(l);
    EXPECT_EQ(geo::detectEncoding(rows).encoding, TextEncoding::Vni);
}

TEST(Encoding, Utf8InvalidBytesBecomeReplacement) {
    const std::string fffd = "\xEF\xBF\xBD";
    EXPECT_EQ(geo::decodeToUtf8("", TextEncoding::Utf8), "");
    EXPECT_EQ(geo::decodeToUtf8("a\xFF" "b", TextEncoding::Utf8), "a" + fffd + "b");
    EXPECT_EQ(geo::decodeToUtf8("\xC3", TextEncoding::Utf8), fffd);               // truncated
    EXPECT_EQ(geo::decodeToUtf8("\xC0\xAF", TextEncoding::Utf8), fffd + fffd);    // overlong
    EXPECT_EQ(geo::decodeToUtf8("\xED\xA0\x80", TextEncoding::Utf8), fffd + fffd + fffd);  // surrogate
    EXPECT_EQ(geo::decodeToUtf8("\xE1\xBA" "x", TextEncoding::Utf8), fffd + "x");  // maximal subpart
    EXPECT_EQ(geo::decodeToUtf8("\xF4\x90\x80\x80", TextEncoding::Utf8), fffd + fffd + fffd + fffd);
    // Decomposed input is composed: "Hợp" as H o U+031B U+0323 p.
    EXPECT_EQ(geo::toNfc("Ho\xCC\x9B\xCC\xA3p"), "H\xE1\xBB\xA3p");
    EXPECT_EQ(geo::toNfc("\xFF"), fffd);
}

TEST(Encoding, SingleByteDetails) {
    // CP1258 undefined byte, tone mark after precomposed base (ậ = â + dot).
    EXPECT_EQ(geo::decodeToUtf8("\x81", TextEncoding::Cp1258), "\xEF\xBF\xBD");
    EXPECT_EQ(geo::decodeToUtf8("\xE2\xF2", TextEncoding::Cp1258), "\xE1\xBA\xAD");
    EXPECT_EQ(geo::decodeToUtf8("\xFE", TextEncoding::Cp1258), "\xE2\x82\xAB");  // ₫
    // Latin-1 is the identity on code points.
    EXPECT_EQ(geo::decodeToUtf8("caf\xE9", TextEncoding::Latin1), "caf\xC3\xA9");
    // Classic mojibake of "Việt Nam" in VNI and TCVN3, "Trường" in VNI.
    EXPECT_EQ(geo::decodeToUtf8("Vie\xE4t Nam", TextEncoding::Vni), "Vi\xE1\xBB\x87t Nam");
    EXPECT_EQ(geo::decodeToUtf8("Vi\xD6t Nam", TextEncoding::Tcvn3), "Vi\xE1\xBB\x87t Nam");
    EXPECT_EQ(geo::decodeToUtf8("Tr\xF6\xF4\xF8ng", TextEncoding::Vni), "Tr\xC6\xB0\xE1\xBB\x9Dng");
    // A lone VNI mark byte stays a combining mark, never crashes.
    EXPECT_FALSE(geo::decodeToUtf8("\xF9", TextEncoding::Vni).empty());
}

TEST(Encoding, Names) {
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Cp1258, TextEncoding::Tcvn3,
                           TextEncoding::Vni, TextEncoding::Latin1}) {
        EXPECT_EQ(geo::parseTextEncoding(geo::toString(e)), e);
    }
    EXPECT_EQ(geo::parseTextEncoding("utf8"), TextEncoding::Utf8);
    EXPECT_EQ(geo::parseTextEncoding("1258"), TextEncoding::Cp1258);
    EXPECT_EQ(geo::parseTextEncoding("Windows-1258"), TextEncoding::Cp1258);
    EXPECT_EQ(geo::parseTextEncoding("ABC"), TextEncoding::Tcvn3);
    EXPECT_EQ(geo::parseTextEncoding("tcvn"), TextEncoding::Tcvn3);
    EXPECT_EQ(geo::parseTextEncoding("VNI-Win"), TextEncoding::Vni);
    EXPECT_EQ(geo::parseTextEncoding("latin1"), TextEncoding::Latin1);
    EXPECT_EQ(geo::parseTextEncoding("klingon"), std::nullopt);
    EXPECT_EQ(geo::parseTextEncoding(""), std::nullopt);
}

TEST(Encoding, Syllables) {
    for (const char* w : {"Sóc", "Trăng", "nghiệp", "Xuyên", "Bưởi", "Xoài", "Hòa", "Hoà", "gì", "giữa",
                          "quốc", "khuya", "Đề", "ĐƯỜNG", "a", "ươn"}) {
        EXPECT_TRUE(geo::isVietnameseSyllable(w)) << w;
    }
    for (const char* w : {"", "Sòc", "Soùc", "SÃ³c", "xyz", "tiếế", "Müller", "café", "aín", "Tr¨ng", "ng"}) {
        EXPECT_FALSE(geo::isVietnameseSyllable(w)) << w;
    }
}

TEST(Encoding, NeverCrashesOnRandomBytes) {
    std::mt19937 rng(12345);
    std::vector<std::string> samples;
    for (int n = 0; n < 2000; ++n) {
        std::string s(rng() % 64, '\0');
        for (auto& c : s) c = static_cast<char>(rng() & 0xFF);
        for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Cp1258, TextEncoding::Tcvn3,
                               TextEncoding::Vni, TextEncoding::Latin1}) {
            const std::string d = geo::decodeToUtf8(s, e);
            // Output is well-formed UTF-8 and already NFC.
            EXPECT_EQ(geo::toNfc(d), d);
        }
        samples.push_back(std::move(s));
    }
    const auto g = geo::detectEncoding(samples);
    EXPECT_GE(g.confidence, 0.0);
    EXPECT_LE(g.confidence, 1.0);
}

TEST(Encoding, VeryLongString) {
    std::string big;
    const auto lines = readLines("names.vni.bin");
    while (big.size() < (size_t{40} << 20)) big += lines[2] + " ";  // > 2 normalisation chunks
    const std::string d = geo::decodeToUtf8(big, TextEncoding::Vni);
    const std::string one = geo::decodeToUtf8(lines[2] + " ", TextEncoding::Vni);
    ASSERT_EQ(d.size() % one.size(), 0u);
    EXPECT_EQ(d.substr(0, one.size()), one);
    EXPECT_EQ(d.substr(d.size() - one.size()), one);
    EXPECT_EQ(geo::toNfc(d).size(), d.size());
    (void)geo::detectEncoding({big});
}

}  // namespace

namespace {
TEST(Encoding, NonVietnameseUtf8StillUtf8) {
    // Valid UTF-8 of other languages and scripts: UTF-8 wins on cleanliness.
    const auto g = geo::detectEncoding({"Müller café", "東京 北京", "Ελλάδα", "São Paulo"});
    EXPECT_EQ(g.encoding, geo::TextEncoding::Utf8) << g.explanation;
}
}  // namespace
