#pragma once
// Text as people type and read it, through ICU (the one door to ICU's
// normalisation, case folding, collation and character properties; no Qt):
// - keys for matching codes and field names (NFKC case-folded, trimmed);
// - accent- and case-insensitive search ("thanh tri" finds "Thạnh Trị",
//   "d" finds "đ");
// - Vietnamese alphabetical order (ICU's collator for "vi": a ă â b c d đ e ê …);
// - the width of text in terminal columns;
// - UTF-8 decoding and validation.
// All text in and out is UTF-8; ill-formed bytes read as U+FFFD.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// ---------------------------------------------------------------- keys

// The key under which two spellings of one code or field name are the same:
// Unicode NFKC with full case folding (ICU's NFKC_Casefold: "ĐÀ NẴNG" →
// "đà nẵng", fullwidth "ＨＴＸ" → "htx", decomposed marks composed, zero-width
// and other default-ignorable characters removed), white space trimmed at
// both ends. Letters keep their marks: "Đà" and "Da" are different keys.
// Throws Error when ICU's normalisation data cannot be loaded.
std::string foldKey(std::string_view utf8);

// The form search compares: foldKey, then every mark removed ("ạ" → "a",
// "ư" → "u"), "đ" → "d", and each run of white space one space. So it is
// for finding only: "Dà" and "Đa" fold alike.
std::string searchFold(std::string_view utf8);

// True when every word of needle (split at white space) occurs in haystack,
// compared as searchFold does: textMatches("Thạnh Trị", "thanh tri"),
// textMatches("Huyện Thạnh Trị", "TRI thanh"). An empty needle matches
// everything.
bool textMatches(std::string_view haystack, std::string_view needle);

// How well a text answers a query, best last.
enum class MatchRank { None, Words, Prefix, Exact };

// A query folded once, to be matched against many texts.
class TextQuery {
public:
    explicit TextQuery(std::string_view needle);
    bool empty() const { return folded_.empty(); }
    const std::string& folded() const { return folded_; }
    // folded: searchFold of the text. Exact: the whole text is the query;
    // Prefix: the text starts with the query; Words: every word of the query
    // occurs in it; None otherwise (also for an empty query).
    MatchRank rankFolded(std::string_view folded) const;
    MatchRank rank(std::string_view text) const { return rankFolded(searchFold(text)); }

private:
    std::string folded_;
    std::vector<std::string> words_;
};

// ---------------------------------------------------------------- order

// Vietnamese alphabetical order (ICU collator, locale "vi", tertiary
// strength): "a" < "ă" < "â" < "b" … "d" < "đ" < "e" < "ê"; case and tone
// marks break ties only ("Anh" < "Ánh" < "Bình"); digits sort by their
// numeric value ("HTX-2" < "HTX-10"). Not thread-safe: one per thread.
class VietnameseCollator {
public:
    VietnameseCollator();  // throws Error when ICU cannot open the collator
    ~VietnameseCollator();
    VietnameseCollator(VietnameseCollator&&) noexcept;
    VietnameseCollator& operator=(VietnameseCollator&&) noexcept;

    // <0, 0, >0 like strcmp. UTF-8 or UTF-16 (a QString's utf16()).
    int compare(std::string_view a, std::string_view b) const;
    int compare(std::u16string_view a, std::u16string_view b) const;
    bool less(std::string_view a, std::string_view b) const { return compare(a, b) < 0; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Sorts in place in Vietnamese order (stable: equal texts keep their order).
void sortVietnamese(std::vector<std::string>& texts);

// ---------------------------------------------------------------- display

// Columns a terminal gives the text: East Asian wide and fullwidth
// characters (CJK, most emoji) take 2, combining marks, zero-width and
// format characters and controls take 0, everything else 1. "Thạnh Trị"
// written decomposed ("a" + U+0323) takes 9, like its precomposed form.
std::size_t displayWidth(std::string_view utf8);

// ---------------------------------------------------------------- UTF-8

bool isValidUtf8(std::string_view bytes);
// Well-formed UTF-8: each ill-formed subsequence becomes U+FFFD (the
// "maximal subpart" rule of Unicode §3.9, as ICU and WHATWG decode).
std::string sanitizeUtf8(std::string_view bytes);
// Code points of the text, ill-formed subsequences as U+FFFD.
std::u32string decodeUtf8(std::string_view bytes);
// Appends cp as UTF-8; a surrogate or a value beyond U+10FFFF as U+FFFD.
void appendUtf8(std::string& out, char32_t cp);

}  // namespace geo
