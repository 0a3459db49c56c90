// The "Summakoll" sheet added to a corrected workbook: every finding and
// change, with a link to its cell.
#pragma once

#include <string>
#include <vector>

#include "fix/xlsx_patch.hpp"

namespace sk::fix {

// A complete worksheet part (inline strings, so the shared strings stay untouched).
std::string report_sheet_xml(const std::vector<ReportRow>& rows);

}  // namespace sk::fix
