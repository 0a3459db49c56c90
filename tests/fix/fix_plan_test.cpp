// From findings to edits: what the corrected workbook changes.
#include <doctest/doctest.h>

#include "../check/sheet_builder.hpp"
#include "check/check.hpp"
#include "fix/fix_plan.hpp"

using namespace sk;

namespace {

// Three items under a SUM total; `c3` is the first item's cell as typed.
Workbook& area(test::SheetBuilder& b, bool c3_as_text) {
    b.text("A2", "Insats").text("C2", "Summa");
    b.text("A3", "Ungdomsmottagningen");
    if (c3_as_text) b.text("C3", "1 800 000 kr");
    else b.num("C3", 1800000);
    b.text("A4", "Kompetenscentrum").num("C4", 1073000, 0);
    b.text("A5", "Kommunförbundet").num("C5", 101230, 0);
    b.text("A6", "Totalt:").formula("C6", "SUM(C3:C5)", c3_as_text ? 1174230 : 2974230);
    return b.done();
}

const fix::CellEdit* edit_at(const fix::FixPlan& plan, const char* cell) {
    for (const fix::CellEdit& e : plan.edits)
        if (a1(e.row, e.col) == cell) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("a SUM over a text amount gets its saved value recomputed once the text is a number") {
    test::SheetBuilder b;
    Workbook& wb = area(b, true);
    fix::FixPlan plan = fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Formula, Lang::Sv);
    REQUIRE(plan.edits.size() == 2);
    const fix::CellEdit* text = edit_at(plan, "C3");
    REQUIRE(text);
    CHECK(text->value == 1800000);
    const fix::CellEdit* total = edit_at(plan, "C6");
    REQUIRE(total);
    CHECK(total->formula == "SUM(C3:C5)");
    CHECK(total->value == 2974230);
    CHECK(total->note.find("1\u00A0174\u00A0230\u00A0kr") != std::string::npos);
    CHECK(plan.report.size() == 2);
}

TEST_CASE("a right SUM over numbers is left alone") {
    test::SheetBuilder b;
    Workbook& wb = area(b, false);
    fix::FixPlan plan = fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Formula, Lang::Sv);
    CHECK(plan.edits.empty());
}

TEST_CASE("the plan checks its formulas again in the workbook's own cells and leaves them as they were") {
    test::SheetBuilder b;
    b.text("A2", "Insats").text("C2", "Summa");
    b.text("A3", "Ungdomsmottagningen").num("C3", 1800000);
    b.text("A4", "Kompetenscentrum").num("C4", 1073000);
    b.text("A5", "Kommunförbundet").num("C5", 101230);
    b.text("A6", "Totalt:").num("C6", 2974000);  // typed, and wrong
    Workbook& wb = b.done();
    const std::vector<Cell> before = wb.sheets[0].cells;
    fix::FixPlan plan = fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Formula, Lang::Sv);
    // A wrong total rewritten as a formula: the check ran again over the edits.
    const fix::CellEdit* total = edit_at(plan, "C6");
    REQUIRE(total);
    CHECK(total->kind == fix::ChangeKind::WrongTotal);
    CHECK(total->formula == "SUM(C3:C5)");
    CHECK(total->value == 2974230);
    const std::vector<Cell>& after = wb.sheets[0].cells;
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        CAPTURE(a1(after[i].row, after[i].col));
        CHECK(after[i].type == before[i].type);
        CHECK(after[i].number == before[i].number);
        CHECK(after[i].text.view() == before[i].text.view());
        CHECK(after[i].formula.view() == before[i].formula.view());
    }
}

TEST_CASE("a row that does not add up in a column that is a total by its numbers is left to a person") {
    // "Helår" names no total, but adds Kv 1 … Kv 4 on every row but Berg's, which is 10 000 too high.
    test::SheetBuilder b;
    b.text("A1", "Kommun").text("B1", "Kv 1").text("C1", "Kv 2").text("D1", "Kv 3").text("E1", "Kv 4").text("F1", "Helår");
    const char* names[] = {"Ragunda", "Bräcke", "Krokom", "Strömsund", "Berg"};
    for (int i = 0; i < 5; ++i) {
        const std::string r = std::to_string(i + 2);
        const double q = 50000 + 1000 * i;
        b.text(("A" + r).c_str(), names[i]);
        for (const char* col : {"B", "C", "D", "E"}) b.num((col + r).c_str(), q);
        b.num(("F" + r).c_str(), 4 * q + (i == 4 ? 10000 : 0));
    }
    b.text("A7", "Summa").num("F7", 4 * (5 * 50000 + 10000));  // right: the quarters' sum
    Workbook& wb = b.done();
    fix::FixPlan plan = fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Formula, Lang::Sv);
    CHECK_FALSE(edit_at(plan, "F6"));
    CHECK_FALSE(edit_at(plan, "F7"));
    bool marked = false;
    for (const fix::CellMark& m : plan.marks) marked |= a1(m.row, m.col) == "F6";
    CHECK(marked);
}
