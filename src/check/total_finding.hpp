// Judging one total cell against the ways its parts can be summed, and the
// finding that follows (or none when one way matches).
#pragma once

#include <optional>
#include <vector>

#include "check/sheet_context.hpp"

namespace sk::check {

struct Part {
    std::uint32_t row = 0, col = 0;
    const tables::CellValue* value = nullptr;
};

enum class TotalBasis {
    Items,         // the rows (or columns) themselves
    GroupHeaders,  // group header rows standing for their groups
    Sections,      // the section totals above a grand total
};

struct TotalCandidate {
    std::vector<Part> parts;
    TotalBasis basis = TotalBasis::Items;
};

// Parts of one column.
std::vector<Part> column_parts(std::uint32_t col, const std::vector<const tables::BlockRow*>& rows);

// The fewest ranges covering the parts' cells, and the SUM formula over them.
std::vector<Range> part_ranges(const std::vector<Part>& parts);
std::string sum_formula(const std::vector<Range>& ranges);

// Adds total-mismatch / total-rounding when no candidate gives the stated
// value (and `reportable`), hardcoded-total when one does and the total is a
// typed number, number-as-text for text parts. `column` is the total's block:
// its measure decides the rounding rule and the unit. `received` is an
// "Erhållna medel" amount the total may be the remainder of; a row total
// names its column's header in the message.
void judge_total(SheetContext& ctx, const tables::Block& column, const tables::BlockRow& total,
                 const std::vector<TotalCandidate>& candidates, std::optional<double> received, bool reportable,
                 bool row_total = false);

}  // namespace sk::check
