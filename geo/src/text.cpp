// Text through ICU (geo/text.h): folding, search, collation, display width
// and UTF-8. Nothing here reads out of bounds on arbitrary bytes: keys and
// search folds are made from whatever a data file holds.
#include "geo/text.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "geo/error.h"

namespace geo {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool isAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

const icu::Normalizer2& normalizer(const char* which) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = nullptr;
    if (std::string_view(which) == "nfkc_cf")
        n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    else if (std::string_view(which) == "nfd")
        n = icu::Normalizer2::getNFDInstance(status);
    else
        n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || n == nullptr)
        throw Error(std::string("ICU cannot load its ") + which + " normalisation data (" + u_errorName(status) + ")");
    return *n;
}

icu::UnicodeString normalise(const icu::Normalizer2& n, const icu::UnicodeString& s) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = n.normalize(s, status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot normalise text (") + u_errorName(status) + ")");
    return out;
}

icu::UnicodeString fromUtf8(std::string_view utf8) {
    // fromUTF8 reads ill-formed subsequences as U+FFFD.
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

std::string toUtf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

bool isBlank(UChar32 c) { return u_isUWhiteSpace(c) != 0; }

// Trims white space at both ends and makes each inner run one space.
std::string collapseSpaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (char c : s) {
        if (isAsciiSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

icu::UnicodeString trimmed(const icu::UnicodeString& s) {
    std::int32_t b = 0, e = s.length();
    while (b < e && isBlank(s.char32At(b))) b = s.moveIndex32(b, 1);
    while (e > b && isBlank(s.char32At(s.moveIndex32(e, -1)))) e = s.moveIndex32(e, -1);
    return icu::UnicodeString(s, b, e - b);
}

}  // namespace

// ---------------------------------------------------------------- keys

std::string foldKey(std::string_view utf8) {
    if (isAscii(utf8)) {  // NFKC_Casefold of ASCII is its lower case
        std::size_t b = 0, e = utf8.size();
        while (b < e && isAsciiSpace(utf8[b])) ++b;
        while (e > b && isAsciiSpace(utf8[e - 1])) --e;
        std::string out(utf8.substr(b, e - b));
        for (char& c : out) c = asciiLower(c);
        return out;
    }
    static const icu::Normalizer2& nfkcCf = normalizer("nfkc_cf");
    return toUtf8(trimmed(normalise(nfkcCf, fromUtf8(utf8))));
}

std::string searchFold(std::string_view utf8) {
    if (isAscii(utf8)) {
        std::string out = collapseSpaces(utf8);
        for (char& c : out) c = asciiLower(c);
        return out;
    }
    static const icu::Normalizer2& nfkcCf = normalizer("nfkc_cf");
    static const icu::Normalizer2& nfd = normalizer("nfd");
    static const icu::Normalizer2& nfc = normalizer("nfc");
    const icu::UnicodeString decomposed = normalise(nfd, normalise(nfkcCf, fromUtf8(utf8)));
    icu::UnicodeString bare;
    for (std::int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        UChar32 c = decomposed.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;  // tone marks, ˆ ˘ ơ's horn
        if (c == 0x0111) c = 'd';                            // đ has no decomposition (Đ is folded to đ)
        bare.append(isBlank(c) ? UChar32{' '} : c);
    }
    return collapseSpaces(toUtf8(normalise(nfc, bare)));
}

TextQuery::TextQuery(std::string_view needle) : folded_(searchFold(needle)) {
    std::size_t start = 0;
    while (start < folded_.size()) {
        std::size_t end = folded_.find(' ', start);
        if (end == std::string::npos) end = folded_.size();
        words_.push_back(folded_.substr(start, end - start));
        start = end + 1;
    }
}

MatchRank TextQuery::rankFolded(std::string_view folded) const {
    if (folded_.empty()) return MatchRank::None;
    if (folded == folded_) return MatchRank::Exact;
    if (folded.substr(0, folded_.size()) == folded_) return MatchRank::Prefix;
    for (const auto& w : words_)
        if (folded.find(w) == std::string_view::npos) return MatchRank::None;
    return MatchRank::Words;
}

bool textMatches(std::string_view haystack, std::string_view needle) {
    TextQuery query(needle);
    return query.empty() || query.rank(haystack) != MatchRank::None;
}

// ---------------------------------------------------------------- order

struct VietnameseCollator::Impl {
    std::unique_ptr<icu::Collator> collator;
};

VietnameseCollator::VietnameseCollator() : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    impl_->collator.reset(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !impl_->collator)
        throw Error(std::string("ICU cannot open the Vietnamese collator (") + u_errorName(status) + ")");
    impl_->collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
    if (U_FAILURE(status))
        throw Error(std::string("ICU cannot set numeric collation (") + u_errorName(status) + ")");
}

VietnameseCollator::~VietnameseCollator() = default;
VietnameseCollator::VietnameseCollator(VietnameseCollator&&) noexcept = default;
VietnameseCollator& VietnameseCollator::operator=(VietnameseCollator&&) noexcept = default;

int VietnameseCollator::compare(std::string_view a, std::string_view b) const {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r =
        impl_->collator->compareUTF8(icu::StringPiece(a.data(), static_cast<std::int32_t>(a.size())),
                                     icu::StringPiece(b.data(), static_cast<std::int32_t>(b.size())), status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot compare two texts (") + u_errorName(status) + ")");
    return static_cast<int>(r);
}

int VietnameseCollator::compare(std::u16string_view a, std::u16string_view b) const {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = impl_->collator->compare(a.data(), static_cast<std::int32_t>(a.size()), b.data(),
                                                        static_cast<std::int32_t>(b.size()), status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot compare two texts (") + u_errorName(status) + ")");
    return static_cast<int>(r);
}

void sortVietnamese(std::vector<std::string>& texts) {
    const VietnameseCollator collator;
    std::stable_sort(texts.begin(), texts.end(),
                     [&](const std::string& a, const std::string& b) { return collator.less(a, b); });
}

// ---------------------------------------------------------------- display

namespace {

int columnsOf(UChar32 c) {
    switch (u_charType(c)) {
        case U_NON_SPACING_MARK:
        case U_ENCLOSING_MARK:
        case U_FORMAT_CHAR:
        case U_CONTROL_CHAR: return 0;
        default: break;
    }
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return 0;
    if (c >= 0x1160 && c <= 0x11FF) return 0;  // Hangul medial vowels and finals join the syllable before
    const auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace

std::size_t displayWidth(std::string_view utf8) {
    std::size_t width = 0;
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int64_t>(utf8.size());
    for (std::int64_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(s, i, length, c);
        width += static_cast<std::size_t>(columnsOf(c));
    }
    return width;
}

// ---------------------------------------------------------------- UTF-8

bool isValidUtf8(std::string_view bytes) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    for (std::int64_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

std::string sanitizeUtf8(std::string_view bytes) {
    if (isAscii(bytes)) return std::string(bytes);
    std::string out;
    out.reserve(bytes.size());
    const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    for (std::int64_t i = 0; i < length;) {
        const std::int64_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            appendUtf8(out, kReplacement);
        else
            out.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
    return out;
}

std::u32string decodeUtf8(std::string_view bytes) {
    std::u32string out;
    out.reserve(bytes.size());
    const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    for (std::int64_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(s, i, length, c);
        out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

void appendUtf8(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
    std::uint8_t buf[U8_MAX_LENGTH];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

}  // namespace geo
