#include <doctest/doctest.h>

#include <string>

#include "write/row_heights.hpp"

using namespace sk;

TEST_CASE("wrapped text: a line per line break, long lines wrapped in whole words") {
    CHECK(wrapped_lines("Kort", 20) == 1);
    CHECK(wrapped_lines("en\ntvå\ntre", 20) == 3);
    // One word of 40 characters in a 21-character column: 20 / 1.1 = 18.2 a line → 3 lines.
    CHECK(wrapped_lines(std::string(40, 'x'), 21) == 3);
    CHECK(wrapped_lines("åäöåäöåäöå", 11) == 2);  // characters, not bytes: 10 > 10 / 1.1
    CHECK(wrapped_lines("åäöåäöåäö", 11) == 1);
    // Whole words: a word that does not fit starts the next line.
    CHECK(wrapped_lines("Summan stämmer inte", 12) == 3);  // capacity 10: "Summan" / "stämmer" / "inte"
    CHECK(wrapped_lines("Summan stämmer inte", 22) == 1);
    CHECK(wrapped_lines("Totalt 481 000 kr, men posterna ger 481 600 kr (skillnad 600 kr).", 45) == 2);
    CHECK(wrapped_lines("a " + std::string(25, 'x') + " b", 12) == 4);  // "a" / 25 x over 3 lines, "b" after them
}

TEST_CASE("fit_wrapped_rows: only wrapped cells that need more than one line set their row's height") {
    NewWorkbook wb;
    StyleId wrap = wb.style({.wrap = true});
    NewSheet& s = wb.add_sheet("Blad1");
    s.column_widths[0] = 11;
    s.set_text(0, 0, "kort", wrap);
    s.set_text(1, 0, "en rad till\nen rad till", wrap);
    s.set_text(2, 0, "inte radbruten men mycket lång text");
    s.set_text(3, 0, std::string(30, 'x'), wrap);
    s.merged.push_back(Range{3, 0, 3, 4});
    fit_wrapped_rows(s, wb);
    CHECK(s.row_heights.size() == 1);
    CHECK(s.row_heights.at(1) == 2 * line_points * 2);  // two lines of 11 characters, each wrapped in two
}
