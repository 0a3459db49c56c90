#include "fix/fix_plan.hpp"

#include "report/check_messages.hpp"

namespace sk::fix {

namespace {

bool changes_total(check::Code c) {
    return c == check::Code::TotalMismatch || c == check::Code::FormulaRangeGap || c == check::Code::FormulaStaleValue;
}

const Sheet* sheet_named(const Workbook& wb, const std::string& name) {
    for (const Sheet& s : wb.sheets)
        if (s.name == name) return &s;
    return nullptr;
}

// The cell as the user sees it in the formula bar.
std::string shown(const Cell* c) {
    if (!c) return {};
    if (!c->formula.empty()) return "=" + c->formula;
    return c->text;
}

}  // namespace

std::string number_format_for(num::Unit unit, int decimals) {
    if (unit == num::Unit::Percent) return decimals > 0 ? "0." + std::string(std::size_t(decimals), '0') + "%" : "0%";
    std::string code = "#,##0";
    if (decimals > 0) code += "." + std::string(std::size_t(decimals), '0');
    return code + " \"kr\"";
}

FixPlan plan_fixes(const Workbook& wb, const std::vector<check::Finding>& findings, TotalsAs totals, Lang lang) {
    FixPlan plan;
    for (const check::Finding& f : findings) {
        const Sheet* sheet = sheet_named(wb, f.sheet);
        const Cell* cell = sheet ? sheet->find(f.row, f.col) : nullptr;
        ReportRow row{f.sheet, f.sheet.empty() ? "" : a1(f.row, f.col), check::code_name(f.code), shown(cell), "",
                      finding_message(f, lang)};
        bool text_amount = f.code == check::Code::NumberAsText && f.expected && cell && cell->formula.empty();
        // A number inside a composite cell ("5975/453") cannot be written back: reported only.
        bool total = changes_total(f.code) && f.expected && cell && !f.part;
        if (text_amount || total) {
            CellEdit e;
            e.sheet = f.sheet;
            e.row = f.row;
            e.col = f.col;
            e.value = *f.expected;
            if (total && totals == TotalsAs::Formula) e.formula = f.fixed_formula;
            if (text_amount) e.number_format = number_format_for(f.unit, f.decimals);
            row.new_value = e.formula.empty() ? finding_amount(f, e.value) : "=" + e.formula;
            e.note = std::string(tr(lang, "Summakoll ändrade cellen. Tidigare: ", "Changed by summakoll. Before: ")) +
                     (row.old_value.empty() ? tr(lang, "(tom)", "(empty)") : row.old_value) + "\n" + row.message;
            plan.edits.push_back(std::move(e));
        }
        plan.report.push_back(std::move(row));
    }
    return plan;
}

}  // namespace sk::fix
