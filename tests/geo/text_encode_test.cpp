// Encoding UTF-8 back into CP1258, TCVN3 and VNI (geo/text_encode.h): the
// inverse of geo::decodeToUtf8 over every Vietnamese letter, and the bytes
// Windows itself writes for CP1258.
#include <gtest/gtest.h>

#include "geo/encoding.h"
#include "geo/text_encode.h"

namespace {

using geo::TextEncoding;

// Every Vietnamese vowel letter with every tone (6 × 12 × 2 = 144), and đ/Đ,
// composed by Unicode NFC from a base letter and combining marks.
std::vector<std::string> vietnameseLetters(bool upper) {
    const std::vector<std::string> lowerBases = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
    const std::vector<std::string> upperBases = {"A", "Ă", "Â", "E", "Ê", "I", "O", "Ô", "Ơ", "U", "Ư", "Y"};
    const std::vector<std::string> tones = {"", "\xCC\x80", "\xCC\x81", "\xCC\x89", "\xCC\x83", "\xCC\xA3"};
    std::vector<std::string> out;
    for (const auto& b : upper ? upperBases : lowerBases)
        for (const auto& t : tones) out.push_back(geo::toNfc(b + t));
    out.push_back(upper ? "Đ" : "đ");
    return out;
}

TEST(TextEncode, Cp1258IsWhatWindowsWrites) {
    // python3 -c "print('Sóc Trăng'.encode('cp1258'))"                      → b'S\xf3c Tr\xe3ng'
    // python3 -c "import unicodedata as u; print(u.normalize('NFD','Thạnh Trị').encode('cp1258'))"
    //                                                                         → b'Tha\xf2nh Tri\xf2'
    // python3 -c "print('\u00c2\u0301p'.encode('cp1258'))"  (Ấp: Â + combining acute) → b'\xc2\xecp'
    EXPECT_EQ(geo::encodeFromUtf8("Sóc Trăng", TextEncoding::Cp1258), "S\xF3" "c Tr\xE3" "ng");
    EXPECT_EQ(geo::encodeFromUtf8("Thạnh Trị", TextEncoding::Cp1258), "Tha\xF2nh Tri\xF2");
    EXPECT_EQ(geo::encodeFromUtf8("Ấp", TextEncoding::Cp1258), "\xC2\xECp");
}

TEST(TextEncode, EveryVietnameseLetterRoundTripsInCp1258AndVni) {
    for (TextEncoding e : {TextEncoding::Cp1258, TextEncoding::Vni})
        for (bool upper : {false, true})
            for (const auto& letter : vietnameseLetters(upper)) {
                std::string bad;
                auto bytes = geo::encodeFromUtf8(letter, e, &bad);
                ASSERT_TRUE(bytes.has_value()) << geo::toString(e) << " cannot write '" << letter << "'";
                EXPECT_EQ(geo::decodeToUtf8(*bytes, e), letter) << geo::toString(e);
            }
}

TEST(TextEncode, Tcvn3HoldsEveryLowercaseLetter) {
    for (const auto& letter : vietnameseLetters(false)) {
        auto bytes = geo::encodeFromUtf8(letter, TextEncoding::Tcvn3);
        ASSERT_TRUE(bytes.has_value()) << "TCVN3 cannot write '" << letter << "'";
        EXPECT_EQ(bytes->size(), 1u) << letter;  // TCVN3 is one byte per letter
        EXPECT_EQ(geo::decodeToUtf8(*bytes, TextEncoding::Tcvn3), letter);
    }
}

TEST(TextEncode, ACharacterTheEncodingLacksIsNamed) {
    std::string bad;
    EXPECT_FALSE(geo::encodeFromUtf8("HTX 合作社", TextEncoding::Cp1258, &bad).has_value());
    EXPECT_EQ(bad, "合");
    EXPECT_FALSE(geo::encodeFromUtf8("Sóc Trăng €", TextEncoding::Latin1, &bad).has_value());
    EXPECT_EQ(bad, "ă");
    // UTF-8 holds everything, in NFC.
    EXPECT_EQ(geo::encodeFromUtf8("Tha\xCC\xA3nh", TextEncoding::Utf8), "Thạnh");
}

}  // namespace
