// Column headers for people (geo/column_labels.h).
#include "geo/column_labels.h"

#include <cstdlib>

#include "geo/statistics_columns.h"

namespace geo {
namespace {

struct Label {
    std::string_view name;
    std::string_view en;
    std::string_view vi;
};

// The Vietnamese are the app's own words for the same figures
// (app/i18n/translate_vi.py: the statistics panel, the quality dock).
constexpr Label kLabels[] = {
    // Statistics (geo/statistics_columns.h).
    {column::kZoneCode, "Zone code", "Mã vùng"},
    {column::kZoneName, "Zone", "Vùng"},
    {column::kZoneHa, "Zone area (ha)", "Diện tích vùng (ha)"},
    {column::kGrossPlantedHa, "Gross planted (ha)", "Diện tích trồng gộp (ha)"},
    {column::kNetPlantedHa, "Net planted (ha)", "Diện tích trồng thực (ha)"},
    {column::kCoveragePct, "Coverage (%)", "Tỷ lệ phủ (%)"},
    {column::kCodes, "Codes", "Số mã"},
    {column::kCooperatives, "Cooperatives", "Số hợp tác xã"},
    {column::kMembers, "Members", "Thành viên"},
    {column::kOcopCooperatives, "OCOP cooperatives", "HTX có OCOP"},
    {column::kInvestmentVnd, "Investment (VND)", "Đầu tư (VNĐ)"},
    {column::kDeclaredHa, "Declared area (ha)", "Diện tích khai báo (ha)"},
    {column::kCodesWithoutBoundary, "Codes without a boundary", "Số mã không có ranh giới"},
    {column::kCoopKey, "Cooperative code", "Mã hợp tác xã"},
    {column::kCoopName, "Cooperative", "Hợp tác xã"},
    {column::kOcopStars, "OCOP stars", "Sao OCOP"},
    {column::kPlantedHa, "Planted area (ha)", "Diện tích trồng (ha)"},
    {column::kCode, "Code", "Mã"},
    {column::kCrop, "Crop", "Cây trồng"},
    {column::kMeasuredHa, "Measured area (ha)", "Diện tích đo (ha)"},
    {column::kMeasuredMinusDeclaredHa, "Measured − declared (ha)", "Đo − khai báo (ha)"},
    // Findings (geo::qualityTable) and the warnings sheet.
    {"severity", "Severity", "Mức độ"},
    {"kind", "Finding", "Loại"},
    {"layer", "Layer", "Lớp"},
    {"feature", "Feature", "Đối tượng"},
    {"fid", "FID", "FID"},
    {"hectares", "Area (ha)", "Diện tích (ha)"},
    {"message", "Details", "Chi tiết"},
    {"warning", "Warning", "Cảnh báo"},
    // Linked attributes (geo/export.h) that are not vt_ + a name above.
    {"vt_whole_ha", "Whole planting area (ha)", "Diện tích cả vùng trồng (ha)"},
    {"vt_coop_members", "Cooperative members", "Thành viên hợp tác xã"},
    {"vt_coop_ocop_stars", "OCOP stars", "Sao OCOP"},
    {"vt_link_method", "Link", "Liên kết"},
    {"vt_declared_minus_measured_ha", "Declared − measured (ha)", "Khai báo − đo (ha)"},
};

const Label* find(std::string_view name) {
    for (const auto& l : kLabels)
        if (l.name == name) return &l;
    return nullptr;
}

}  // namespace

bool isLabelLanguage(std::string_view language) { return language == "vi" || language == "en"; }

std::string columnLabel(std::string_view name, std::string_view language) {
    const Label* l = find(name);
    // vt_codes, vt_gross_planted_ha, …: the linked copy of a statistics column.
    if (!l && name.substr(0, 3) == "vt_") l = find(name.substr(3));
    if (!l) return std::string(name);
    return std::string(language == "vi" ? l->vi : l->en);
}

std::string localeLabelLanguage() {
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value && *value) return std::string_view(value).substr(0, 2) == "vi" ? "vi" : "en";
    }
    return "en";
}

}  // namespace geo
