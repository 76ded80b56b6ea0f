// Saving attribute edits to a CSV table (an investments register, a list of
// loans): the file is copied record by record, the records of features that
// were not edited byte for byte (their quoting, line endings and a byte
// order mark stay as they were), edited cells rewritten, deleted records
// dropped and new ones appended; then the copy is swapped in with the old
// file kept as a backup, as a shapefile's set is (layer_save_fileset.cpp).
// The .csvt beside it is not touched: the columns do not change.
//
// Which record is which feature is GDAL's numbering (FID 1 = the first
// record after the header; blank lines are no records; a quoted field may
// span lines). Before anything is written, every record as split here is
// compared with the feature GDAL reads for it: a file the two read
// differently is refused rather than saved by guesswork.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>

#include "geo/csv.h"
#include "geo/encoding.h"
#include "geo/text_encode.h"
#include "layer_save_internal.h"

namespace geo::detail {
namespace fs = std::filesystem;

namespace {

struct Span {
    std::size_t begin = 0, end = 0;
};

// One record of the file: its bytes [begin, end), its line ending
// [end, next), and each cell's raw bytes (quotes included).
struct CsvRecord {
    std::size_t begin = 0, end = 0, next = 0;
    std::vector<Span> cells;
};

std::string readWholeFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw IoError("cannot read '" + p.string() + "'");
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw IoError("cannot read '" + p.string() + "'");
    return bytes;
}

// GDAL's separator for a header line (CSVDetectSeperator): the first of
// ',', ';' or TAB outside quotes (',' when two different ones appear), else
// a space when the line has one, else ','.
char detectSeparator(std::string_view line) {
    bool inString = false;
    char found = '\0';
    bool space = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (!inString && (c == ',' || c == ';' || c == '\t')) {
            if (found == '\0') found = c;
            else if (found != c) return ',';
        } else if (!inString && c == ' ') {
            space = true;
        } else if (c == '"') {
            if (!inString || i + 1 >= line.size() || line[i + 1] != '"') inString = !inString;
            else ++i;
        }
    }
    return found ? found : (space ? ' ' : ',');
}

// The records of bytes from offset on, as GDAL's CSV reader splits them: a
// quote toggles quoting anywhere in a field, "" inside quotes is a quote, a
// line ending inside quotes belongs to the field, and an empty line is no record.
std::vector<CsvRecord> splitRecords(const std::string& bytes, std::size_t offset, char separator) {
    std::vector<CsvRecord> out;
    std::size_t i = offset;
    while (i < bytes.size()) {
        CsvRecord r;
        r.begin = i;
        bool inString = false;
        std::size_t cellBegin = i;
        while (i < bytes.size()) {
            char c = bytes[i];
            if (c == '"') {
                if (inString && i + 1 < bytes.size() && bytes[i + 1] == '"') ++i;
                else inString = !inString;
            } else if (!inString && c == separator) {
                r.cells.push_back({cellBegin, i});
                cellBegin = i + 1;
            } else if (!inString && (c == '\n' || c == '\r')) {
                break;
            }
            ++i;
        }
        r.end = i;
        r.cells.push_back({cellBegin, i});
        if (i < bytes.size() && bytes[i] == '\r') ++i;
        if (i < bytes.size() && bytes[i] == '\n') ++i;
        r.next = i;
        if (r.end > r.begin) out.push_back(std::move(r));  // an empty line is no record
    }
    return out;
}

// A cell's text with its quoting undone; a line break inside it reads as
// "\n" whatever it is in the file (GDAL joins a quoted field's lines so).
std::string cellText(const std::string& bytes, Span s) {
    std::string out;
    bool inString = false;
    for (std::size_t i = s.begin; i < s.end; ++i) {
        char c = bytes[i];
        if (c == '\r') {
            if (i + 1 < s.end && bytes[i + 1] == '\n') ++i;
            out += '\n';
            continue;
        }
        if (c == '"') {
            if (inString && i + 1 < s.end && bytes[i + 1] == '"') {
                out += '"';
                ++i;
            } else {
                inString = !inString;
            }
            continue;
        }
        out += c;
    }
    return out;
}

// What the reader makes of GDAL's field (empty text is null, as
// EMPTY_STRING_AS_NULL reads it), as raw bytes for text.
Value gdalValue(OGRFeatureH f, int i) {
    if (!OGR_F_IsFieldSetAndNotNull(f, i)) return {};
    switch (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i))) {
        case OFTInteger:
        case OFTInteger64: return static_cast<std::int64_t>(OGR_F_GetFieldAsInteger64(f, i));
        case OFTReal: return OGR_F_GetFieldAsDouble(f, i);
        default: {
            std::string s = OGR_F_GetFieldAsString(f, i);
            if (s.empty()) return {};
            return s;
        }
    }
}

class CsvEditor {
public:
    CsvEditor(const LayerEdits& edits, GDALDatasetH source)
        : edits_(edits), label_(sourceLabel(edits)), bytes_(readWholeFile(edits.sourcePath)) {
        if (bytes_.compare(0, 3, "\xEF\xBB\xBF") == 0) bodyStart_ = 3;
        std::size_t lineEnd = bytes_.find_first_of("\r\n", bodyStart_);
        separator_ = detectSeparator(std::string_view(bytes_).substr(
            bodyStart_, (lineEnd == std::string::npos ? bytes_.size() : lineEnd) - bodyStart_));
        records_ = splitRecords(bytes_, bodyStart_, separator_);
        if (records_.empty()) throw IoError("cannot save " + label_ + ": the file has no header line");
        header_ = records_.front();
        records_.erase(records_.begin());
        if (!edits.encoding.empty() && edits.encoding != "UTF-8") {
            encoding_ = parseTextEncoding(edits.encoding);
            if (!encoding_) throw Error("cannot save " + label_ + ": unknown text encoding '" + edits.encoding + "'");
        }
        layer_ = editedLayer(source, edits);
        checkSameReadingAsGdal();
        mapFields();
    }

    // The file with the edits applied; fills result's inserted FIDs.
    std::string apply(SaveResult& result, const ProgressFn& progress) const {
        std::map<std::int64_t, const FeatureEdit*> byFid;
        std::vector<const FeatureEdit*> inserts;
        for (const auto& e : edits_.edits) {
            if (e.kind == FeatureEdit::Kind::Insert) {
                inserts.push_back(&e);
                continue;
            }
            if (e.fid < 1 || e.fid > static_cast<std::int64_t>(records_.size()))
                throw Error("cannot save " + label_ + ": feature FID " + std::to_string(e.fid) +
                            " is no longer in the source");
            byFid[e.fid] = &e;
        }
        const SaveProgress ticker(progress, records_.size() + inserts.size());
        std::string out = bytes_.substr(0, header_.next);  // byte order mark and header as they are
        std::size_t at = header_.next;
        std::size_t kept = 0;
        for (std::size_t r = 0; r < records_.size(); ++r) {
            ticker.tick(r);
            const CsvRecord& rec = records_[r];
            out.append(bytes_, at, rec.begin - at);  // blank lines before it stay
            at = rec.next;
            auto it = byFid.find(static_cast<std::int64_t>(r + 1));
            if (it == byFid.end()) {
                out.append(bytes_, rec.begin, rec.next - rec.begin);
                ++kept;
                continue;
            }
            const FeatureEdit& e = *it->second;
            if (e.kind == FeatureEdit::Kind::Delete) continue;
            out += updatedRecord(rec, r, e);
            out.append(bytes_, rec.end, rec.next - rec.end);
            ++kept;
        }
        out.append(bytes_, at, bytes_.size() - at);
        if (!inserts.empty() && !out.empty() && out.back() != '\n' && out.back() != '\r') out += newline();
        std::size_t n = 0;
        for (const FeatureEdit* e : inserts) {
            ticker.tick(records_.size() + n);
            out += insertedRecord(*e, ++n) + newline();
            result.insertedFids.push_back(static_cast<std::int64_t>(kept + n));
        }
        return out;
    }

private:
    std::string which(std::int64_t fid) const { return "feature FID " + std::to_string(fid); }

    // Every record here must be the feature GDAL numbers the same, with the
    // same text in its text columns and the same empty cells.
    void checkSameReadingAsGdal() {
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer_);
        const int fields = OGR_FD_GetFieldCount(defn);
        if (static_cast<std::size_t>(fields) != header_.cells.size())
            throw IoError("cannot save " + label_ + ": GDAL reads " + std::to_string(fields) + " columns in its header, " +
                          std::to_string(header_.cells.size()) + " are found here; the file is left as it is");
        for (int i = 0; i < fields; ++i) {
            std::string name = cellText(bytes_, header_.cells[static_cast<std::size_t>(i)]);
            while (!name.empty() && name.back() == ' ') name.pop_back();
            columnNames_.push_back(name);
        }
        OGR_L_ResetReading(layer_);
        std::size_t r = 0;
        for (FeaturePtr f(OGR_L_GetNextFeature(layer_)); f; f.reset(OGR_L_GetNextFeature(layer_)), ++r) {
            auto differ = [&](const std::string& why) {
                return IoError("cannot save " + label_ + ": record " + std::to_string(r + 1) +
                               " is read differently by GDAL (" + why + "); the file is left as it is");
            };
            if (r >= records_.size()) throw differ("GDAL reads more records");
            if (OGR_F_GetFID(f.get()) != static_cast<GIntBig>(r + 1)) throw differ("its FID is " + std::to_string(OGR_F_GetFID(f.get())));
            const CsvRecord& rec = records_[r];
            for (int i = 0; i < fields; ++i) {
                const std::string cell = static_cast<std::size_t>(i) < rec.cells.size() ? cellText(bytes_, rec.cells[static_cast<std::size_t>(i)]) : std::string();
                const bool isText = OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i)) == OFTString;
                if (isText) {
                    const char* gdal = OGR_F_IsFieldSetAndNotNull(f.get(), i) ? OGR_F_GetFieldAsString(f.get(), i) : "";
                    if (cell != gdal) throw differ("column '" + columnNames_[static_cast<std::size_t>(i)] + "'");
                } else if (cell.empty() == OGR_F_IsFieldSetAndNotNull(f.get(), i)) {
                    throw differ("column '" + columnNames_[static_cast<std::size_t>(i)] + "' empty or not");
                }
            }
        }
        if (r != records_.size()) throw IoError("cannot save " + label_ + ": GDAL reads " + std::to_string(r) +
                                                " records, " + std::to_string(records_.size()) + " are found here; the file is left as it is");
    }

    // edits.fields[k] is column column_[k]: by name, else ignoring case.
    void mapFields() {
        auto lower = [](std::string s) {
            std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
            return s;
        };
        for (const auto& field : edits_.fields) {
            auto it = std::find(columnNames_.begin(), columnNames_.end(), field.name);
            if (it == columnNames_.end())
                it = std::find_if(columnNames_.begin(), columnNames_.end(),
                                  [&](const std::string& c) { return lower(c) == lower(field.name); });
            if (it == columnNames_.end())
                throw Error("cannot save " + label_ + ": the column '" + field.name + "' is no longer in the file");
            column_.push_back(static_cast<std::size_t>(it - columnNames_.begin()));
        }
    }

    std::string newline() const {
        return header_.next > header_.end ? bytes_.substr(header_.end, header_.next - header_.end) : std::string("\n");
    }

    void refuseGeometry(const FeatureEdit& e, const std::string& what) const {
        if (!e.geometry.isEmpty())
            throw Error("cannot save " + label_ + ", " + what +
                        ": VungTrong saves a CSV's attributes only, not its geometry columns; export the layer to a "
                        "GeoPackage to edit its geometry");
    }

    // The cell for v in field k, as the file writes it.
    std::string cellFor(std::size_t k, const Value& v, const std::string& what) const {
        const Field& field = edits_.fields[k];
        auto fail = [&](const std::string& why) {
            return Error("cannot save " + label_ + ", " + what + ", field '" + field.name + "': " + why);
        };
        if (std::holds_alternative<std::monostate>(v)) return {};
        OGRFieldType type = OGR_Fld_GetType(OGR_FD_GetFieldDefn(OGR_L_GetLayerDefn(layer_), static_cast<int>(column_[k])));
        if (type == OFTInteger || type == OFTInteger64) {
            std::optional<std::int64_t> n = toInteger(v);
            if (auto* s = std::get_if<std::string>(&v)) {
                std::int64_t parsed = 0;
                auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), parsed);
                n = ec == std::errc() && end == s->data() + s->size() ? std::optional<std::int64_t>(parsed) : std::nullopt;
            }
            if (auto* d = std::get_if<double>(&v); d && !(std::trunc(*d) == *d && std::fabs(*d) < 9e15)) n.reset();
            if (!n) throw fail("'" + toText(v) + "' is not a whole number");
            if (type == OFTInteger && (*n > 2147483647 || *n < -2147483647 - 1))
                throw fail(std::to_string(*n) + " does not fit the column (32-bit integers, .csvt)");
            return std::to_string(*n);
        }
        if (type == OFTReal) {
            std::optional<double> x = toNumber(v);
            if (auto* s = std::get_if<std::string>(&v)) {
                double parsed = 0;
                auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), parsed);
                x = ec == std::errc() && end == s->data() + s->size() ? std::optional<double>(parsed) : std::nullopt;
            }
            if (!x || !std::isfinite(*x)) throw fail("'" + toText(v) + "' is not a number");
            char buf[64];
            auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *x);  // shortest text that reads back the same
            if (ec != std::errc()) throw fail("the number cannot be written");
            return std::string(buf, end);
        }
        std::string text = toText(v);
        if (encoding_) text = encodeForSource(text, *encoding_, "file's", fail);
        return csvText(text, separator_);
    }

    std::string updatedRecord(const CsvRecord& rec, std::size_t r, const FeatureEdit& e) const {
        const std::string what = which(e.fid);
        if (e.attributes.size() != edits_.fields.size())
            throw Error("cannot save " + label_ + ", " + what + ": it has " + std::to_string(e.attributes.size()) +
                        " attribute(s) for " + std::to_string(edits_.fields.size()) + " field(s)");
        refuseGeometry(e, what);
        FeaturePtr was(OGR_L_GetFeature(layer_, static_cast<GIntBig>(r + 1)));
        if (!was) throw Error("cannot save " + label_ + ": " + what + " is no longer in the source");
        std::vector<std::string> cells;
        for (const Span& s : rec.cells) cells.push_back(bytes_.substr(s.begin, s.end - s.begin));
        for (std::size_t k = 0; k < edits_.fields.size(); ++k) {
            const int col = static_cast<int>(column_[k]);
            Value before = gdalValue(was.get(), col);
            if (auto* s = std::get_if<std::string>(&before); s && encoding_) before = decodeToUtf8(*s, *encoding_);
            if (before == e.attributes[k]) continue;  // the cell as it was, quoting and all
            if (cells.size() <= column_[k]) cells.resize(column_[k] + 1);
            cells[column_[k]] = cellFor(k, e.attributes[k], what);
        }
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? std::string(1, separator_) : std::string()) + cells[i];
        return out;
    }

    std::string insertedRecord(const FeatureEdit& e, std::size_t n) const {
        const std::string what = "new feature " + std::to_string(n);
        if (e.attributes.size() != edits_.fields.size())
            throw Error("cannot save " + label_ + ", " + what + ": it has " + std::to_string(e.attributes.size()) +
                        " attribute(s) for " + std::to_string(edits_.fields.size()) + " field(s)");
        refuseGeometry(e, what);
        std::vector<std::string> cells(columnNames_.size());
        for (std::size_t k = 0; k < edits_.fields.size(); ++k) cells[column_[k]] = cellFor(k, e.attributes[k], what);
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? std::string(1, separator_) : std::string()) + cells[i];
        if (out.empty()) out = "\"\"";  // one empty column: an empty line would be no record
        return out;
    }

    const LayerEdits& edits_;
    std::string label_;
    std::string bytes_;
    std::size_t bodyStart_ = 0;
    char separator_ = ',';
    CsvRecord header_;
    std::vector<CsvRecord> records_;
    std::vector<std::string> columnNames_;
    std::vector<std::size_t> column_;
    std::optional<TextEncoding> encoding_;
    OGRLayerH layer_ = nullptr;
};

}  // namespace

SaveResult saveCsvEdits(const LayerEdits& edits, GDALDatasetH source, const SaveHooks& hooks,
                        const ProgressFn& progress) {
    SaveResult result;
    std::string bytes;
    {
        CsvEditor editor(edits, source);
        bytes = editor.apply(result, progress);
    }
    // A record's FID is its position: after a delete, those behind it move up.
    result.fidsRenumbered = std::any_of(edits.edits.begin(), edits.edits.end(),
                                        [](const FeatureEdit& e) { return e.kind == FeatureEdit::Kind::Delete; });
    result.backup = replaceFileWithBackup(edits.sourcePath, bytes, hooks);
    SaveProgress(progress, 0).done();
    return result;
}

}  // namespace geo::detail
