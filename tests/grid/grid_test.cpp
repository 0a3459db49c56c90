#include <doctest/doctest.h>

#include "grid/grid.hpp"

using namespace sk;

TEST_CASE("column names and A1 addresses") {
    CHECK(column_name(0) == "A");
    CHECK(column_name(25) == "Z");
    CHECK(column_name(26) == "AA");
    CHECK(column_name(701) == "ZZ");
    CHECK(column_name(702) == "AAA");
    CHECK(column_name(max_cols - 1) == "XFD");
    CHECK(a1(22, 4) == "E23");
    CHECK(a1(Range{1, 2, 4, 3}) == "C2:D5");
    CHECK(a1(Range{6, 1, 6, 1}) == "B7");
}

TEST_CASE("parse_a1 reads plain and absolute references and refuses the rest") {
    std::uint32_t r = 99, c = 99;
    REQUIRE(parse_a1("E23", r, c));
    CHECK(r == 22);
    CHECK(c == 4);
    REQUIRE(parse_a1("$XFD$1048576", r, c));
    CHECK(r == max_rows - 1);
    CHECK(c == max_cols - 1);
    CHECK_FALSE(parse_a1("XFE1", r, c));
    CHECK_FALSE(parse_a1("A1048577", r, c));
    CHECK_FALSE(parse_a1("A0", r, c));
    CHECK_FALSE(parse_a1("1A", r, c));
    CHECK_FALSE(parse_a1("A", r, c));
    CHECK_FALSE(parse_a1("", r, c));
    CHECK_FALSE(parse_a1("A1:B2", r, c));
}

TEST_CASE("parse_range orders its corners") {
    auto r = parse_range("D5:B2");
    REQUIRE(r);
    CHECK(a1(*r) == "B2:D5");
    CHECK_FALSE(parse_range("B2:"));
    CHECK(parse_range("C7")->last_row == 6);
}

TEST_CASE("Sheet::find and row_cells on sparse sorted cells") {
    Sheet s;
    for (auto [row, col] : {std::pair{0u, 0u}, {0u, 3u}, {2u, 1u}, {2u, 2u}, {5u, 0u}}) {
        Cell c;
        c.row = row;
        c.col = col;
        c.type = CellType::Number;
        c.number = row * 10 + col;
        s.cells.push_back(c);
    }
    REQUIRE(s.find(2, 2));
    CHECK(s.find(2, 2)->number == 22);
    CHECK(s.find(1, 0) == nullptr);
    CHECK(s.find(9, 9) == nullptr);
    auto [b, e] = s.row_cells(2);
    CHECK(e - b == 2);
    auto [b1, e1] = s.row_cells(1);
    CHECK(b1 == e1);
    CHECK(s.max_row() == 5);
}

namespace {
Sheet sheet_of(std::initializer_list<std::pair<std::uint32_t, std::uint32_t>> at) {
    Sheet s;
    for (auto [row, col] : at) {
        Cell c;
        c.row = row;
        c.col = col;
        c.number = row * 10 + col;
        s.cells.push_back(c);
    }
    return s;
}
}  // namespace

TEST_CASE("an indexed sheet finds exactly what the search finds") {
    Sheet plain = sheet_of({{0, 0}, {0, 3}, {2, 1}, {2, 2}, {3, 4}, {5, 0}, {5, 7}});
    Sheet indexed = plain;
    indexed.index_rows();
    REQUIRE(indexed.row_start.size() == 7);  // rows 0..5 and the end
    for (std::uint32_t r = 0; r <= 7; ++r) {
        auto [pb, pe] = plain.row_cells(r);
        auto [ib, ie] = indexed.row_cells(r);
        CHECK(pe - pb == ie - ib);
        CHECK(pb - plain.cells.data() == ib - indexed.cells.data());
        for (std::uint32_t c = 0; c <= 8; ++c) {
            const Cell* p = plain.find(r, c);
            const Cell* i = indexed.find(r, c);
            REQUIRE((p == nullptr) == (i == nullptr));
            if (p) CHECK(p->number == i->number);
        }
    }
}

TEST_CASE("a sheet that grew after index_rows is searched, not looked up stale") {
    Sheet s = sheet_of({{0, 0}, {1, 1}});
    s.index_rows();
    Cell late;
    late.row = 1;
    late.col = 2;
    s.cells.push_back(late);
    REQUIRE(s.find(1, 2));
    auto [b, e] = s.row_cells(1);
    CHECK(e - b == 2);
}

TEST_CASE("rows far sparser than their cells are not indexed") {
    Sheet s = sheet_of({{0, 0}, {900000, 1}});
    s.index_rows();
    CHECK(s.row_start.empty());
    CHECK(s.find(900000, 1));
}
