// Pieces of formula text for cells and defined names: sheet names quoted the
// way Excel quotes them, string literals, absolute references and links.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "grid/grid.hpp"

namespace sk {

// "Blad1" stays as it is; "Blad 1", "Område 2", "A1" and "It's" become
// "'Blad 1'", "'Område 2'", "'A1'", "'It''s'" (quoted when the name is not a
// plain ASCII identifier or could be read as a cell reference).
std::string quote_sheet_name(std::string_view sheet);

// A formula string literal: "Totalt \"netto\"" → "\"Totalt \"\"netto\"\"\"".
std::string string_literal(std::string_view text);

// "$B$2:$D$9" (or "$B$2" for one cell).
std::string absolute_a1(const Range& r);

// A link to a cell in this workbook: HYPERLINK("#'Blad 1'!B3","B3 text").
// Use a cell style with underline and a blue font for the usual look.
std::string internal_link_formula(std::string_view sheet, std::string_view cell, std::string_view label);

}  // namespace sk
