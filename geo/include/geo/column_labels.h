#pragma once
// Column headers for people: a workbook (XLSX) opened in Excel shows
// "Diện tích trồng gộp (ha)", not gross_planted_ha. The labels of the columns
// geo names itself (geo/statistics_columns.h, the findings table, the linked
// vt_* attributes), in the interface's languages. CSV keeps the names: it is
// read by programs.
#include <string>
#include <string_view>

namespace geo {

// "vi" or "en".
bool isLabelLanguage(std::string_view language);

// The label of a column geo names, in language ("vi", else English): the name
// itself for a column geo does not name (a source layer's own field).
std::string columnLabel(std::string_view name, std::string_view language);

// The interface language the user's locale asks for, without Qt: "vi" when
// LC_ALL, LC_MESSAGES or LANG (the first set) starts with "vi", else "en".
// The app and `report` choose the same way (QLocale::system()).
std::string localeLabelLanguage();

}  // namespace geo
