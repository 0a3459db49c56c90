// The "Summakoll" sheet added to a corrected workbook: every finding and
// change, errors first, with its severity and what kind of finding it is in
// words, the old and new values as numbers, a link to its cell; set up to
// print on landscape pages one page wide, its header row on every page.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fix/styles_edit.hpp"
#include "fix/xlsx_patch.hpp"
#include "base/lang.hpp"

namespace sk::fix {

// The cell formats the sheet uses, added to the workbook's styles.xml.
struct ReportStyles {
    std::uint32_t head = 0, wrap = 0, top = 0;     // every cell at the top of its row
    std::map<std::string, std::uint32_t> numbers;  // by number format code
};
ReportStyles report_styles(const std::vector<ReportRow>& rows, StylesEdit& styles);

// A complete worksheet part (inline strings, so the shared strings stay untouched).
std::string report_sheet_xml(const std::vector<ReportRow>& rows, const ReportStyles& styles, Lang lang);

// The number of columns the sheet has (its autofilter and print area span them).
inline constexpr std::uint32_t report_columns = 9;

}  // namespace sk::fix
