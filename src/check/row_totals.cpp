// Totals across a row: a column headed Totalt / Totalt belopp / Summa against
// the amount columns of the same table to its left, and a column whose
// numbers say it is one (every row but one adds up).
#include <algorithm>

#include "check/difference_header.hpp"
#include "check/judge.hpp"
#include "check/sheet_context.hpp"
#include "check/total_finding.hpp"
#include "tables/block_finder.hpp"
#include "tables/label_kind.hpp"

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

// One row of a total column: its total, the parts beside it, and whether they add up to it.
struct RowCase {
    const tables::BlockRow* total;
    TotalCandidate candidate;
    bool adds_up = false;
};

// The rows of `total` against `parts` at the same rows, each shown to `go_on`
// as it is made; none when `go_on` says no to one (the rest are not made).
template <class GoOn>
std::vector<RowCase> row_cases(const Block& total, const std::vector<const Block*>& parts, GoOn go_on) {
    std::vector<RowCase> cases;
    const double unit = total.measure == Measure::Money ? tables::kind_scale(total.hint.kind) : 0;
    for (const tables::BlockRow& r : total.rows) {
        if (!r.value.numeric()) continue;
        RowCase rc{&r, {}};
        for (const Block* b : parts)
            if (const tables::BlockRow* p = tables::row_at(*b, r.row)) rc.candidate.parts.push_back(Part{r.row, b->col, &p->value});
        if (rc.candidate.parts.empty()) continue;
        double s = 0;
        for (const Part& p : rc.candidate.parts) s += p.value->kind == tables::ValueKind::Ambiguous ? 0 : p.value->value;
        rc.adds_up = judge(r.value.value, s, rc.candidate.parts.size(), unit) != Verdict::Mismatch;
        if (!go_on(rc)) return {};
        cases.push_back(std::move(rc));
    }
    return cases;
}

// Whether the columns to its left were enough to judge it by (two or more).
bool check_total_column(SheetContext& ctx, const Block& total) {
    std::vector<const Block*> table = tables::table_of(ctx.tables, total);
    std::vector<const Block*> parts;
    for (const Block* b : table) {
        if (b->col >= total.col) break;
        if (b->total_column) parts.clear();  // a total column to the left closes its own group
        else if (adds(total, *b)) parts.push_back(b);
    }
    if (parts.size() < 2) return false;

    std::size_t agree = 0;
    std::vector<RowCase> cases = row_cases(total, parts, [&](const RowCase& rc) {
        agree += rc.adds_up;
        return true;
    });
    // When most rows do not add up, these columns are not what the total
    // column sums (a column of numbers the header does not tell): say nothing.
    if (cases.empty() || agree * 2 <= cases.size()) return true;
    for (const RowCase& rc : cases)
        judge_total(ctx, total, *rc.total, {rc.candidate}, std::nullopt, Strength::Strong, true);
    return true;
}

enum class Side { Left, Right };

// A column that adds the amount columns on one side of it on every row but
// one, four rows or more, and on three of them two non-zero amounts or more,
// is a total column by its numbers ("Helår" after "Kv 1" … "Kv 4"; "Totalt"
// before "varav kommuner" and "varav region"): its one row that does not add
// up is an error. Nothing says that the total is the wrong cell of the row,
// so fix leaves it to a person. A column total over it then follows from it.
// Returns whether the columns on that side add up to it so.
bool check_sum_column(SheetContext& ctx, const tables::BlockFinder& finder, const Block& column, Side side) {
    // A difference column (new − old) is made from the amounts beside it:
    // "2026" is "2025" plus "Förändring" on every row, and is no sum.
    if (column.rows.size() < 4 || difference_header(column.header)) return false;
    // The columns it may add are looked for among the nearest to it only,
    // so that a sheet of thousands of columns is not read squared. A total
    // column among them closes the group of those beyond it.
    constexpr std::uint32_t widest_sum = 24;  // a year's months, and more
    std::vector<const Block*> parts;
    auto block_at = [&](std::uint32_t c) {
        return finder.first_spanning(column.rows.front().row, c, [&](const Block& x) {
            return x.header_row == column.header_row && x.part == column.part;
        });
    };
    auto addable = [&](const Block* b) { return b && adds(column, *b) && !difference_header(b->header); };
    if (side == Side::Left) {
        for (std::uint32_t c = column.col > widest_sum ? column.col - widest_sum : 0; c < column.col; ++c)
            if (const Block* b = block_at(c); b && b->total_column) parts.clear();
            else if (addable(b)) parts.push_back(b);
    } else {  // only its "varav …" columns: what else follows a column is no part of it
        for (std::uint32_t c = column.col + 1; c <= column.col + widest_sum && c > column.col; ++c)
            if (const Block* b = block_at(c); b && b->total_column) break;
            else if (addable(b) && tables::label_kind_of_text(b->header) == tables::LabelKind::Part) parts.push_back(b);
    }
    if (parts.size() < 2) return false;
    std::size_t wrong = 0, several = 0;
    std::vector<RowCase> cases = row_cases(column, parts, [&](const RowCase& rc) {
        if (!rc.adds_up) return ++wrong < 2;
        auto nonzero = std::count_if(rc.candidate.parts.begin(), rc.candidate.parts.end(),
                                     [](const Part& p) { return p.value->value != 0; });
        several += nonzero >= 2;
        return true;
    });
    if (wrong > 1 || cases.size() < 4 || several < 3) return false;
    for (const RowCase& rc : cases) {
        if (rc.adds_up) continue;
        const std::size_t before = ctx.findings.size();
        judge_total(ctx, column, *rc.total, {rc.candidate}, std::nullopt, Strength::Strong, true);
        for (std::size_t i = before; i < ctx.findings.size(); ++i)
            if (ctx.findings[i].row == rc.total->row && ctx.findings[i].col == column.col) ctx.findings[i].for_person = true;
    }
    return true;
}

}  // namespace

void check_row_totals(SheetContext& ctx) {
    const tables::BlockFinder finder(ctx.blocks);
    for (const Block& b : ctx.blocks) {
        if (!b.header_row) continue;
        // A total column with nothing to add on its left may add the columns after it.
        if (b.total_column ? !check_total_column(ctx, b)
                           : !check_sum_column(ctx, finder, b, Side::Left))
            check_sum_column(ctx, finder, b, Side::Right);
    }
}

}  // namespace sk::check
