#pragma once
// Encoding UTF-8 text back into the legacy encodings geo/encoding.h decodes
// (CP1258, TCVN3, VNI, Latin-1), so that an edited shapefile keeps the
// encoding its .cpg or its users expect.
#include <optional>
#include <string>
#include <string_view>

#include "geo/encoding.h"

namespace geo {

// The bytes that decodeToUtf8(bytes, encoding) reads as toNfc(utf8): the
// inverse of decoding, one character at a time, preferring a precomposed
// byte over a letter with a combining mark where the encoding has both
// (what Windows writes). nullopt when a character cannot be written in the
// encoding; `unencodable` (when given) then holds that character.
std::optional<std::string> encodeFromUtf8(std::string_view utf8, TextEncoding encoding,
                                          std::string* unencodable = nullptr);

}  // namespace geo
