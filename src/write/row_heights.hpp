// Heights for rows of wrapped text. Excel and LibreOffice do not measure a
// row whose text wraps when they open a file written from scratch, so its
// lines print on top of each other; the writer says how tall the row is.
#pragma once

#include <cstddef>
#include <string_view>

#include "write/new_workbook.hpp"

namespace sk {

// Points per line of the default 11-point font.
inline constexpr double line_points = 15;

// Lines `text` takes in a column `width` characters wide: its own line
// breaks, and a long line wrapped at whole words (a fifth more than the
// characters alone would take).
std::size_t wrapped_lines(std::string_view text, double width);

// Sets `row_heights` for every row with a wrapped text cell that needs more
// than one line (cells in merged ranges left out: their width is not one column's).
void fit_wrapped_rows(NewSheet& sheet, const NewWorkbook& wb);

}  // namespace sk
