// Balances: "Erhållna medel" − the total spent = the stated remainder
// ("Slås ihop med 2021 års medel: 72 151 kr").
#include <cmath>
#include <cstdlib>

#include "check/judge.hpp"
#include "check/sheet_context.hpp"

namespace sk::check {

using tables::Block;
using tables::BlockRow;
using tables::LabelKind;

namespace {

// How far (in rows) a balance's three amounts may lie from each other.
constexpr std::uint32_t reach = 8;

struct Located {
    const BlockRow* row = nullptr;
    std::uint32_t col = 0;
};

// The nearest row with `role` within `reach` rows above (or at) `row`.
Located nearest(const SheetContext& ctx, LabelKind role, std::uint32_t row) {
    Located best;
    for (const Block* b : whole_blocks(ctx))
        for (const BlockRow& r : b->rows)
            if (r.role == role && r.value.numeric() && r.row <= row + 1 && r.row + reach >= row &&
                (!best.row || std::abs(int(r.row) - int(row)) < std::abs(int(best.row->row) - int(row)))) {
                best = {&r, b->col};
            }
    return best;
}

Located nearest_total(const SheetContext& ctx, std::uint32_t row) {
    Located best;
    for (const Block* b : whole_blocks(ctx))
        for (const BlockRow& r : b->rows)
            if (tables::is_total(r.role) && r.value.numeric() && r.row <= row && r.row + reach >= row &&
                (!best.row || r.row > best.row->row)) {
                best = {&r, b->col};
            }
    return best;
}

}  // namespace

void check_balances(SheetContext& ctx) {
    for (const Block* b : whole_blocks(ctx))
        for (const BlockRow& rem : b->rows) {
            if (rem.role != LabelKind::Remainder || !rem.value.numeric()) continue;
            Located received = nearest(ctx, LabelKind::Received, rem.row);
            Located spent = nearest_total(ctx, rem.row);
            if (!received.row || !spent.row) continue;
            double expected = received.row->value.value - spent.row->value.value;
            if (judge(rem.value.value, expected, 0, 0) == Verdict::Exact) continue;
            Finding& f = ctx.add(Code::BalanceMismatch, rem.row, b->col);
            f.expected = expected;
            f.actual = rem.value.value;
            f.edit_details().received = received.row->value.value;
            f.edit_details().spent = spent.row->value.value;
            f.label = rem.label;
            f.summed = {Range{received.row->row, received.col, received.row->row, received.col},
                        Range{spent.row->row, spent.col, spent.row->row, spent.col}};
            f.fixed_formula = a1(f.summed[0]) + "-" + a1(f.summed[1]);
        }
}

}  // namespace sk::check
