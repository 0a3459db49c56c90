#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "grid/cell_text.hpp"

using sk::CellText;
using sk::RareText;

TEST_CASE("a cell text holds every length, inside itself up to 15 bytes and on the heap beyond") {
    CHECK(sizeof(CellText) == 16);
    for (std::size_t n : {0u, 1u, 14u, 15u, 16u, 17u, 100u, 70000u}) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i) s += char('a' + i % 26);
        CellText t(s);
        CHECK(t.size() == n);
        CHECK(t.empty() == (n == 0));
        CHECK(t.view() == s);
        CHECK(t == s);
        CellText copy = t;
        CHECK(copy == s);
        // A short text is copied; a long one is shared with its copy.
        CHECK((copy.data() == t.data()) == (n > 15));
        CellText moved = std::move(copy);
        CHECK(moved == s);
        CHECK(copy.empty());  // NOLINT: moved-from is empty, by design
        copy = moved;
        CHECK(copy == s);
    }
}

TEST_CASE("a cell text keeps UTF-8 bytes and NULs as they are") {
    const std::string s("\xc3\x96stersund\0kommun", 17);  // "Östersund", a NUL, "kommun"
    CellText t(s);
    CHECK(t.size() == 17);
    CHECK(t.view() == s);
}

TEST_CASE("assigning a cell text a part of itself, or itself, is safe") {
    CellText t("Totalt belopp för 2024 års medel");
    t = t.view().substr(7, 6);
    CHECK(t == "belopp");
    CellText u("kort");
    u = u;  // NOLINT: self-assignment is what this checks
    CHECK(u == "kort");
    CellText long_one(std::string(40, 'x'));
    long_one = std::move(long_one);  // NOLINT
    CHECK(long_one.size() <= 40);   // valid, whatever it holds
}

TEST_CASE("cell texts in a growing vector keep their contents") {
    std::vector<CellText> v;
    for (int i = 0; i < 1000; ++i) v.emplace_back(std::to_string(i) + (i % 3 ? "" : std::string(20, '#')));
    bool all = true;
    for (int i = 0; i < 1000; ++i) all = all && v[std::size_t(i)] == std::to_string(i) + (i % 3 ? "" : std::string(20, '#'));
    CHECK(all);
}

TEST_CASE("a shared long text outlives the text it was copied from, and changing one leaves the other") {
    const std::string s = "Psykisk hälsa barn och unga";
    std::vector<CellText> cells;
    {
        CellText table(s);  // as the shared-string table holds it
        for (int i = 0; i < 3; ++i) cells.push_back(table);
    }
    for (const CellText& c : cells) CHECK(c == s);
    cells[1] = "Ale";
    CHECK(cells[0] == s);
    CHECK(cells[1] == "Ale");
    CHECK(cells[2] == s);
    cells[2] = cells[2].view().substr(8);  // a part of a shared block: the rest still holds it
    CHECK(cells[2] == "hälsa barn och unga");
    CHECK(cells[0] == s);
}

TEST_CASE("a rare text (a cell's formula) is 8 bytes, empty as null, and shared by its copies") {
    CHECK(sizeof(RareText) == 8);
    RareText none;
    CHECK(none.empty());
    CHECK(none.size() == 0);
    CHECK(none.view() == "");
    CHECK(RareText("").empty());
    RareText f("SUM(F2:F51)");
    CHECK(f == "SUM(F2:F51)");
    CHECK(f.size() == 11);
    RareText copy = f;
    CHECK(copy.data() == f.data());
    f = "SUM(G2:G51)";
    CHECK(copy == "SUM(F2:F51)");
    CHECK(f == "SUM(G2:G51)");
    RareText moved = std::move(copy);
    CHECK(moved == "SUM(F2:F51)");
    CHECK(copy.empty());  // NOLINT: moved-from is empty, by design
    moved = moved;        // NOLINT: self-assignment is what this checks
    CHECK(moved == "SUM(F2:F51)");
    CHECK(std::string(moved) == "SUM(F2:F51)");
}
