// Totals down a column, judged against the structure the table reader sees
// in it (tables/structure.hpp): group rows, nested groups, sections and
// summary blocks, with varav, comparison and page lines left out.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include "check/judge.hpp"
#include "check/sheet_context.hpp"
#include "check/total_finding.hpp"
#include "tables/structure.hpp"

namespace sk::check {

using tables::Block;
using tables::BlockRow;
using tables::LabelKind;
using tables::ValueKind;

namespace {

bool summable(const Block& b) {
    return b.measure == tables::Measure::Money || b.measure == tables::Measure::Plain ||
           b.measure == tables::Measure::Count;
}

// The "Erhållna medel" amounts of the sheet's whole blocks by row, the later
// one first among equal rows: what a total may be the remainder of.
using ReceivedRows = std::vector<std::pair<std::uint32_t, double>>;

ReceivedRows received_rows(const SheetContext& ctx) {
    ReceivedRows out;
    for (const Block* b : whole_blocks(ctx))
        for (const BlockRow& r : b->rows)
            if (r.role == LabelKind::Received && r.value.numeric()) out.emplace_back(r.row, r.value.value);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

// The nearest received amount at or above `row`, not above `floor`.
std::optional<double> received_above(const ReceivedRows& received, std::uint32_t floor, std::uint32_t row) {
    auto it = std::upper_bound(received.begin(), received.end(), row,
                               [](std::uint32_t x, const auto& r) { return x < r.first; });
    if (it == received.begin() || std::prev(it)->first < floor) return std::nullopt;
    return std::prev(it)->second;
}

TotalCandidate candidate(const Block& b, const tables::Reading& r) {
    TotalCandidate c;
    c.basis = r.basis;
    for (std::size_t k : r.adds) c.parts.push_back(Part{b.rows[k].row, b.col_of(k), &b.rows[k].value});
    return c;
}

bool has_totals(const Block& b) {
    return std::any_of(b.rows.begin(), b.rows.end(), [](const BlockRow& r) { return tables::is_total(r.role); });
}

// A "Summa" that repeats the one value of three items or more ("Kr per
// invånare": 20, 20, 20 … Summa 20) states a rate, not a sum.
bool repeats_its_items(const Block& b, std::size_t i, const tables::Reading& r) {
    if (r.adds.size() < 3 || !b.rows[i].value.numeric()) return false;
    return std::all_of(r.adds.begin(), r.adds.end(), [&](std::size_t k) {
        return b.rows[k].value.numeric() && b.rows[k].value.value == b.rows[i].value.value;
    });
}

void check_block(SheetContext& ctx, const Block& b, const ReceivedRows& received_rows) {
    const tables::ColumnReading reading = tables::read_column(ctx.wb, ctx.sheet, b);
    const std::uint32_t floor = b.header_row ? (*b.header_row > 8 ? *b.header_row - 8 : 0) : b.rows.front().row;
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        const tables::RowReading& r = reading.rows[i];
        if (r.readings.empty() || (r.place != tables::Place::Total && r.place != tables::Place::Head)) continue;
        if (b.col_of(i) != b.col) continue;  // a row of the items' column: judged with its own column
        if (repeats_its_items(b, i, r.readings.front())) continue;
        std::vector<TotalCandidate> candidates;
        if (r.matched) {
            candidates.push_back(candidate(b, r.readings[*r.matched]));
        } else {
            for (const tables::Reading& x : r.readings) candidates.push_back(candidate(b, x));
        }
        // A group row told only by its look is judged when a total above
        // it confirms its items; otherwise it says nothing.
        Strength strength = r.strong ? Strength::Strong : r.by_layout ? Strength::Quiet : Strength::Weak;
        judge_total(ctx, b, b.rows[i], candidates, received_above(received_rows, floor, b.rows[i].row), strength);
    }
}

}  // namespace

void check_column_totals(SheetContext& ctx, std::span<const Block> blocks) {
    const ReceivedRows received = received_rows(ctx);
    for (const Block& b : blocks)
        if (summable(b) && has_totals(b)) {
            std::optional<Block> merged = tables::with_items_beside(ctx.tables, b);
            check_block(ctx, merged ? *merged : b, received);
        }
}

}  // namespace sk::check
