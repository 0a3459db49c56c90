// Difference columns: a column headed Förändring / Skillnad / Diff beside
// two amount columns holds new − old. The pair of columns that explains
// most rows is taken as the operands (the later year the new one), and a
// row whose difference is not theirs is reported.
#include <cmath>
#include <utility>

#include "check/column_pair.hpp"
#include "check/difference_header.hpp"
#include "check/judge.hpp"
#include "check/sheet_context.hpp"

namespace sk::check {

using tables::Block;
using tables::BlockRow;
using tables::Measure;

namespace {

bool amount_column(const Block& b) {
    return !b.part && (b.measure == Measure::Money || b.measure == Measure::Plain) && !difference_header(b.header);
}

// a − b for the rows of `d`, as the numbers stand beside it.
const BlockRow* beside(const Block& b, std::uint32_t row) {
    const BlockRow* r = tables::row_at(b, row);
    return r && r->value.numeric() ? r : nullptr;
}

void check_difference_column(SheetContext& ctx, const Block& d) {
    std::vector<const Block*> operands;
    for (const Block* b : tables::table_of(ctx.tables, d))
        if (b->col < d.col && amount_column(*b)) operands.push_back(b);
    if (operands.size() < 2) return;
    auto best = clear_column_pair(d, operands, [](const BlockRow& r, const BlockRow& a, const BlockRow& b) {
        return judge(r.value.value, a.value.value - b.value.value, 0, 0) == Verdict::Exact;
    });
    if (!best) return;
    const Block& now = *operands[best->first];
    const Block& before = *operands[best->second];
    const double unit = d.measure == Measure::Money ? tables::kind_scale(d.hint.kind) : 0;
    for (const BlockRow& r : d.rows) {
        const BlockRow* a = beside(now, r.row);
        const BlockRow* b = beside(before, r.row);
        if (!r.value.numeric() || !a || !b) continue;
        const double expected = a->value.value - b->value.value;
        // Two rounded amounts give a difference within a krona of the exact one.
        if (judge(r.value.value, expected, 1, unit) != Verdict::Mismatch) continue;
        Finding& f = ctx.add(Code::DifferenceMismatch, r.row, d.col);
        f.expected = expected;
        f.actual = r.value.value;
        f.label = r.label;
        f.edit_details().header = d.header;
        f.unit = d.measure == Measure::Money || std::fabs(expected) >= 10000 ? num::Unit::Kr : num::Unit::None;
        f.summed = {Range{r.row, now.col, r.row, now.col}, Range{r.row, before.col, r.row, before.col}};
        f.fixed_formula = a1(r.row, now.col) + "-" + a1(r.row, before.col);
        f.basis = "difference";
        f.scale = tables::kind_scale(d.hint.kind);
    }
}

}  // namespace

void check_differences(SheetContext& ctx) {
    for (const Block& b : ctx.blocks)
        if (b.header_row && !b.part && (b.measure == Measure::Money || b.measure == Measure::Plain) &&
            difference_header(b.header))
            check_difference_column(ctx, b);
}

}  // namespace sk::check
