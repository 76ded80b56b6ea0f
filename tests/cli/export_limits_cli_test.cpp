// Issue 16: `vungtrong-cli export` says what a format could not hold: an
// XLSX cell over 32,767 characters, a shapefile's fields beyond 255. The
// sources are CSV files made here; GDAL reads the outputs back, and the
// sources are byte-identical afterwards.
#include <cpl_conv.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CliRun {
    int status = -1;
    std::string out;
};

// The CLI with args (already quoted), stdout captured, stderr to the test's.
CliRun runCli(const std::string& args) {
    CliRun r;
    FILE* p = ::popen((std::string("'") + VT_CLI + "' " + args).c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf;
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
    int status = ::pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string readBytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

struct Folder {
    fs::path path = fs::temp_directory_path() / ("vt-cli-limits-" + std::to_string(::getpid()));
    Folder() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

struct DatasetCloser {
    void operator()(void* d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;
Dataset openWithGdal(const fs::path& p) {
    GDALAllRegister();
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    return Dataset(GDALOpenEx(p.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

TEST(CliExportLimits, ALongXlsxCellIsCutAndTheNoteNamesRowAndField) {
    Folder dir;
    std::string longText;
    for (int i = 0; i < 40000; ++i) longText += "ệ";
    const std::string source = "ma,ghi_chu\nA1,ngắn\nA2," + longText + "\n";
    writeBytes(dir.path / "notes.csv", source);
    fs::path out = dir.path / "notes.xlsx";
    CliRun r = runCli("export '" + (dir.path / "notes.csv").string() + "' --format xlsx --out '" + out.string() + "'");
    ASSERT_EQ(r.status, 0) << r.out;
    // Row 3 of the sheet (row 1 is the header), the CSV's second record (GDAL's FID 2).
    EXPECT_NE(r.out.find("\nnote: sheet 'notes', row 3 (feature 2), field ghi_chu: text of 40000 characters cut to "
                         "32767 (an Excel cell holds 32,767)\n"),
              std::string::npos)
        << r.out;
    Dataset ds = openWithGdal(out);
    ASSERT_TRUE(ds);
    OGRLayerH l = GDALDatasetGetLayer(ds.get(), 0);
    OGR_L_SetNextByIndex(l, 1);
    OGRFeatureH f = OGR_L_GetNextFeature(l);
    ASSERT_TRUE(f);
    EXPECT_EQ(std::string(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "ghi_chu"))), longText.substr(0, 3 * 32767));
    OGR_F_Destroy(f);
    EXPECT_EQ(readBytes(dir.path / "notes.csv"), source);
}

TEST(CliExportLimits, AShapefileOfAWideTableListsTheFieldsLeftOut) {
    Folder dir;
    std::string header, row;
    for (int i = 1; i <= 260; ++i) {
        header.append(i > 1 ? ",c" : "c").append(std::to_string(i));
        row.append(i > 1 ? "," : "").append(std::to_string(i * 3));
    }
    const std::string source = "WKT," + header + "\n\"POINT (105.97 9.6)\"," + row + "\n";
    writeBytes(dir.path / "wide.csv", source);
    fs::path out = dir.path / "wide_out.shp";  // not wide.shp: a sidecar name of the source wide.csv
    CliRun r = runCli("export '" + (dir.path / "wide.csv").string() + "' --format shp --out '" + out.string() + "'");
    ASSERT_EQ(r.status, 0) << r.out;
    // GDAL takes the point from the WKT column and, as geo's reader asks it
    // to (KEEP_GEOM_COLUMNS), keeps the column as a field: 261 fields, WKT, c1 … c260.
    EXPECT_NE(r.out.find("\nnote: wide: a shapefile holds at most 255 fields and the layer has 261; fields 256 to 261 "
                         "were left out: c255, c256, c257, c258, c259, c260 (export to GeoPackage to keep them)\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("note: fields left out; mapping in " + (dir.path / "wide_out.fieldmap.csv").string()),
              std::string::npos) << r.out;
    Dataset ds = openWithGdal(out);
    ASSERT_TRUE(ds);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(GDALDatasetGetLayer(ds.get(), 0));
    ASSERT_EQ(OGR_FD_GetFieldCount(defn), 255);
    EXPECT_STREQ(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, 254)), "c254");
    EXPECT_EQ(readBytes(dir.path / "wide.csv"), source);
}

}  // namespace
