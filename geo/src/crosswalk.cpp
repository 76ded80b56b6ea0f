#include "geo/crosswalk.h"

#include <fstream>
#include <iterator>
#include <unordered_map>

#include "geo/error.h"
#include "geo/link.h"
#include "geo/source.h"
#include "geo/source_reach.h"

namespace geo {

std::vector<int> csvRecordLines(const std::string& text) {
    std::vector<int> starts;
    bool quoted = false, lineEmpty = true, recordOpen = false;
    int line = 1;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '\n';
        if (c == '\n') {
            // A record ends at a line break outside quotes; an empty line is no record.
            if (!quoted) recordOpen = false;
            ++line;
            lineEmpty = true;
            continue;
        }
        if (c == '\r') continue;
        if (lineEmpty && !recordOpen) {
            starts.push_back(line);
            recordOpen = true;
        }
        lineEmpty = false;
        if (c == '"') quoted = !quoted;  // "" inside quotes toggles twice: still quoted
    }
    return starts;
}

namespace {

std::string cell(const Feature& f, int field) {
    if (field < 0 || static_cast<std::size_t>(field) >= f.attributes.size()) return {};
    return toText(f.attributes[static_cast<std::size_t>(field)]);
}

// The line of each feature read from path: the CSV's record lines when they
// agree with what GDAL read, else nothing (messages then say "row N").
std::vector<int> featureLines(const std::string& path, std::size_t features) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<int> lines = csvRecordLines(text);
    if (lines.size() != features + 1) return {};
    lines.erase(lines.begin());  // the header
    return lines;
}

}  // namespace

CrosswalkTable readCrosswalk(const Project& project) {
    if (!project.crosswalk) throw Error("the project has no crosswalk");
    const Crosswalk& cw = *project.crosswalk;
    CrosswalkTable out;
    out.path = project.resolve(cw.path);
    ReadOptions options;
    options.reach = projectReach(project);
    Layer table = readLayer(out.path, options);
    const int from = table.requireField(cw.fromField), to = table.requireField(cw.toField);
    const int name = table.fieldIndex(cw.toNameField);
    const std::vector<int> lines = featureLines(out.path, table.features.size());

    std::unordered_map<std::string, std::size_t> rowOfCode;  // normalised old code → its first row
    for (std::size_t i = 0; i < table.features.size(); ++i) {
        const Feature& f = table.features[i];
        CrosswalkRow row{cell(f, from), cell(f, to), cell(f, name), lines.empty() ? 0 : lines[i]};
        const std::string where =
            out.path + (row.line > 0 ? ", line " + std::to_string(row.line) : ", row " + std::to_string(i + 1));
        auto problem = [&](CrosswalkProblem::Kind kind, const std::string& what) {
            out.problems.push_back({kind, row.line, "crosswalk " + where + ": " + what});
        };
        const std::string fromKey = normaliseKey(row.from);
        if (fromKey.empty()) {
            problem(CrosswalkProblem::Kind::Row, "no old code (" + cw.fromField + "); the line is ignored");
            continue;
        }
        if (normaliseKey(row.to).empty()) {
            problem(CrosswalkProblem::Kind::Row,
                    "no new code (" + cw.toField + ") for old code '" + row.from + "'; the line is ignored");
            continue;
        }
        if (auto first = rowOfCode.find(fromKey); first != rowOfCode.end()) {
            const CrosswalkRow& earlier = out.rows[first->second];
            const std::string earlierAt = earlier.line > 0 ? "line " + std::to_string(earlier.line) : "an earlier row";
            if (normaliseKey(earlier.to) == normaliseKey(row.to))
                problem(CrosswalkProblem::Kind::Duplicate,
                        "old code '" + row.from + "' repeats " + earlierAt + "; the line is ignored");
            else
                problem(CrosswalkProblem::Kind::Duplicate,
                        "old code '" + row.from + "' is mapped to '" + earlier.to + "' on " + earlierAt +
                            " already; this line's '" + row.to + "' is ignored (the first line wins)");
            continue;
        }
        rowOfCode.emplace(fromKey, out.rows.size());
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace geo
