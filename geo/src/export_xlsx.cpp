// XLSX by libxlsxwriter. GDAL 3.6's XLSX driver writes no cell formats: a
// hectare figure then shows as Excel's "General" (15 digits, or rounded to
// the column's width). Here a real column shows 2 decimals ("#,##0.00")
// while its cell keeps the full double, an integer column shows grouped
// ("#,##0"), and the header row (bold, frozen) is in the interface language
// (geo/column_labels.h). Written to a temporary file beside the target, read
// back with GDAL (every sheet, every row) before it replaces the target.
#include <xlsxwriter.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>

#include "export_detail.h"
#include "geo/atomic_file.h"
#include "geo/column_labels.h"
#include "geo/encoding.h"
#include "geo/error.h"

namespace geo::detail {

namespace {

// Excel's sheet: 1,048,576 rows, the first the header.
constexpr std::size_t kXlsxDataRows = 1048575;
// A double holds every integer up to 2^53 exactly; beyond, an integer cell
// would change its value, so it is written as text.
constexpr std::int64_t kExactInDouble = std::int64_t{1} << 53;
constexpr std::size_t kMaxListedNotes = 20;

// The workbook, closed (and freed) exactly once: workbook_close both writes
// the file and frees it, so a failure path closes it too.
class Workbook {
public:
    Workbook(const std::string& path, const std::string& target) : target_(target) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = nullptr;
        options.use_zip64 = LXW_TRUE;  // a sheet's XML may pass 4 GB on a huge layer
        wb_ = workbook_new_opt(path.c_str(), &options);
        if (!wb_) throw IoError("cannot write '" + target_ + "': libxlsxwriter cannot create the workbook");
    }
    ~Workbook() {
        if (wb_) workbook_close(wb_);  // after a failure: frees it; the temporary file is removed by AtomicReplace
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;
    lxw_workbook* get() { return wb_; }
    void close() {
        lxw_error err = workbook_close(wb_);
        wb_ = nullptr;
        if (err != LXW_NO_ERROR)
            throw IoError("cannot write '" + target_ + "': " + lxw_strerror(err) + "; nothing was replaced");
    }

private:
    lxw_workbook* wb_ = nullptr;
    std::string target_;
};

struct Formats {
    lxw_format* header;
    lxw_format* real;     // 2 decimals shown, full precision kept
    lxw_format* integer;  // grouped, no decimals
    lxw_format* date;
};

Formats makeFormats(lxw_workbook* wb) {
    Formats f{workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb)};
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_num_format(f.real, "#,##0.00");
    format_set_num_format(f.integer, "#,##0");
    format_set_num_format(f.date, "yyyy-mm-dd");
    return f;
}

// "2022-05-01" (geo's date text, after isoDateText) as Excel's date; nullopt
// for anything else, then written as the text.
std::optional<lxw_datetime> excelDate(const std::string& iso) {
    int y = 0, m = 0, d = 0;
    char rest = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &rest) < 3) return std::nullopt;
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;  // Excel's dates start in 1900
    lxw_datetime dt{};
    dt.year = y;
    dt.month = m;
    dt.day = d;
    return dt;
}

void writeSheet(lxw_workbook* wb, const Formats& formats, const ExportTable& table, const ExportOptions& options,
                const std::string& sheet, ProgressTicker& ticker, std::size_t& done, ExportReport& report) {
    const std::string where = "cannot write '" + options.outputPath + "': sheet '" + sheet + "'";
    if (table.features.size() > kXlsxDataRows)
        throw Error(where + " would have " + std::to_string(table.features.size()) +
                    " rows; an Excel sheet holds 1,048,575 below its header: export to CSV or GeoPackage instead");
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.c_str());
    if (!ws) throw IoError(where + ": libxlsxwriter refused the sheet name");
    auto check = [&](lxw_error err, std::size_t row, std::size_t col) {
        if (err != LXW_NO_ERROR && err != LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            throw IoError(where + ", row " + std::to_string(row + 1) + ", column " + std::to_string(col + 1) + ": " +
                          lxw_strerror(err));
    };
    const std::string language = isLabelLanguage(options.language) ? options.language : "en";
    for (std::size_t c = 0; c < table.fields.size(); ++c) {
        const std::string& name = table.fields[c].name;
        const bool label = table.geoColumns || name.rfind("vt_", 0) == 0;
        const std::string header = toNfc(label ? columnLabel(name, language) : name);
        check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header.c_str(), formats.header), 0, c);
        // Wide enough for a header of a few words or a figure in the millions.
        const double width = table.fields[c].type == FieldType::String ? 24 : 16;
        check(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr), 0, c);
    }
    worksheet_freeze_panes(ws, 1, 0);

    std::size_t cut = 0;
    for (std::size_t r = 0; r < table.features.size(); ++r) {
        ticker.tick(done++);
        const Feature& f = table.features[r];
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < table.fields.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const Value v = c < f.attributes.size() ? f.attributes[c] : Value{};
            lxw_error err = LXW_NO_ERROR;
            if (const auto* n = std::get_if<std::int64_t>(&v)) {
                if (*n > -kExactInDouble && *n < kExactInDouble)
                    err = worksheet_write_number(ws, row, col, static_cast<double>(*n), formats.integer);
                else
                    err = worksheet_write_string(ws, row, col, std::to_string(*n).c_str(), nullptr);
            } else if (const auto* d = std::get_if<double>(&v)) {
                if (std::isfinite(*d)) err = worksheet_write_number(ws, row, col, *d, formats.real);
            } else if (const auto* s = std::get_if<std::string>(&v)) {
                std::string text = toNfc(table.fields[c].type == FieldType::Date ? isoDateText(*s) : *s);
                std::optional<lxw_datetime> date;
                if (table.fields[c].type == FieldType::Date) date = excelDate(text);
                if (date) {
                    err = worksheet_write_datetime(ws, row, col, &*date, formats.date);
                } else {
                    Utf16Cut length = utf16Cut(text, kXlsxCellUnits);
                    if (length.units > kXlsxCellUnits) {
                        text.resize(length.keepBytes);
                        if (cut++ < kMaxListedNotes)
                            // Row r + 2: the sheet's first row is the header.
                            report.notes.push_back("sheet '" + sheet + "', row " + std::to_string(r + 2) + " (feature " +
                                                   std::to_string(f.fid) + "), field " + table.fields[c].name +
                                                   ": text of " + std::to_string(length.units) + " characters cut to " +
                                                   std::to_string(utf16Cut(text, 0).units) +
                                                   " (an Excel cell holds 32,767)");
                    }
                    err = worksheet_write_string(ws, row, col, text.c_str(), nullptr);
                }
            }
            check(err, r + 1, c);
        }
    }
    if (cut > kMaxListedNotes)
        report.notes.push_back(sheet + ": " + std::to_string(cut - kMaxListedNotes) + " more text values cut");
    report.featuresWritten += table.features.size();
}

}  // namespace

void writeXlsx(const std::vector<ExportTable>& tables, const ExportOptions& options, const ProgressFn& progress,
               ExportReport& report) {
    if (tables.empty()) throw Error("nothing to export");
    std::size_t total = 0;
    for (const auto& t : tables) total += t.features.size();
    ProgressTicker ticker(progress, total, "writing xlsx");

    AtomicReplace replace(options.outputPath);
    report.notes.insert(report.notes.end(), replace.notes().begin(), replace.notes().end());
    std::vector<std::pair<std::string, std::size_t>> written;  // sheet → rows, to read back
    {
        Workbook wb(replace.tempPath(), options.outputPath);
        const Formats formats = makeFormats(wb.get());
        std::set<std::string> sheets;
        std::size_t done = 0;
        for (const auto& t : tables) {
            std::string sheet = sheetName(toNfc(t.name), sheets);
            writeSheet(wb.get(), formats, t, options, sheet, ticker, done, report);
            written.emplace_back(sheet, t.features.size());
        }
        wb.close();
    }
    readBack(replace.tempPath(), "XLSX", written, options.outputPath);
    replace.commit();
}

}  // namespace geo::detail
