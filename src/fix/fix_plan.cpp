#include "fix/fix_plan.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "check/check.hpp"
#include "fix/followers.hpp"
#include "fix/formula_proof.hpp"
#include "fix/text_amount.hpp"
#include "fix/unlisted_amounts.hpp"
#include "report/check_messages.hpp"
#include "tables/blocks.hpp"

namespace sk::fix {

namespace {

using check::Code;
using check::Finding;
using Key = std::tuple<std::string, std::uint32_t, std::uint32_t>;

Key key_of(const Finding& f) { return {f.sheet, f.row, f.col}; }

const Cell* cell_of(const Workbook& wb, const Finding& f) {
    const Sheet* s = f.sheet.empty() ? nullptr : wb.sheet(f.sheet);
    return s ? s->find(f.row, f.col) : nullptr;
}

// The cell as the user sees it in the formula bar.
std::string shown(const Cell* c) {
    if (!c) return {};
    if (!c->formula.empty()) return "=" + std::string(c->formula);
    return std::string(c->text);
}

// The number format of the report sheet's amounts: kronor as "481 600 kr",
// a share as "12,7 %", a cell in another scale (tkr) as its plain number.
std::string report_format(num::Unit unit, int decimals, double scale) {
    std::string digits = "#,##0" + (decimals > 0 ? "." + std::string(std::size_t(decimals), '0') : std::string());
    if (unit == num::Unit::Percent) return (decimals > 0 ? "0." + std::string(std::size_t(decimals), '0') : "0") + "\\ %";
    if (unit == num::Unit::Kr && scale == 1) return digits + "\" kr\"";
    return digits;
}

// A finding's row on the report sheet, before fix decides what to do with the cell.
ReportRow finding_row(const Finding& f, const Cell* cell, const std::string& message) {
    ReportRow row;
    row.sheet = f.sheet;
    row.cell = f.sheet.empty() ? "" : a1(f.row, f.col);
    row.code = f.code;
    row.severity = f.severity;
    row.old_value = shown(cell);
    row.message = message;
    if (cell && (cell->type == CellType::Number || !cell->formula.empty())) row.old_number = cell->number;
    const bool fractions = f.unit == num::Unit::Percent ||
                           (row.old_number && *row.old_number != std::floor(*row.old_number));
    row.number_format = report_format(f.unit, fractions ? std::max(f.decimals, f.unit == num::Unit::Percent ? 1 : 2) : 0,
                                      f.scale);
    return row;
}

// What the cell held, for the note: a number in Swedish format ("481 000 kr"), a formula with its value.
std::string before_text(const Finding& f, const Cell* c) {
    if (!c) return {};
    if (!c->formula.empty()) return shown(c) + " (" + finding_amount(f, c->number) + ")";
    if (c->type == CellType::Number) return finding_amount(f, c->number);
    return std::string(c->text);
}

// The note on a changed cell: what it held and why it changed.
std::string change_note(Lang lang, const std::string& before, const std::string& why) {
    return std::string(tr(lang, "Summakoll ändrade cellen. Tidigare: ", "Changed by summakoll. Before: ")) +
           (before.empty() ? tr(lang, "(tom)", "(empty)") : before) + "\n" + why;
}

// The note on a cell left for a person: what to check, and why fix did not change it.
std::string person_note(Lang lang, const std::string& message, const std::string& reason) {
    std::string note = std::string(tr(lang, "Summakoll ändrade inte cellen. Kontrollera: ",
                                      "Not changed by summakoll. Please check: ")) +
                       message;
    if (!reason.empty()) note += "\n" + std::string(tr(lang, "Inte ändrad: ", "Not changed: ")) + reason + ".";
    return note;
}

const char* action_name(ChangeKind k, Lang lang) {
    switch (k) {
        case ChangeKind::TextToNumber: return tr(lang, "ändrad: text → tal", "changed: text → number");
        case ChangeKind::WrongTotal: return tr(lang, "ändrad: fel summa → rätt summa", "changed: wrong total → right total");
        case ChangeKind::TypedTotal: return tr(lang, "ändrad: inskriven summa → formel", "changed: typed total → formula");
        case ChangeKind::Recalculated: return tr(lang, "ändrad: formelns värde räknat om", "changed: formula recalculated");
    }
    return "";
}

// The amount columns of each sheet: a column of kronor (by its format,
// header or unit line), or of plain numbers the check itself showed as
// kronor; never counts, shares or codes. The check notes each total's
// column; for a finding made elsewhere the blocks are found once, when one asks.
class MoneyColumns {
public:
    explicit MoneyColumns(const Workbook& wb) : wb_(wb) {}
    bool at(const Sheet& s, const check::Finding& f) {
        if (f.column_measure) return money(*f.column_measure, f);
        auto it = blocks_.find(&s);
        if (it == blocks_.end()) it = blocks_.emplace(&s, tables::find_blocks(wb_, s)).first;
        for (const tables::Block& b : it->second)
            if (b.col == f.col && !b.part && tables::row_at(b, f.row)) return money(b.measure, f);
        return false;
    }

private:
    const Workbook& wb_;
    std::map<const Sheet*, std::vector<tables::Block>> blocks_;

    static bool money(tables::Measure m, const check::Finding& f) {
        return m == tables::Measure::Money || (m == tables::Measure::Plain && f.unit == num::Unit::Kr);
    }
};

// The stated value a text cell must read as for the finding at it, if any.
std::optional<double> stated_value(const Finding& f) {
    if (f.code == Code::NumberAsText) return f.expected;
    if (f.code == Code::AmbiguousNumber || f.code == Code::UnreadableFile) return std::nullopt;
    return f.actual;
}

// A text amount's conversion, read with the column's scale the check used
// (the reading must give the value the check read).
std::optional<TextAmount> conversion(const Finding& f, const Cell* c) {
    if (!c || !c->formula.empty() || c->type != CellType::Text || f.part) return std::nullopt;
    std::optional<double> want = stated_value(f);
    if (!want) return std::nullopt;
    // Read on its own: in a column of thousands a bare "1 150" is 1 150 000 kr
    // to the check, but the cell must hold what its neighbours hold; such a
    // text is left to a person.
    std::optional<TextAmount> a = certain_text_amount(c->text.view());
    if (a && std::llround(a->value * 100) == std::llround(*want * 100)) return a;
    return std::nullopt;
}

// The formula a total gets: a SUM that skipped text amounts keeps its own
// formula (the texts become numbers); any other the checked reading's.
std::string written_formula(const Workbook& wb, const Finding& f) {
    const Cell* c = cell_of(wb, f);
    if (f.code == Code::TotalMismatch && !f.details().missed.empty() && c && !c->formula.empty()) return std::string(c->formula);
    return f.fixed_formula;
}

// The check's findings and after them the text amounts it had no reason to
// list, one list by index; the check's are not copied (265 000 findings and
// their messages at 1 M rows).
class Findings {
public:
    Findings(const std::vector<Finding>& listed, std::vector<Finding> unlisted)
        : listed_(listed), unlisted_(std::move(unlisted)) {}
    std::size_t size() const { return listed_.size() + unlisted_.size(); }
    const Finding& operator[](std::size_t i) const {
        return i < listed_.size() ? listed_[i] : unlisted_[i - listed_.size()];
    }
    // The check's own: the unlisted text amounts are no totals and sum nothing.
    const std::vector<Finding>& listed() const { return listed_; }

private:
    const std::vector<Finding>& listed_;
    std::vector<Finding> unlisted_;
};

// The check's word that a formula over changed cells is right with its new
// value: the sum it meant where Excel's SUM skipped text amounts, or the
// value it expected at that cell.
bool meant_value(const Findings& findings, const Follower& r) {
    auto same = [](std::optional<double> a, double b) { return a && std::llround(*a * 100) == std::llround(b * 100); };
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        if (f.sheet != r.sheet) continue;
        if (f.code == Code::NumberAsText && f.total_cell && f.total_cell->contains(r.row, r.col) && same(f.total_value, r.value))
            return true;
        if (f.row == r.row && f.col == r.col && same(f.expected, r.value)) return true;
    }
    return false;
}

struct Decisions {
    std::map<std::size_t, TextAmount> texts;  // finding → its text's conversion
    std::set<std::size_t> totals;             // wrong totals proven
    std::set<std::size_t> typed;              // typed totals proven
    std::vector<Follower> recalculated;
    std::map<std::size_t, std::string> refused;  // finding → why its cell was not changed
};

// One pass over the candidates with `excluded` findings left out. Returns
// the findings a formula fix cannot recompute blocks (empty: the plan holds).
std::set<std::size_t> decide(const Workbook& wb, const Findings& findings, const std::set<std::size_t>& excluded,
                             const std::map<std::size_t, TextAmount>& convertible, const std::set<std::size_t>& total_candidates,
                             const std::set<std::size_t>& typed_candidates, Decisions& d, Lang lang) {
    const bool sv = lang == Lang::Sv;
    Workbook fixed = cells_copy(wb);
    std::vector<ChangedCell> changed;
    std::vector<std::size_t> changed_finding;
    auto change = [&](std::size_t i, double value) {
        set_number(fixed, findings[i].sheet, findings[i].row, findings[i].col, value);
        changed.push_back({findings[i].sheet, findings[i].row, findings[i].col});
        changed_finding.push_back(i);
    };
    d = Decisions{{}, {}, {}, {}, d.refused};
    // Texts first (a total's items), but not at a total fix will rewrite.
    for (const auto& [i, a] : convertible)
        if (!excluded.count(i) && !total_candidates.count(i)) {
            d.texts.emplace(i, a);
            change(i, a.value);
        }
    const TotalsSummed totals = totals_summed(findings.listed());
    auto prove = [&](std::size_t i, double value) {
        const Finding& f = findings[i];
        const Sheet* sheet = fixed.sheet(f.sheet);
        const std::string formula = written_formula(wb, f);
        const Cell* c = cell_of(wb, f);
        bool own = c && formula == std::string(c->formula);
        return prove_formula(fixed, *sheet, f.row, f.col, formula, value, totals, own);
    };
    for (std::size_t i : total_candidates) {
        if (excluded.count(i)) continue;
        if (Refusal r = prove(i, *findings[i].expected); r != Refusal::None) {
            d.refused[i] = refusal_reason(r, sv);
            if (auto a = convertible.find(i); a != convertible.end()) {  // the text stays what it says
                d.texts.emplace(i, a->second);
                change(i, a->second.value);
            }
            continue;
        }
        d.totals.insert(i);
        change(i, *findings[i].expected);
    }
    Followers followers = find_followers(wb, fixed, changed);
    std::set<std::size_t> blocked;
    for (std::size_t c : followers.blocked) blocked.insert(changed_finding[c]);
    // A formula whose value moves must move to what the check says it should hold.
    for (const Follower& r : followers.recalculated)
        if (!meant_value(findings, r))
            for (std::size_t c : r.from) blocked.insert(changed_finding[c]);
    if (!blocked.empty()) return blocked;
    // The proofs again over the grid as it ends up: a formula fix wrote must still give its value.
    for (std::size_t i : d.totals)
        if (prove(i, *findings[i].expected) != Refusal::None) blocked.insert(i);
    if (!blocked.empty()) return blocked;
    d.recalculated = std::move(followers.recalculated);
    for (std::size_t i : typed_candidates)
        if (!excluded.count(i) && findings[i].actual && prove(i, *findings[i].actual) == Refusal::None) d.typed.insert(i);
    return {};
}

// The plan's edits written into the workbook's own cells while it lives,
// and the cells as they were put back after, also when the recheck throws.
// A copy of the cells instead would be 380 MB at a million rows. Every edit
// is at a cell the workbook has: a finding's cell or a formula's.
class EditsInPlace {
public:
    EditsInPlace(Workbook& wb, const std::vector<CellEdit>& edits) {
        for (const CellEdit& e : edits) {
            Sheet* sheet = wb.sheet(e.sheet);
            const Cell* found = sheet ? sheet->find(e.row, e.col) : nullptr;
            if (!found) continue;
            Cell& cell = sheet->cells[std::size_t(found - sheet->cells.data())];
            saved_.push_back({&cell, cell});
            cell.type = CellType::Number;
            cell.number = e.value;
            cell.formula = e.formula;
        }
    }
    ~EditsInPlace() {
        for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) *it->cell = std::move(it->before);
    }
    EditsInPlace(const EditsInPlace&) = delete;
    EditsInPlace& operator=(const EditsInPlace&) = delete;

private:
    struct Saved {
        Cell* cell;
        Cell before;
    };
    std::vector<Saved> saved_;
};

// The check run again on the sheets as fix leaves them: a formula fix writes
// must not draw a finding the input did not have at its cell (the check
// reads a range its own way). Such a formula is left out: a wrong total gets
// its proven value as a number instead, a typed total stays as it was.
void recheck_formulas(Workbook& wb, const Findings& findings, FixPlan& plan, Lang lang) {
    std::set<std::string> sheets;
    for (const CellEdit& e : plan.edits)
        if (!e.formula.empty() && (e.kind == ChangeKind::WrongTotal || e.kind == ChangeKind::TypedTotal)) sheets.insert(e.sheet);
    if (sheets.empty()) return;
    std::set<std::tuple<std::string, std::uint32_t, std::uint32_t, Code>> had;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        had.emplace(f.sheet, f.row, f.col, f.code);
    }
    std::set<Key> drawn;
    {
        const EditsInPlace after(wb, plan.edits);
        for (const Sheet& s : wb.sheets)
            if (sheets.count(s.name))
                for (const Finding& f : check::check_sheet(wb, s))
                    if (f.severity != check::Severity::Info && !had.count({f.sheet, f.row, f.col, f.code})) drawn.insert(key_of(f));
    }
    for (std::size_t i = plan.edits.size(); i-- > 0;) {
        CellEdit& e = plan.edits[i];
        if (e.formula.empty() || !drawn.count({e.sheet, e.row, e.col})) continue;
        if (e.kind != ChangeKind::WrongTotal && e.kind != ChangeKind::TypedTotal) continue;
        for (ReportRow& row : plan.report) {
            if (row.sheet != e.sheet || row.cell != a1(e.row, e.col)) continue;
            row.new_formula.clear();
            if (e.kind == ChangeKind::TypedTotal) {
                row.new_number.reset();
                row.action.clear();
            } else {
                row.new_number = e.value;
                row.message += tr(lang, " Skrivet som tal: formeln läses annorlunda av kontrollen.",
                                  " Written as a number: the check reads the formula differently.");
            }
        }
        if (e.kind == ChangeKind::TypedTotal) plan.edits.erase(plan.edits.begin() + std::ptrdiff_t(i));
        else e.formula.clear();
    }
}

}  // namespace

const char* change_kind_name(ChangeKind k) {
    switch (k) {
        case ChangeKind::TextToNumber: return "text-number";
        case ChangeKind::WrongTotal: return "wrong-total";
        case ChangeKind::TypedTotal: return "typed-total";
        case ChangeKind::Recalculated: return "recalculated";
    }
    return "";
}

std::string number_format_for(num::Unit unit, int decimals) {
    if (unit == num::Unit::Percent) return decimals > 0 ? "0." + std::string(std::size_t(decimals), '0') + "%" : "0%";
    std::string code = "#,##0";
    if (decimals > 0) code += "." + std::string(std::size_t(decimals), '0');
    return code + " \"kr\"";
}

FixPlan plan_fixes(Workbook& wb, const std::vector<Finding>& findings, TotalsAs totals, Lang lang) {
    return plan_fixes(wb, findings, finding_messages(findings, lang), totals, lang);
}

FixPlan plan_fixes(Workbook& wb, const std::vector<Finding>& listed, const std::vector<std::string>& listed_messages,
                   TotalsAs totals, Lang lang) {
    const bool sv = lang == Lang::Sv;
    const Findings findings(listed, unlisted_text_amounts(wb, listed));
    std::vector<std::string> unlisted_messages;
    for (std::size_t i = listed.size(); i < findings.size(); ++i) unlisted_messages.push_back(finding_message(findings[i], lang));
    auto message_of = [&](std::size_t i) -> const std::string& {
        return i < listed.size() ? listed_messages[i] : unlisted_messages[i - listed.size()];
    };
    FixPlan plan;
    std::map<std::size_t, TextAmount> convertible;
    std::set<std::size_t> total_candidates, typed_candidates;
    Decisions d;
    {
        // The amount columns' blocks, found only for findings the check did not
        // make, go before the recheck at the end finds its own (at 1 M rows each
        // set of blocks is some 280 MB).
        MoneyColumns money(wb);
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const Finding& f = findings[i];
            const Cell* cell = cell_of(wb, f);
            plan.report.push_back(finding_row(f, cell, message_of(i)));
            if (!cell) continue;
            if (f.for_person) {
                d.refused[i] = tr(lang, "kontrollen kunde inte visa vad cellen ska innehålla",
                                  "the check could not prove what the cell should hold");
                continue;
            }
            if (std::optional<TextAmount> a = conversion(f, cell)) convertible.emplace(i, *a);
            else if (check::fix_change(f.code) == check::FixChange::TextToNumber)
                d.refused[i] = tr(lang, "texten kan inte läsas säkert som ett tal som visas likadant",
                                  "the text cannot be read for sure as a number shown the same way");
            const bool total = check::fix_change(f.code) == check::FixChange::WrongTotal && f.severity == check::Severity::Error;
            const bool typed = check::fix_change(f.code) == check::FixChange::TypedTotal && totals == TotalsAs::Formula;
            if (!total && !typed) continue;
            const Sheet& sheet = *wb.sheet(f.sheet);
            std::string why;
            if (f.part) why = tr(lang, "cellen rymmer flera tal", "the cell holds several numbers");
            else if (!f.expected || f.fixed_formula.empty()) why = tr(lang, "ingen formel ger summan", "no formula gives the sum");
            else if (cell->type == CellType::Number && f.actual && std::llround(*f.actual * 100) != std::llround(cell->number * 100))
                why = tr(lang, "kolumnen anges i tusental eller miljoner kronor", "the column is in thousands or millions of kronor");
            else if (!money.at(sheet, f))
                why = tr(lang, "kolumnen är inte belopp i kronor (antal, andelar eller statistik)",
                         "the column is not amounts in kronor (counts, shares or statistics)");
            if (!why.empty()) {
                if (total) d.refused[i] = why;
                continue;
            }
            (total ? total_candidates : typed_candidates).insert(i);
        }
    }

    // Decide; a change that a formula fix cannot recompute reads is left out, and all is decided again.
    std::set<std::size_t> excluded;
    for (std::size_t round = 0; round <= findings.size(); ++round) {
        std::set<std::size_t> blocked =
            decide(wb, findings, excluded, convertible, total_candidates, typed_candidates, d, lang);
        if (blocked.empty()) break;
        for (std::size_t i : blocked) {
            excluded.insert(i);
            d.refused[i] = tr(lang, "en formel som läser cellen kan inte räknas om av summakoll",
                              "a formula that reads the cell cannot be recomputed by summakoll");
        }
    }

    auto needs_person = [&](std::size_t i) {
        const Finding& f = findings[i];
        if (f.for_person) return true;
        if (f.severity == check::Severity::Info) return false;
        if (check::fix_change(f.code) == check::FixChange::TextToNumber) return !d.texts.count(i);
        if (check::fix_change(f.code) == check::FixChange::WrongTotal) return !d.totals.count(i);
        return true;
    };
    auto add_edit = [&](std::size_t i, ChangeKind kind, CellEdit e) {
        const Finding& f = findings[i];
        const Cell* cell = cell_of(wb, f);
        e.sheet = f.sheet;
        e.row = f.row;
        e.col = f.col;
        e.kind = kind;
        e.before = shown(cell);
        e.for_person = needs_person(i);
        ReportRow& row = plan.report[i];
        row.new_number = e.value;
        if (!e.formula.empty()) row.new_formula = "=" + e.formula;
        row.action = action_name(kind, lang);
        e.note = change_note(lang, before_text(f, cell), row.message);
        if (e.for_person) e.note += tr(lang, "\nEn person bör kontrollera detta.", "\nA person should check this.");
        plan.edits.push_back(std::move(e));
    };
    for (const auto& [i, a] : d.texts) {
        CellEdit e;
        e.value = a.value;
        e.number_format = a.number_format;
        add_edit(i, ChangeKind::TextToNumber, std::move(e));
    }
    for (std::size_t i : d.totals) {
        CellEdit e;
        e.value = *findings[i].expected;
        if (totals == TotalsAs::Formula) e.formula = written_formula(wb, findings[i]);
        add_edit(i, ChangeKind::WrongTotal, std::move(e));
    }
    for (std::size_t i : d.typed) {
        CellEdit e;
        e.value = *findings[i].actual;
        e.formula = findings[i].fixed_formula;
        add_edit(i, ChangeKind::TypedTotal, std::move(e));
    }
    for (const Follower& r : d.recalculated) {
        const Sheet* sheet = wb.sheet(r.sheet);
        const Cell* cell = sheet ? sheet->find(r.row, r.col) : nullptr;
        if (!cell) continue;
        Finding unit;  // formats the amounts as the cell's own format shows them
        unit.unit = wb.style_of(*cell).num_format.find("kr") != std::string::npos ? num::Unit::Kr : num::Unit::None;
        CellEdit e;
        e.sheet = r.sheet;
        e.row = r.row;
        e.col = r.col;
        e.kind = ChangeKind::Recalculated;
        e.formula = std::string(cell->formula);
        e.value = r.value;
        e.before = shown(cell);
        const std::string message =
            std::string(tr(lang, "Formeln räknad om med de ändrade cellerna: ", "The formula recomputed with the changed cells: ")) +
            finding_amount(unit, r.value) + tr(lang, " i stället för ", " instead of ") + finding_amount(unit, cell->number) + ".";
        e.note = change_note(lang, finding_amount(unit, cell->number), message);
        ReportRow row;
        row.sheet = r.sheet;
        row.cell = a1(r.row, r.col);
        row.old_value = e.before;
        row.old_number = cell->number;
        row.new_number = r.value;
        row.new_formula = e.before;
        row.message = message;
        row.action = action_name(ChangeKind::Recalculated, lang);
        row.number_format = report_format(unit.unit, r.value == std::floor(r.value) ? 0 : 2, 1);
        plan.report.push_back(std::move(row));
        plan.edits.push_back(std::move(e));
    }
    recheck_formulas(wb, findings, plan, lang);
    std::set<Key> edited;
    for (const CellEdit& e : plan.edits) edited.emplace(e.sheet, e.row, e.col);
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const Finding& f = findings[i];
        if (!needs_person(i) || !cell_of(wb, f) || edited.count(key_of(f))) continue;
        auto why = d.refused.find(i);
        const std::string reason = why == d.refused.end() ? std::string() : why->second;
        plan.marks.push_back(CellMark{f.sheet, f.row, f.col, person_note(lang, plan.report[i].message, reason),
                                      check::code_name(f.code), reason});
        plan.report[i].action = tr(lang, "till en person", "for a person");
        if (!reason.empty()) plan.report[i].message += (sv ? " Inte ändrad: " : " Not changed: ") + reason + ".";
    }
    // An unlisted text amount left as it is was never a finding: no row for it.
    for (std::size_t i = findings.size(); i-- > listed.size();)
        if (!d.texts.count(i)) plan.report.erase(plan.report.begin() + std::ptrdiff_t(i));
    return plan;
}

}  // namespace sk::fix
