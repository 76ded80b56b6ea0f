#pragma once
// The data-quality report: what is wrong or doubtful in a project's data,
// each finding naming the layer, the feature (index, fid) and its code.
// Computed from the same workspace, links and statistics as the numbers.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/stats.h"

namespace geo {

enum class Severity { Info, Warning, Error };
const char* toString(Severity s);  // "info", "warning", "error"
std::optional<Severity> parseSeverity(const std::string& s);

// Kinds of finding, stable identifiers for scripts and the severity table.
namespace finding {
inline constexpr const char* LoadError = "load_error";            // a layer could not be read
inline constexpr const char* LoadWarning = "load_warning";        // reader warnings (truncation, …)
inline constexpr const char* CrsGuess = "crs_guess";              // CRS inferred from coordinates
inline constexpr const char* AxisSwapped = "axis_swapped";        // degrees written latitude first, not declared
inline constexpr const char* EncodingGuess = "encoding_guess";    // text encoding detected
inline constexpr const char* EncodingDoubt = "encoding_doubt";    // the encoding set by the user looks wrong
inline constexpr const char* InvalidGeometry = "invalid_geometry";  // repaired with make-valid
inline constexpr const char* EmptyGeometry = "empty_geometry";
inline constexpr const char* DuplicateCode = "duplicate_code";
inline constexpr const char* Overlap = "overlap";                 // two planting areas overlap
inline constexpr const char* OutsideZones = "outside_zones";      // feature outside every zone
inline constexpr const char* UnlinkedPlanting = "unlinked_planting_area";
inline constexpr const char* UnlinkedInvestment = "unlinked_investment";
inline constexpr const char* MissingKey = "missing_key";          // a cooperative without key
inline constexpr const char* CodePattern = "code_pattern";
inline constexpr const char* DeclaredArea = "declared_area";      // declared vs measured beyond tolerance
inline constexpr const char* ZoneFieldsGuessed = "zone_fields_guessed";  // zones layer without code/name mapping
inline constexpr const char* ZoneNamesRepeat = "zone_names_repeat";      // the chosen names (codes) repeat
inline constexpr const char* OutsideProjectFolder = "outside_project_folder";  // a layer path leads out of the project folder
inline constexpr const char* BadNumber = "bad_number";            // an amount that is not a clean number: not counted
inline constexpr const char* NoBoundary = "no_boundary";          // a planting area given as a point (register row)
inline constexpr const char* ImplausibleNumber = "implausible_number";  // a declared area, members or amount no feature can have: not counted
}  // namespace finding

struct Finding {
    std::string kind;         // one of geo::finding::*
    Severity severity = Severity::Warning;
    std::string layerId;
    int feature = -1;         // feature index in the layer, -1 for the layer as a whole
    std::int64_t fid = -1;    // the source's feature id
    std::string code;         // the feature's code or key, when it has one
    std::string message;      // one line, for people
    std::optional<double> hectares;  // overlap or area difference, when relevant
    // The facts the message is made of, by name, so that an interface can say
    // the same in another language: "sentence" names which sentence of the
    // kind it is (e.g. "outside_part"), numbers are as printed in the message
    // ("2.70"). Empty for messages passed on from readers.
    std::map<std::string, std::string> facts;
};

struct QualityReport {
    std::vector<Finding> findings;  // ordered by layer order, then feature, then kind
    int count(Severity s) const;
    bool hasAtLeast(Severity s) const;
};

// Default severity of each kind; a project may override them (kind → severity).
Severity defaultSeverity(const std::string& kind);

// The project's "quality_severity" table as severities.
std::map<std::string, Severity> severityOverrides(const Project& project);

QualityReport checkQuality(const Workspace& ws, const Links& links, const Statistics& stats,
                           const std::map<std::string, Severity>& severityOverrides = {});

}  // namespace geo
