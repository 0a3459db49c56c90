// Shared formulas: Excel stores the formula once, on the first cell of a
// range, and every other cell of the range means the same formula with its
// relative references moved by the cell's offset.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sk {

// Moves the relative (non-$) parts of every A1 reference in `formula` by
// (rows, cols). Strings, quoted sheet names and structured references
// ("Tabell1[Belopp]") are left alone; function names such as LOG10( are not
// references. A reference moved off the sheet becomes #REF!.
std::string shift_formula(std::string_view formula, std::int64_t rows, std::int64_t cols);

}  // namespace sk
