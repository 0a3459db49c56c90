#include "check/check.hpp"

#include <algorithm>

#include "check/sheet_context.hpp"
#include "process/run_both.hpp"

namespace sk::check {

namespace {

// When one cell has several findings, the one that explains it best stays:
// a stale value or a short range explains a wrong total, a wrong total
// outranks the notes about its text or its typed constant.
int rank(Code c) {
    switch (c) {
        case Code::FormulaStaleValue: return 0;
        case Code::FormulaRangeGap: return 1;
        case Code::BalanceMismatch: return 2;
        case Code::TotalMismatch: return 3;
        case Code::TotalRounding: return 4;
        case Code::PercentMismatch: return 5;
        case Code::AmbiguousNumber: return 6;
        case Code::NumberAsText: return 7;
        case Code::HardcodedTotal: return 8;
        case Code::UnreadableFile: return 9;
    }
    return 10;
}

// items[k] becomes the item at order[k], following each cycle of the
// permutation (order is used up).
template <class T>
void permute_in_place(std::vector<T>& items, std::vector<std::size_t>& order) {
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start] == start) continue;
        T held = std::move(items[start]);
        std::size_t at = start;
        while (order[at] != start) {
            std::size_t from = order[at];
            items[at] = std::move(items[from]);
            order[at] = at;
            at = from;
        }
        items[at] = std::move(held);
        order[at] = at;
    }
}

}  // namespace

std::vector<Finding> check_sheet(const Workbook& wb, const Sheet& sheet) {
    const std::vector<tables::Block> blocks = tables::find_blocks(wb, sheet);
    const tables::TableIndex index = tables::index_tables(blocks);
    // Two groups of checks, on two threads for a big sheet; their findings
    // are joined in the order one thread would have made them.
    SheetContext ctx{wb, sheet, blocks, index, {}}, rest{wb, sheet, blocks, index, {}};
    process::run_both(
        sheet.cells.size() >= process::two_threads_from_cells,
        [&] {
            check_formulas(ctx);
            check_column_totals(ctx);
            check_row_totals(ctx);
        },
        [&] {
            check_balances(rest);
            check_percentages(rest);
            check_cell_values(rest);
        });
    ctx.findings.insert(ctx.findings.end(), std::make_move_iterator(rest.findings.begin()),
                        std::make_move_iterator(rest.findings.end()));
    // Word and CSV hold every value as text and sum nothing themselves: an
    // amount typed as text is normal there (and counted in every total above).
    if (wb.format != SourceFormat::Xlsx)
        std::erase_if(ctx.findings, [](const Finding& f) { return f.code == Code::NumberAsText; });
    // Stable: among equal ranks the first (and most detailed) finding stays.
    // The order is found on indices, then applied in place, so each (large)
    // finding moves about once and no second array of them is made.
    std::vector<Finding>& found = ctx.findings;
    std::vector<std::size_t> order(found.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
        const Finding &a = found[i], &b = found[j];
        if (a.row != b.row) return a.row < b.row;
        if (a.col != b.col) return a.col < b.col;
        return rank(a.code) < rank(b.code);
    });
    permute_in_place(found, order);
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Finding& a, const Finding& b) { return a.row == b.row && a.col == b.col; }),
                found.end());
    return std::move(found);
}

std::vector<Finding> check_workbook(const Workbook& wb) {
    std::vector<Finding> all;
    for (const Sheet& s : wb.sheets) {
        std::vector<Finding> f = check_sheet(wb, s);
        all.insert(all.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
    }
    return all;
}

}  // namespace sk::check
