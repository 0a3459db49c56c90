// A converted sheet before it is written: the source table in output
// coordinates with every number the table finder sees made a number (in its
// column's unit, with a Swedish format), composite cells split into their
// columns. The checker and the total formulas work on this grid.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "convert/sheet_layout.hpp"
#include "grid/grid.hpp"

namespace sk::convert {

struct CleanSheet {
    std::string name;         // the converted sheet's name: legal and unique
    std::size_t source = 0;   // index of the source sheet in the source workbook
    Layout layout;
    std::set<CellKey> header_cells;       // output cells of column headers
    std::set<std::uint32_t> title_rows;   // output rows of the table's heading and titles
    std::uint32_t freeze_rows = 0;        // rows kept in view and printed on every page
    std::vector<Range> merged;            // cells merged down more than one row, as in the source
};

// Adds the converted grid of `layout`'s sheet to `clean` (a workbook in
// output coordinates; its styles hold the number formats) and describes it.
// `heading` is put above the table when the layout keeps a row for it.
CleanSheet build_clean_sheet(const Workbook& source, std::size_t source_index, const SheetLayout& layout,
                             const std::string& heading, std::string name, Workbook& clean);

// The Excel format for a number in `unit` with `decimals`, in a column whose
// bare numbers are scaled by `scale` (tkr: 1 000, shown without "kr").
std::string number_format(num::Unit unit, int decimals, double scale);

}  // namespace sk::convert
