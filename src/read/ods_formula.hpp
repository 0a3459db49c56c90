// OpenDocument formulas (table:formula="of:=SUM([.C3:.C9])") → the formula
// text the xlsx reader gives ("SUM(C3:C9)"), so that the checker sees one model.
#pragma once

#include <string>
#include <string_view>

namespace sk {

// Drops the namespace prefix and '=', turns bracketed references into A1
// references (with "Sheet!" when a sheet is named, quoted when needed) and
// the ';' argument separator into ','. Text in double quotes is kept as is.
// "msoxl:=" formulas are Excel syntax already: only the prefix goes.
std::string ods_formula_to_a1(std::string_view formula);

}  // namespace sk
