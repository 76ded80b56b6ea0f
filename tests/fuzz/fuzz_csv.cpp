// Fuzzes table import: the input is written as a CSV file and read with
// geo::readLayer (GDAL's CSV driver, then our typing, WKT/XY geometry, CRS
// inference and UTF-8 NFC). Any bytes give a Layer or a geo::Error.
// The first byte chooses the options (WKT column, X/Y columns, empty allowed).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include "fuzz_util.h"
#include "geo/error.h"
#include "geo/source.h"

namespace {

const std::string& csvPath() {
    static const std::string path = [] {
        auto dir = std::filesystem::temp_directory_path() / ("vt-fuzz-csv-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        return (dir / "t.csv").string();
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    unsigned mode = data[0];
    const std::string& path = csvPath();
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data + 1, 1, size - 1, f);
        std::fclose(f);
    } else {
        return 0;
    }
    geo::ReadOptions options;
    if (mode & 1) options.wktField = "wkt";
    if (mode & 2) {
        options.xField = "x";
        options.yField = "y";
    }
    options.allowEmpty = (mode & 4) != 0;
    if (mode & 8) options.provinceCrsHint = "EPSG:9209";
    try {
        geo::Layer layer = geo::readLayer(path, options);
        for (const auto& feature : layer.features) {
            if (feature.attributes.size() != layer.fields.size()) vt_fuzz::fail("attributes not parallel to fields");
            for (const auto& v : feature.attributes)
                if (auto* s = std::get_if<std::string>(&v); s && !vt_fuzz::isValidUtf8(*s))
                    vt_fuzz::fail("attribute text is not UTF-8");
        }
        (void)layer.extent();
    } catch (const geo::Error&) {
    }
    return 0;
}
