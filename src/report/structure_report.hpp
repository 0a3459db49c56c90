// `summakoll tables FILE`: the structure the table reader sees, column by
// column, as an indented tree (text) or JSON, so that a person can see why a
// total was judged the way it was, and tests can assert it.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "base/lang.hpp"
#include "grid/grid.hpp"

namespace sk {

void write_structure_text(const Workbook& wb, Lang lang, std::ostream& out);
nlohmann::json structure_json(const Workbook& wb);

}  // namespace sk
