// The statistics columns (geo/statistics_columns.h).
#include "geo/statistics_columns.h"

namespace geo {

const std::vector<Field>& zoneStatisticsFields() {
    using FT = FieldType;
    using namespace column;
    static const std::vector<Field> fields = {
        {kZoneCode, FT::String},     {kZoneName, FT::String},         {kZoneHa, FT::Real},
        {kGrossPlantedHa, FT::Real}, {kNetPlantedHa, FT::Real},       {kCoveragePct, FT::Real},
        {kCodes, FT::Integer},       {kCooperatives, FT::Integer},    {kMembers, FT::Integer},
        {kOcopCooperatives, FT::Integer}, {kInvestmentVnd, FT::Integer}, {kDeclaredHa, FT::Real}};
    return fields;
}

std::vector<Value> zoneStatisticsRow(const ZoneStatistics& z, std::string code, std::string name) {
    return {std::move(code),          std::move(name),       z.zoneHa,
            z.grossPlantedHa,         z.netPlantedHa,        z.coveragePct,
            std::int64_t{z.codes},    std::int64_t{z.cooperatives}, z.members,
            std::int64_t{z.ocopCooperatives}, z.investmentVnd, z.declaredHa};
}

const std::vector<Field>& cooperativeStatisticsFields() {
    using FT = FieldType;
    using namespace column;
    static const std::vector<Field> fields = {
        {kCoopKey, FT::String},  {kCoopName, FT::String}, {kMembers, FT::Integer},
        {kOcopStars, FT::Integer}, {kZoneCode, FT::String}, {kZoneName, FT::String},
        {kCodes, FT::Integer},   {kPlantedHa, FT::Real},  {kInvestmentVnd, FT::Integer}};
    return fields;
}

const std::vector<Field>& plantingStatisticsFields() {
    using FT = FieldType;
    using namespace column;
    static const std::vector<Field> fields = {{kCode, FT::String},
                                              {kCrop, FT::String},
                                              {kMeasuredHa, FT::Real},
                                              {kDeclaredHa, FT::Real},
                                              {kMeasuredMinusDeclaredHa, FT::Real}};
    return fields;
}

}  // namespace geo
