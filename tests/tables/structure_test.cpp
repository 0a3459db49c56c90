// The structural reading of an amount column: which totals add what, and
// the judgement that follows (tests/e2e/structure_samples.py does the same
// on whole sample files).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../check/sheet_builder.hpp"
#include "check/check.hpp"
#include "tables/fold_label.hpp"
#include "tables/label_kind.hpp"
#include "tables/marked_tree.hpp"
#include "tables/structure.hpp"

using sk::test::SheetBuilder;
using namespace sk;

namespace {

std::vector<std::string> codes(const std::vector<check::Finding>& fs) {
    std::vector<std::string> out;
    for (const check::Finding& f : fs) out.push_back(std::string(check::code_name(f.code)) + "@" + a1(f.row, f.col));
    return out;
}

using Strings = std::vector<std::string>;

// Seed 001's agreement table with its summary block, typed values, in tkr.
SheetBuilder agreement(double kommuner_total) {
    SheetBuilder b;
    b.text("A1", "Angivet i tusental kronor").text("B2", "Belopp (tkr)");
    b.text("A3", "Regioner");
    b.text("A4", "Barn och unga").num("B4", 553000, 0).text("A5", "Kunskapsbaserad vård").num("B5", 100000, 0);
    b.text("A6", "Traumavård").num("B6", 50000, 0);
    b.text("A7", "Kommuner").text("A8", "Kunskapsbaserad vård").num("B8", 100000, 0);
    b.text("A9", "Länsgemensamma medel").text("A10", "Barn och unga").num("B10", 250000, 0);
    b.text("A11", "Samsjuklighet").num("B11", 250000, 0).text("A12", "Brukarmedverkan").num("B12", 24000, 0);
    b.text("A13", "Suicidprevention").num("B13", 200000, 0);
    b.text("A14", "SKR").text("A15", "Utvecklingsarbete").num("B15", 33000, 0);
    b.text("A16", "Totalt");
    b.text("A17", "Totalt regioner").num("B17", 703000, 0);
    b.text("A18", "Totalt kommuner").num("B18", kommuner_total, 0);
    b.text("A19", "Totalt län").num("B19", 724000, 0);
    b.text("A20", "Totalt SKR").num("B20", 33000, 0);
    b.text("A21", "Totalt överenskommelsen").num("B21", 1560000, 0);
    return b;
}

}  // namespace

TEST_CASE("labels: comparison lines, page lines and a total word that closes the label") {
    using tables::LabelKind;
    for (const char* t : {"Riket (jämförelse)", "Totalt alla län", "Samtliga län", "Länet", "Genomsnitt", "Medel",
                          "Median", "Jämförelse 2023", "Genomsnitt per region"})
        CHECK_MESSAGE(tables::label_kind(tables::fold_label(t)) == LabelKind::Comparison, t);
    for (const char* t : {"Sida 3 av 9", "Sida 3", "Page 2 of 4", "- 4 -", "3 (9)"})
        CHECK_MESSAGE(tables::label_kind(tables::fold_label(t)) == LabelKind::PageLine, t);
    CHECK(tables::label_kind(tables::fold_label("Direkt till regionens vårdverksamheter Totalt:")) == LabelKind::Total);
    CHECK(tables::label_kind(tables::fold_label("Riket")) == LabelKind::Total);
    CHECK(tables::label_kind(tables::fold_label("Länsgemensamma medel")) == LabelKind::Plain);
    CHECK(tables::label_kind(tables::fold_label("Sidan om")) == LabelKind::Plain);
}

TEST_CASE("a total's label names its section by words and prefixes") {
    CHECK(tables::named_part("Totalt kommuner") == "kommuner");
    CHECK(tables::named_part("Summa för SKR:") == "skr");
    CHECK(tables::named_part("Totalt") == "");
    CHECK(tables::names_section("kommuner", "kommuner"));
    CHECK(tables::names_section("län", "länsgemensamma medel"));
    CHECK(tables::names_section("regioner", "region"));
    CHECK_FALSE(tables::names_section("regioner", "region jämtland härjedalen"));
    CHECK_FALSE(tables::names_section("överenskommelsen", "kommuner"));
    CHECK_FALSE(tables::names_section("", "kommuner"));
}

TEST_CASE("section summaries: each line adds the section its label names, the last line adds the lines") {
    SUBCASE("as printed: every total explained, none accused") {
        auto fs = check::check_workbook(agreement(100000).done());
        for (const check::Finding& f : fs) CHECK_MESSAGE(f.code == check::Code::HardcodedTotal, a1(f.row, f.col));
        CHECK(fs.size() == 5);
    }
    SUBCASE("Totalt kommuner wrong: accused against its section, the grand total judged through the items") {
        auto fs = check::check_workbook(agreement(110000).done());
        std::vector<std::string> errors;
        for (const check::Finding& f : fs)
            if (f.severity == check::Severity::Error) {
                errors.push_back(a1(f.row, f.col));
                CHECK(*f.expected == 100000000);  // kronor: the column is in tkr
                CHECK(f.basis == "section");
                CHECK(check::ranges_a1(f.summed) == "B8");
            }
        CHECK(errors == Strings{"B18"});
    }
}

TEST_CASE("comparison and varav lines stay out of every sum") {
    SheetBuilder b;
    b.text("A1", "Region").text("B1", "Belopp");
    b.text("A2", "Stockholm").num("B2", 300);
    b.text("A3", "varav barn").num("B3", 100);
    b.text("A4", "Uppsala").num("B4", 200);
    b.text("A5", "Totalt").num("B5", 500);
    b.text("A6", "Riket (jämförelse)").num("B6", 9000);
    b.text("A7", "Genomsnitt").num("B7", 250);
    auto fs = check::check_workbook(b.done());
    CHECK(codes(fs) == Strings{"hardcoded-total@B5"});
    CHECK(check::ranges_a1(fs[0].summed) == "B2, B4");
}

TEST_CASE("a table over pages: repeated headers and page lines do not end it") {
    SheetBuilder b;
    b.text("A1", "Kommun").text("B1", "Belopp");
    double sum = 0;
    int row = 2;
    for (int page = 0; page < 3; ++page) {
        if (page > 0) {
            b.text(("A" + std::to_string(row)).c_str(), "Sida " + std::to_string(page) + " av 3");
            row += 3;  // two empty rows
            b.text(("A" + std::to_string(row)).c_str(), "Kommun").text(("B" + std::to_string(row)).c_str(), "Belopp");
            ++row;
        }
        for (int k = 0; k < 5; ++k, ++row) {
            double v = 1000 * (row + 1);
            sum += v;
            b.text(("A" + std::to_string(row)).c_str(), "Kommun " + std::to_string(row)).num(("B" + std::to_string(row)).c_str(), v);
        }
    }
    b.text(("A" + std::to_string(row)).c_str(), "Riket").num(("B" + std::to_string(row)).c_str(), sum + 1);
    auto fs = check::check_workbook(b.done());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == check::Code::TotalRounding);  // the published ±1 over all 15 rows, not a page's 5
    CHECK(fs[0].components == 15);
}

TEST_CASE("a group row above its items, nested, and a wrong subtotal below its items inside it") {
    SheetBuilder b;
    b.text("A1", "Aktör").text("B1", "Belopp");
    b.text("A2", "Region").num("B2", 900);            // = B3 + B7 + B8 (the right sum of B7:B8)
    b.text("A3", "Folkhälsoenheten").num("B3", 600);  // = B4:B6
    b.text("A4", "  a").num("B4", 100).text("A5", "  b").num("B5", 200).text("A6", "  c").num("B6", 300);
    b.text("A7", "Barnhälsan").num("B7", 200).text("A8", "Vuxenpsykiatrin").num("B8", 100);
    b.text("A9", "Direkt till vården Totalt:").num("B9", 250);  // items give 300
    b.text("A10", "Totalt").num("B10", 900);
    const Workbook& wb = b.done();
    auto fs = check::check_workbook(wb);
    std::vector<std::string> errors;
    for (const check::Finding& f : fs)
        if (f.severity == check::Severity::Error) errors.push_back(a1(f.row, f.col));
    CHECK(errors == Strings{"B9"});
    std::vector<tables::Block> blocks = tables::find_blocks(wb, wb.sheets[0]);
    REQUIRE(blocks.size() == 1);
    tables::ColumnReading r = tables::read_column(wb, wb.sheets[0], blocks[0]);
    CHECK(r.rows[0].place == tables::Place::Head);   // B2
    CHECK(r.rows[1].place == tables::Place::Head);   // B3
    CHECK(*r.rows[1].parent == 0);
    CHECK(r.rows[7].place == tables::Place::Total);  // B9
    CHECK(*r.rows[7].parent == 0);
    CHECK(r.rows[7].strong);
    CHECK(!r.rows[7].matched);
}

namespace {

std::optional<tables::MarkedTree> marked(const Workbook& wb) {
    std::vector<tables::Block> blocks = tables::find_blocks(wb, wb.sheets[0]);
    REQUIRE(blocks.size() == 1);
    return tables::read_marked_tree(wb, wb.sheets[0], blocks[0]);
}

}  // namespace

TEST_CASE("headings closed by the totals naming them are read as nested brackets") {
    SheetBuilder b;
    b.text("A1", "Aktör").text("B1", "Belopp");
    b.text("A2", "Region").text("A3", "Folkhälsoenheten");
    b.text("A4", "a").num("B4", 100).text("A5", "b").num("B5", 200);
    b.text("A6", "Summa Folkhälsoenheten").num("B6", 300);
    b.text("A7", "Vården").text("A8", "c").num("B8", 50).text("A9", "Summa").num("B9", 50);
    b.text("A10", "Summa Region").num("B10", 350);
    b.text("A11", "Kommunerna").num("B11", 650);
    b.text("A12", "Totalt").num("B12", 1000);
    std::optional<tables::MarkedTree> t = marked(b.done());
    REQUIRE(t);
    CHECK(t->sure);
    const auto& rows = t->reading.rows;  // B4 B5 B6 B8 B9 B10 B11 B12
    CHECK(*rows[0].parent == 2);
    CHECK(*rows[2].parent == 5);  // Summa Folkhälsoenheten inside Summa Region
    CHECK(*rows[4].parent == 5);
    CHECK(rows[5].readings.front().adds == std::vector<std::size_t>{2, 4});
    CHECK(rows[7].readings.front().adds == std::vector<std::size_t>{5, 6});
    for (std::size_t i : {2, 4, 5, 7}) CHECK(rows[i].matched);
}

TEST_CASE("brackets that do not close as they open are left to the general reader") {
    SheetBuilder b;
    b.text("A1", "Aktör").text("B1", "Belopp");
    b.text("A2", "Regioner").text("A3", "a").num("B3", 100).text("A4", "b").num("B4", 200);
    b.text("A5", "Kommuner").text("A6", "c").num("B6", 50);
    b.text("A7", "Totalt regioner").num("B7", 300);  // names the outer heading while "Kommuner" is open
    b.text("A8", "Totalt kommuner").num("B8", 50);
    CHECK(!marked(b.done()));
}

TEST_CASE("indentation that hides a subtotal among its items is no reading of its own") {
    SheetBuilder b;
    b.text("A1", "Aktör").text("B1", "Belopp");
    b.text("A2", "Region").num("B2", 600);
    b.text("A3", "  a").num("B3", 100).text("A4", "  b").num("B4", 200).text("A5", "  a och b").num("B5", 300);
    b.text("A6", "  c").num("B6", 300);
    b.text("A7", "Kommuner").num("B7", 70).text("A8", "  d").num("B8", 30).text("A9", "  e").num("B9", 40);
    CHECK(!marked(b.done()));
}
