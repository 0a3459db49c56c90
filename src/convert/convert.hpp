// `summakoll convert`: the tables of any file we read (Word, CSV, xlsx) as a
// clean workbook a secretary can put straight into meeting papers. Each table
// becomes a sheet; amounts become numbers with Swedish formats; composite
// cells ("148/10") are split into columns; totals become SUM formulas whose
// cached values are the right sums; the checker's findings are listed on a
// "Summakoll" sheet with links to the original and the converted cells.
#pragma once

#include <string>
#include <vector>

#include "base/lang.hpp"
#include "check/finding.hpp"
#include "grid/grid.hpp"
#include "write/new_workbook.hpp"

namespace sk::convert {

struct ConvertOptions {
    Lang lang = Lang::Sv;
    // The original file as seen from the output's folder, for links from the
    // Summakoll sheet to the original cells of an Excel input; "" = no links.
    std::string source_link;
};

// `findings` are check_workbook(wb)'s, in the original file's addresses.
// `wb` is the same after (fix's plan checks its edits in its cells).
NewWorkbook convert_workbook(Workbook& wb, const std::vector<check::Finding>& findings,
                             const ConvertOptions& options);

// The name of the Summakoll sheet in every converted workbook.
inline constexpr const char* findings_sheet_name = "Summakoll";

}  // namespace sk::convert
