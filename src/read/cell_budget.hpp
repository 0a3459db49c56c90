// The per-file caps on cells and text, counted as a reader adds cells.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "grid/grid.hpp"
#include "read/read_workbook.hpp"

namespace sk {

struct CellBudget {
    const ReadLimits& limits;
    std::uint64_t cells = 0;  // cells admitted so far
    std::uint64_t text = 0;   // bytes of cell text admitted so far

    // Counts one new cell and its text; `where` names the table or sheet in
    // the error. Throws ReadError: TooManyCells, StringTooLong, TooLarge.
    void admit(const Cell& cell, const std::string& where) {
        if (++cells > limits.max_cells) throw ReadError(ReadErrorKind::TooManyCells, std::to_string(limits.max_cells));
        grew(cell, cell.text.size(), where);
    }

    // Counts `added` bytes just appended to an admitted cell's text.
    void grew(const Cell& cell, std::size_t added, const std::string& where) {
        if (cell.text.size() > limits.max_string_bytes)
            throw ReadError(ReadErrorKind::StringTooLong, where + " " + a1(cell.row, cell.col));
        text += added;
        if (text > limits.max_text_bytes) throw ReadError(ReadErrorKind::TooLarge, where);
    }
};

}  // namespace sk
