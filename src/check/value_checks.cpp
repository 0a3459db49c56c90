// Cells of summed columns that Excel cannot add: amounts typed as text
// (number-as-text) and text that reads two ways (ambiguous-number).
#include <algorithm>

#include "check/sheet_context.hpp"
#include "normalise/amount.hpp"

namespace sk::check {

using tables::Block;
using tables::ValueKind;

namespace {

// A column that is summed: it has a total row, or it is part of a table with a total column.
bool summed(const SheetContext& ctx, const Block& b) {
    if (b.measure != tables::Measure::Money && b.measure != tables::Measure::Plain) return false;
    if (std::any_of(b.rows.begin(), b.rows.end(), [](const tables::BlockRow& r) { return tables::is_total(r.role); }))
        return true;
    for (const Block* t : tables::table_of(ctx.tables, b))
        if (t->total_column && t->col > b.col) return true;
    return false;
}

}  // namespace

void check_cell_values(SheetContext& ctx) {
    for (const Block& b : ctx.blocks) {
        bool is_summed = summed(ctx, b);
        for (const tables::BlockRow& r : b.rows) {
            const bool ambiguous = r.value.kind == ValueKind::Ambiguous && b.rows.size() >= 2 &&
                                   b.measure != tables::Measure::Skip && b.measure != tables::Measure::Percent;
            const bool text_number =
                r.value.kind == ValueKind::TextNumber && is_summed && r.role != tables::LabelKind::Part;
            if (!ambiguous && !text_number) continue;  // most rows: no need to look the cell up
            const Cell* cell = ctx.sheet.find(r.row, b.col);
            if (!cell) continue;
            if (ambiguous) {
                Finding& f = ctx.add(Code::AmbiguousNumber, r.row, b.col);
                f.text = cell->text;
                f.edit_details().candidates = r.value.candidates();
                f.label = r.label;
            } else {
                Finding& f = ctx.add(Code::NumberAsText, r.row, b.col);
                f.text = cell->text;
                f.expected = r.value.value;
                // A bare "1 150" in a tkr column is 1 150 tkr: it stays 1 150 in the cell.
                if (num::parse(cell->text.view()).reading.unit == num::Unit::None) f.scale = tables::kind_scale(b.hint.kind);
                f.label = r.label;
            }
        }
    }
}

}  // namespace sk::check
