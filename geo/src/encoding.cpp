// Vietnamese text encodings: decoding of UTF-8, CP1258, TCVN3 (ABC), VNI-Windows
// and ISO-8859-1 to UTF-8 NFC, and an encoding detector that scores how
// plausible the decoded text is as Vietnamese.
//
// Design notes
// - Every single-byte decoder maps bytes to code points (possibly combining
//   marks) and then normalises to NFC with ICU, so decomposed input (CP1258 as
//   Windows writes it, VNI base letter + mark bytes) ends up precomposed.
// - Nothing here throws or reads out of bounds on arbitrary input: this file is
//   meant to be fuzzed. ICU errors fall back to the un-normalised text.
// - UTF-8 is read and written by ICU's macros (geo/text.h), which replace
//   each ill-formed subsequence by U+FFFD as Unicode §3.9 recommends.
#include "geo/encoding.h"
#include "geo/text.h"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>

namespace geo {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool isAscii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

// NFC of well-formed UTF-8. Long text is normalised in chunks that end just
// before an ASCII byte: an ASCII character is a starter that never composes
// with what precedes it, so chunking does not change the result.
std::string nfcOfWellFormed(std::string valid) {
    if (isAscii(valid)) return valid;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || nfc == nullptr) return valid;

    constexpr size_t kChunk = size_t{1} << 24;  // 16 MiB, far below INT32_MAX
    if (valid.size() <= kChunk) {
        const icu::StringPiece piece(valid.data(), static_cast<int32_t>(valid.size()));
        status = U_ZERO_ERROR;
        if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return valid;
        std::string out;
        out.reserve(valid.size());
        icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(valid.size()));
        status = U_ZERO_ERROR;
        nfc->normalizeUTF8(0, piece, sink, nullptr, status);
        if (U_FAILURE(status)) return valid;
        return out;
    }
    std::string out;
    out.reserve(valid.size());
    size_t pos = 0;
    while (pos < valid.size()) {
        size_t end = std::min(valid.size(), pos + kChunk);
        if (end < valid.size()) {
            size_t cut = end;
            // Prefer a cut before an ASCII byte; else before any lead byte.
            while (cut > pos + kChunk / 2 && static_cast<unsigned char>(valid[cut]) >= 0x80) --cut;
            if (static_cast<unsigned char>(valid[cut]) >= 0x80) {
                cut = end;
                while (cut > pos + 1 && (static_cast<unsigned char>(valid[cut]) & 0xC0) == 0x80) --cut;
            }
            end = cut;
        }
        out += nfcOfWellFormed(valid.substr(pos, end - pos));
        pos = end;
    }
    return out;
}

// ---------------------------------------------------------------------------
// Single-byte tables, upper half (0x80..0xFF). 0x00..0x7F are ASCII in every
// encoding handled here.

// Windows-1258, from Microsoft's code page chart for 1258 ("Vietnamese",
// https://learn.microsoft.com/windows/win32/intl/code-page-identifiers,
// unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1258.TXT). Bytes CC D2
// DE EC F2 are the combining tone marks; undefined bytes become U+FFFD.
constexpr std::array<char16_t, 128> kCp1258 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
    0x02C6, 0x2030, 0xFFFD, 0x2039, 0x0152, 0xFFFD, 0xFFFD, 0xFFFD,  // 88
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
    0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178,  // 98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,  // A0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,  // A8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // B0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,  // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,  // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,  // C8
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,  // D0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,  // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,  // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,  // E8
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,  // F0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,  // F8
};

// TCVN3 ("ABC"): the VN3 character set of TCVN 5712:1993 (Vietnamese
// standard code chart, as used by the .VnTime/.VnArial ABC fonts). VN3 only
// has lower-case toned letters (A1..A7 upper-case Ă Â Ê Ô Ơ Ư Đ; A8..AE their
// lower case; B5..FE the 67 lower-case toned vowels). Upper-case toned
// letters were written with the same codes in a separate capital font.
// Positions that VN3 leaves unassigned (80..9F, AF, BA, BF, C0..C5, CD, D9..DB,
// E0, F0, FF) are decoded as the upper-case letters VN1 (the full set of the
// same standard) puts there, and B0..B4 as VN1/VN2's combining tone marks;
// this superset agrees with glibc's "TCVN5712-1" charmap (localedata/charmaps/
// TCVN5712-1). VN1's capitals in C0 control positions 01..17 are NOT mapped:
// those bytes stay control characters.
constexpr std::array<char16_t, 128> kTcvn3 = {
    // 80: À Ả Ã Á Ạ Ặ Ậ È  (VN1)
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
    // 88: Ẻ Ẽ É Ẹ Ệ Ì Ỉ Ĩ  (VN1)
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    // 90: Í Ị Ò Ỏ Õ Ó Ọ Ộ  (VN1)
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
    // 98: Ờ Ở Ỡ Ớ Ợ Ù Ủ Ũ  (VN1)
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    // A0: nbsp Ă Â Ê Ô Ơ Ư Đ
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    // A8: ă â ê ô ơ ư đ Ằ(VN1)
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    // B0: combining grave, hook, tilde, acute, dot below (VN1/VN2); à ả ã
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    // B8: á ạ Ẳ(VN1) ằ ẳ ẵ ắ Ẵ(VN1)
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    // C0: Ắ Ầ Ẩ Ẫ Ấ Ề (VN1); ặ ầ
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    // C8: ẩ ẫ ấ ậ è Ể(VN1) ẻ ẽ
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    // D0: é ẹ ề ể ễ ế ệ ì
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    // D8: ỉ Ễ Ế Ồ (VN1); ĩ í ị ò
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    // E0: Ổ(VN1) ỏ õ ó ọ ồ ổ ỗ
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    // E8: ố ộ ờ ở ỡ ớ ợ ù
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    // F0: Ỗ(VN1) ủ ũ ú ụ ừ ử ữ
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    // F8: ứ ự ỳ ỷ ỹ ý ỵ Ố(VN1)
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
};

// Windows-1252 upper half, used for the VNI bytes that carry no Vietnamese
// meaning (VNI-Windows fonts keep the Windows ANSI layout for them).
char32_t cp1252(unsigned char b) {
    static constexpr std::array<char16_t, 32> k80 = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    if (b >= 0x80 && b < 0xA0) return k80[b - 0x80];
    return b;
}

// VNI-Windows (VNI Software's 8-bit font encoding, VNI-Times etc.). A letter
// with diacritics is the ASCII base letter followed by one "mark" byte that
// the font draws over it; a few narrow letters are single bytes. Lower-case
// marks are the upper-case ones + 0x20. Known mojibake checks: "Vieät Nam"
// (Việt Nam), "Tröôøng" (Trường), "Hoà Chí Minh" (Hồ Chí Minh), "Ñaïi hoïc".
//   single letters: Đ D1 đ F1 | Ơ D4 ơ F4 | Ư D6 ư F6 | Í CD í ED | Ì CC ì EC
//                   Ỉ C6 ỉ E6 | Ĩ D3 ĩ F3 | Ị D2 ị F2 | Ỵ CE ỵ EE
//   marks (upper/lower): acute D9/F9, grave D8/F8, hook DB/FB, tilde D5/F5,
//     dot below CF/EF, circumflex C2/E2, breve CA/EA,
//     circumflex+acute C1/E1, +grave C0/E0, +hook C5/E5, +tilde C3/E3, +dot C4/E4,
//     breve+acute C9/E9, +grave C8/E8, +hook DA/FA, +tilde DC/FC, +dot CB/EB.
struct VniByte {
    char32_t letter = 0;            // single-byte letter, or 0
    char32_t mark1 = 0, mark2 = 0;  // combining marks, or 0
};

VniByte vniByte(unsigned char b) {
    VniByte v;
    if (b < 0xC0) return v;
    const unsigned char lower = (b >= 0xE0) ? b : static_cast<unsigned char>(b + 0x20);
    const bool upper = b < 0xE0;
    switch (lower) {
        case 0xF1: v.letter = upper ? 0x0110 : 0x0111; break;  // Đ đ
        case 0xF4: v.letter = upper ? 0x01A0 : 0x01A1; break;  // Ơ ơ
        case 0xF6: v.letter = upper ? 0x01AF : 0x01B0; break;  // Ư ư
        case 0xED: v.letter = upper ? 0x00CD : 0x00ED; break;  // Í í
        case 0xEC: v.letter = upper ? 0x00CC : 0x00EC; break;  // Ì ì
        case 0xE6: v.letter = upper ? 0x1EC8 : 0x1EC9; break;  // Ỉ ỉ
        case 0xF3: v.letter = upper ? 0x0128 : 0x0129; break;  // Ĩ ĩ
        case 0xF2: v.letter = upper ? 0x1ECA : 0x1ECB; break;  // Ị ị
        case 0xEE: v.letter = upper ? 0x1EF4 : 0x1EF5; break;  // Ỵ ỵ
        case 0xF9: v.mark1 = 0x0301; break;
        case 0xF8: v.mark1 = 0x0300; break;
        case 0xFB: v.mark1 = 0x0309; break;
        case 0xF5: v.mark1 = 0x0303; break;
        case 0xEF: v.mark1 = 0x0323; break;
        case 0xE2: v.mark1 = 0x0302; break;
        case 0xEA: v.mark1 = 0x0306; break;
        case 0xE1: v.mark1 = 0x0302; v.mark2 = 0x0301; break;
        case 0xE0: v.mark1 = 0x0302; v.mark2 = 0x0300; break;
        case 0xE5: v.mark1 = 0x0302; v.mark2 = 0x0309; break;
        case 0xE3: v.mark1 = 0x0302; v.mark2 = 0x0303; break;
        case 0xE4: v.mark1 = 0x0302; v.mark2 = 0x0323; break;
        case 0xE9: v.mark1 = 0x0306; v.mark2 = 0x0301; break;
        case 0xE8: v.mark1 = 0x0306; v.mark2 = 0x0300; break;
        case 0xFA: v.mark1 = 0x0306; v.mark2 = 0x0309; break;
        case 0xFC: v.mark1 = 0x0306; v.mark2 = 0x0303; break;
        case 0xEB: v.mark1 = 0x0306; v.mark2 = 0x0323; break;
        default: break;
    }
    return v;
}

std::string decodeTable(std::string_view bytes, const std::array<char16_t, 128>& table) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (unsigned char b : bytes) {
        if (b < 0x80)
            out.push_back(static_cast<char>(b));
        else
            appendUtf8(out, table[b - 0x80]);
    }
    return out;
}

std::string decodeVni(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (unsigned char b : bytes) {
        if (b < 0x80) {
            out.push_back(static_cast<char>(b));
            continue;
        }
        const VniByte v = vniByte(b);
        if (v.letter) {
            appendUtf8(out, v.letter);
        } else if (v.mark1) {
            // Drawn over the preceding character, whatever it is: keep it as
            // a combining mark; NFC composes it when it forms a letter.
            appendUtf8(out, v.mark1);
            if (v.mark2) appendUtf8(out, v.mark2);
        } else {
            appendUtf8(out, cp1252(b));
        }
    }
    return out;
}

std::string decodeLatin1(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    for (unsigned char b : bytes) appendUtf8(out, b);
    return out;
}

// ---------------------------------------------------------------------------
// Vietnamese syllables.

// Vowel letters without tone, as ASCII-ish codes used in the cluster tables.
// a ă â e ê i o ô ơ u ư y  ->  a A B e E i o O P u U y
struct VLetter {
    char key = 0;  // vowel code above, or consonant letter, 0 for "not Vietnamese"
    int tone = 0;  // 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below
};

struct LetterTable {
    std::unordered_map<char32_t, VLetter> map;
    LetterTable() {
        const char32_t lowerBases[12] = {'a', 0x0103, 0x00E2, 'e', 0x00EA, 'i', 'o', 0x00F4, 0x01A1, 'u', 0x01B0, 'y'};
        const char32_t upperBases[12] = {'A', 0x0102, 0x00C2, 'E', 0x00CA, 'I', 'O', 0x00D4, 0x01A0, 'U', 0x01AF, 'Y'};
        const char keys[12] = {'a', 'A', 'B', 'e', 'E', 'i', 'o', 'O', 'P', 'u', 'U', 'y'};
        const char32_t tones[6] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
        for (int v = 0; v < 12; ++v) {
            for (const char32_t* bases : {lowerBases, upperBases}) {
                map[bases[v]] = VLetter{keys[v], 0};
                for (int t = 1; t < 6 && nfc && U_SUCCESS(status); ++t) {
                    // Precomposed letter = NFC of base + tone. (composePair
                    // would miss ậ ặ ệ ộ, whose canonical pair is ạ + U+0302.)
                    icu::UnicodeString pair;
                    pair.append(static_cast<UChar32>(bases[v])).append(static_cast<UChar32>(tones[t]));
                    UErrorCode st = U_ZERO_ERROR;
                    const icu::UnicodeString composed = nfc->normalize(pair, st);
                    const UChar32 c = (U_SUCCESS(st) && composed.countChar32() == 1) ? composed.char32At(0) : -1;
                    if (c >= 0) map[static_cast<char32_t>(c)] = VLetter{keys[v], t};
                }
            }
        }
        for (char c = 'b'; c <= 'z'; ++c) {
            if (std::string_view("aeiouy").find(c) != std::string_view::npos) continue;
            map[static_cast<char32_t>(c)] = VLetter{c, 0};
            map[static_cast<char32_t>(c - 'a' + 'A')] = VLetter{c, 0};
        }
        map[0x0111] = VLetter{'D', 0};  // đ
        map[0x0110] = VLetter{'D', 0};  // Đ
    }
};

const LetterTable& letters() {
    static const LetterTable t;
    return t;
}

bool isVowelKey(char k) { return std::string_view("aABeEioOPuUy").find(k) != std::string_view::npos; }

bool inList(std::string_view s, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// Vowel clusters (nucleus with its glides), in the key alphabet above.
// Open clusters: end in a glide, take no final consonant.
bool validCluster(std::string_view v, bool hasCoda) {
    static const std::initializer_list<std::string_view> closedByGlide = {
        "ai", "ao", "au", "ay", "Bu", "By", "eo", "Eu", "iu", "oi", "Oi", "Pi", "ui", "Ui", "Uu",
        "iEu", "yEu", "oai", "oao", "oay", "oeo", "uBy", "uOi", "uyu", "UPi", "UPu",
        "ia", "ua", "Ua", "uya"};
    static const std::initializer_list<std::string_view> needCoda = {"A", "B", "oA", "uB", "iE", "yE", "uO", "uyE"};
    static const std::initializer_list<std::string_view> free = {
        "a", "e", "E", "i", "o", "O", "P", "u", "U", "y", "oa", "oe", "oo", "uE", "uy", "uP", "UP"};
    if (inList(v, closedByGlide)) return !hasCoda;
    if (inList(v, needCoda)) return hasCoda;
    return inList(v, free);
}

}  // namespace

// ---------------------------------------------------------------------------

const char* toString(TextEncoding e) {
    switch (e) {
        case TextEncoding::Utf8: return "UTF-8";
        case TextEncoding::Cp1258: return "CP1258";
        case TextEncoding::Tcvn3: return "TCVN3";
        case TextEncoding::Vni: return "VNI";
        case TextEncoding::Latin1: return "ISO-8859-1";
    }
    return "UTF-8";
}

std::optional<TextEncoding> parseTextEncoding(std::string_view name) {
    std::string k;
    for (char c : name) {
        if (c == '-' || c == '_' || c == ' ' || c == '.' || c == ':') continue;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        k.push_back(c);
    }
    if (inList(k, {"utf8", "utf", "65001"})) return TextEncoding::Utf8;
    if (inList(k, {"cp1258", "1258", "windows1258", "win1258", "ansi1258", "ms1258"})) return TextEncoding::Cp1258;
    if (inList(k, {"tcvn3", "tcvn", "abc", "tcvn5712", "tcvn57121", "tcvn571219931", "vn3", "tcvn3abc"}))
        return TextEncoding::Tcvn3;
    if (inList(k, {"vni", "vniwin", "vniwindows", "vniwindow"})) return TextEncoding::Vni;
    if (inList(k, {"iso88591", "latin1", "l1", "88591", "iso885911987"})) return TextEncoding::Latin1;
    return std::nullopt;
}

std::string toNfc(std::string_view utf8) {
    if (isAscii(utf8)) return std::string(utf8);
    return nfcOfWellFormed(sanitizeUtf8(utf8));
}

std::string decodeToUtf8(std::string_view bytes, TextEncoding encoding) {
    if (isAscii(bytes)) return std::string(bytes);
    switch (encoding) {
        case TextEncoding::Utf8: return toNfc(bytes);
        case TextEncoding::Cp1258: return nfcOfWellFormed(decodeTable(bytes, kCp1258));
        case TextEncoding::Tcvn3: return nfcOfWellFormed(decodeTable(bytes, kTcvn3));
        case TextEncoding::Vni: return nfcOfWellFormed(decodeVni(bytes));
        case TextEncoding::Latin1: return nfcOfWellFormed(decodeLatin1(bytes));
    }
    return toNfc(bytes);
}

bool isVietnameseSyllable(std::string_view utf8) {
    const auto& table = letters().map;
    std::string keys;
    int toned = 0, tone = 0;
    if (utf8.empty() || utf8.size() > 64) return false;
    for (const char32_t cp : decodeUtf8(utf8)) {
        const auto it = table.find(cp);
        if (it == table.end()) return false;
        keys.push_back(it->second.key);
        if (it->second.tone) {
            ++toned;
            tone = it->second.tone;
        }
    }
    if (toned > 1) return false;
    // Onset.
    std::string_view rest = keys;
    static const std::initializer_list<std::string_view> onsets = {
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"};
    std::string_view onset;
    for (std::string_view o : onsets) {
        if (rest.substr(0, o.size()) == o) {
            onset = o;
            break;
        }
    }
    auto countVowels = [](std::string_view s) {
        size_t n = 0;
        while (n < s.size() && isVowelKey(s[n])) ++n;
        return n;
    };
    std::string_view after = rest.substr(onset.size());
    if (onset == "gi" && countVowels(after) == 0) {  // gì, gìn: g + i
        onset = "g";
        after = rest.substr(1);
    }
    if (onset == "qu" && countVowels(after) == 0) return false;
    const size_t nv = countVowels(after);
    if (nv == 0) return false;
    const std::string_view cluster = after.substr(0, nv);
    const std::string_view coda = after.substr(nv);
    if (!inList(coda, {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})) return false;
    if (!validCluster(cluster, !coda.empty())) return false;
    // Stop finals only take the acute or dot-below tone.
    if (inList(coda, {"c", "ch", "p", "t"}) && tone != 2 && tone != 5) return false;
    return true;
}

namespace {

// Raw tokens: maximal runs of bytes that are not ASCII non-letters. Every
// encoding handled here keeps ASCII as ASCII, so word boundaries are the same
// whichever candidate is tried. Only tokens with a non-ASCII byte tell
// encodings apart.
void collectTokens(std::string_view s, std::vector<std::string_view>& out, size_t limit) {
    size_t i = 0;
    while (i < s.size() && out.size() < limit) {
        auto isSep = [](unsigned char c) { return c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); };
        while (i < s.size() && isSep(static_cast<unsigned char>(s[i]))) ++i;
        const size_t start = i;
        bool high = false;
        while (i < s.size() && !isSep(static_cast<unsigned char>(s[i]))) {
            if (static_cast<unsigned char>(s[i]) >= 0x80) high = true;
            ++i;
        }
        if (high && i - start <= 64) out.push_back(s.substr(start, i - start));
    }
}

enum class TokenClass { Syllable, Letters, Junk, Bad };

TokenClass classify(const std::string& decoded, bool anyScript) {
    if (isVietnameseSyllable(decoded)) return TokenClass::Syllable;
    bool letters = true;
    for (const char32_t cp : decodeUtf8(decoded)) {
        if (cp == kReplacement || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return TokenClass::Bad;
        if (!u_isalpha(static_cast<UChar32>(cp))) {
            letters = false;
            continue;
        }
        if (!anyScript) {
            UErrorCode st = U_ZERO_ERROR;
            const UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &st);
            if (U_FAILURE(st) || sc != USCRIPT_LATIN) letters = false;
        }
    }
    return letters ? TokenClass::Letters : TokenClass::Junk;
}

}  // namespace

std::vector<EncodingScore> scoreEncodings(const std::vector<std::string>& samples) {
    constexpr size_t kMaxSamples = 2000;
    constexpr size_t kMaxTokens = 6000;

    std::vector<size_t> nonAscii;
    for (size_t i = 0; i < samples.size(); ++i)
        if (!isAscii(samples[i])) nonAscii.push_back(i);
    if (nonAscii.empty()) return {};
    // Deterministic, evenly spread subset of the non-ASCII samples.
    std::vector<std::string_view> tokens;
    const size_t n = nonAscii.size();
    const size_t take = std::min(n, kMaxSamples);
    for (size_t k = 0; k < take && tokens.size() < kMaxTokens; ++k) {
        const std::string& s = samples[nonAscii[k * n / take]];
        collectTokens(s, tokens, kMaxTokens);
    }
    if (tokens.empty()) {  // non-ASCII bytes only in over-long tokens
        for (size_t k = 0; k < take && tokens.size() < 200; ++k) {
            const std::string_view s = samples[nonAscii[k * n / take]];
            tokens.push_back(s.substr(0, std::min<size_t>(s.size(), 256)));
        }
    }

    const TextEncoding order[] = {TextEncoding::Utf8, TextEncoding::Cp1258, TextEncoding::Tcvn3,
                                  TextEncoding::Vni, TextEncoding::Latin1};
    std::vector<EncodingScore> results;
    for (TextEncoding enc : order) {
        size_t syl = 0, let = 0, bad = 0;
        for (std::string_view t : tokens) {
            switch (classify(decodeToUtf8(t, enc), enc == TextEncoding::Utf8)) {
                case TokenClass::Syllable: ++syl; break;
                case TokenClass::Letters: ++let; break;
                case TokenClass::Junk: break;
                case TokenClass::Bad: ++bad; break;
            }
        }
        const double total = static_cast<double>(tokens.size());
        EncodingScore r;
        r.encoding = enc;
        r.words = tokens.size();
        r.syllables = syl / total;
        r.score = (syl + 0.2 * let - 1.0 * bad) / total;
        results.push_back(r);
    }
    // Stable: ties keep the order above (UTF-8 first, ISO-8859-1 last).
    std::stable_sort(results.begin(), results.end(),
                     [](const EncodingScore& a, const EncodingScore& b) { return a.score > b.score; });
    return results;
}

EncodingGuess detectEncoding(const std::vector<std::string>& samples) {
    EncodingGuess guess;
    const std::vector<EncodingScore> results = scoreEncodings(samples);
    if (results.empty()) {
        guess.encoding = TextEncoding::Utf8;
        guess.score = 1;
        guess.confidence = 1;
        guess.explanation = samples.empty() ? "ASCII only (no text)" : "ASCII only";
        return guess;
    }
    const EncodingScore& best = results[0];
    const EncodingScore& second = results[1];
    guess.encoding = best.encoding;
    guess.score = best.score;
    guess.confidence = std::clamp(best.score - second.score, 0.0, 1.0);
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "%s: %.0f%% of %zu non-ASCII words are valid Vietnamese syllables "
                  "(score %.3f; runner-up %s %.0f%%, score %.3f)",
                  toString(best.encoding), best.syllables * 100.0, best.words, best.score,
                  toString(second.encoding), second.syllables * 100.0, second.score);
    guess.explanation = buf;
    return guess;
}

std::string truncateUtf8(std::string_view s, std::size_t maxBytes) {
    if (s.size() <= maxBytes) return std::string(s);
    std::size_t end = maxBytes;
    // Back up over continuation bytes (10xxxxxx) to the start of the character
    // that straddles the limit, and drop that character.
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return std::string(s.substr(0, end));
}

}  // namespace geo
