// The rules of a fix (issue 16): three kinds of change, each proven; what
// cannot be proven is marked for a person and never changed.
#include <doctest/doctest.h>

#include "../check/sheet_builder.hpp"
#include "check/check.hpp"
#include "fix/fix_plan.hpp"
#include "fix/formula_proof.hpp"
#include "fix/formula_refs.hpp"
#include "fix/text_amount.hpp"

using namespace sk;

namespace {

const fix::CellEdit* edit_at(const fix::FixPlan& plan, const char* cell) {
    for (const fix::CellEdit& e : plan.edits)
        if (a1(e.row, e.col) == cell) return &e;
    return nullptr;
}

const fix::CellMark* mark_at(const fix::FixPlan& plan, const char* cell) {
    for (const fix::CellMark& m : plan.marks)
        if (a1(m.row, m.col) == cell) return &m;
    return nullptr;
}

// A total-mismatch at `at` that the check would hand to fix.
check::Finding wrong_total(const char* at, const char* formula, double expected, double actual) {
    check::Finding f;
    f.code = check::Code::TotalMismatch;
    f.severity = check::Severity::Error;
    f.sheet = "Blad1";
    parse_a1(at, f.row, f.col);
    f.fixed_formula = formula;
    f.summed = {*parse_range(std::string_view(formula).substr(4, std::string_view(formula).size() - 5))};
    f.expected = expected;
    f.actual = actual;
    f.label = "Totalt";
    return f;
}

// Actors with their amounts in kronor (column B, kr format), a header row.
test::SheetBuilder& money_table(test::SheetBuilder& b) {
    b.text("A1", "Aktör").text("B1", "Belopp (kr)");
    return b;
}

// Two items of 381 600 and 100 000 kr under a typed "Totalt 481 000".
Workbook& total_481000(test::SheetBuilder& b) {
    money_table(b).text("A2", "Region").num("B2", 381600).text("A3", "Kommuner").num("B3", 100000);
    b.text("A4", "Totalt").num("B4", 481000);
    return b.done();
}

}  // namespace

TEST_CASE("each text spelling is converted with a format that shows the same") {
    struct Case {
        const char* text;
        double value;
        const char* format;
    };
    const Case cases[] = {
        {"  500 000 kr", 500000, "#,##0\" kr\""},
        {"2 509 377 kr", 2509377, "#,##0\" kr\""},
        {"100 000 000 kr", 100000000, "#,##0\" kr\""},
        {"-8 436", -8436, "#,##0"},
        {"\u22128 436", -8436, "#,##0"},
        {"1 150 000:-", 1150000, "#,##0\":-\""},
        {"1 150 tkr", 1150000, "#,##0,\" tkr\""},
        {"2,48 mkr", 2480000, "#,##0.00,,\" mkr\""},
        {"8436 kr", 8436, "0\" kr\""},
        {"1\u00A0234,50 kr", 1234.5, "#,##0.00\" kr\""},
        {"(8 436)", -8436, "#,##0;(#,##0)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        std::optional<fix::TextAmount> a = fix::certain_text_amount(c.text);
        REQUIRE(a);
        CHECK(a->value == doctest::Approx(c.value));
        CHECK(a->number_format == c.format);
    }
}

TEST_CASE("a text that is not read for sure stays text") {
    for (const char* t : {"ca 500 000 kr", "2022 1 200 000", "1.000", "5975/453", "2024-03-27", "Totalt", "+500 kr"}) {
        CAPTURE(t);
        CHECK_FALSE(fix::certain_text_amount(t));
    }
}

TEST_CASE("a text amount in a summed column becomes the number, and the SUM over it follows") {
    test::SheetBuilder b;
    money_table(b).text("A2", "Ungdomsmottagningen").text("B2", "  500 000 kr");
    b.text("A3", "Kompetenscentrum").num("B3", 1073000);
    b.text("A4", "Totalt").formula("B4", "SUM(B2:B3)", 1073000);
    Workbook& wb = b.done();
    fix::FixPlan plan = fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Formula, Lang::Sv);
    const fix::CellEdit* text = edit_at(plan, "B2");
    REQUIRE(text);
    CHECK(text->kind == fix::ChangeKind::TextToNumber);
    CHECK(text->value == 500000);
    CHECK(text->number_format == "#,##0\" kr\"");
    const fix::CellEdit* total = edit_at(plan, "B4");
    REQUIRE(total);
    // The check reports the SUM that skips the text (total-mismatch): its own formula, now counting it.
    CHECK(total->kind == fix::ChangeKind::WrongTotal);
    CHECK(total->formula == "SUM(B2:B3)");
    CHECK(total->value == 1573000);
}

TEST_CASE("a text amount read by a formula fix cannot recompute stays text, marked for a person") {
    test::SheetBuilder b;
    money_table(b).text("A2", "Ungdomsmottagningen").text("B2", "500 000 kr");
    b.text("A3", "Kompetenscentrum").num("B3", 1073000);
    b.text("A4", "Totalt").formula("B4", "SUM(B2:B3)", 1073000);
    b.text("D2", "Andel").formula("E2", "B2/B4", 0);
    Workbook& wb = b.done();
    fix::FixPlan plan = fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Formula, Lang::Sv);
    CHECK_FALSE(edit_at(plan, "B2"));
    CHECK_FALSE(edit_at(plan, "B4"));
    const fix::CellMark* mark = mark_at(plan, "B2");
    REQUIRE(mark);
    CHECK(mark->note.find("Summakoll ändrade inte cellen") == 0);
    CHECK(mark->reason.find("formel") != std::string::npos);
}

TEST_CASE("a wrong typed total in kronor becomes the formula that computes the right sum") {
    test::SheetBuilder b;
    Workbook& wb = total_481000(b);
    std::vector<check::Finding> findings{wrong_total("B4", "SUM(B2:B3)", 481600, 481000)};
    fix::FixPlan plan = fix::plan_fixes(wb, findings, fix::TotalsAs::Formula, Lang::Sv);
    const fix::CellEdit* e = edit_at(plan, "B4");
    REQUIRE(e);
    CHECK(e->kind == fix::ChangeKind::WrongTotal);
    CHECK(e->formula == "SUM(B2:B3)");
    CHECK(e->value == 481600);
    CHECK(e->note.find("Tidigare: 481\u00A0000\u00A0kr") != std::string::npos);
    CHECK(plan.marks.empty());
    CHECK(plan.report[0].action == "ändrad: fel summa → rätt summa");
}

TEST_CASE("a formula that would add a group total together with its own items is refused") {
    test::SheetBuilder b;
    money_table(b).text("A2", "Region Jämtland Härjedalen").num("B2", 481600);
    b.text("A3", "Folkhälsoenheten").num("B3", 381600);
    b.text("A4", "Vårdverksamheten").num("B4", 100000);
    b.text("A5", "Kommunerna").num("B5", 200000);
    b.text("A6", "Totalt").num("B6", 681600);
    Workbook& wb = b.done();
    // A reading that counts B2 and its items B3:B4: 1 163 200.
    std::vector<check::Finding> findings{wrong_total("B6", "SUM(B2:B5)", 1163200, 681600)};
    const Sheet& s = wb.sheets[0];
    CHECK(fix::prove_formula(wb, s, 5, 1, "SUM(B2:B5)", 1163200, fix::totals_summed(findings)) == fix::Refusal::DoubleCounting);
    fix::FixPlan plan = fix::plan_fixes(wb, findings, fix::TotalsAs::Formula, Lang::Sv);
    CHECK(plan.edits.empty());
    const fix::CellMark* mark = mark_at(plan, "B6");
    REQUIRE(mark);
    CHECK(mark->reason.find("delsumma") != std::string::npos);
    // A total row labelled as one, summed with the items it totals.
    test::SheetBuilder c;
    money_table(c).text("A2", "Region").num("B2", 100).text("A3", "Kommun").num("B3", 200);
    c.text("A4", "Summa").num("B4", 300).text("A5", "Övrigt").num("B5", 50).text("A6", "Totalt").num("B6", 1);
    const Workbook& wc = c.done();
    CHECK(fix::prove_formula(wc, wc.sheets[0], 5, 1, "SUM(B2:B5)", 650, {}) == fix::Refusal::DoubleCounting);
    CHECK(fix::prove_formula(wc, wc.sheets[0], 5, 1, "SUM(B2:B3)", 300, {}) == fix::Refusal::None);
}

TEST_CASE("a formula over a varav line, a header or a page line is refused") {
    test::SheetBuilder b;
    money_table(b).text("A2", "Region").num("B2", 400).text("A3", "varav Folkhälsa").num("B3", 100);
    b.text("A4", "Kommun").num("B4", 200).text("A5", "Sida 2 av 3").text("B5", "Belopp (kr)");
    b.text("A6", "Totalt").num("B6", 1);
    Workbook& wb = b.done();
    const Sheet& s = wb.sheets[0];
    CHECK(fix::prove_formula(wb, s, 5, 1, "SUM(B2:B4)", 700, {}) == fix::Refusal::NotSummand);
    CHECK(fix::prove_formula(wb, s, 5, 1, "SUM(B4:B5)", 200, {}) == fix::Refusal::Text);
    CHECK(fix::prove_formula(wb, s, 5, 1, "SUM(B2,B4)", 600, {}) == fix::Refusal::None);
    CHECK(fix::prove_formula(wb, s, 5, 1, "SUM(B2,B4)", 601, {}) == fix::Refusal::Value);
    CHECK(fix::prove_formula(wb, s, 5, 1, "SUM(B2:B6)", 600, {}) == fix::Refusal::ElsewhereOrSelf);
    CHECK(fix::prove_formula(wb, s, 5, 1, "AVERAGE(B2:B4)", 600, {}) == fix::Refusal::Unreadable);
}

TEST_CASE("a statistics table is marked, not changed") {
    test::SheetBuilder b;
    b.text("A1", "Mottagning").text("B1", "Antal besök");
    b.text("A2", "Östersund").num("B2", 9001, 0).text("A3", "Sveg").num("B3", 6030, 0);
    b.text("A4", "Totalt Jämtland").num("B4", 15001, 0);
    Workbook& wb = b.done();
    std::vector<check::Finding> findings{wrong_total("B4", "SUM(B2:B3)", 15031, 15001)};
    fix::FixPlan plan = fix::plan_fixes(wb, findings, fix::TotalsAs::Formula, Lang::Sv);
    CHECK(plan.edits.empty());
    const fix::CellMark* mark = mark_at(plan, "B4");
    REQUIRE(mark);
    CHECK(mark->code == "total-mismatch");
    CHECK(mark->reason.find("kronor") != std::string::npos);
    CHECK(plan.report[0].action == "till en person");
}

TEST_CASE("a finding the check hands to a person is only marked") {
    test::SheetBuilder b;
    Workbook& wb = total_481000(b);
    std::vector<check::Finding> findings{wrong_total("B4", "SUM(B2:B3)", 481600, 481000)};
    findings[0].for_person = true;
    fix::FixPlan plan = fix::plan_fixes(wb, findings, fix::TotalsAs::Formula, Lang::Sv);
    CHECK(plan.edits.empty());
    REQUIRE(mark_at(plan, "B4"));
}

TEST_CASE("a right typed total becomes a formula only when the formula gives the typed value") {
    test::SheetBuilder b;
    money_table(b).text("A2", "Region").num("B2", 381600).text("A3", "Kommuner").num("B3", 100000);
    b.text("A4", "Totalt").num("B4", 481600);
    Workbook& wb = b.done();
    std::vector<check::Finding> found = check::check_workbook(wb);
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].code == check::Code::HardcodedTotal);
    fix::FixPlan plan = fix::plan_fixes(wb, found, fix::TotalsAs::Formula, Lang::Sv);
    const fix::CellEdit* e = edit_at(plan, "B4");
    REQUIRE(e);
    CHECK(e->kind == fix::ChangeKind::TypedTotal);
    CHECK(e->formula == "SUM(B2:B3)");
    CHECK(e->value == 481600);
    // The same finding over other items: the formula would give another value.
    found[0].fixed_formula = "SUM(B2:B2)";
    fix::FixPlan other = fix::plan_fixes(wb, found, fix::TotalsAs::Formula, Lang::Sv);
    CHECK(other.edits.empty());
    CHECK(other.marks.empty());  // an info finding left as it is
    // --totals value: a typed total is a value already.
    CHECK(fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Value, Lang::Sv).edits.empty());
}

TEST_CASE("the cells a formula reads, whatever its functions") {
    auto refs = fix::formula_refs("ROUND(SUM(B2:B9),0)+'Blad 2'!$C$4*Data!A:A-1E+3+\"A1\"", "Blad1");
    REQUIRE(refs);
    REQUIRE(refs->size() == 3);
    CHECK((*refs)[0].sheet == "Blad1");
    CHECK(a1((*refs)[0].range) == "B2:B9");
    CHECK((*refs)[1].sheet == "Blad 2");
    CHECK(a1((*refs)[1].range) == "C4");
    CHECK((*refs)[2].sheet == "Data");
    CHECK((*refs)[2].range.last_row == max_rows - 1);
    CHECK_FALSE(fix::formula_refs("SUM(Belopp)", "Blad1"));
    CHECK_FALSE(fix::formula_refs("SUM(Tabell1[Belopp])", "Blad1"));
    CHECK_FALSE(fix::formula_refs("[1]Blad1!A1", "Blad1"));
}

TEST_CASE("a text amount the check does not list is converted when it names kronor and no formula moves") {
    test::SheetBuilder b;
    b.text("A1", "Anteckning").text("B1", "Belopp");
    b.text("A2", "Riket").text("B2", "100 000 000 kr");
    b.text("A3", "Kontant").text("B3", "1 150 000:-");
    b.text("A4", "Kod").text("B4", "0114");
    Workbook& wb = b.done();
    std::vector<check::Finding> none;
    fix::FixPlan plan = fix::plan_fixes(wb, none, fix::TotalsAs::Formula, Lang::Sv);
    REQUIRE(edit_at(plan, "B2"));
    CHECK(edit_at(plan, "B2")->value == 100000000);
    REQUIRE(edit_at(plan, "B3"));
    CHECK(edit_at(plan, "B3")->number_format == "#,##0\":-\"");
    CHECK_FALSE(edit_at(plan, "B4"));
    CHECK(plan.report.size() == 2);
    CHECK(plan.marks.empty());
}

TEST_CASE("a text amount whose conversion would move a right SUM is left alone") {
    test::SheetBuilder b;
    money_table(b).text("A2", "Region").num("B2", 400000).text("A3", "varav Folkhälsa").text("B3", "100 000 kr");
    b.text("A4", "Kommun").num("B4", 200000).text("A5", "Totalt").formula("B5", "SUM(B2:B4)", 600000);
    Workbook& wb = b.done();
    fix::FixPlan plan = fix::plan_fixes(wb, check::check_workbook(wb), fix::TotalsAs::Formula, Lang::Sv);
    CHECK_FALSE(edit_at(plan, "B3"));
    CHECK_FALSE(edit_at(plan, "B5"));
}
