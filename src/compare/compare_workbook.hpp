// `compare -o DIFF.xlsx`: the comparison as a workbook to keep – a summary
// sheet first (what was compared, the totals on each side, how many
// differences), then one sheet per pair of tables with the two values side by
// side, their difference, and the rows that differ marked; Swedish headers,
// printed A4 landscape with the header row on every page.
#pragma once

#include "compare/compare.hpp"
#include "write/new_workbook.hpp"

namespace sk::compare {

NewWorkbook comparison_workbook(const Comparison& c);

}  // namespace sk::compare
