// A converted sheet written into the new workbook: values and SUM formulas,
// header row bold and frozen, totals bold, changed totals marked, columns
// fitted, A4 landscape with the header repeated on every printed page.
#pragma once

#include <set>
#include <utility>
#include <vector>

#include "convert/clean_sheet.hpp"
#include "convert/total_formulas.hpp"
#include "tables/blocks.hpp"
#include "write/new_workbook.hpp"

namespace sk::convert {

// The light fill of a total whose stated amount was not the sum of its items.
inline constexpr std::uint32_t marked_fill = 0xFFF2CC;
inline constexpr std::uint32_t header_fill = 0xDDEBF7;

void emit_sheet(const Workbook& clean, const Sheet& grid, const CleanSheet& cs,
                const std::vector<tables::Block>& blocks, const std::vector<TotalFormula>& totals,
                const std::set<std::pair<std::uint32_t, std::uint32_t>>& marked, NewWorkbook& out);

}  // namespace sk::convert
