// Cells a reader collected out of order (rows written out of order, blocks of
// a range that overlap) put into Sheet::cells' order: row-major, one cell per
// position, the one read last winning, as in Excel.
#pragma once

#include <vector>

#include "grid/grid.hpp"

namespace sk {

void put_cells_in_order(std::vector<Cell>& cells);

}  // namespace sk
