// The table finder. A sheet is cut into blocks: one column's run of numbers
// under its header, with every row's role (item, total, part, …) decided by
// the row's label. Blocks that share a header row form one table; the
// checker works on them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "grid/grid.hpp"
#include "tables/cell_value.hpp"
#include "tables/label_kind.hpp"

namespace sk::tables {

struct BlockRow {
    std::uint32_t row = 0;
    LabelKind role = LabelKind::Plain;
    std::string_view label;  // the label cell's text as written, trimmed, in the sheet; may be empty
    CellValue value;    // never Blank, Text or Composite
};

// What a column's numbers measure. Only Money and Plain columns are summed
// together; counts only with counts; codes, years and percentages never.
enum class Measure : std::uint8_t { Money, Count, Plain, Percent, Skip };

struct Block {
    std::uint32_t col = 0;
    std::optional<std::uint32_t> header_row;  // the row of the header text above the run
    std::string header;                       // that text, lines joined by a space
    num::ColumnHint hint;
    Measure measure = Measure::Plain;
    bool total_column = false;  // the header says Totalt, Totalt belopp, Summa …
    // A column of composite cells ("148/10") gives one block per number in
    // its cells: `part` says which (0 = the first). Such a block's values are
    // not the cells' own, so nothing may be written back into them.
    std::optional<std::size_t> part;
    std::vector<BlockRow> rows; // the run's non-blank rows, top to bottom
    // A block read together with the items of the column beside it (see
    // with_items_beside): each row's own column. Empty otherwise: every
    // row is in `col`.
    std::vector<std::uint32_t> row_cols;

    std::uint32_t col_of(std::size_t i) const { return row_cols.empty() ? col : row_cols[i]; }
};

std::vector<Block> find_blocks(const Workbook& wb, const Sheet& sheet);

// The blocks of each table (those sharing a header row), left to right;
// built once per sheet so that asking for a block's table is a lookup.
// Points into the blocks it was built from, which must not change after.
struct TableIndex {
    std::unordered_map<std::uint32_t, std::vector<const Block*>> by_header_row;
};
TableIndex index_tables(const std::vector<Block>& blocks);

// The blocks of `member`'s table, left to right; a block without a header is its own table.
std::vector<const Block*> table_of(const TableIndex& index, const Block& member);

// The row at `row` in `b`, or nullptr.
const BlockRow* row_at(const Block& b, std::uint32_t row);

}  // namespace sk::tables
