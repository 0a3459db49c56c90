// What summakoll sees in a workbook, one line per non-empty cell, so a user
// (and the corpus agreement test) can compare with another reader.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "grid/grid.hpp"

namespace sk {

// Shortest text that reads back as the same double ("1", "0.1", "1e+20").
std::string number_text(double v);

// sheet<TAB>cell<TAB>type<TAB>value; backslash, tab, CR and LF escaped as \\ \t \r \n.
// Formula cells give their cached value; a date-formatted number gets type "date".
void dump_tsv(const Workbook& wb, std::ostream& out);
nlohmann::json dump_json(const Workbook& wb);

}  // namespace sk
