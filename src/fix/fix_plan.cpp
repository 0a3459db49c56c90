#include "fix/fix_plan.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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
    if (!c->formula.empty()) return "=" + std::string(c->formula);
    return std::string(c->text);
}

// The note on a changed cell: what it held and why it changed.
std::string change_note(Lang lang, const std::string& before, const std::string& why) {
    return std::string(tr(lang, "Summakoll ändrade cellen. Tidigare: ", "Changed by summakoll. Before: ")) +
           (before.empty() ? tr(lang, "(tom)", "(empty)") : before) + "\n" + why;
}

// A SUM total over text amounts holds what Excel's SUM made of them (the
// texts skipped). Once every one of them is a number, the total's saved value
// is recomputed too, so that the corrected workbook agrees with itself before
// Excel recalculates it (and `check` on it finds no stale value).
void recompute_totals_over_text(const Workbook& wb, const std::vector<check::Finding>& findings, FixPlan& plan,
                                Lang lang) {
    using CellKey = std::tuple<std::string, std::uint32_t, std::uint32_t>;
    std::set<CellKey> edited;
    for (const CellEdit& e : plan.edits) edited.emplace(e.sheet, e.row, e.col);
    struct Total {
        const check::Finding* first = nullptr;  // one of its text findings
        bool all_fixed = true;
    };
    std::map<CellKey, Total> totals;
    for (const check::Finding& f : findings) {
        if (f.code != check::Code::NumberAsText || !f.total_cell || !f.excel_shows || !f.total_value) continue;
        Total& t = totals[{f.sheet, f.total_cell->first_row, f.total_cell->first_col}];
        if (!t.first) t.first = &f;
        t.all_fixed = t.all_fixed && edited.count({f.sheet, f.row, f.col});
    }
    for (const auto& [key, t] : totals) {
        const auto& [sheet_name, row, col] = key;
        const Sheet* sheet = sheet_named(wb, sheet_name);
        const Cell* cell = sheet ? sheet->find(row, col) : nullptr;
        if (!t.all_fixed || edited.count(key) || !cell || cell->formula.empty()) continue;
        const check::Finding& f = *t.first;
        CellEdit e;
        e.sheet = sheet_name;
        e.row = row;
        e.col = col;
        e.value = *f.total_value;
        e.formula = cell->formula;
        const std::string message =
            std::string(tr(lang, "Formelns sparade värde räknat om med textbeloppen som tal: ",
                           "The formula's saved value recomputed with the text amounts as numbers: ")) +
            finding_amount(f, *f.total_value) + tr(lang, " i stället för ", " instead of ") +
            finding_amount(f, *f.excel_shows) + ".";
        e.note = change_note(lang, finding_amount(f, *f.excel_shows), message);
        // The total's own finding (a SUM that skips the text) is already listed: it gets the new value.
        auto listed = std::find_if(plan.report.begin(), plan.report.end(),
                                   [&](const ReportRow& r) { return r.sheet == sheet_name && r.cell == a1(row, col); });
        if (listed != plan.report.end())
            listed->new_value = finding_amount(f, e.value);
        else
            plan.report.push_back(ReportRow{sheet_name, a1(row, col), check::code_name(f.code), shown(cell),
                                            finding_amount(f, e.value), message});
        plan.edits.push_back(std::move(e));
    }
}

}  // namespace

std::string number_format_for(num::Unit unit, int decimals) {
    if (unit == num::Unit::Percent) return decimals > 0 ? "0." + std::string(std::size_t(decimals), '0') + "%" : "0%";
    std::string code = "#,##0";
    if (decimals > 0) code += "." + std::string(std::size_t(decimals), '0');
    return code + " \"kr\"";
}

FixPlan plan_fixes(const Workbook& wb, const std::vector<check::Finding>& findings, TotalsAs totals, Lang lang) {
    return plan_fixes(wb, findings, finding_messages(findings, lang), totals, lang);
}

FixPlan plan_fixes(const Workbook& wb, const std::vector<check::Finding>& findings,
                   const std::vector<std::string>& messages, TotalsAs totals, Lang lang) {
    FixPlan plan;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const check::Finding& f = findings[i];
        const Sheet* sheet = sheet_named(wb, f.sheet);
        const Cell* cell = sheet ? sheet->find(f.row, f.col) : nullptr;
        ReportRow row{f.sheet, f.sheet.empty() ? "" : a1(f.row, f.col), check::code_name(f.code), shown(cell), "",
                      messages[i]};
        bool text_amount = f.code == check::Code::NumberAsText && f.expected && cell && cell->formula.empty();
        // A number inside a composite cell ("5975/453") cannot be written back: reported only.
        // A SUM that skips a text amount is put right by the text becoming a
        // number (recompute_totals_over_text), its formula kept.
        bool skips_text = f.code == check::Code::TotalMismatch && !f.missed.empty();
        bool total = changes_total(f.code) && f.expected && cell && !f.part && !skips_text;
        if (text_amount || total) {
            CellEdit e;
            e.sheet = f.sheet;
            e.row = f.row;
            e.col = f.col;
            e.value = *f.expected;
            if (total && totals == TotalsAs::Formula) e.formula = f.fixed_formula;
            if (text_amount) e.number_format = number_format_for(f.unit, f.decimals);
            row.new_value = e.formula.empty() ? finding_amount(f, e.value) : "=" + e.formula;
            e.note = change_note(lang, row.old_value, row.message);
            plan.edits.push_back(std::move(e));
        }
        plan.report.push_back(std::move(row));
    }
    recompute_totals_over_text(wb, findings, plan, lang);
    return plan;
}

}  // namespace sk::fix
