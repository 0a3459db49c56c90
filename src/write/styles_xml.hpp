// xl/styles.xml for a new workbook: one cellXfs entry per CellStyle (xf index
// = StyleId), fonts, fills and custom number formats (ids from 164) shared
// between the styles that use them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "write/new_workbook.hpp"

namespace sk {

std::string styles_xml(const std::vector<CellStyle>& styles);

// The built-in numFmtId for a format code that means the same in every
// locale ("0.00%" → 10, "" and "General" → 0), or -1 when the code needs a
// custom numFmt entry.
int builtin_number_format_id(std::string_view code);

}  // namespace sk
