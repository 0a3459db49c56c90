// Totals down a column: a row labelled Totalt/Summa/Riket/Delsumma against
// the items above it (or below it, when totals head their groups), with
// subtotal hierarchies, group header rows and "varav" rows taken into account.
#include <algorithm>
#include <cmath>
#include <optional>

#include "check/sheet_context.hpp"
#include "check/total_finding.hpp"

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

bool is_item(const BlockRow& r) { return r.role == LabelKind::Plain; }

double primary(const BlockRow& r) {
    return r.value.kind == ValueKind::Ambiguous ? (r.value.candidates.empty() ? 0 : r.value.candidates.front())
                                                : r.value.value;
}

// Group header rows found by structure: a row whose amount is exactly the sum
// of at least two rows right below it. Per item: the index of its last child
// when it heads a group, else its own index.
std::vector<std::size_t> group_spans(const std::vector<const BlockRow*>& items) {
    std::vector<std::size_t> last(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) last[i] = i;
    for (std::size_t i = 0; i < items.size();) {
        double target = primary(*items[i]);
        if (target > 0 && items[i]->value.kind != ValueKind::Ambiguous) {
            double run = 0;
            for (std::size_t k = i + 1; k < items.size(); ++k) {
                if (items[k]->value.kind == ValueKind::Ambiguous) break;
                run += items[k]->value.value;
                if (std::fabs(run - target) < 0.005 && k - i >= 2) {
                    last[i] = k;
                    break;
                }
                if (run > target + 0.005) break;
            }
        }
        i = last[i] + 1;
    }
    return last;
}

// The items as one list, and when some rows head groups: the top level
// (headers and the rows no header covers) and the leaves (all but headers).
void add_group_candidates(std::uint32_t col, const std::vector<const BlockRow*>& items,
                          std::vector<TotalCandidate>& out) {
    if (items.empty()) return;
    out.push_back({column_parts(col, items), TotalBasis::Items});
    std::vector<std::size_t> last = group_spans(items);
    std::vector<const BlockRow*> top, leaves;
    bool any = false;
    for (std::size_t i = 0; i < items.size();) {
        top.push_back(items[i]);
        if (last[i] == i) {
            leaves.push_back(items[i]);
            ++i;
            continue;
        }
        any = true;
        for (std::size_t k = i + 1; k <= last[i]; ++k) leaves.push_back(items[k]);
        i = last[i] + 1;
    }
    if (!any) return;
    out.push_back({column_parts(col, top), TotalBasis::GroupHeaders});
    out.push_back({column_parts(col, leaves), TotalBasis::Items});
}

// The nearest "Erhållna medel" amount at or above `row`, not above `floor`.
std::optional<double> received_above(const SheetContext& ctx, std::uint32_t floor, std::uint32_t row) {
    std::optional<double> best;
    std::uint32_t best_row = 0;
    for (const Block* b : whole_blocks(ctx))
        for (const BlockRow& r : b->rows)
            if (r.role == LabelKind::Received && r.value.numeric() && r.row >= floor && r.row <= row &&
                (!best || r.row >= best_row)) {
                best = r.value.value;
                best_row = r.row;
            }
    return best;
}

// Adds `r` to a list of rows read one after another, where a row equal to
// the sum of two or more rows right above it (a subtotal under its items)
// stands for them. True when `r` closed rows that way.
bool push_folded(std::vector<const BlockRow*>& list, const BlockRow& r) {
    double tail = 0;
    std::size_t n = 0;
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        tail += (*it)->value.value;
        ++n;
        if (n >= 2 && std::fabs(tail - r.value.value) < 0.005) {
            list.resize(list.size() - n);
            list.push_back(&r);
            return true;
        }
    }
    list.push_back(&r);
    return false;
}

// The rows below a total that add up to it, read the way a heading total is
// laid out (push_folded). Empty when no prefix of the rows below gives `stated`.
std::vector<const BlockRow*> heading_parts(const std::vector<BlockRow>& rows, std::size_t i, double stated) {
    std::vector<const BlockRow*> list;
    double sum = 0;
    for (std::size_t k = i + 1; k < rows.size() && k < i + 1000; ++k) {
        const BlockRow& r = rows[k];
        if (r.role != LabelKind::Plain && !tables::is_total(r.role)) continue;
        if (!r.value.numeric()) return {};
        if (!push_folded(list, r)) sum += r.value.value;
        if (std::fabs(sum - stated) < 0.005) return list;
    }
    return {};
}

// A section's items with each subtotal under its items standing for them;
// the section itself when it has none, or an ambiguous item.
std::vector<const BlockRow*> folded_items(const std::vector<const BlockRow*>& items) {
    if (std::any_of(items.begin(), items.end(), [](const BlockRow* r) { return !r->value.numeric(); })) return items;
    std::vector<const BlockRow*> list;
    for (const BlockRow* r : items) push_folded(list, *r);
    return list;
}

// Totals that a heading total above counts as one of its parts, and adds up
// with: "Totalt direkt fördelat länets kommuner: 1 865 000" under
// "KFJH … Totalt: 3 992 436" = 2 127 436 + 1 865 000. Such a total's own
// items are elsewhere (another sheet, another table); the sum it is part
// of supports it, so no mismatch is claimed against the rows above it.
std::vector<bool> carried_totals(const std::vector<BlockRow>& rows) {
    std::vector<bool> carried(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!tables::is_total(rows[i].role) || !rows[i].value.numeric()) continue;
        for (const BlockRow* r : heading_parts(rows, i, rows[i].value.value))
            if (tables::is_total(r->role)) carried[std::size_t(r - rows.data())] = true;
    }
    return carried;
}

void check_block(SheetContext& ctx, const Block& b) {
    const auto& rows = b.rows;
    const std::vector<bool> carried = carried_totals(rows);
    std::vector<bool> claimed(rows.size(), false);
    std::vector<const BlockRow*> totals_seen;
    std::size_t section_start = 0;
    std::uint32_t floor = b.header_row ? (*b.header_row > 8 ? *b.header_row - 8 : 0) : rows.front().row;

    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!tables::is_total(rows[i].role)) continue;
        std::vector<std::size_t> section;
        for (std::size_t k = section_start; k < i; ++k)
            if (is_item(rows[k]) && !claimed[k]) section.push_back(k);
        bool items_below = false;
        for (std::size_t k = i + 1; k < rows.size() && !items_below; ++k) items_below = is_item(rows[k]);

        std::vector<TotalCandidate> candidates;
        std::vector<const BlockRow*> sec;
        for (std::size_t k : section) sec.push_back(&rows[k]);
        add_group_candidates(b.col, sec, candidates);
        // Items with their own subtotal below them: the subtotal stands for them.
        std::vector<const BlockRow*> folded = folded_items(sec);
        if (folded.size() < sec.size()) candidates.push_back({column_parts(b.col, folded), TotalBasis::Items});
        if (!totals_seen.empty()) {
            std::vector<const BlockRow*> all, sections = totals_seen;
            for (std::size_t k = 0; k < i; ++k)
                if (is_item(rows[k])) {
                    all.push_back(&rows[k]);
                    if (!claimed[k]) sections.push_back(&rows[k]);
                }
            candidates.push_back({column_parts(b.col, all), TotalBasis::Items});
            candidates.push_back({column_parts(b.col, sections), TotalBasis::Sections});
        }
        // A total heading its group ("Region Jämtland Härjedalen | Totalt: | 3 992 436").
        if (rows[i].value.numeric())
            if (auto below = heading_parts(rows, i, rows[i].value.value); !below.empty())
                candidates.insert(candidates.begin(), TotalCandidate{column_parts(b.col, below), TotalBasis::Items});
        // Report only a total that closes items above it, or ends the block:
        // a heading total whose group cannot be told is left alone. So is a
        // total whose items above are all closed by their own subtotal
        // already: it stands for something the rows above do not show.
        bool closed_above = folded.size() == 1 && sec.size() > 1;
        bool reportable = (!section.empty() || !items_below) && !carried[i] && !closed_above;
        std::optional<double> received = received_above(ctx, floor, rows[i].row);
        judge_total(ctx, b, rows[i], candidates, received, reportable);
        for (std::size_t k : section) claimed[k] = true;
        totals_seen.push_back(&rows[i]);
        section_start = i + 1;
    }
}

}  // namespace

void check_column_totals(SheetContext& ctx) {
    for (const Block& b : ctx.blocks)
        if (summable(b)) check_block(ctx, b);
}

}  // namespace sk::check
