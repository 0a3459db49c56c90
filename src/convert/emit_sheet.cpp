#include "convert/emit_sheet.hpp"

#include <map>

#include "base/text_length.hpp"
#include "convert/column_widths.hpp"
#include "write/row_heights.hpp"

namespace sk::convert {

void emit_sheet(const Workbook& clean, const Sheet& grid, const CleanSheet& cs,
                const std::vector<tables::Block>& blocks, const std::vector<TotalFormula>& totals,
                const std::set<std::pair<std::uint32_t, std::uint32_t>>& marked, NewWorkbook& out) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, const TotalFormula*> formula_at;
    for (const TotalFormula& t : totals) formula_at[{t.row, t.col}] = &t;
    std::set<std::uint32_t> total_rows;
    for (const tables::Block& b : blocks)
        for (const tables::BlockRow& r : b.rows)
            if (tables::is_total(r.role)) total_rows.insert(r.row);

    NewSheet& sheet = out.add_sheet(cs.name);
    for (const Cell& c : grid.cells) {
        const StyleHint& hint = clean.style_of(c);
        const bool header = cs.header_cells.count({c.row, c.col}) > 0;
        CellStyle look;
        look.num_format = hint.num_format;
        look.bold = hint.bold || header || cs.title_rows.count(c.row) || total_rows.count(c.row);
        look.indent = hint.indent;
        if (c.type == CellType::Text && !cs.title_rows.count(c.row))
            look.wrap = header || c.text.view().find('\n') != std::string_view::npos || double(longest_line(c.text)) > widest_column;
        if (header) look.fill_rgb = header_fill;
        else if (marked.count({c.row, c.col})) look.fill_rgb = marked_fill;
        StyleId style = out.style(look);
        auto f = formula_at.find({c.row, c.col});
        if (f != formula_at.end()) sheet.set_formula(c.row, c.col, f->second->formula, f->second->value, style);
        else if (c.type == CellType::Number) sheet.set_number(c.row, c.col, c.number, style);
        else if (c.type == CellType::Bool) sheet.set_bool(c.row, c.col, c.boolean, style);
        else sheet.set_text(c.row, c.col, std::string(c.text), style);
    }
    sheet.column_widths = fitted_widths(clean, grid, cs.header_cells, cs.title_rows);
    sheet.freeze_rows = cs.freeze_rows;
    sheet.print_title_rows = cs.freeze_rows;
    sheet.merged = cs.merged;
    fit_wrapped_rows(sheet, out);
}

}  // namespace sk::convert
