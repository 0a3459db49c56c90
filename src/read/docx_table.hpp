// One Word table (w:tbl) → Sheets: the table itself, then the tables nested
// in its cells, depth first, in document order.
#pragma once

#include <cstdint>
#include <vector>

#include <pugixml.hpp>

#include "grid/grid.hpp"
#include "read/cell_budget.hpp"

namespace sk {

// Appends "Tabell N" (N = sheets.size() + 1) and its nested tables to `sheets`.
//
// The merge rule: rows are the table's w:tr in order (tracked-deleted rows
// left out), columns are grid columns (w:gridBefore skipped). A cell's text
// sits at its top-left grid position; the other positions it covers, to the
// right (w:gridSpan) and below (w:vMerge continuations), hold no cell, and the
// whole area is recorded in Sheet::merged. Every w:tc gives a Cell at its
// top-left position, Empty when it holds no text, so the table's shape is
// kept. Text in a vMerge continuation (Word hides it) is appended to the
// merged cell's text after a "\n" rather than lost.
//
// Throws ReadError: TooManyCells, StringTooLong, TooLarge, AbsurdDimension.
void read_docx_table(const pugi::xml_node& tbl, bool nested, std::vector<Sheet>& sheets, CellBudget& budget);

}  // namespace sk
