// Readings told by a table's marks alone, for the layouts where they leave
// no doubt which rows a total adds:
//  - brackets: a label row without an amount opens a group and a total that
//    names it ("Summa KFJH samordning" under "KFJH samordning …") or a bare
//    "Summa" closes the innermost open group, nested like parentheses; a
//    total while no group is open adds the top level;
//  - indentation: a row followed by rows indented further heads them, its
//    own items being the next level; a total at the top level adds the top
//    level above it (or below it, when it stands first).
// Nothing when the marks are missing or contradict each other: the general
// reader (structure.cpp) decides then.
#pragma once

#include <optional>

#include "tables/structure.hpp"

namespace sk::tables {

struct MarkedTree {
    ColumnReading reading;
    // Sure enough to stand on its own: told by section labels and the totals
    // naming them, or by indentation under which two groups or more add up.
    bool sure = false;
};

std::optional<MarkedTree> read_marked_tree(const Workbook& wb, const Sheet& sheet, const Block& b);

// Totals and group rows of a reading that add up exactly.
std::size_t added_up(const ColumnReading& r);

}  // namespace sk::tables
