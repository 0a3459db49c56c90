// The totals of a converted sheet as SUM formulas. Which cells are totals and
// what they sum is the checker's judgement on the converted grid (a typed
// total that matches its items, a total that does not) and, across a row, the
// amount columns left of a "Totalt" column. Every formula is proven before it
// is kept: its cached value is exactly what the formula gives over the
// sheet's final values, so Excel and LibreOffice show the same on recalculation.
#pragma once

#include <cstdint>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "check/finding.hpp"
#include "convert/sheet_layout.hpp"
#include "grid/grid.hpp"
#include "tables/blocks.hpp"

namespace sk::convert {

struct TotalFormula {
    std::uint32_t row = 0, col = 0;
    std::string formula;     // "SUM(C3:C9)"
    double value = 0;        // the cached value: the right sum, in the cell's unit
    bool corrected = false;  // the stated value was not the sum (total-mismatch)
};

// `blocks` are find_blocks(clean, sheet), `findings` check_sheet(clean,
// sheet)'s. A wrong total is corrected only where the check of the original
// file found it wrong too (`confirmed`): the converted grid may read a table
// in ways the original check does not vouch for. Rounding differences (at
// most 1 kr per part, as allocations are rounded) keep the stated amount.
std::vector<TotalFormula> total_formulas(const Sheet& sheet, const std::vector<tables::Block>& blocks,
                                         const std::vector<check::Finding>& findings,
                                         const std::set<CellKey>& confirmed);

}  // namespace sk::convert
