#include "check/check.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "base/run_both.hpp"
#include "check/sheet_context.hpp"
#include "tables/block_finder.hpp"

namespace sk::check {

namespace {

// A total that is right once the wrong totals it adds are put right is not
// a mystery of its own: it follows from them (a note naming them).
void mark_follow_ons(std::vector<Finding>& found) {
    auto is_wrong = [](const Finding& f) {
        return (f.code == Code::TotalMismatch || f.code == Code::DifferenceMismatch) && f.expected && f.actual;
    };
    std::vector<const Finding*> wrong;
    for (const Finding& f : found)
        if (is_wrong(f)) wrong.push_back(&f);
    if (wrong.empty()) return;
    // The wrong totals by column, rows ascending, with their place in
    // `wrong`: each total looks up the wrong ones in its summed ranges
    // instead of asking every wrong total (20 000 of them at 1 M rows made
    // this a quarter of `check`).
    std::map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::size_t>>> by_col;
    for (std::size_t i = 0; i < wrong.size(); ++i) by_col[wrong[i]->col].emplace_back(wrong[i]->row, i);
    for (auto& [col, rows] : by_col) std::sort(rows.begin(), rows.end());
    std::vector<std::pair<Finding*, std::vector<const Finding*>>> follow;
    for (Finding& f : found) {
        if (!is_wrong(f)) continue;
        // (place in `wrong`, the first summed range holding it), in the order of `wrong`.
        std::vector<std::pair<std::size_t, std::size_t>> hits;
        for (std::size_t k = 0; k < f.summed.size(); ++k) {
            const Range& r = f.summed[k];
            for (auto c = by_col.lower_bound(r.first_col); c != by_col.end() && c->first <= r.last_col; ++c)
                for (auto it = std::lower_bound(c->second.begin(), c->second.end(), std::pair<std::uint32_t, std::size_t>(r.first_row, 0));
                     it != c->second.end() && it->first <= r.last_row; ++it)
                    hits.emplace_back(it->second, k);
        }
        std::sort(hits.begin(), hits.end());
        double delta = 0;
        std::vector<const Finding*> causes;
        for (std::size_t h = 0; h < hits.size(); ++h) {
            if (h > 0 && hits[h].first == hits[h - 1].first) continue;
            const Finding* e = wrong[hits[h].first];
            if (e == &f) continue;
            // A difference subtracts its second operand.
            double sign = f.code == Code::DifferenceMismatch && hits[h].second == 1 ? -1 : 1;
            delta += sign * (*e->expected - *e->actual);
            causes.push_back(e);
        }
        // Within a krona per summed item of the corrected sum, or the
        // rounding of its items' unit (a tkr column: a thousand each): its
        // own rounding, not an error of its own.
        double gap = std::fabs(*f.actual - (*f.expected + delta));
        if (!causes.empty() && gap <= std::max(double(f.components), f.rounding) + 0.005)
            follow.emplace_back(&f, std::move(causes));
    }
    // Changed after every cause was read: a cause may follow from another.
    for (auto& [f, causes] : follow) {
        for (const Finding* e : causes) f->edit_details().caused_by.push_back(Range{e->row, e->col, e->row, e->col});
        f->code = Code::TotalUnproven;
        f->severity = severity_of(Code::TotalUnproven);
        f->unproven = Unproven::FollowsFrom;
    }
}

// Each total the fixer may rewrite gets the measure of its column: the first
// block of whole cells (in the finder's order) of its column that holds its
// row, Skip when none does. fix asks this of every such total; finding the
// blocks again for it took a tenth of `fix`.
void note_column_measures(std::vector<Finding>& found, const std::vector<tables::Block>& blocks) {
    const tables::BlockFinder finder(blocks);
    for (Finding& f : found) {
        const FixChange change = fix_change(f.code);
        if (change != FixChange::WrongTotal && change != FixChange::TypedTotal) continue;
        const tables::Block* b = finder.first_spanning(
            f.row, f.col, [&](const tables::Block& x) { return !x.part && tables::row_at(x, f.row); });
        f.column_measure = b ? b->measure : tables::Measure::Skip;
    }
}

}  // namespace

std::vector<Finding> check_sheet(const Workbook& wb, const Sheet& sheet) {
    const std::vector<tables::Block> blocks = tables::find_blocks(wb, sheet);
    const tables::TableIndex index = tables::index_tables(blocks);
    // The checks on two threads for a big sheet, the column totals (half of
    // all the work) split between them at half of the block rows. Each part
    // has findings of its own, joined below in the order one thread would
    // have made them: which of two findings at a cell stays depends on it.
    std::size_t rows = 0, half_rows = 0, half = 0;
    for (const tables::Block& b : blocks) rows += b.rows.size();
    while (half < blocks.size() && 2 * half_rows < rows) half_rows += blocks[half++].rows.size();
    const std::span<const tables::Block> all(blocks);
    auto context = [&] { return SheetContext{wb, sheet, blocks, index, {}}; };
    SheetContext parts[4] = {context(), context(), context(), context()};
    process::run_both(
        sheet.cells.size() >= process::two_threads_from_cells,
        [&] {
            check_formulas(parts[0]);
            check_column_totals(parts[0], all.first(half));
            check_row_totals(parts[2]);
            check_balances(parts[2]);
            check_percentages(parts[2]);
            check_differences(parts[2]);
        },
        [&] {
            check_column_totals(parts[1], all.subspan(half));
            check_cell_values(parts[3]);
        });
    // Word and CSV hold every value as text and sum nothing themselves: an
    // amount typed as text is normal there (and counted in every total above).
    auto kept = [&](const Finding& f) { return wb.can().typed_cells || f.code != Code::NumberAsText; };
    // Both groups' findings in one order: by cell, the one that explains it
    // best first (stable: among equal ranks the first and most detailed).
    // Ordered by reference, then each finding is moved once, into its place.
    std::vector<Finding*> order;
    for (SheetContext& part : parts)
        for (Finding& f : part.findings)
            if (kept(f)) order.push_back(&f);
    std::stable_sort(order.begin(), order.end(), [](const Finding* a, const Finding* b) {
        if (a->row != b->row) return a->row < b->row;
        if (a->col != b->col) return a->col < b->col;
        if (rank(a->code) != rank(b->code)) return rank(a->code) < rank(b->code);
        // Text a SUM skips: the finding that names the SUM says more.
        return a->excel_shows.has_value() && !b->excel_shows.has_value();
    });
    // The first of each cell stays. They are picked before any is moved, so
    // that room is made for the kept ones only (at a million rows half of
    // the findings made are a text amount that the one naming the SUM replaces).
    const auto same_cell = [](const Finding* a, const Finding* b) { return a->row == b->row && a->col == b->col; };
    order.erase(std::unique(order.begin(), order.end(), same_cell), order.end());
    std::vector<Finding> found;
    found.reserve(order.size());
    for (Finding* f : order) found.push_back(std::move(*f));
    mark_follow_ons(found);
    note_column_measures(found, blocks);
    return found;
}

bool is_summakoll_report(const Sheet& sheet) {
    if (!sheet.name.starts_with("Summakoll")) return false;
    const Cell* a1 = sheet.find(0, 0);
    if (!a1) return false;
    const std::string_view head = a1->text.view();
    // fix's report sheet, and convert's list of the source's findings.
    return head == "Allvarlighet" || head == "Severity" || head == "Blad eller tabell" || head == "Sheet or table";
}

std::vector<Finding> check_workbook(const Workbook& wb) {
    std::vector<Finding> all;
    for (const Sheet& s : wb.sheets) {
        if (is_summakoll_report(s)) continue;
        std::vector<Finding> f = check_sheet(wb, s);
        if (all.empty()) {
            all = std::move(f);
            continue;
        }
        all.insert(all.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
    }
    return all;
}

}  // namespace sk::check
