// Column widths fitted to what each column shows, and the text a converted
// number shows (for widths and for the Summakoll sheet).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "grid/grid.hpp"

namespace sk::convert {

// Widths in characters beyond which text wraps instead.
inline constexpr double widest_column = 60;

// What a number cell of the converted grid shows with its format:
// "1 150 000 kr", "12,7 %", "5 975".
std::string shown_text(const Workbook& clean, const Cell& cell);

// Per column the width (6–60 characters) that shows its longest value;
// header cells count by their longest word (headers wrap), `skip_rows`
// (titles) and cells merged across columns not at all.
std::map<std::uint32_t, double> fitted_widths(const Workbook& clean, const Sheet& grid,
                                              const std::set<std::pair<std::uint32_t, std::uint32_t>>& header_cells,
                                              const std::set<std::uint32_t>& skip_rows);

}  // namespace sk::convert
