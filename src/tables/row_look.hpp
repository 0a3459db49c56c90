// What a row of an amount column shows a reader, apart from its number:
// its label cell, the label's indentation, whether it says it is a total,
// and the label rows without an amount that head a section. Shared by the
// structure readers (structure.cpp, marked_tree.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tables/structure.hpp"

namespace sk::tables {

// Two sums are the same amount within this (floating-point noise, not rounding).
inline constexpr double exact_tolerance = 0.005;
// Rows a group's items or a subtotal's run are looked for over.
inline constexpr std::size_t longest_group = 400;

// Where a row's label puts it: in a sum, a total, or outside every sum.
Place place_of(LabelKind role);

// A cell that holds something: Word tables give every cell, empty or not.
bool has_content(const Cell* c);

// The first text cell left of `col` in `row`: the row's label cell.
const Cell* label_cell(const Sheet& sheet, std::uint32_t row, std::uint32_t col);

// True when row i's amount or label is bold.
bool row_bold(const Workbook& wb, const Sheet& sheet, const Block& b, std::size_t i);

// Indentation of a label: the style's indent, leading spaces typed by hand
// (two a level), and the depth of an outline number ("2.1 …" one under "2 …").
int label_indent(const Workbook& wb, const Cell* label);

// A row inside the block with a label and no amount in its column
// ("Regioner", "Kommuner"); page lines and comparison lines are not.
struct SectionHeader {
    std::uint32_t row = 0;
    std::string folded;
};
std::vector<SectionHeader> section_headers(const Sheet& sheet, const Block& b);

// True when the rows `idx` of `b` can add up to `stated` (any reading of an ambiguous one).
bool adds_up(const Block& b, const std::vector<std::size_t>& idx, double stated);

}  // namespace sk::tables
