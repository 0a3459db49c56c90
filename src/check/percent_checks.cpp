// Percentages computed from two numbers of the same row: the pair of columns
// that explains most rows is taken as the operands, and a row whose shown
// percentage is outside the rounding of its decimals is reported.
#include <algorithm>
#include <cmath>
#include <utility>

#include "check/column_pair.hpp"
#include "check/sheet_context.hpp"
#include "tables/fold_label.hpp"

namespace sk::check {

using tables::Block;
using tables::BlockRow;
using tables::Measure;

namespace {

// The shown percentage p (a fraction, `decimals` decimals in percent) is a/b rounded.
bool explains(double p, int decimals, double a, double b) {
    if (b == 0) return false;
    double half = 0.5 * std::pow(10.0, -(decimals + 2));
    return std::fabs(a / b - p) <= half + 1e-9;
}

void check_percent_column(SheetContext& ctx, const Block& pct) {
    std::vector<const Block*> operands;
    for (const Block* b : tables::table_of(ctx.tables, pct))
        if (b != &pct && (b->measure == Measure::Count || b->measure == Measure::Plain || b->measure == Measure::Money))
            operands.push_back(b);
    if (operands.size() < 2) return;

    auto best = clear_column_pair(pct, operands, [](const BlockRow& r, const BlockRow& a, const BlockRow& b) {
        return explains(r.value.value, r.value.decimals, a.value.value, b.value.value);
    });
    if (!best) return;

    const Block& num = *operands[best->first];
    const Block& den = *operands[best->second];
    for (const BlockRow& r : pct.rows) {
        const BlockRow* a = tables::row_at(num, r.row);
        const BlockRow* b = tables::row_at(den, r.row);
        if (!r.value.numeric() || !a || !b || !a->value.numeric() || !b->value.numeric() || b->value.value == 0) continue;
        if (explains(r.value.value, r.value.decimals, a->value.value, b->value.value)) continue;
        Finding& f = ctx.add(Code::PercentMismatch, r.row, pct.col);
        f.unit = num::Unit::Percent;
        f.decimals = r.value.decimals;
        f.expected = a->value.value / b->value.value;
        f.actual = r.value.value;
        f.label = r.label;
        f.summed = {Range{r.row, num.col, r.row, num.col}, Range{r.row, den.col, r.row, den.col}};
        f.fixed_formula = a1(r.row, num.col) + "/" + a1(r.row, den.col);
        if (pct.part) {
            f.part = pct.part;
            const Cell* cell = ctx.sheet.find(r.row, pct.col);
            f.text = cell ? cell->text : "";
        }
    }
}

// A share column ("Andel"): each row's amount ÷ the column's total. The
// amount column whose shares explain most rows is taken; the shares need not
// add to exactly 100 % (each is rounded), only each row is judged.
// False when no amount column explains the shares: then it is read as a ratio of two columns.
bool check_share_column(SheetContext& ctx, const Block& pct) {
    struct Operand {
        const Block* amounts;
        const BlockRow* total;
    };
    std::vector<Operand> operands;
    for (const Block* b : tables::table_of(ctx.tables, pct)) {
        if (b == &pct || b->part || (b->measure != Measure::Money && b->measure != Measure::Plain)) continue;
        auto total = std::find_if(b->rows.rbegin(), b->rows.rend(), [](const BlockRow& r) { return tables::is_total(r.role); });
        if (total != b->rows.rend() && total->value.numeric() && total->value.value != 0) operands.push_back({b, &*total});
    }
    const Operand* best = nullptr;
    std::size_t best_votes = 0, rows = 0;
    for (const Operand& o : operands) {
        std::size_t votes = 0;
        rows = 0;
        for (const BlockRow& r : pct.rows) {
            const BlockRow* a = tables::row_at(*o.amounts, r.row);
            if (!r.value.numeric() || !a || !a->value.numeric()) continue;
            ++rows;
            if (explains(r.value.value, r.value.decimals, a->value.value, o.total->value.value)) ++votes;
        }
        if (votes > best_votes) {
            best = &o;
            best_votes = votes;
        }
    }
    if (!best || best_votes < 3 || best_votes * 10 < rows * 7) return false;
    // A share of what the amounts add up to is right when the total is the
    // one that is wrong: that total has a finding of its own.
    double items = 0;
    for (const BlockRow& r : best->amounts->rows)
        if (!tables::is_total(r.role) && r.value.numeric()) items += r.value.value;
    for (const BlockRow& r : pct.rows) {
        const BlockRow* a = tables::row_at(*best->amounts, r.row);
        if (!r.value.numeric() || !a || !a->value.numeric()) continue;
        if (explains(r.value.value, r.value.decimals, a->value.value, best->total->value.value) ||
            explains(r.value.value, r.value.decimals, a->value.value, items))
            continue;
        Finding& f = ctx.add(Code::PercentMismatch, r.row, pct.col);
        f.unit = num::Unit::Percent;
        f.decimals = r.value.decimals;
        f.expected = a->value.value / best->total->value.value;
        f.actual = r.value.value;
        f.label = r.label;
        f.summed = {Range{r.row, best->amounts->col, r.row, best->amounts->col},
                    Range{best->total->row, best->amounts->col, best->total->row, best->amounts->col}};
        f.fixed_formula = a1(r.row, best->amounts->col) + "/" + a1(best->total->row, best->amounts->col);
        f.basis = "share";
    }
    return true;
}

bool share_header(const std::string& header) {
    std::string h = tables::fold_label(header);
    return h.starts_with("andel") || h.find(" andel") != std::string::npos;
}

}  // namespace

void check_percentages(SheetContext& ctx) {
    for (const Block& b : ctx.blocks) {
        if (b.measure != Measure::Percent || !b.header_row) continue;
        if (!share_header(b.header) || b.part || !check_share_column(ctx, b)) check_percent_column(ctx, b);
    }
}

}  // namespace sk::check
