// Judging one total cell against the ways its parts can be summed, and the
// finding that follows (or none when one way matches).
#pragma once

#include <optional>
#include <vector>

#include "check/sheet_context.hpp"
#include "tables/structure.hpp"

namespace sk::check {

struct Part {
    std::uint32_t row = 0, col = 0;
    const tables::CellValue* value = nullptr;
};

struct TotalCandidate {
    std::vector<Part> parts;
    tables::Basis basis = tables::Basis::Items;
};

// How much the reading a total is judged by is worth: a difference from a
// strong reading is an error, from a weak one a note, from none nothing.
enum class Strength { Quiet, Weak, Strong };

// Parts of one column.
std::vector<Part> column_parts(std::uint32_t col, const std::vector<const tables::BlockRow*>& rows);

// The fewest ranges covering the parts' cells, and the SUM formula over them.
std::vector<Range> part_ranges(const std::vector<Part>& parts);
std::string sum_formula(const std::vector<Range>& ranges);

// Judges a total against the readings of what it adds, the one its labels
// and layout support first. When one gives the stated value:
// hardcoded-total for a typed total, number-as-text for text parts, and
// total-mismatch for a SUM formula that skips an amount typed as text.
// When none does: total-rounding when one is within rounding, else by
// `strength` total-mismatch against the first reading, a total-unproven
// note, or nothing. `column` is the total's block: its measure decides the
// rounding rule and the unit. `received` is an "Erhållna medel" amount the
// total may be the remainder of; a row total names its column's header.
void judge_total(SheetContext& ctx, const tables::Block& column, const tables::BlockRow& total,
                 const std::vector<TotalCandidate>& candidates, std::optional<double> received, Strength strength,
                 bool row_total = false);

}  // namespace sk::check
