#pragma once
// The options of commands that write tables people open in spreadsheets:
// --excel [--decimal ,|.] (and --bom) for CSV through geo/csv.h's dialect,
// and --lang vi|en for the header row of an XLSX (geo/column_labels.h).
// export, stats and validate share them, so they mean the same everywhere.
#include <string>
#include <vector>

#include "command_line.h"
#include "geo/csv.h"

namespace cli {

// --excel, --decimal and --bom.
std::vector<OptionSpec> csvDialectOptions();
// The dialect they ask for: Excel's decimal separator is the locale's unless
// --decimal says. csv: whether the output is CSV (the options are refused
// otherwise, naming `csvOnly`, e.g. "--format csv").
geo::CsvDialect csvDialectArgument(const Arguments& args, bool csv, const std::string& csvOnly = "--format csv");

// --lang vi|en.
OptionSpec languageOption();
// Its value, checked; by default the locale's (geo::localeLabelLanguage),
// as `report` does.
std::string languageArgument(const Arguments& args);

}  // namespace cli
