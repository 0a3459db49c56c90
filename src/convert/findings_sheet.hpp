// The "Summakoll" sheet of a converted workbook: every finding of `check` at
// its place in the original file, with a link to the converted cell and what
// that cell holds now.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/lang.hpp"
#include "fix/xlsx_patch.hpp"
#include "write/new_workbook.hpp"

namespace sk::convert {

struct FindingRow {
    fix::ReportRow report;          // original place and cell, code, old value, message
    std::string converted_sheet;    // "" when the cell has no place in the converted workbook
    std::uint32_t row = 0, col = 0; // the converted cell
    std::string converted_value;    // "=SUM(C3:C9)" or the value it shows
};

// `source_link` (the original file from the output's folder) makes the
// original cells links; Word and CSV cells have no address to link to.
void add_findings_sheet(const std::vector<FindingRow>& rows, const std::string& source_link, Lang lang,
                        NewWorkbook& out);

}  // namespace sk::convert
