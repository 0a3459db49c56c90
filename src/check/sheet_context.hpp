// What every check of one sheet shares: the workbook, the sheet, its blocks
// and the findings so far. Checks that run at the same time have contexts
// of their own over the same blocks.
#pragma once

#include <deque>
#include <span>
#include <vector>

#include "check/finding.hpp"
#include "tables/blocks.hpp"

namespace sk::check {

struct SheetContext {
    const Workbook& wb;
    const Sheet& sheet;
    const std::vector<tables::Block>& blocks;
    const tables::TableIndex& tables;  // of `blocks`
    // A deque: it grows without copying what it holds, and a Finding is large.
    std::deque<Finding> findings;

    // A finding at (row, col) of this sheet with code, severity and sheet filled in.
    Finding& add(Code code, std::uint32_t row, std::uint32_t col) {
        Finding f;
        f.code = code;
        f.severity = severity_of(code);
        f.sheet = sheet.name;
        f.row = row;
        f.col = col;
        findings.push_back(std::move(f));
        return findings.back();
    }
};

// The blocks of whole cells, without the numbers of composite cells: what
// balances are made of.
inline std::vector<const tables::Block*> whole_blocks(const SheetContext& ctx) {
    std::vector<const tables::Block*> out;
    for (const tables::Block& b : ctx.blocks)
        if (!b.part) out.push_back(&b);
    return out;
}

// Each check adds its findings to the context.
// Column totals of `blocks`, a run of ctx.blocks: the checks' two threads share them out.
void check_column_totals(SheetContext& ctx, std::span<const tables::Block> blocks);
void check_row_totals(SheetContext& ctx);
void check_formulas(SheetContext& ctx);
void check_balances(SheetContext& ctx);
void check_percentages(SheetContext& ctx);
void check_differences(SheetContext& ctx);
void check_cell_values(SheetContext& ctx);

}  // namespace sk::check
