// The checker on composite cells ("5975/453"), on Word and CSV tables (every
// value text), on a scale word in prose, and on a total carried from elsewhere.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/check.hpp"
#include "fix/fix_plan.hpp"
#include "report/check_messages.hpp"
#include "sheet_builder.hpp"
#include "tables/blocks.hpp"

using sk::check::Code;
using sk::check::Finding;
using sk::test::SheetBuilder;

namespace {

// "code@cell code@cell …" for every finding, in the checker's order (readable when a check fails).
std::string codes(const std::vector<Finding>& fs, bool with_info = false) {
    std::string out;
    for (const Finding& f : fs)
        if (with_info || f.severity != sk::check::Severity::Info)
            out += (out.empty() ? "" : " ") + std::string(sk::check::code_name(f.code)) + "@" + sk::a1(f.row, f.col);
    return out;
}

// Seed 003's youth clinic table: counts, a composite percent column (D),
// composite visit columns (F, G) and a "Totalt Jämtland" row, as printed.
SheetBuilder youth_clinic() {
    SheetBuilder b("Ungdomsmottagningen");
    b.text("A1", "Statistik över antal personer som är skrivna i länet");
    b.text("A2", "Kommun").text("B2", "Antal 13-22 år Boende i J/H").text("C2", "Totalt antal personer");
    b.text("D2", "% av antal personer i åldersgruppen /% antal killar").text("E2", "Totalt antal kontakter");
    b.text("F2", "antal mottagnings-besök/antal killar").text("G2", "antal chattar/antal killar");
    struct Row { const char* name; double all, seen; const char* pct; double contacts; const char* visits; const char* chats; };
    const Row rows[] = {
        {"Ragunda", 512, 65, "12,7%/1%", 216, "148/10", "4/1"},
        {"Bräcke", 571, 117, "20,1/1,4", 352, "252/15", "10/0"},
        {"Krokom", 1978, 339, "17,1%/1,1%", 985, "710/47", "33/2"},
        {"Strömsund", 1057, 137, "13,0%/1,2%", 374, "254/19", "11/1"},
        {"Åre", 1355, 138, "10,2%/0,9%", 389, "294/17", "7/1"},
        {"Berg", 729, 105, "14,4%/1,9%", 266, "178/17", "13/1"},
        {"Härjedalen", 945, 141, "14,9%/1,3%", 396, "268/20", "15/2"},
        {"Östersund", 7884, 1688, "21,4%/1,8%", 5173, "3868/308", "121/13"},
    };
    for (int i = 0; i < 8; ++i) {
        std::string r = std::to_string(i + 3);
        auto at = [&](const char* c) { return std::string(c) + r; };
        b.text(at("A").c_str(), rows[i].name).num(at("B").c_str(), rows[i].all, 0).num(at("C").c_str(), rows[i].seen, 0);
        b.text(at("D").c_str(), rows[i].pct).num(at("E").c_str(), rows[i].contacts, 0);
        b.text(at("F").c_str(), rows[i].visits).text(at("G").c_str(), rows[i].chats);
    }
    b.text("A11", "Totalt Jämtland").num("B11", 15031, 0).num("C11", 2730, 0).text("D11", "18,2%/1,5%");
    b.num("E11", 8151, 0).text("F11", "5972/453").text("G11", "214/21");
    // Below: a composite that goes on from the numbers above (E11 + 380), not a column of its own.
    b.text("A12", "Övriga län alla mott").text("E12", "380/164");
    b.text("A13", "Totalt alla län").text("E13", "8531/2894");
    return b;
}

}  // namespace

TEST_CASE("composite cells: a right table gives nothing, not even for a mixed-shape total below") {
    SheetBuilder b = youth_clinic();
    b.text("D4", "20,5/1,4");
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs) == "");
}

TEST_CASE("composite cells: a wrong first number in a totals row is found at its cell, per part") {
    SheetBuilder b = youth_clinic();
    b.text("D4", "20,5/1,4");
    b.text("F11", "5975/453").text("G11", "214/22");
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs) == "total-mismatch@F11 total-mismatch@G11");
    std::vector<Finding> wrong;
    for (const Finding& f : fs)
        if (f.code == Code::TotalMismatch) wrong.push_back(f);
    REQUIRE(wrong.size() == 2);
    CHECK(*wrong[0].expected == 5972);
    CHECK(*wrong[0].actual == 5975);
    REQUIRE(wrong[0].part);
    CHECK(*wrong[0].part == 0);
    CHECK(sk::check::ranges_a1(wrong[0].summed) == "F3:F10");
    CHECK(sk::finding_message(wrong[0], sk::Lang::Sv).find("första talet i \"5975/453\"") != std::string::npos);
    REQUIRE(wrong[1].part);
    CHECK(*wrong[1].part == 1);
    CHECK(*wrong[1].expected == 21);
    CHECK(sk::finding_message(wrong[1], sk::Lang::En).find("the second number in \"214/22\"") != std::string::npos);
    // The fixer cannot write one number back into "5975/453": it reports, it does not edit.
    sk::fix::FixPlan plan = sk::fix::plan_fixes(b.wb, wrong, sk::fix::TotalsAs::Formula, sk::Lang::Sv);
    CHECK(plan.edits.empty());
    CHECK(plan.report.size() == 2);
}

TEST_CASE("composite cells: Bräcke's \"20,1/1,4\" against 117 of 571, the first number") {
    SheetBuilder b = youth_clinic();
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs) == "percent-mismatch@D4");
    REQUIRE(fs[0].code == Code::PercentMismatch);
    CHECK(*fs[0].actual == doctest::Approx(0.201));
    CHECK(*fs[0].expected == doctest::Approx(117.0 / 571));
    REQUIRE(fs[0].part);
    CHECK(*fs[0].part == 0);
    CHECK(sk::check::ranges_a1(fs[0].summed) == "C4, B4");
    CHECK(sk::finding_message(fs[0], sk::Lang::Sv).starts_with("Första talet i \"20,1/1,4\": "));
}

TEST_CASE("a scale word in prose above a table does not scale its amounts") {
    SheetBuilder b("Fördelning 2026");
    b.text("A1", "Tillgängliga länssamverkansmedel 2026");
    b.text("A2", "3. Insatser för stärkt suicidpreventivt arbete")
        .text("B2", "(fördelning 5 mkr/län, resterande enl befolkningsmängd)")
        .num("E2", 6188272);
    b.text("A4", "1. Genomförande av den nationella strategin");
    b.text("A5", "Insats").text("E5", "Summa");
    b.text("A6", "Länssamordning").num("E6", 1350000, 0);
    b.text("A7", "Länssamordning region").num("E7", 2650000, 0);
    b.text("A8", "Totalt:").num("E8", 4000000, 0);
    const sk::Workbook& wb = b.done();
    for (const sk::tables::Block& blk : sk::tables::find_blocks(wb, wb.sheets[0]))
        if (blk.col == 4 && blk.rows.back().row == 7) CHECK(blk.rows.back().value.value == 4000000);
    auto fs = sk::check::check_workbook(wb);
    REQUIRE(codes(fs, true) == "hardcoded-total@E8");
    CHECK(*fs[0].actual == 4000000);
    CHECK(sk::finding_message(fs[0], sk::Lang::Sv).starts_with("Totalt " + sk::num::format(4000000, sk::num::Unit::Kr)));
}

TEST_CASE("a unit line above the header still scales: \"Angivet i tusental kronor\"") {
    SheetBuilder b;
    b.text("A1", "Angivet i tusental kronor");
    b.text("A2", "Område").text("B2", "Belopp");
    b.text("A3", "Regioner").num("B3", 553000, 0);
    b.text("A4", "Kommuner").num("B4", 100000, 0);
    const sk::Workbook& wb = b.done();
    auto blocks = sk::tables::find_blocks(wb, wb.sheets[0]);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].rows[0].value.value == 553000000);
}

TEST_CASE("Word and CSV tables: text amounts are counted, never reported as number-as-text") {
    auto table = [](sk::SourceFormat format) {
        SheetBuilder b(format == sk::SourceFormat::Docx ? "Tabell 2" : "2020-uppfoljning");
        b.wb.format = format;
        b.text("A1", "Insats").text("B1", "Summa");
        b.text("A2", "Utveckla Ungdomsmottagningens arbete").text("B2", "1 800 000 kr");
        b.text("A3", "Barnsäkert breddinförande").text("B3", "1 073 000");
        b.text("A4", "Totalt:").text("B4", "2 873 000");
        return b;
    };
    for (sk::SourceFormat format : {sk::SourceFormat::Docx, sk::SourceFormat::Csv}) {
        SheetBuilder b = table(format);
        CHECK(codes(sk::check::check_workbook(b.done()), true) == "");
        b.text("B4", "2 873 600");
        auto fs = sk::check::check_workbook(b.done());
        REQUIRE(codes(fs, true) == "total-mismatch@B4");
        CHECK(*fs[0].expected == 2873000);
    }
    // The same cells in a workbook: Excel's SUM skips them, so they are reported there.
    SheetBuilder x = table(sk::SourceFormat::Xlsx);
    CHECK(codes(sk::check::check_workbook(x.done()), true) ==
          "number-as-text@B2 number-as-text@B3 number-as-text@B4");
}

TEST_CASE("a total carried from elsewhere under a heading total that adds up is not claimed wrong") {
    SheetBuilder b("Tabell 5");
    b.wb.format = sk::SourceFormat::Docx;
    b.text("A1", "Sammanfattande fördelning och uppdrag per ansvarig aktör som hanterar medlen:");
    b.text("A2", "Kommunförbundet Jämtland Härjedalen KFJH samt länets kommuner").text("B2", "Totalt:").text("C2", "3 992 436");
    b.text("A3", "Länssamordning").text("C3", "1 350 000");
    b.text("A4", "Samordning barn och unga").text("C4", "250 000");
    b.text("A5", "Tidiga insatser barn och unga").text("C5", "400 000");
    b.text("A6", "KFJH riktade aktiviteter").text("C6", "127 436");
    b.text("A7", "KFJH samordning inkl aktiviteter länshandlingsplan").text("C7", "2 127 436");
    b.text("A8", "Respektive kommun i enlighet med aktivitet i fokusområde");
    b.text("A9", "Totalt direkt fördelat länets kommuner:").text("C9", "1 865 000");
    b.text("A10", "Region Jämtland Härjedalen").text("B10", "Totalt:").text("C10", "3 992 436");
    b.text("A11", "Länssamordning").text("C11", "1 350 000");
    b.text("A12", "Samordning Barn och Unga").text("C12", "2 642 436");
    SUBCASE("as printed") { CHECK(codes(sk::check::check_workbook(b.done()), true) == ""); }
    SUBCASE("nor when the heading total is off: the rows above it are closed by their own subtotal") {
        b.text("C2", "3 992 000");
        CHECK(codes(sk::check::check_workbook(b.done()), true) == "");
    }
    SUBCASE("a total with items of its own above it is still checked") {
        b.text("A8", "Respektive kommun").text("C8", "1 800 000");
        CHECK(codes(sk::check::check_workbook(b.done()), true) == "total-mismatch@C9");
    }
}
