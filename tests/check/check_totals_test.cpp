// The checker on hand-built sheets that mirror the seed tables, and on the
// same tables with one error injected: each error is found at its cell and
// nothing else is.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "sheet_builder.hpp"

using sk::check::Code;
using sk::check::Finding;
using sk::test::SheetBuilder;

namespace {

// "code@cell" for every finding, in the checker's order.
std::vector<std::string> codes(const std::vector<Finding>& fs, bool with_info = false) {
    std::vector<std::string> out;
    for (const Finding& f : fs)
        if (with_info || f.severity != sk::check::Severity::Info)
            out.push_back(std::string(sk::check::code_name(f.code)) + "@" + sk::a1(f.row, f.col));
    return out;
}

using Strings = std::vector<std::string>;

// Seed 000, area 1: three items and "Totalt:", the first item typed as text.
SheetBuilder area1() {
    SheetBuilder b;
    b.text("A1", "1. Stärka det gemensamma arbetet");
    b.text("A2", "Insats").text("B2", "Ansvarig verksamhet").text("C2", "Summa");
    b.text("A3", "Utveckla Ungdomsmottagningens arbete").text("B3", "Ungdomsmottagningen").num("C3", 1800000);
    b.text("A4", "Barnsäkert breddinförande").text("B4", "Kompetenscentrum").num("C4", 1073000, 0);
    b.text("A5", "Barnsäkert kommuner").text("B5", "Kommunförbundet").num("C5", 101230, 0);
    b.text("A6", "Totalt:");
    return b;
}

}  // namespace

TEST_CASE("a right typed total gives only the hardcoded-total note") {
    SheetBuilder b = area1();
    b.num("C6", 2974230);
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs, true) == Strings{"hardcoded-total@C6"});
    REQUIRE(fs.size() == 1);
    CHECK(sk::check::ranges_a1(fs[0].summed) == "C3:C5");
    CHECK(fs[0].fixed_formula == "SUM(C3:C5)");
}

TEST_CASE("a changed item: total-mismatch at the total with expected and actual") {
    SheetBuilder b = area1();
    b.num("C6", 2974230).num("C4", 1073600, 0);
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs, true) == Strings{"total-mismatch@C6"});
    REQUIRE(fs.size() == 1);
    CHECK(*fs[0].expected == 2974830);
    CHECK(*fs[0].actual == 2974230);
    CHECK(sk::check::ranges_a1(fs[0].summed) == "C3:C5");
    CHECK(fs[0].severity == sk::check::Severity::Error);
}

TEST_CASE("a SUM range missing its last row is a range gap, and nothing else") {
    SheetBuilder b = area1();
    b.formula("C6", "SUM(C3:C4)", 2873000);
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs, true) == Strings{"formula-range-gap@C6"});
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].fixed_formula == "SUM(C3:C5)");
    CHECK(*fs[0].expected == 2974230);
    CHECK(*fs[0].actual == 2873000);
    CHECK(sk::check::ranges_a1(fs[0].details().missed) == "C5");
}

TEST_CASE("a stale cached value is found at the formula") {
    SheetBuilder b = area1();
    b.formula("C6", "SUM(C3:C5)", 2974000);
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs, true) == Strings{"formula-stale-value@C6"});
    REQUIRE(fs.size() == 1);
    CHECK(*fs[0].expected == 2974230);
    CHECK(*fs[0].actual == 2974000);
}

TEST_CASE("a SUM that skips a text amount: total-mismatch at the SUM with the text counted, number-as-text at the text") {
    SheetBuilder b = area1();
    b.text("C3", "1 800 000 kr");
    b.formula("C6", "SUM(C3:C5)", 1174230);  // Excel skips the text
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs, true) == Strings{"number-as-text@C3", "total-mismatch@C6"});
    REQUIRE(fs.size() == 2);
    CHECK(*fs[1].expected == 2974230);
    CHECK(*fs[1].actual == 1174230);
    CHECK(sk::check::ranges_a1(fs[1].details().missed) == "C3");
    CHECK(fs[1].basis == "formula");
    CHECK(*fs[0].expected == 1800000);
    REQUIRE(fs[0].excel_shows);
    CHECK(*fs[0].excel_shows == 1174230);
    CHECK(*fs[0].total_value == 2974230);
    CHECK(sk::a1(*fs[0].total_cell) == "C6");
}

TEST_CASE("a wrong subtotal under a right grand total is found at the subtotal only") {
    SheetBuilder b;
    b.text("A1", "Aktivitet").text("B1", "Belopp");
    b.text("A2", "Projekt A").num("B2", 100000);
    b.text("A3", "Projekt B").num("B3", 250000);
    b.text("A4", "Delsumma regionen").num("B4", 350000);
    b.text("A5", "Projekt C").num("B5", 40000);
    b.text("A6", "Projekt D").num("B6", 60000);
    b.text("A7", "Delsumma kommunerna").num("B7", 100600);  // items give 100 000
    b.text("A8", "Totalt").num("B8", 450000);
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs) == Strings{"total-mismatch@B7"});
    REQUIRE(!fs.empty());
    for (const Finding& f : fs)
        if (f.code == Code::TotalMismatch) {
            CHECK(*f.expected == 100000);
            CHECK(sk::check::ranges_a1(f.summed) == "B5:B6");
        }
}

TEST_CASE("in a tkr column a wrong subtotal under a grand total right within rounding is found at the subtotal only") {
    // Seed 003's actors in tkr with one decimal, a group's name above its items and "Summa …" below them.
    // The grand total is the exact sum rounded (7 074,9); the rounded items give 7 074,8. With the region's
    // subtotal 10 tkr off, the grand total is right once that subtotal is: a note naming it, not an error.
    const std::vector<std::pair<std::string, std::vector<double>>> groups = {
        {"Kommunförbundet", {1350.0, 250.0, 400.0, 127.4}}, {"Region", {3510.8, 381.6, 100.0}}, {"Gemensamt", {205.0, 500.0, 250.0}}};
    SheetBuilder b;
    b.text("A1", "Fördelning 2026");
    b.text("A2", "Aktör").text("B2", "Belopp (tkr)");
    int row = 3;
    auto at = [&](const char* col) { return col + std::to_string(row); };
    for (const auto& [name, items] : groups) {
        b.text(at("A").c_str(), name);
        ++row;
        double sum = 0;
        for (double v : items) {
            b.text(at("A").c_str(), "  Insats").num(at("B").c_str(), v, 0);
            sum += v;
            ++row;
        }
        b.text(at("A").c_str(), "Summa " + name).num(at("B").c_str(), sum + (name == "Region" ? 10 : 0), 0);
        ++row;
    }
    b.text(at("A").c_str(), "Totalt").num(at("B").c_str(), 7074.9, 0);
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs) == Strings{"total-mismatch@B13"});
    const auto grand = std::find_if(fs.begin(), fs.end(), [](const Finding& f) { return sk::a1(f.row, f.col) == "B19"; });
    REQUIRE(grand != fs.end());
    CHECK(grand->code == Code::TotalUnproven);
    CHECK(grand->unproven == sk::check::Unproven::FollowsFrom);
    CHECK(sk::check::ranges_a1(grand->details().caused_by) == "B13");
}

namespace {

// Seed 003's kommuner by quarter: "Kv 1" … "Kv 4", then `last` (a header that names no total), a "Summa"
// row under them. `off` is added to Berg's (row 7) amount in the last column.
SheetBuilder quarters(const char* last, double off) {
    const std::vector<std::pair<const char*, double>> kommuner = {{"Ragunda", 190600}, {"Bräcke", 193000},
        {"Krokom", 222600}, {"Strömsund", 207800}, {"Åre", 213400}, {"Berg", 196200}, {"Härjedalen", 205400},
        {"Östersund", 436000}};
    SheetBuilder b;
    b.text("A1", "Kommun").text("B1", "Kv 1").text("C1", "Kv 2");
    b.text("D1", "Kv 3").text("E1", "Kv 4").text("F1", last);
    double sums[5] = {};
    for (std::size_t i = 0; i < kommuner.size(); ++i) {
        const std::string row = std::to_string(i + 2);
        const double v = kommuner[i].second, q = std::floor(v / 4 / 50) * 50;
        const double cells[5] = {q, q, q, v - 3 * q, v + (i == 5 ? off : 0)};
        b.text(("A" + row).c_str(), kommuner[i].first);
        for (int c = 0; c < 5; ++c) {
            b.num((std::string(1, char('B' + c)) + row).c_str(), cells[c]);
            sums[c] += c == 4 ? v : cells[c];
        }
    }
    b.text("A10", "Summa");
    for (int c = 0; c < 5; ++c) b.num((std::string(1, char('B' + c)) + "10").c_str(), sums[c]);
    return b;
}

}  // namespace

TEST_CASE("a column that adds the quarters on every row but one is a total column by its numbers") {
    CHECK(codes(sk::check::check_workbook(quarters("Helår", 0).done())).empty());
    // Berg's year 10 000 too high: the one row that does not add up, not the column's right Summa below.
    auto fs = sk::check::check_workbook(quarters("Helår", 10000).done());
    CHECK(codes(fs) == Strings{"total-mismatch@F7"});
    for (const Finding& f : fs) {
        const std::string at = sk::a1(f.row, f.col);
        if (at == "F7") {
            CHECK(*f.expected == 196200);
            CHECK(f.for_person);  // the header does not say it is the total: fix leaves it to a person
        }
        if (at == "F10") {
            CHECK(f.code == Code::TotalUnproven);
            CHECK(sk::check::ranges_a1(f.details().caused_by) == "F7");
        }
    }
}

TEST_CASE("a total column before its varav columns is judged by them when they add up to it on every row but one") {
    SheetBuilder b;
    b.text("A1", "Område").text("B1", "Totalt").text("C1", "varav kommuner").text("D1", "varav region");
    const char* areas[] = {"Barn och unga", "Samsjuklighet", "Suicidprevention", "Brukarmedverkan"};
    const double totals[] = {1000000, 800000, 600000, 200000}, kommuner[] = {400000, 300000, 250000, 100000};
    for (int i = 0; i < 4; ++i) {
        const std::string r = std::to_string(i + 2);
        b.text(("A" + r).c_str(), areas[i]).num(("B" + r).c_str(), totals[i] + (i == 1 ? 10000 : 0));
        b.num(("C" + r).c_str(), kommuner[i]).num(("D" + r).c_str(), totals[i] - kommuner[i]);
    }
    b.text("A6", "Summa").num("B6", 2600000).num("C6", 1050000).num("D6", 1550000);
    auto fs = sk::check::check_workbook(b.done());
    // Samsjuklighet's total, not the right Summa under the column (a note that follows from it).
    CHECK(codes(fs) == Strings{"total-mismatch@B3"});
    for (const Finding& f : fs)
        if (sk::a1(f.row, f.col) == "B6") CHECK(f.code == Code::TotalUnproven);
}

TEST_CASE("a column equal to the one amount beside it and a zero is no total column by its numbers") {
    // Paid as granted in every row but Berg's, nothing paid back: the paid column adds nothing up.
    SheetBuilder b;
    b.text("A1", "Kommun").text("B1", "Beviljat").text("C1", "Återbetalt").text("D1", "Utbetalt");
    const double granted[] = {190600, 193000, 222600, 207800, 213400, 196200, 205400, 436000};
    for (int i = 0; i < 8; ++i) {
        const std::string row = std::to_string(i + 2);
        b.text(("A" + row).c_str(), "Kommun " + row).num(("B" + row).c_str(), granted[i]);
        b.num(("C" + row).c_str(), 0).num(("D" + row).c_str(), granted[i] - (i == 5 ? 50000 : 0));
    }
    CHECK(codes(sk::check::check_workbook(b.done())).empty());
}

namespace {

// Three kommuner, then "Regionen" over two items, then "Totalt" with `total`
// (all of them: 1 406 200). `headed`: a header row, and "Kommunerna" over the
// kommuner; without, the rows begin at the kommuner (a PDF whose first
// heading was read as text above the table).
SheetBuilder sections(double total, bool headed) {
    SheetBuilder b;
    int row = 1;
    auto put = [&](const char* label, std::optional<double> amount = std::nullopt) {
        const std::string r = std::to_string(row++);
        b.text(("A" + r).c_str(), label);
        if (amount) b.num(("B" + r).c_str(), *amount);
    };
    if (headed) {
        b.text("A1", "Mottagare").text("B1", "Belopp");
        ++row;
        put("Kommunerna");
    }
    put("Ragunda", 190600);
    put("Bräcke", 193000);
    put("Krokom", 222600);
    put("Regionen");
    put("Psykiatri", 500000);
    put("Primärvård", 300000);
    put("Totalt", total);
    return b;
}

}  // namespace

TEST_CASE("a total under sections that close with no total of their own adds them all, and is not sure of it") {
    auto sheet = [](double total) { return sections(total, true); };
    // Right for all the sections, or for the last one alone: nothing said.
    CHECK(codes(sk::check::check_workbook(sheet(1406200).done())).empty());
    CHECK(codes(sk::check::check_workbook(sheet(800000).done())).empty());
    // 10 000 too high: a note with all the sections' sum, not an error against the last section's 800 000.
    auto fs = sk::check::check_workbook(sheet(1416200).done());
    CHECK(codes(fs).empty());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == Code::TotalUnproven);
    CHECK(*fs[0].expected == 1406200);
    CHECK(sk::check::ranges_a1(fs[0].summed) == "B3:B5, B7:B8");
}

TEST_CASE("outline numbers mark group rows where nothing else does: a wrong group row is found at itself") {
    // No bold, no indentation: "2 Region" heads "2.1" … "2.3" by its number alone, and is 10 000 too high.
    SheetBuilder b;
    b.text("A1", "Insats").text("B1", "Belopp");
    b.text("A2", "1 Kommunförbundet").num("B2", 1600000);
    b.text("A3", "1.1 Länssamordning").num("B3", 1350000).text("A4", "1.2 Samordning").num("B4", 250000);
    b.text("A5", "2 Region").num("B5", 4002436);
    b.text("A6", "2.1 Folkhälsoenheten").num("B6", 3510836).text("A7", "2.2 Föräldra barn hälsan").num("B7", 381600);
    b.text("A8", "2.3 Vuxenpsykiatrin").num("B8", 100000);
    b.text("A9", "3 Gemensamt").num("B9", 705026);
    b.text("A10", "3.1 SIP").num("B10", 205026).text("A11", "3.2 Spridningskonferens").num("B11", 500000);
    b.text("A12", "Totalt").num("B12", 6297462);
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs) == Strings{"total-mismatch@B5"});
    for (const Finding& f : fs)
        if (sk::a1(f.row, f.col) == "B12") CHECK(f.code == Code::TotalUnproven);  // right once B5 is
}

TEST_CASE("a Summa that repeats the one value of its items states a rate, not a sum") {
    // A "Kr per invånare" column whose header was lost (clipped in a PDF): 20 on every row, and 20 under them.
    auto sheet = [](double summa) {
        SheetBuilder b;
        b.text("A1", "Kommun").text("B1", "Kr per invåBelopp");
        const char* names[] = {"Ragunda", "Bräcke", "Krokom", "Strömsund"};
        for (int i = 0; i < 4; ++i) b.text(("A" + std::to_string(i + 2)).c_str(), names[i]).num(("B" + std::to_string(i + 2)).c_str(), 20, 0);
        b.text("A6", "Summa").num("B6", summa, 0);
        return b;
    };
    CHECK(codes(sk::check::check_workbook(sheet(20).done())).empty());
    CHECK(codes(sk::check::check_workbook(sheet(70).done())) == Strings{"total-mismatch@B6"});
}

TEST_CASE("items above the first section that no total adds leave a bare Totalt after the section unsure") {
    // A PDF's table whose first section heading was read as text above it: "Totalt" adds all the rows.
    auto sheet = [](double total) { return sections(total, false); };
    CHECK(codes(sk::check::check_workbook(sheet(1406200).done())).empty());
    CHECK(codes(sk::check::check_workbook(sheet(800000).done())).empty());
    CHECK(codes(sk::check::check_workbook(sheet(1416200).done())).empty());  // a note: which rows it adds is not sure
}

TEST_CASE("seed 000 organisation summary: group headers carry their groups' totals") {
    SheetBuilder b;
    b.text("A1", "Sammanfattande fördelning per ansvarig verksamhet");
    b.text("A2", "Insatser Region Jämtland Härjedalen").num("C2", 7927377);
    const char* region[][2] = {{"A3", "C3"}, {"A4", "C4"}, {"A5", "C5"}, {"A6", "C6"}, {"A7", "C7"}, {"A8", "C8"}, {"A9", "C9"}};
    double rv[] = {1800000, 1073000, 1000000, 1545000, 500000, 500000, 1509377};
    for (int i = 0; i < 7; ++i) b.text(region[i][0], "Post").num(region[i][1], rv[i]);
    b.text("A10", "Insatser Kommunförbundet Jämtland Härjedalen").text("C10", "3 073 000 kr");
    const char* kf[][2] = {{"A11", "C11"}, {"A12", "C12"}, {"A13", "C13"}, {"A14", "C14"}, {"A15", "C15"}};
    double kv[] = {101230, 1000000, 971770, 500000, 500000};
    for (int i = 0; i < 5; ++i) b.text(kf[i][0], "Post").num(kf[i][1], kv[i]);
    b.text("A16", "Samsjuklighetsutredningen").num("C16", 757528);
    b.text("A17", "MiniMaria Östersunds kommun").num("C17", 1545000);
    b.text("B19", "totalt:").num("C19", 13302905);
    SUBCASE("as printed: right") {
        auto fs = sk::check::check_workbook(b.done());
        CHECK(codes(fs) == Strings{"number-as-text@C10"});
    }
    SUBCASE("a grand total off by 600 kr") {
        b.num("C19", 13303505);
        auto fs = sk::check::check_workbook(b.done());
        CHECK(codes(fs) == Strings{"number-as-text@C10", "total-mismatch@C19"});
    }
}

TEST_CASE("seed 002 balances: TOTALT as the remainder, and the carry-over") {
    SheetBuilder b;
    b.text("A1", "Uppföljning 2020 års Brukarmiljon");
    b.text("A2", "Erhållna medel:").num("C2", 1000000);
    b.text("A3", "Aktivitet").text("C3", "Summa");
    b.text("A4", "JLB inkl. medlemsorganisationer").num("C4", 775000);
    b.text("A5", "Ungas beställning till samhället").num("C5", 87436);
    b.text("A6", "Ungas beställning 2.0").num("C6", 146000);
    b.text("A7", "TOTALT").num("C7", -8436);
    b.text("A9", "Aktivitet").text("C9", "Summa");
    b.text("A10", "Regional samordning").num("C10", 1010303);
    b.text("A11", "Projektutlysning").num("C11", 5120729);
    b.text("A12", "TOTALT:").num("C12", 6131032);
    b.text("A13", "Erhållna medel:").num("C13", 6203183);
    b.text("A14", "Slås ihop med 2021 års medel:").num("C14", 72151);
    SUBCASE("as printed: no errors or warnings") {
        auto fs = sk::check::check_workbook(b.done());
        CHECK(codes(fs) == Strings{});
    }
    SUBCASE("a carry-over that does not follow") {
        b.num("C14", 72000);
        auto fs = sk::check::check_workbook(b.done());
        CHECK(codes(fs) == Strings{"balance-mismatch@C14"});
        REQUIRE(fs.size() >= 1);
        for (const Finding& f : fs)
            if (f.code == Code::BalanceMismatch) {
                CHECK(*f.expected == 72151);
                CHECK(*f.details().received == 6203183);
                CHECK(*f.details().spent == 6131032);
            }
    }
}

TEST_CASE("seed 001 region rows: ±1 kr per component is total-rounding, more is a mismatch") {
    SheetBuilder b;
    b.text("A1", "Länskod").text("B1", "Region").text("C1", "Barn och unga").text("D1", "Traumavård");
    b.text("E1", "Kunskapsbaserad").text("F1", "Totalt belopp");
    b.text("A2", "01").text("B2", "Stockholm").num("C2", 129530375).num("D2", 11630934).num("E2", 23261868).num("F2", 164423176);
    b.text("A3", "03").text("B3", "Uppsala").num("C3", 22943849).num("D3", 1916680).num("E3", 3833360).num("F3", 28693890);
    b.text("A4", "04").text("B4", "Södermanland").num("C4", 15755045).num("D4", 1431706).num("E4", 2863413).num("F4", 20050164);
    b.text("A5", "05").text("B5", "Östergötland").num("C5", 25431721).num("D5", 2238465).num("E5", 4476930).num("F5", 32147116);
    SUBCASE("as printed") {
        auto fs = sk::check::check_workbook(b.done());
        CHECK(codes(fs) == Strings{"total-rounding@F2", "total-rounding@F3"});
    }
    SUBCASE("ten kronor off is an error") {
        b.num("F4", 20050174);
        auto fs = sk::check::check_workbook(b.done());
        CHECK(codes(fs) == Strings{"total-rounding@F2", "total-rounding@F3", "total-mismatch@F4"});
    }
}

TEST_CASE("codes, years and counts are never summed with amounts") {
    SheetBuilder b;
    b.text("A1", "Kod").text("B1", "År").text("C1", "Antal personer").text("D1", "Belopp").text("E1", "Totalt");
    b.num("A2", 114, 0).num("B2", 2024, 0).num("C2", 12, 0).num("D2", 1000).num("E2", 1000);
    b.num("A3", 115, 0).num("B3", 2025, 0).num("C3", 30, 0).num("D3", 2000).num("E3", 2000);
    b.num("A4", 180, 0).num("B4", 2026, 0).num("C4", 7, 0).num("D4", 500).num("E4", 500);
    b.text("F2", "x");
    auto fs = sk::check::check_workbook(b.done());
    CHECK(codes(fs) == Strings{});
}

TEST_CASE("a percentage column checked against the pair of columns that explains it") {
    SheetBuilder b;
    b.text("A1", "Kommun").text("B1", "Antal 13-22 år").text("C1", "Antal personer").text("D1", "Andel");
    const char* names[] = {"Ragunda", "Krokom", "Strömsund", "Åre", "Berg"};
    double all[] = {512, 1978, 1057, 1355, 729}, seen[] = {65, 339, 137, 138, 105};
    double pct[] = {0.127, 0.171, 0.130, 0.102, 0.144};
    for (int i = 0; i < 5; ++i) {
        std::string r = std::to_string(i + 2);
        b.text(("A" + r).c_str(), names[i]).num(("B" + r).c_str(), all[i], 0).num(("C" + r).c_str(), seen[i], 0);
        b.num(("D" + r).c_str(), pct[i], 2);
    }
    SUBCASE("as printed") { CHECK(codes(sk::check::check_workbook(b.done())) == Strings{}); }
    SUBCASE("Bräcke's 20,1 % for 117 of 571") {
        b.text("A7", "Bräcke").num("B7", 571, 0).num("C7", 117, 0).num("D7", 0.201, 2);
        auto fs = sk::check::check_workbook(b.done());
        CHECK(codes(fs) == Strings{"percent-mismatch@D7"});
    }
}

TEST_CASE("a total fix may rewrite carries its column's measure, so that fix need not find the blocks again") {
    // Amounts in kronor beside counts of visits, each column with a wrong total; and a stale SUM of its own.
    SheetBuilder b;
    b.text("A1", "Kommun").text("B1", "Belopp").text("C1", "Antal besök");
    b.text("A2", "Berg").num("B2", 300000).num("C2", 120, 0);
    b.text("A3", "Bräcke").num("B3", 200000).num("C3", 80, 0);
    b.text("A4", "Totalt").num("B4", 510000).num("C4", 210, 0);
    b.text("A8", "Kommentar").formula("E8", "SUM(E2:E3)", 5);
    const sk::Workbook& wb = b.done();
    const std::vector<Finding> fs = sk::check::check_workbook(wb);
    std::map<std::string, std::optional<sk::tables::Measure>> measure;
    for (const Finding& f : fs) measure[sk::a1(f.row, f.col)] = f.column_measure;
    REQUIRE(measure.count("B4"));
    REQUIRE(measure.count("C4"));
    REQUIRE(measure.count("E8"));
    CHECK(measure["B4"] == sk::tables::Measure::Money);
    CHECK(measure["C4"] == sk::tables::Measure::Count);
    // Each as the blocks give it: the first block of whole cells in the column that holds the row.
    const std::vector<sk::tables::Block> blocks = sk::tables::find_blocks(wb, wb.sheets[0]);
    for (const Finding& f : fs) {
        const sk::check::FixChange change = sk::check::fix_change(f.code);
        if (change != sk::check::FixChange::WrongTotal && change != sk::check::FixChange::TypedTotal) {
            CHECK_FALSE(f.column_measure);
            continue;
        }
        auto block = std::find_if(blocks.begin(), blocks.end(), [&](const sk::tables::Block& x) {
            return x.col == f.col && !x.part && sk::tables::row_at(x, f.row);
        });
        CHECK(f.column_measure == (block == blocks.end() ? sk::tables::Measure::Skip : block->measure));
    }
}
