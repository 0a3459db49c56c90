#include <doctest/doctest.h>

#include "write/formula_text.hpp"
#include "write/new_workbook.hpp"

using namespace sk;

TEST_CASE("legal_sheet_name makes any heading a legal, unique sheet name") {
    CHECK(legal_sheet_name("Fördelning 2026", {}) == "Fördelning 2026");
    CHECK(legal_sheet_name("Område 1: Barn/unga [utkast]?", {}) == "Område 1- Barn-unga -utkast--");
    CHECK(legal_sheet_name("  'Citat'  ", {}) == "Citat");
    CHECK(legal_sheet_name("Rad ett\nrad två", {}) == "Rad ett rad två");
    CHECK(legal_sheet_name("", {}) == "Blad");
    CHECK(legal_sheet_name("[]", {}) == "--");
    CHECK(legal_sheet_name("'''", {}) == "Blad");
    // 31 characters, counted as characters, never cutting one in half.
    std::string long_name = "Länsgemensamma medel för psykisk hälsa och suicidprevention";
    std::string cut = legal_sheet_name(long_name, {});
    CHECK(cut == "Länsgemensamma medel för psykis");
    CHECK(sheet_name_problem(cut, {}) == SheetNameProblem::None);
    // Unique ignoring case (Å and å too), with the number inside the 31.
    CHECK(legal_sheet_name("Tabell 1", {"Tabell 1"}) == "Tabell 1 (2)");
    CHECK(legal_sheet_name("tabell 1", {"Tabell 1", "TABELL 1 (2)"}) == "tabell 1 (3)");
    CHECK(legal_sheet_name("Ånge", {"ånge"}) == "Ånge (2)");
    CHECK(legal_sheet_name(long_name, {cut}) == "Länsgemensamma medel för ps (2)");
    CHECK(legal_sheet_name("History", {}) == "History (2)");
}

TEST_CASE("sheet_name_problem says what Excel would refuse") {
    CHECK(sheet_name_problem("Blad1", {}) == SheetNameProblem::None);
    CHECK(sheet_name_problem("", {}) == SheetNameProblem::Empty);
    CHECK(sheet_name_problem(std::string(32, 'x'), {}) == SheetNameProblem::TooLong);
    CHECK(sheet_name_problem(std::string(31, 'x'), {}) == SheetNameProblem::None);
    CHECK(sheet_name_problem("Ö" + std::string(30, 'x'), {}) == SheetNameProblem::None);  // 31 characters, 32 bytes
    CHECK(sheet_name_problem("a/b", {}) == SheetNameProblem::ForbiddenChar);
    CHECK(sheet_name_problem("a\tb", {}) == SheetNameProblem::ControlChar);
    CHECK(sheet_name_problem("'a", {}) == SheetNameProblem::Apostrophe);
    CHECK(sheet_name_problem("a'b", {}) == SheetNameProblem::None);
    CHECK(sheet_name_problem("BLAD1", {"Blad1"}) == SheetNameProblem::Taken);
    CHECK(sheet_name_problem("history", {}) == SheetNameProblem::Taken);
}

TEST_CASE("add_sheet legalises names and style() deduplicates") {
    NewWorkbook wb;
    wb.add_sheet("Tabell 1");
    wb.add_sheet("Tabell 1");
    CHECK(wb.sheets[1].name == "Tabell 1 (2)");
    StyleId a = wb.style({.num_format = "0.0%", .bold = true});
    StyleId b = wb.style({.num_format = "0.0%", .bold = true});
    StyleId c = wb.style({.num_format = "0.0%"});
    CHECK(a == b);
    CHECK(a != c);
    CHECK(a != 0);
    CHECK(wb.style(CellStyle{}) == 0);
}

TEST_CASE("sheet names in formulas are quoted as Excel quotes them") {
    CHECK(quote_sheet_name("Blad1") == "Blad1");
    CHECK(quote_sheet_name("Sheet_1.x") == "Sheet_1.x");
    CHECK(quote_sheet_name("Blad 1") == "'Blad 1'");
    CHECK(quote_sheet_name("Område") == "'Område'");
    CHECK(quote_sheet_name("It's") == "'It''s'");
    CHECK(quote_sheet_name("A1") == "'A1'");
    CHECK(quote_sheet_name("xfd100") == "'xfd100'");
    CHECK(quote_sheet_name("R1C1") == "'R1C1'");
    CHECK(quote_sheet_name("rc") == "'rc'");
    CHECK(quote_sheet_name("ABCD1") == "ABCD1");  // four letters: not a column
    CHECK(quote_sheet_name("2024") == "'2024'");
    CHECK(string_literal("Totalt \"netto\"") == "\"Totalt \"\"netto\"\"\"");
    CHECK(absolute_a1({1, 1, 8, 3}) == "$B$2:$D$9");
    CHECK(absolute_a1({0, 0, 0, 0}) == "$A$1");
    CHECK(internal_link_formula("Blad 1", "B3", "Gå till B3") == "HYPERLINK(\"#'Blad 1'!B3\",\"Gå till B3\")");
}
