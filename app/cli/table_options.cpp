// Options of commands that write tables for spreadsheets (table_options.h).
#include "table_options.h"

#include "geo/column_labels.h"

namespace cli {

std::vector<OptionSpec> csvDialectOptions() {
    return {{"--bom", "", "csv: start with a UTF-8 byte order mark (for Excel)"},
            {"--excel", "",
             "csv: Excel's dialect: a UTF-8 byte order mark and the locale's decimal separator, with ';' between "
             "fields when that is a comma"},
            {"--decimal", ",|.", "with --excel: the decimal separator (default: the locale's)"}};
}

geo::CsvDialect csvDialectArgument(const Arguments& args, bool csv, const std::string& csvOnly) {
    geo::CsvDialect dialect;
    for (const char* option : {"--excel", "--decimal", "--bom"})
        if (args.has(option) && !csv) throw UsageError(std::string(option) + " is for " + csvOnly);
    if (args.has("--decimal") && !args.has("--excel")) throw UsageError("--decimal goes with --excel");
    if (args.has("--excel")) {
        char decimal = geo::userDecimalSeparator().value_or('.');
        if (args.has("--decimal")) {
            const std::string d = args.get("--decimal");
            if (d != "," && d != ".") throw UsageError("--decimal must be ',' or '.', not '" + d + "'");
            decimal = d[0];
        }
        dialect = geo::CsvDialect::excel(decimal);
    }
    if (args.has("--bom")) dialect.bom = true;
    return dialect;
}

OptionSpec languageOption() {
    return {"--lang", "vi|en", "xlsx: language of the header row (default: the system's, as report)"};
}

std::string languageArgument(const Arguments& args) {
    if (!args.has("--lang")) return geo::localeLabelLanguage();
    const std::string language = args.get("--lang");
    if (!geo::isLabelLanguage(language)) throw UsageError("--lang must be vi or en, not '" + language + "'");
    return language;
}

}  // namespace cli
