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

TEST_CASE("blocks of a sheet big enough for two threads come out as from one") {
    // 12 amount columns of the same shape beside a label column: a section
    // of 49 items and its "Summa" row, 900 times (118 800 cells). The columns
    // on the right are walked by a second thread; every column's blocks must
    // match the first one's.
    sk::Workbook wb;
    wb.styles.push_back({});
    sk::Sheet& s = wb.sheets.emplace_back();
    const std::uint32_t columns = 12, sections = 900, per_section = 50;
    auto put = [&](std::uint32_t row, std::uint32_t col, sk::CellType type, std::string text, double number) {
        sk::Cell& c = s.cells.emplace_back();
        c.row = row, c.col = col, c.type = type, c.text = std::move(text), c.number = number;
    };
    put(0, 0, sk::CellType::Text, "Kommun", 0);
    for (std::uint32_t c = 1; c <= columns; ++c) put(0, c, sk::CellType::Text, "Belopp " + std::to_string(c), 0);
    for (std::uint32_t r = 1; r <= sections * per_section; ++r) {
        const bool total = r % per_section == 0;
        put(r, 0, sk::CellType::Text, total ? "Summa" : "Kommun " + std::to_string(r % 97), 0);
        for (std::uint32_t c = 1; c <= columns; ++c) {
            const double v = total ? 49 * 1000.0 : 1000.0 + (r % per_section == 7 ? c : 0);
            put(r, c, sk::CellType::Number, std::to_string(v), v);
        }
    }
    s.index_rows();
    REQUIRE(s.cells.size() >= 100000);

    auto blocks = find_blocks(wb, s);
    std::vector<std::vector<const sk::tables::Block*>> by_col(columns + 1);
    for (const auto& b : blocks) by_col.at(b.col).push_back(&b);
    REQUIRE(by_col[1].size() >= 1);
    std::size_t totals = 0;
    for (const auto* b : by_col[1])
        for (const auto& r : b->rows) totals += r.role == LabelKind::Total ? 1 : 0;
    CHECK(totals == sections);
    for (std::uint32_t c = 2; c <= columns; ++c) {
        REQUIRE(by_col[c].size() == by_col[1].size());
        for (std::size_t i = 0; i < by_col[1].size(); ++i) {
            const auto &a = *by_col[1][i], &b = *by_col[c][i];
            CHECK(b.header == "Belopp " + std::to_string(c));
            CHECK(a.measure == b.measure);
            REQUIRE(a.rows.size() == b.rows.size());
            std::size_t differ = 0;
            for (std::size_t k = 0; k < a.rows.size(); ++k)
                differ += a.rows[k].row != b.rows[k].row || a.rows[k].role != b.rows[k].role ||
                          a.rows[k].label != b.rows[k].label;
            CHECK(differ == 0);
        }
    }
}
