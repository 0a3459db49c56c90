#include <doctest/doctest.h>

#include "read/formula_shift.hpp"

using sk::shift_formula;

TEST_CASE("shared formulas move their relative references") {
    CHECK(shift_formula("SUM(B2:B10)", 0, 1) == "SUM(C2:C10)");
    CHECK(shift_formula("A1+$B$1+C$1+$D1", 2, 1) == "B3+$B$1+D$1+$D3");
    CHECK(shift_formula("Blad1!A1*2", 1, 0) == "Blad1!A2*2");
    CHECK(shift_formula("'Budget 2024'!C3", 1, 0) == "'Budget 2024'!C4");
    CHECK(shift_formula("SUM(A:A)", 0, 2) == "SUM(C:C)");
    CHECK(shift_formula("SUM(1:3)", 2, 0) == "SUM(3:5)");
}

TEST_CASE("shared formulas leave strings, functions, names and numbers alone") {
    CHECK(shift_formula("\"A1\"&B1", 1, 0) == "\"A1\"&B2");
    CHECK(shift_formula("LOG10(A1)", 1, 0) == "LOG10(A2)");
    CHECK(shift_formula("Tabell1[Belopp]+A1", 1, 0) == "Tabell1[Belopp]+A2");
    CHECK(shift_formula("A1*1.5E+3", 1, 0) == "A2*1.5E+3");
    CHECK(shift_formula("R2C3+A1", 1, 0) == "R2C3+A2");
    CHECK(shift_formula("'It''s A1'!B2", 1, 0) == "'It''s A1'!B3");
}

TEST_CASE("a reference moved off the sheet becomes #REF!") {
    CHECK(shift_formula("A1", -1, 0) == "#REF!");
    CHECK(shift_formula("XFD1+1", 0, 1) == "#REF!+1");
}
