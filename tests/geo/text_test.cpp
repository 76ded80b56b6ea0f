// Text through ICU (geo/text.h): keys, accent-insensitive search,
// Vietnamese order, terminal width, UTF-8. Every expectation is written out
// by hand from the Unicode and CLDR rules cited beside it.
#include "geo/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "geo/link.h"
#include "geo/province.h"

namespace {

// ---------------------------------------------------------------- keys

TEST(FoldKey, CaseFoldsAndTrimsButKeepsVietnameseMarks) {
    EXPECT_EQ(geo::foldKey("ĐÀ NẴNG"), "đà nẵng");
    EXPECT_EQ(geo::foldKey(" \u00a0Mỹ Tú\t"), "mỹ tú");
    EXPECT_EQ(geo::foldKey("HTX-A\u0323" "01"), "htx-\u1ea1" "01");  // a + dot below composes to ạ (U+1EA1)
    EXPECT_NE(geo::foldKey("Đa"), geo::foldKey("Da"));                // a key keeps its marks
    EXPECT_EQ(geo::foldKey(""), "");
    EXPECT_EQ(geo::foldKey(" \t "), "");
}

TEST(FoldKey, NfkcMakesFullwidthAndZeroWidthSpellingsOneKey) {
    // U+FF28 U+FF34 U+FF38 are fullwidth H T X, U+FF10 U+FF11 fullwidth 0 1:
    // NFKC maps them to ASCII. U+200B (zero width space) is default-ignorable:
    // NFKC_Casefold removes it.
    EXPECT_EQ(geo::foldKey("\uff28\uff34\uff38-\uff10\uff11"), "htx-01");
    EXPECT_EQ(geo::foldKey("HTX-\u200b01"), "htx-01");
    EXPECT_EQ(geo::normaliseKey("ＨＴＸ-0001"), geo::normaliseKey("htx-0001"));  // linking uses the same key
}

TEST(FoldKey, FieldNamesMatchInAnyCaseAndUnicodeForm) {
    geo::Layer layer;
    layer.fields = {{"ma_htx", geo::FieldType::String}, {"tên_htx", geo::FieldType::String}};
    EXPECT_EQ(layer.fieldIndex("MA_HTX"), 0);
    EXPECT_EQ(layer.fieldIndex("TÊN_HTX"), 1);
    EXPECT_EQ(layer.fieldIndex("te\u0302n_htx"), 1);  // ê written e + combining circumflex
    EXPECT_EQ(layer.fieldIndex("ten_htx"), -1);       // a field name keeps its marks
}

TEST(ProvinceKey, StillIgnoresCaseMarksAndAdministrativeWords) {
    EXPECT_EQ(geo::provinceKey("Sóc Trăng"), "soc trang");
    EXPECT_EQ(geo::provinceKey("TỈNH ĐỒNG THÁP"), "dong thap");
    EXPECT_EQ(geo::provinceKey("Bà Rịa–Vũng Tàu"), "ba ria vung tau");  // en dash separates words
}

// ---------------------------------------------------------------- search

TEST(SearchFold, DropsMarksAndCaseAndMapsDStroke) {
    EXPECT_EQ(geo::searchFold("Thạnh Trị"), "thanh tri");
    EXPECT_EQ(geo::searchFold("ĐƯỜNG  Ưu\u00a0Đãi"), "duong uu dai");  // white space runs become one space
    EXPECT_EQ(geo::searchFold("Tha\u0323nh Tri\u0323"), "thanh tri");  // decomposed input
    EXPECT_EQ(geo::searchFold("  Mỹ\tXuyên \n"), "my xuyen");
    EXPECT_EQ(geo::searchFold("HTX-0042"), "htx-0042");
}

TEST(TextMatches, AccentAndCaseInsensitive) {
    for (const char* needle : {"thanh tri", "THANH TRI", "Thanh Tri", "Thạnh Trị", "thạnh", "tri thanh", " thanh   tri "})
        EXPECT_TRUE(geo::textMatches("Thạnh Trị", needle)) << needle;
    EXPECT_TRUE(geo::textMatches("Đồng Tháp", "dong"));  // d finds đ
    EXPECT_TRUE(geo::textMatches("Dong", "đồng"));       // and đ finds d: both fold to d
    EXPECT_TRUE(geo::textMatches("Huyện Thạnh Trị", ""));
    EXPECT_FALSE(geo::textMatches("Thạnh Trị", "thanh trx"));
    EXPECT_FALSE(geo::textMatches("Thạnh Trị", "thanhtri"));
    EXPECT_FALSE(geo::textMatches("Mỹ Tú", "thanh"));
}

TEST(TextQuery, RanksExactThenPrefixThenWords) {
    const geo::TextQuery q("949");
    EXPECT_EQ(q.rank("949"), geo::MatchRank::Exact);
    EXPECT_EQ(q.rank("9490"), geo::MatchRank::Prefix);
    EXPECT_EQ(q.rank("X-949"), geo::MatchRank::Words);
    EXPECT_EQ(q.rank("94"), geo::MatchRank::None);
    EXPECT_EQ(geo::TextQuery("thanh tri").rank("Thạnh Trị"), geo::MatchRank::Exact);
    EXPECT_EQ(geo::TextQuery("HTX").rank("htx Nông nghiệp"), geo::MatchRank::Prefix);
    EXPECT_EQ(geo::TextQuery("").rank("anything"), geo::MatchRank::None);
    EXPECT_TRUE(geo::TextQuery(" \t").empty());
}

// ---------------------------------------------------------------- order

TEST(VietnameseCollator, SortsInTheVietnameseAlphabet) {
    // The alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
    // (CLDR vi: &a<ă<â, &d<đ, &e<ê, &o<ô<ơ, &u<ư); tones are secondary
    // differences, in dictionary order: none, huyền, hỏi, ngã, sắc, nặng
    // (CLDR vi: &̀<<̉<<̃<<́<<̣); digits by value (numeric collation).
    std::vector<std::string> names = {"Ưng", "Thạnh Trị", "Ơn",  "HTX-10", "Ăn",  "Đức", "Má", "Ung",
                                      "Ông", "Ma",        "Mạ",  "Ân",     "Mả",  "Dung", "An", "HTX-2",
                                      "Mã",  "Bình",      "Thành", "Ong",  "Mà",  "Thanh"};
    geo::sortVietnamese(names);
    const std::vector<std::string> expected = {"An",  "Ăn", "Ân", "Bình", "Dung", "Đức", "HTX-2", "HTX-10",
                                               "Ma",  "Mà", "Mả", "Mã",   "Má",   "Mạ",  "Ong",   "Ông",
                                               "Ơn", "Thanh", "Thành", "Thạnh Trị", "Ung", "Ưng"};
    EXPECT_EQ(names, expected);
}

TEST(VietnameseCollator, ComparesUtf8AndUtf16Alike) {
    const geo::VietnameseCollator c;
    EXPECT_LT(c.compare(std::string_view("Đức"), std::string_view("Em")), 0);
    EXPECT_GT(c.compare(std::string_view("Đức"), std::string_view("Dung")), 0);
    EXPECT_LT(c.compare(std::u16string_view(u"Đức"), std::u16string_view(u"Em")), 0);
    EXPECT_GT(c.compare(std::u16string_view(u"Đức"), std::u16string_view(u"Dung")), 0);
    EXPECT_EQ(c.compare(std::string_view("Tha\u0323nh"), std::string_view("Thạnh")), 0);  // canonically equal
}

// ---------------------------------------------------------------- width

TEST(DisplayWidth, CountsColumnsNotBytesOrCodePoints) {
    EXPECT_EQ(geo::displayWidth("Thạnh Trị"), 9u);                  // precomposed: 9 letters and a space
    EXPECT_EQ(geo::displayWidth("Tha\u0323nh Tri\u0323"), 9u);      // two combining dots below take none
    EXPECT_EQ(geo::displayWidth("e\u0302\u0301"), 1u);              // ế as e + circumflex + acute
    EXPECT_EQ(geo::displayWidth("\u8d8a\u5357"), 4u);               // 越南: East Asian wide, 2 each
    EXPECT_EQ(geo::displayWidth("\uff21"), 2u);                      // fullwidth A
    EXPECT_EQ(geo::displayWidth("\U0001F33E"), 2u);                 // 🌾 sheaf of rice, wide
    EXPECT_EQ(geo::displayWidth("a\u200bb"), 2u);                   // zero width space
    EXPECT_EQ(geo::displayWidth(""), 0u);
    EXPECT_EQ(geo::displayWidth("\xff"), 1u);                        // an ill-formed byte shows as one U+FFFD
}

// ---------------------------------------------------------------- UTF-8

TEST(Utf8, IllFormedSubsequencesBecomeOneReplacementEach) {
    const std::string r = "\xef\xbf\xbd";  // U+FFFD
    EXPECT_TRUE(geo::isValidUtf8("Thạnh Trị"));
    EXPECT_FALSE(geo::isValidUtf8("\xc3\x28"));
    EXPECT_FALSE(geo::isValidUtf8("\xed\xa0\x80"));  // a surrogate
    // Unicode 15 §3.9, table 3-8: E0 80 is not a prefix of a character, so
    // E0, 80 and 80 are three maximal subparts; F0 9F 8C (🌾 cut short) is one.
    EXPECT_EQ(geo::sanitizeUtf8("\xe0\x80\x80"), r + r + r);
    EXPECT_EQ(geo::sanitizeUtf8("a\xf0\x9f\x8c"), "a" + r);
    EXPECT_EQ(geo::sanitizeUtf8("Đ\xffĐ"), "Đ" + r + "Đ");
    EXPECT_EQ(geo::decodeUtf8("Đa\xff"), std::u32string(U"Đa\uFFFD"));
    std::string out;
    geo::appendUtf8(out, U'ạ');
    geo::appendUtf8(out, 0xD800);  // a surrogate is not a character
    EXPECT_EQ(out, "ạ" + r);
}

}  // namespace
