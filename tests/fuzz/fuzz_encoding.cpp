// Fuzzes the text-encoding detector and decoders: any bytes, in any
// encoding, decode to valid UTF-8 in NFC (toNfc is idempotent on it), and
// detection returns a sane guess.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "geo/encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (geo::TextEncoding e : {geo::TextEncoding::Utf8, geo::TextEncoding::Cp1258, geo::TextEncoding::Tcvn3,
                                geo::TextEncoding::Vni, geo::TextEncoding::Latin1}) {
        std::string out = geo::decodeToUtf8(bytes, e);
        if (!vt_fuzz::isValidUtf8(out)) vt_fuzz::fail("decodeToUtf8 returned invalid UTF-8");
        if (geo::toNfc(out) != out) vt_fuzz::fail("decodeToUtf8 output is not NFC");
        (void)geo::isVietnameseSyllable(out);
        (void)geo::parseTextEncoding(geo::toString(e));
    }
    std::string nfc = geo::toNfc(bytes);
    if (!vt_fuzz::isValidUtf8(nfc)) vt_fuzz::fail("toNfc returned invalid UTF-8");
    if (geo::toNfc(nfc) != nfc) vt_fuzz::fail("toNfc is not idempotent");
    (void)geo::parseTextEncoding(bytes);

    // Samples as a DBF column would give them: one per line.
    std::vector<std::string> samples;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= bytes.size(); ++i)
        if (i == bytes.size() || bytes[i] == '\n') {
            samples.emplace_back(bytes.substr(start, i - start));
            start = i + 1;
        }
    geo::EncodingGuess g = geo::detectEncoding(samples);
    if (!std::isfinite(g.score) || !(g.confidence >= 0 && g.confidence <= 1))
        vt_fuzz::fail("detectEncoding returned a non-finite score or a confidence outside [0, 1]");
    if (!vt_fuzz::isValidUtf8(g.explanation)) vt_fuzz::fail("detectEncoding explanation is not UTF-8");
    return 0;
}
