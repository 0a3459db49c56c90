// How one source sheet (a Word table, a CSV file, an xlsx sheet) is laid out
// on its converted sheet: what the table finder says about it (runs of
// numbers, header rows, the title above the table) and where each source
// cell lands once composite columns are split in two.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "normalise/amount.hpp"
#include "tables/blocks.hpp"

namespace sk::convert {

using CellKey = std::pair<std::uint32_t, std::uint32_t>;  // (row, col)

// A composite cell's numbers ("148/10" → 148, 10; "12,7%/1%" → 0.127, 0.01),
// each read with `hint`; empty when the text is not two to four numbers.
std::vector<num::Reading> composite_numbers(std::string_view text, const num::ColumnHint& hint);

struct Layout {
    std::uint32_t first_row = 0, first_col = 0;  // the source's top-left used cell
    std::uint32_t row_offset = 0;                // rows added above the table (its heading)
    std::vector<std::uint32_t> col_start;        // per source column from first_col: its first output column
    std::vector<std::uint32_t> parts;            // per source column: output columns it takes (2+ when split)

    std::uint32_t row(std::uint32_t source_row) const { return source_row - first_row + row_offset; }
    std::uint32_t col(std::uint32_t source_col, std::uint32_t part = 0) const {
        return col_start[source_col - first_col] + part;
    }
    std::uint32_t parts_of(std::uint32_t source_col) const { return parts[source_col - first_col]; }
};

class SheetLayout {
public:
    SheetLayout(const Workbook& wb, const Sheet& sheet);

    // Keeps the top row of the converted sheet free for the table's heading.
    void keep_heading_row() { layout_.row_offset = 1; }

    const Sheet& sheet() const { return sheet_; }
    const Layout& layout() const { return layout_; }
    const std::vector<tables::Block>& blocks() const { return blocks_; }

    // The block of column `col` whose run covers `row`, or the nearest one above it.
    const tables::Block* block_above(std::uint32_t row, std::uint32_t col) const;
    // The table finder's number at (row, col), with its block; nullptr when the cell is not one.
    const tables::BlockRow* number_at(std::uint32_t row, std::uint32_t col, const tables::Block** block) const;

    // A column header: the text (or year) above a run of numbers, or any
    // cell of the first table's header row.
    bool is_header(std::uint32_t row, std::uint32_t col) const {
        return header_cells_.count({row, col}) > 0 || (first_header_ && row == *first_header_);
    }
    // The nearest words above a composite cell in its column: a header
    // split with its column ("besök/killar" → "besök" | "killar").
    bool heads_composites(std::uint32_t row, std::uint32_t col) const { return split_headers_.count({row, col}) > 0; }
    // The row under which the sheet is frozen and that repeats on printed
    // pages: the first table's header row (source row), when there is one.
    std::optional<std::uint32_t> first_header_row() const { return first_header_; }
    // A row above the header holding one text only: a title of the table.
    bool is_title_row(std::uint32_t row) const { return title_rows_.count(row) > 0; }
    // The first title's text ("" when none): what a table is named after.
    std::string title() const;

private:
    const Sheet& sheet_;
    std::vector<tables::Block> blocks_;
    std::set<CellKey> header_cells_;
    std::set<CellKey> split_headers_;
    std::set<std::uint32_t> title_rows_;
    std::optional<std::uint32_t> first_header_;
    Layout layout_;

    void find_header_rows();
    void find_titles();
    void plan_columns();
};

}  // namespace sk::convert
