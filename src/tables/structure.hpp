// How a person reads one amount column: which rows are items, which are
// totals (below their items, or above them as a group row), which are
// outside every sum (varav, comparison and page lines), and what each total
// adds up. The reading that explains the most totals wins; the checker
// judges every total against it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tables/blocks.hpp"

namespace sk::tables {

// Where a total's expected value comes from.
enum class Basis : std::uint8_t {
    Items,         // the rows right above it (or below, for a group row): its own items
    GroupHeaders,  // the top-level rows above it: group rows and totals standing for their items
    Leaves,        // every item below the group rows (group rows not counted twice)
    Section,       // the items of the section its label names ("Totalt kommuner" ↔ "Kommuner")
    Heading,       // the rows below it: a group row carrying its group's total
};
const char* basis_name(Basis b);  // "items", "group-headers", "leaves", "section", "heading"

enum class Place : std::uint8_t {
    Item,     // an amount that is summed
    Total,    // a row that says it is a total (Totalt, Summa, Riket …)
    Head,     // a group row above its items carrying their total
    Outside,  // varav, comparison, page and balance lines: in no sum
};
const char* place_name(Place p);

struct Reading {
    std::vector<std::size_t> adds;  // indexes into Block::rows
    Basis basis = Basis::Items;
};

struct RowReading {
    Place place = Place::Item;
    std::optional<std::size_t> parent;  // the total or group row this row is part of
    // Totals and group rows: the ways the row may add up, the one label and
    // layout support first. Empty when nothing can be read for it.
    std::vector<Reading> readings;
    std::optional<std::size_t> matched;  // the reading that gives the stated value exactly
    bool strong = false;    // readings[0] is well supported: a difference there is an error
    bool by_layout = false; // a group row told by bold or indent, not by its numbers
};

struct ColumnReading {
    std::vector<RowReading> rows;  // parallel to Block::rows
};

ColumnReading read_column(const Workbook& wb, const Sheet& sheet, const Block& block);

// A column of totals whose items stand in the column to its left, on rows
// of their own ("Region … | | 3 992 436" over "  Länssamordning | 1 350 000 |"):
// the two read as one column (Block::row_cols says where each row is).
// Nothing when `totals` has no such neighbour.
std::optional<Block> with_items_beside(const TableIndex& index, const Block& totals);

// The label with its leading total word taken off ("Totalt kommuner" →
// "kommuner"), folded; empty when nothing is left.
std::string named_part(std::string_view label);

// True when a section header (folded) is the one a total's named part
// (folded, from named_part) refers to: the same words, or a prefix of the
// header's first word ("län" ↔ "länsgemensamma medel").
bool names_section(std::string_view part, std::string_view header);

}  // namespace sk::tables
