#include <doctest/doctest.h>

#include "../check/sheet_builder.hpp"
#include "tables/blocks.hpp"

using sk::tables::find_blocks;
using sk::tables::LabelKind;
using sk::tables::Measure;

TEST_CASE("blocks, header, roles, measures and the scale of a thousands column") {
    sk::test::SheetBuilder b;
    b.text("A1", "Angivet i tusental kronor");
    b.text("A2", "Område").text("B2", "Belopp (tkr)").text("C2", "Kod");
    b.text("A3", "Regioner").num("B3", 553000, 0).text("C3", "0114");
    b.text("A4", "varav barn").num("B4", 100, 0).text("C4", "0115");
    b.text("A5", "Totalt").num("B5", 553000, 0);
    const sk::Workbook& wb = b.done();
    auto blocks = find_blocks(wb, wb.sheets[0]);
    REQUIRE(blocks.size() == 1);
    const auto& blk = blocks[0];
    CHECK(sk::column_name(blk.col) == "B");
    REQUIRE(blk.header_row);
    CHECK(*blk.header_row == 1);
    CHECK(blk.measure == Measure::Money);
    REQUIRE(blk.rows.size() == 3);
    CHECK(blk.rows[0].value.value == 553000000);  // tkr
    CHECK(blk.rows[1].role == LabelKind::Part);
    CHECK(blk.rows[2].role == LabelKind::Total);
    CHECK(blk.rows[2].label == "Totalt");
}

TEST_CASE("blocks, a header row of years and a text header both start a new block") {
    sk::test::SheetBuilder b;
    b.text("A1", "Ålder").num("B1", 2024, 0).num("C1", 2025, 0);
    b.text("A2", "13").num("B2", 3, 0).num("C2", 4, 0);
    b.text("A3", "14").num("B3", 5, 0).num("C3", 6, 0);
    b.text("A4", "Summa").num("B4", 8, 0).num("C4", 10, 0);
    b.text("A6", "Ålder").text("B6", "Antal");
    b.text("A7", "15").num("B7", 1, 0);
    const sk::Workbook& wb = b.done();
    std::vector<sk::tables::Block> in_b;
    for (auto& blk : find_blocks(wb, wb.sheets[0]))
        if (blk.col == 1) in_b.push_back(blk);
    REQUIRE(in_b.size() == 2);
    CHECK(in_b[0].rows.size() == 3);
    CHECK(in_b[0].rows.front().row == 1);  // the year is the header, not an item
    CHECK(in_b[1].rows.size() == 1);
    CHECK(in_b[1].measure == Measure::Count);
}
