#pragma once
// Text encodings of Vietnamese attribute data: UTF-8, CP1258 (Windows),
// TCVN3 (ABC) and VNI (Windows), all decoded to UTF-8 in Unicode NFC, and a
// detector for files whose .cpg/LDID is missing or wrong.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

enum class TextEncoding { Utf8, Cp1258, Tcvn3, Vni, Latin1 };

const char* toString(TextEncoding e);  // "UTF-8", "CP1258", "TCVN3", "VNI", "ISO-8859-1"
// Parses the names above and common aliases ("utf8", "1258", "windows-1258",
// "abc", "tcvn", "vni-win"), case-insensitive. nullopt when unknown.
std::optional<TextEncoding> parseTextEncoding(std::string_view name);

// Decode bytes in the given encoding to UTF-8 NFC. Never throws: bytes that
// cannot be decoded become U+FFFD.
std::string decodeToUtf8(std::string_view bytes, TextEncoding encoding);

// Unicode NFC normalisation of UTF-8 text (invalid UTF-8 → U+FFFD).
std::string toNfc(std::string_view utf8);

// Text cut to at most maxBytes bytes without splitting a UTF-8 character
// (nor leaving a dangling lead byte): a DBF's 254 bytes, a code in a message.
std::string truncateUtf8(std::string_view utf8, std::size_t maxBytes);

// True when utf8 (one word, any case, NFC) is a well-formed Vietnamese
// syllable: onset + vowel cluster + final consonant, at most one tone mark,
// and only the acute or dot-below tone before a stop final (c, ch, p, t).
bool isVietnameseSyllable(std::string_view utf8);

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    double score = 0;         // plausibility of the decoded text, higher is better
    double confidence = 0;    // 0..1, margin over the runner-up
    std::string explanation;  // e.g. "TCVN3: 98% of words are valid Vietnamese syllables"
};

// How plausible one layer's text is when decoded with one encoding.
struct EncodingScore {
    TextEncoding encoding = TextEncoding::Utf8;
    double score = 0;         // (syllables + 0.2 × other letter words − undecodable words) / words
    double syllables = 0;     // fraction of the non-ASCII words that are valid Vietnamese syllables
    std::size_t words = 0;    // non-ASCII words scored
};

// Every candidate encoding scored on samples (raw byte strings of one
// layer's text fields), best first; empty when the samples are all ASCII
// (every candidate reads them alike).
std::vector<EncodingScore> scoreEncodings(const std::vector<std::string>& samples);

// Score each candidate encoding by how plausible the decoded Vietnamese is
// (valid syllables, tone placement) and return the best. samples: raw byte
// strings of one layer's text fields.
EncodingGuess detectEncoding(const std::vector<std::string>& samples);

}  // namespace geo
