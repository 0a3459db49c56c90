// Every cell an Excel formula may read, whatever its functions: so that fix
// knows which formulas follow a cell it changes. A formula that names what
// cannot be placed (a defined name, a table column, another workbook) gives
// nothing: it may read any cell.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grid/grid.hpp"

namespace sk::fix {

struct SheetRange {
    std::string sheet;  // the sheet's name; the formula's own sheet when it names none
    Range range;
};

std::optional<std::vector<SheetRange>> formula_refs(std::string_view formula, const std::string& home);

}  // namespace sk::fix
