// One worksheet part → a Sheet's cells and merged ranges.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.hpp"
#include "read/cell_budget.hpp"
#include "read/read_workbook.hpp"
#include "read/zip_package.hpp"

namespace sk {

struct SheetContext {
    const std::vector<CellText>& shared_strings;
    const std::vector<StyleHint>& styles;
    const ReadLimits& limits;
    CellBudget& budget;  // the cell and text caps, across the workbook
    bool date1904 = false;
};

// Fills sheet.cells (sorted row-major) and sheet.merged from the part's XML, inflating as it goes.
// Throws ReadError: MalformedXml, TooManyCells, AbsurdDimension, StringTooLong, TooLarge.
void read_xlsx_sheet(PartInflater part, Sheet& sheet, const SheetContext& ctx);

}  // namespace sk
