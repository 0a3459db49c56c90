// How a stated total compares with a recomputed one, and the sums a list of
// cells can give when some of them are ambiguous.
#pragma once

#include <cstddef>
#include <vector>

#include "tables/blocks.hpp"

namespace sk::check {

enum class Verdict { Exact, Rounding, Mismatch };

// Exact within half an öre; Rounding when the difference is at most one
// `unit` (1 kr, or 1 tkr in a thousands column) per summed component.
Verdict judge(double stated, double expected, std::size_t components, double unit);

// Every sum the cells can give: the first uses each ambiguous cell's most
// likely reading, the rest try the other readings (a bounded number of
// combinations). `excel_view` counts text as Excel's SUM does: as nothing.
std::vector<double> possible_sums(const std::vector<const tables::CellValue*>& values, bool excel_view);

}  // namespace sk::check
