// The "Summakoll" sheet of a converted workbook: every finding of `check` at
// its place in the original file, errors first, with a link to the converted
// cell and what that cell holds now. Its columns begin as fix's report sheet's
// (severity, what), which is how `check` knows to skip both.
#pragma once

#include <cstdint>
#include <optional>
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
    // What the converted cell holds: a number (a formula's value) shown in
    // `number_format`, the formula ("=SUM(C3:C9)"), or a text.
    std::optional<double> number_now;
    std::string formula_now, text_now;
    std::string number_format;
};

// `source_link` (the original file from the output's folder) makes the
// original cells links; Word and CSV cells have no address to link to.
void add_findings_sheet(const std::vector<FindingRow>& rows, const std::string& source_link, Lang lang,
                        NewWorkbook& out);

}  // namespace sk::convert
