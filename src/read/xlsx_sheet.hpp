// One worksheet part → a Sheet's cells and merged ranges.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.hpp"
#include "read/read_workbook.hpp"

namespace sk {

struct SheetContext {
    const std::vector<std::string>& shared_strings;
    const std::vector<StyleHint>& styles;
    const ReadLimits& limits;
    std::uint64_t& cells_so_far;  // across the workbook, for the cell cap
    std::uint64_t& text_so_far;   // across the workbook, for the text cap
    bool date1904 = false;
};

// Fills sheet.cells (sorted row-major) and sheet.merged from the part's XML.
// Throws ReadError: MalformedXml, TooManyCells, AbsurdDimension, StringTooLong, TooLarge.
void read_xlsx_sheet(std::string xml, Sheet& sheet, const SheetContext& ctx);

}  // namespace sk
