#pragma once
// The project's crosswalk (a CSV: old zone code → new unit code and name),
// read when the project loads, so that a missing file or a line that cannot
// be used is said with the other load issues, naming the file and line,
// before any statistics run (geo/workspace.h: loadCrosswalk).
#include <string>
#include <vector>

#include "geo/project.h"

namespace geo {

struct CrosswalkRow {
    std::string from;    // old zone code, as in the file (UTF-8 NFC)
    std::string to;      // new unit code, never empty
    std::string toName;  // new unit name ("" when the file has no such column or cell)
    int line = 0;        // where the row starts in the file (the header is line 1)
};

struct CrosswalkProblem {
    enum class Kind {
        Row,        // no old or no new code: the line is ignored
        Duplicate,  // an old code already on an earlier line: that line wins
    } kind = Kind::Row;
    int line = 0;
    std::string message;  // names the file and the line
};

struct CrosswalkTable {
    std::string path;  // the file read (resolved against the project)
    // Rows with an old and a new code, in file order; an old code given again
    // stays (aggregateByCrosswalk keeps the first mapping of each zone).
    std::vector<CrosswalkRow> rows;
    std::vector<CrosswalkProblem> problems;
};

// Reads project.crosswalk (the project must have one). Throws geo::Error
// naming the file when it cannot be read or lacks the old or new code field.
CrosswalkTable readCrosswalk(const Project& project);

// The line each record of CSV text starts on, header included, as GDAL's CSV
// driver counts records: quoted fields may span lines, blank lines are
// skipped. Record i (0 = header) starts on line result[i] (1-based).
std::vector<int> csvRecordLines(const std::string& text);

}  // namespace geo
