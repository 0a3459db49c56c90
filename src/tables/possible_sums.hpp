// The sums a list of cells can give when some of them are ambiguous.
#pragma once

#include <vector>

#include "tables/cell_value.hpp"

namespace sk::tables {

// Every sum the cells can give: the first uses each ambiguous cell's most
// likely reading, the rest try the other readings (a bounded number of
// combinations). `excel_view` counts text as Excel's SUM does: as nothing.
std::vector<double> possible_sums(const std::vector<const CellValue*>& values, bool excel_view);

}  // namespace sk::tables
