#include "geo/text_encode.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace geo {
namespace {

// The length of the UTF-8 sequence starting with byte c (1 for a stray byte).
std::size_t utf8Length(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

bool isOneCharacter(const std::string& utf8) {
    return !utf8.empty() && utf8Length(static_cast<unsigned char>(utf8[0])) == utf8.size();
}

using ReverseTable = std::map<std::string, std::string>;  // one NFC character (UTF-8) → its bytes

// Built by decoding every one- and two-byte sequence: the decoder is the
// definition of the encoding, so the table cannot disagree with it.
ReverseTable buildReverseTable(TextEncoding encoding) {
    static const std::string kReplacement = "\xEF\xBF\xBD";
    ReverseTable table;
    for (int b = 1; b < 256; ++b) {
        std::string bytes(1, static_cast<char>(b));
        std::string text = decodeToUtf8(bytes, encoding);
        if (text != kReplacement && isOneCharacter(text)) table.emplace(text, bytes);
    }
    // Two bytes: a letter and a combining tone mark (CP1258, VNI). Shorter
    // sequences found above win (emplace keeps the first).
    for (int a = 1; a < 256; ++a)
        for (int b = 1; b < 256; ++b) {
            std::string bytes{static_cast<char>(a), static_cast<char>(b)};
            std::string text = decodeToUtf8(bytes, encoding);
            if (text.find(kReplacement) == std::string::npos && isOneCharacter(text)) table.emplace(text, bytes);
        }
    return table;
}

const ReverseTable& reverseTable(TextEncoding encoding) {
    static std::mutex mutex;
    static std::map<TextEncoding, ReverseTable> tables;
    std::lock_guard lock(mutex);
    auto it = tables.find(encoding);
    if (it == tables.end()) it = tables.emplace(encoding, buildReverseTable(encoding)).first;
    return it->second;
}

}  // namespace

std::optional<std::string> encodeFromUtf8(std::string_view utf8, TextEncoding encoding, std::string* unencodable) {
    const std::string text = toNfc(utf8);
    if (encoding == TextEncoding::Utf8) return text;
    const ReverseTable& table = reverseTable(encoding);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = std::min(utf8Length(static_cast<unsigned char>(text[i])), text.size() - i);
        std::string character = text.substr(i, n);
        i += n;
        auto it = table.find(character);
        if (it == table.end()) {
            if (unencodable) *unencodable = character;
            return std::nullopt;
        }
        out += it->second;
    }
    // Character by character is only right if the decoder reads the whole
    // back the same: checked, never assumed.
    if (decodeToUtf8(out, encoding) != text) {
        if (unencodable) unencodable->clear();
        return std::nullopt;
    }
    return out;
}

}  // namespace geo
