// Totals across a row: a column headed Totalt / Totalt belopp / Summa against
// the amount columns of the same table to its left.
#include <algorithm>

#include "check/judge.hpp"
#include "check/sheet_context.hpp"
#include "check/total_finding.hpp"

namespace sk::check {

using tables::Block;
using tables::Measure;

namespace {

// Columns a total column may add: money and plain numbers together, counts
// with counts; never codes, years or percentages. The numbers of composite
// cells only with the same numbers of other composite cells.
bool adds(const Block& total, const Block& part) {
    if (total.part != part.part) return false;
    if (total.measure == Measure::Count) return part.measure == Measure::Count;
    if (total.measure == Measure::Money || total.measure == Measure::Plain)
        return part.measure == Measure::Plain || part.measure == Measure::Money;
    return false;
}

void check_total_column(SheetContext& ctx, const Block& total) {
    std::vector<const Block*> table = tables::table_of(ctx.tables, total);
    std::vector<const Block*> parts;
    for (const Block* b : table) {
        if (b->col >= total.col) break;
        if (b->total_column) parts.clear();  // a total column to the left closes its own group
        else if (adds(total, *b)) parts.push_back(b);
    }
    if (parts.size() < 2) return;

    struct RowCase {
        const tables::BlockRow* total;
        TotalCandidate candidate;
    };
    std::vector<RowCase> cases;
    std::size_t agree = 0;
    for (const tables::BlockRow& r : total.rows) {
        if (!r.value.numeric()) continue;
        TotalCandidate c;
        for (const Block* b : parts)
            if (const tables::BlockRow* p = tables::row_at(*b, r.row)) c.parts.push_back(Part{r.row, b->col, &p->value});
        if (c.parts.empty()) continue;
        double s = 0;
        for (const Part& p : c.parts) s += p.value->kind == tables::ValueKind::Ambiguous ? 0 : p.value->value;
        double unit = total.measure == Measure::Money ? tables::kind_scale(total.hint.kind) : 0;
        if (judge(r.value.value, s, c.parts.size(), unit) != Verdict::Mismatch) ++agree;
        cases.push_back(RowCase{&r, std::move(c)});
    }
    // When most rows do not add up, these columns are not what the total
    // column sums (a column of numbers the header does not tell): say nothing.
    if (cases.empty() || agree * 2 <= cases.size()) return;
    for (const RowCase& rc : cases)
        judge_total(ctx, total, *rc.total, {rc.candidate}, std::nullopt, Strength::Strong, true);
}

}  // namespace

void check_row_totals(SheetContext& ctx) {
    for (const Block& b : ctx.blocks)
        if (b.total_column && b.header_row) check_total_column(ctx, b);
}

}  // namespace sk::check
