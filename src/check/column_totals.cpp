// Totals down a column: a row labelled Totalt/Summa/Riket/Delsumma against
// the items above it (or below it, when totals head their groups), with
// subtotal hierarchies, group header rows and "varav" rows taken into account.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include "check/judge.hpp"
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
    return r.value.kind == ValueKind::Ambiguous ? (r.value.candidates().empty() ? 0 : r.value.candidates().front())
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

// Adds `r` to a list of rows read one after another, where a row equal to
// the sum of two or more rows right above it (a subtotal under its items)
// stands for them. True when `r` closed rows that way.
// `nonnegative` says no row has a negative amount: then a tail already past
// `r` can only grow, and the search stops there.
bool push_folded(std::vector<const BlockRow*>& list, const BlockRow& r, bool nonnegative) {
    double tail = 0;
    std::size_t n = 0;
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        tail += (*it)->value.value;
        ++n;
        if (nonnegative && tail > r.value.value + 0.005) break;
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
std::vector<const BlockRow*> heading_parts(const std::vector<BlockRow>& rows, std::size_t i, double stated,
                                           bool nonnegative) {
    std::vector<const BlockRow*> list;
    double sum = 0;
    for (std::size_t k = i + 1; k < rows.size() && k < i + 1000; ++k) {
        const BlockRow& r = rows[k];
        if (r.role != LabelKind::Plain && !tables::is_total(r.role)) continue;
        if (!r.value.numeric()) return {};
        if (!push_folded(list, r, nonnegative)) sum += r.value.value;
        if (std::fabs(sum - stated) < 0.005) return list;
        if (nonnegative && sum > stated + 0.005) return {};  // the sum only grows from here
    }
    return {};
}

// A section's items with each subtotal under its items standing for them;
// the section itself when it has none, or an ambiguous item.
std::vector<const BlockRow*> folded_items(const std::vector<const BlockRow*>& items, bool nonnegative) {
    if (std::any_of(items.begin(), items.end(), [](const BlockRow* r) { return !r->value.numeric(); })) return items;
    std::vector<const BlockRow*> list;
    for (const BlockRow* r : items) push_folded(list, *r, nonnegative);
    return list;
}

// Totals that a heading total above counts as one of its parts, and adds up
// with: "Totalt direkt fördelat länets kommuner: 1 865 000" under
// "KFJH … Totalt: 3 992 436" = 2 127 436 + 1 865 000. Such a total's own
// items are elsewhere (another sheet, another table); the sum it is part
// of supports it, so no mismatch is claimed against the rows above it.
std::vector<bool> carried_totals(const std::vector<BlockRow>& rows, bool nonnegative) {
    std::vector<bool> carried(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!tables::is_total(rows[i].role) || !rows[i].value.numeric()) continue;
        for (const BlockRow* r : heading_parts(rows, i, rows[i].value.value, nonnegative))
            if (tables::is_total(r->role)) carried[std::size_t(r - rows.data())] = true;
    }
    return carried;
}

// Every item above the current total, with the sums check_block needs to
// decide whether listing them is worth it: a grand total under 100 000 rows
// would otherwise copy them all once per subtotal.
struct ItemsAbove {
    std::vector<const BlockRow*> rows;
    double user_sum = 0, excel_sum = 0;  // as possible_sums reads them
    bool ambiguous = false;

    void add(const BlockRow& r) {
        rows.push_back(&r);
        if (r.value.kind == ValueKind::Number) excel_sum += r.value.value;
        if (r.value.kind == ValueKind::Number || r.value.kind == ValueKind::TextNumber) user_sum += r.value.value;
        if (r.value.kind == ValueKind::Ambiguous) ambiguous = true;
    }

    // True when the candidate of all items can change the judgement of
    // `stated`: it may match (as the user or Excel reads it, or as a
    // balance), or it is at least as close as every other candidate.
    bool matters(double stated, std::optional<double> received, const std::vector<TotalCandidate>& others) const {
        auto exact = [&](double s) { return judge(stated, s, 0, 0) == Verdict::Exact; };
        if (ambiguous || exact(user_sum) || exact(excel_sum) || (received && exact(*received - user_sum))) return true;
        for (const TotalCandidate& c : others) {
            if (c.parts.empty()) continue;
            std::vector<const tables::CellValue*> values;
            for (const Part& p : c.parts) values.push_back(p.value);
            if (std::fabs(stated - possible_sums(values, false).front()) + 0.01 < std::fabs(stated - user_sum))
                return false;
        }
        return true;
    }
};

bool no_negative_amounts(const std::vector<BlockRow>& rows) {
    return std::none_of(rows.begin(), rows.end(), [](const BlockRow& r) {
        return r.value.value < 0 || std::any_of(r.value.candidates().begin(), r.value.candidates().end(),
                                                [](double c) { return c < 0; });
    });
}

void check_block(SheetContext& ctx, const Block& b, const ReceivedRows& received_rows) {
    const auto& rows = b.rows;
    const bool nonnegative = no_negative_amounts(rows);
    const std::vector<bool> carried = carried_totals(rows, nonnegative);
    std::vector<const BlockRow*> totals_seen;
    ItemsAbove above;
    std::size_t section_start = 0;
    std::uint32_t floor = b.header_row ? (*b.header_row > 8 ? *b.header_row - 8 : 0) : rows.front().row;

    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!tables::is_total(rows[i].role)) continue;
        // Every item before section_start belongs to an earlier total's section.
        std::vector<const BlockRow*> sec;
        for (std::size_t k = section_start; k < i; ++k)
            if (is_item(rows[k])) sec.push_back(&rows[k]);
        bool items_below = false;
        for (std::size_t k = i + 1; k < rows.size() && !items_below; ++k) items_below = is_item(rows[k]);
        std::optional<double> received = received_above(received_rows, floor, rows[i].row);

        std::vector<TotalCandidate> candidates;
        add_group_candidates(b.col, sec, candidates);
        // Items with their own subtotal below them: the subtotal stands for them.
        std::vector<const BlockRow*> folded = folded_items(sec, nonnegative);
        if (folded.size() < sec.size()) candidates.push_back({column_parts(b.col, folded), TotalBasis::Items});
        // A total heading its group ("Region Jämtland Härjedalen | Totalt: | 3 992 436").
        if (rows[i].value.numeric())
            if (auto below = heading_parts(rows, i, rows[i].value.value, nonnegative); !below.empty())
                candidates.insert(candidates.begin(), TotalCandidate{column_parts(b.col, below), TotalBasis::Items});
        for (const BlockRow* r : sec) above.add(*r);
        if (!totals_seen.empty()) {
            std::vector<const BlockRow*> sections = totals_seen;
            sections.insert(sections.end(), sec.begin(), sec.end());
            TotalCandidate by_sections{column_parts(b.col, sections), TotalBasis::Sections};
            candidates.push_back(std::move(by_sections));
            if (rows[i].value.numeric() && above.matters(rows[i].value.value, received, candidates))
                candidates.insert(candidates.end() - 1, TotalCandidate{column_parts(b.col, above.rows), TotalBasis::Items});
        }
        // Report only a total that closes items above it, or ends the block:
        // a heading total whose group cannot be told is left alone. So is a
        // total whose items above are all closed by their own subtotal
        // already: it stands for something the rows above do not show.
        bool closed_above = folded.size() == 1 && sec.size() > 1;
        bool reportable = (!sec.empty() || !items_below) && !carried[i] && !closed_above;
        judge_total(ctx, b, rows[i], candidates, received, reportable);
        totals_seen.push_back(&rows[i]);
        section_start = i + 1;
    }
}

}  // namespace

void check_column_totals(SheetContext& ctx, std::span<const Block> blocks) {
    const ReceivedRows received = received_rows(ctx);
    for (const Block& b : blocks)
        if (summable(b)) check_block(ctx, b, received);
}

}  // namespace sk::check
