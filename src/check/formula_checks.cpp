// SUM formulas and sums of references: the saved value against a
// recomputation from the saved inputs (formula-stale-value), and ranges that
// stop short of numbers of their own block (formula-range-gap).
#include <algorithm>
#include <cmath>
#include <iterator>

#include "check/formula.hpp"
#include "check/sheet_context.hpp"
#include "tables/block_finder.hpp"
#include "tables/structure.hpp"
#include "check/total_finding.hpp"

namespace sk::check {

using tables::Block;
using tables::BlockFinder;
using tables::BlockRow;
using tables::LabelKind;

namespace {

bool differs(double a, double b) { return std::fabs(a - b) > std::max(0.005, 1e-9 * std::fabs(a)); }

// The first of the block's rows at or below sheet row `row`.
std::vector<BlockRow>::const_iterator rows_from(const Block& b, std::uint32_t row) {
    return std::lower_bound(b.rows.begin(), b.rows.end(), row,
                            [](const BlockRow& r, std::uint32_t x) { return r.row < x; });
}

// True when every row strictly between a and b is empty in the whole sheet.
bool only_empty_rows_between(const Sheet& sheet, std::uint32_t a, std::uint32_t b) {
    for (std::uint32_t r = a + 1; r < b; ++r) {
        auto [lo, hi] = sheet.row_cells(r);
        if (lo != hi) return false;
    }
    return true;
}

// The items of block `b` right next to the vertical range [first, last] that
// it leaves out: below it (up to the formula's row) and above it, each run
// adjacent to the range, with nothing but empty rows in between.
std::vector<const BlockRow*> missed_rows(const Sheet& sheet, const Block& b, std::uint32_t first,
                                         std::uint32_t last, std::uint32_t formula_row) {
    std::vector<const BlockRow*> missed;
    std::uint32_t edge = last;
    // The rows are in sheet order: start right after the range, not at the top.
    for (auto it = rows_from(b, last + 1); it != b.rows.end(); ++it) {
        const BlockRow& r = *it;
        if (r.row >= formula_row || r.role != LabelKind::Plain || !r.value.numeric() ||
            !only_empty_rows_between(sheet, edge, r.row))
            break;
        missed.push_back(&r);
        edge = r.row;
    }
    edge = first;
    for (auto it = std::make_reverse_iterator(rows_from(b, first)); it != b.rows.rend(); ++it) {
        if (it->role != LabelKind::Plain || !it->value.numeric() || !only_empty_rows_between(sheet, it->row, edge))
            break;
        missed.push_back(&*it);
        edge = it->row;
    }
    return missed;
}

// The table's structure reads the total at `row` as adding exactly the
// range's rows (a group's own items, with other groups' rows right above).
bool structure_explains(const SheetContext& ctx, const Block& b, std::uint32_t row, const Range& range) {
    const tables::BlockRow* total = tables::row_at(b, row);
    if (!total) return false;
    const tables::ColumnReading reading = tables::read_column(ctx.wb, ctx.sheet, b);
    const tables::RowReading& r = reading.rows[std::size_t(total - b.rows.data())];
    if (!r.matched) return false;
    const std::vector<std::size_t>& adds = r.readings[*r.matched].adds;
    std::size_t inside = 0;
    for (const tables::BlockRow& x : b.rows) inside += x.row >= range.first_row && x.row <= range.last_row ? 1 : 0;
    return adds.size() == inside && std::all_of(adds.begin(), adds.end(), [&](std::size_t k) {
               return b.rows[k].row >= range.first_row && b.rows[k].row <= range.last_row;
           });
}

void check_gap(SheetContext& ctx, const BlockFinder& blocks, const Cell& cell, const SumFormula& f) {
    if (!f.single_sum || f.refs.size() != 1 || !f.refs[0].sheet.empty()) return;
    const Range& r = f.refs[0].range;
    if (r.first_col != r.last_col || r.first_col != cell.col || r.last_row >= cell.row) return;
    const Block* b = blocks.at(cell.row, cell.col);
    if (!b) return;
    std::vector<const BlockRow*> missed = missed_rows(ctx.sheet, *b, r.first_row, r.last_row, cell.row);
    if (missed.empty() || structure_explains(ctx, *b, cell.row, r)) return;

    std::size_t covered = 0;
    for (auto it = rows_from(*b, r.first_row); it != b->rows.end() && it->row <= r.last_row; ++it)
        if (it->role == LabelKind::Plain) ++covered;
    double added = 0;
    std::uint32_t lo = r.first_row, hi = r.last_row;
    for (const BlockRow* m : missed) {
        added += m->value.value;
        lo = std::min(lo, m->row);
        hi = std::max(hi, m->row);
    }
    Finding& fd = ctx.add(Code::FormulaRangeGap, cell.row, cell.col);
    fd.edit_details().formula = cell.formula;
    fd.summed = {Range{lo, cell.col, hi, cell.col}};
    fd.fixed_formula = sum_formula(fd.summed);
    fd.actual = cell.number;
    fd.expected = cell.number + added;
    fd.components = covered + missed.size();
    for (const BlockRow* m : missed) fd.edit_details().missed.push_back(Range{m->row, cell.col, m->row, cell.col});
}

}  // namespace

void check_formulas(SheetContext& ctx) {
    const BlockFinder blocks(ctx.blocks);
    for (const Cell& cell : ctx.sheet.cells) {
        if (cell.formula.empty() || cell.type != CellType::Number) continue;
        std::optional<SumFormula> f = parse_sum_formula(cell.formula);
        if (!f || f->refs.empty()) continue;
        std::optional<double> recomputed = evaluate(*f, ctx.wb, ctx.sheet);
        if (recomputed && differs(*recomputed, cell.number)) {
            Finding& fd = ctx.add(Code::FormulaStaleValue, cell.row, cell.col);
            fd.edit_details().formula = cell.formula;
            fd.fixed_formula = cell.formula;
            fd.expected = *recomputed;
            fd.actual = cell.number;
            continue;
        }
        check_gap(ctx, blocks, cell, *f);
    }
}

}  // namespace sk::check
