// The formulas that follow a cell fix changes: a SUM over a text amount made
// a number, a grand total over a corrected subtotal. Their computed value
// changes with it, so the plan records their new value; a formula fix cannot
// recompute (AVERAGE, ROUND, a defined name) blocks the change it reads.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "grid/grid.hpp"

namespace sk::fix {

// A copy of a workbook's cells (not its sheets' XML) for fix to change.
Workbook cells_copy(const Workbook& wb);

// Sets a cell of `fixed` to a number (adding it when the sheet has none
// there), and its formula to `formula` when given.
void set_number(Workbook& fixed, const std::string& sheet, std::uint32_t row, std::uint32_t col, double value,
                const std::string* formula = nullptr);

struct ChangedCell {
    std::string sheet;
    std::uint32_t row = 0, col = 0;
};

struct Follower {
    std::string sheet;
    std::uint32_t row = 0, col = 0;
    double value = 0;  // its value over the fixed grid
    std::set<std::size_t> from;  // indices of the changes it follows
};

struct Followers {
    std::vector<Follower> recalculated;  // formulas whose value changes, in workbook order
    std::set<std::size_t> blocked;       // indices of changes read by a formula fix cannot recompute
};

// `fixed` holds the changes already; it gets the followers' values too.
Followers find_followers(const Workbook& original, Workbook& fixed, const std::vector<ChangedCell>& changed);

}  // namespace sk::fix
