#include "check/total_finding.hpp"

#include <algorithm>
#include <cmath>

#include "check/formula.hpp"
#include "check/judge.hpp"

namespace sk::check {

using tables::ValueKind;

std::vector<Part> column_parts(std::uint32_t col, const std::vector<const tables::BlockRow*>& rows) {
    std::vector<Part> parts;
    for (const tables::BlockRow* r : rows) parts.push_back(Part{r->row, col, &r->value});
    return parts;
}

std::vector<Range> part_ranges(const std::vector<Part>& parts) {
    if (parts.empty()) return {};
    bool one_col = std::all_of(parts.begin(), parts.end(), [&](const Part& p) { return p.col == parts[0].col; });
    bool one_row = std::all_of(parts.begin(), parts.end(), [&](const Part& p) { return p.row == parts[0].row; });
    std::vector<std::uint32_t> pos;
    for (const Part& p : parts) pos.push_back(one_col ? p.row : p.col);
    std::sort(pos.begin(), pos.end());
    if (one_col) return column_ranges(parts[0].col, pos);
    if (one_row) return row_ranges(parts[0].row, pos);
    std::vector<Range> out;
    for (const Part& p : parts) out.push_back(Range{p.row, p.col, p.row, p.col});
    return out;
}

std::string sum_formula(const std::vector<Range>& ranges) {
    std::string s = "SUM(";
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        if (i) s += ',';
        s += a1(ranges[i]);
    }
    return s + ")";
}

namespace {

std::vector<const tables::CellValue*> values_of(const TotalCandidate& c) {
    std::vector<const tables::CellValue*> v;
    for (const Part& p : c.parts) v.push_back(p.value);
    return v;
}

// Money, or plain numbers big enough to be kronor rather than a count.
bool shown_as_kronor(const tables::Block& b) {
    if (b.measure == tables::Measure::Money) return true;
    if (b.measure != tables::Measure::Plain) return false;
    return std::any_of(b.rows.begin(), b.rows.end(), [](const tables::BlockRow& r) { return std::fabs(r.value.value) >= 10000; });
}

// The formula parses and its recomputation is the saved value.
bool formula_agrees(const SheetContext& ctx, const Cell& cell) {
    std::optional<SumFormula> f = parse_sum_formula(cell.formula);
    if (!f) return true;  // not ours to judge: trust the saved value
    std::optional<double> v = evaluate(*f, ctx.wb, ctx.sheet);
    return v && judge(cell.number, *v, 0, 0) == Verdict::Exact;
}

bool has_ambiguous(const TotalCandidate& c) {
    return std::any_of(c.parts.begin(), c.parts.end(),
                       [](const Part& p) { return p.value->kind == ValueKind::Ambiguous; });
}

// number-as-text for the text parts of a total; when the total is a SUM
// formula, what Excel shows there instead of the sum the user means.
void text_parts(SheetContext& ctx, const TotalCandidate& c, std::uint32_t row, std::uint32_t col,
                std::optional<double> excel_shows, double meant) {
    for (const Part& p : c.parts) {
        if (p.value->kind != ValueKind::TextNumber) continue;
        const Cell* cell = ctx.sheet.find(p.row, p.col);
        Finding& f = ctx.add(Code::NumberAsText, p.row, p.col);
        f.expected = p.value->value;
        f.unit = p.value->unit == num::Unit::Percent ? num::Unit::Percent : num::Unit::Kr;
        f.text = cell ? cell->text : "";
        f.total_cell = Range{row, col, row, col};
        f.total_value = meant;
        if (excel_shows) f.excel_shows = excel_shows;
    }
}

// The common part of every total finding: the cells summed and how.
Finding& add_total_finding(SheetContext& ctx, Code code, const tables::Block& column, const tables::BlockRow& total,
                           const TotalCandidate& c, double expected, const std::string& header) {
    const Cell* cell = ctx.sheet.find(total.row, column.col);
    Finding& f = ctx.add(code, total.row, column.col);
    f.summed = part_ranges(c.parts);
    f.fixed_formula = sum_formula(f.summed);
    f.expected = expected;
    f.actual = total.value.value;
    f.label = total.label;
    if (!header.empty()) f.edit_details().header = header;
    f.unit = shown_as_kronor(column) ? num::Unit::Kr : num::Unit::None;
    if (cell && !cell->formula.empty()) f.edit_details().formula = cell->formula;
    f.scale = tables::kind_scale(column.hint.kind);
    f.by_sections = c.basis == tables::Basis::GroupHeaders;
    f.basis = tables::basis_name(c.basis);
    f.components = c.parts.size();
    if (column.part) {
        f.part = column.part;
        f.text = cell ? cell->text : "";
    }
    return f;
}

}  // namespace

void judge_total(SheetContext& ctx, const tables::Block& column, const tables::BlockRow& total,
                 const std::vector<TotalCandidate>& candidates, std::optional<double> received, Strength strength,
                 bool row_total) {
    if (!total.value.numeric() || candidates.empty()) return;
    const std::uint32_t col = column.col;
    const double stated = total.value.value;
    const Cell* cell = ctx.sheet.find(total.row, col);
    const bool formula = cell && !cell->formula.empty();
    const bool money = column.measure == tables::Measure::Money;
    const std::string header = row_total ? column.header : std::string();

    for (const TotalCandidate& c : candidates) {
        if (c.parts.empty()) continue;
        auto vals = values_of(c);
        auto user = possible_sums(vals, false);
        bool matched = std::any_of(user.begin(), user.end(), [&](double s) { return judge(stated, s, 0, 0) == Verdict::Exact; });
        // A SUM that skips an amount typed as text: Excel's value, not the
        // sum the person meant. Wrong at the formula, with the text counted.
        if (!matched && formula && judge(stated, possible_sums(vals, true).front(), 0, 0) == Verdict::Exact) {
            Finding& f = add_total_finding(ctx, Code::TotalMismatch, column, total, c, user.front(), header);
            f.basis = "formula";
            for (const Part& p : c.parts)
                if (p.value->kind == ValueKind::TextNumber) f.edit_details().missed.push_back(Range{p.row, p.col, p.row, p.col});
            text_parts(ctx, c, total.row, col, stated, user.front());
            return;
        }
        bool balance = false;
        if (!matched && received && c.basis == tables::Basis::Items)
            matched = balance = std::any_of(user.begin(), user.end(), [&](double s) {
                return judge(stated, *received - s, 0, 0) == Verdict::Exact;
            });
        if (!matched) continue;
        text_parts(ctx, c, total.row, col, std::nullopt, user.front());
        // Right only as one reading of an ambiguous item has it: a note, and
        // no formula to put in (it would not count the text).
        if (has_ambiguous(c) && !balance) {
            Finding& f = add_total_finding(ctx, Code::TotalUnproven, column, total, c, user.front(), header);
            f.unproven = Unproven::Ambiguous;
            f.for_person = true;
            return;
        }
        if (total.value.kind == ValueKind::TextNumber) {
            Finding& f = ctx.add(Code::NumberAsText, total.row, col);
            f.expected = stated;
            f.unit = shown_as_kronor(column) ? num::Unit::Kr : num::Unit::None;
            f.text = cell ? cell->text : "";
            f.label = total.label;
            if (total.value.unit == num::Unit::Kr) f.unit = num::Unit::Kr;  // "1 150 tkr" says kronor itself
        } else if (!formula && !balance && !column.part && ctx.wb.can().formulas &&
                   tables::is_total(total.role)) {
            add_total_finding(ctx, Code::HardcodedTotal, column, total, c, stated, header);
        }
        return;
    }
    if (strength == Strength::Quiet) return;
    // An ambiguous item: the total cannot be proven wrong.
    if (auto amb = std::find_if(candidates.begin(), candidates.end(), has_ambiguous); amb != candidates.end()) {
        Finding& f = add_total_finding(ctx, Code::TotalUnproven, column, total, *amb,
                                       possible_sums(values_of(*amb), false).front(), header);
        f.unproven = Unproven::Ambiguous;
        f.for_person = true;
        return;
    }
    // A formula total is what its formula says: the formula checks judge
    // its ranges; here it only counts when its saved value is not its formula's.
    if (formula && formula_agrees(ctx, *cell)) return;

    // Rounding explains a small difference: the supported reading's first.
    // Amounts in kronor round to a krona (a tkr column to a thousand), and an
    // amount typed as text in a coarser unit to its own ("196 tkr" among
    // kronor: a thousand); so may the total.
    const double rounding_unit = money || shown_as_kronor(column) ? tables::kind_scale(column.hint.kind) : 0;
    // Most cells are numbers (exponent 0): no pow() for them in a column of a million rows.
    auto own_step = [&](const tables::CellValue& v) {
        return v.text_step_exp == 0 ? rounding_unit : std::max(rounding_unit, std::pow(10.0, v.text_step_exp));
    };
    // The most the reading's rounding explains: each item's step and the total's.
    auto slack_of = [&](const TotalCandidate& c) {
        if (rounding_unit == 0) return 0.0;
        double slack = own_step(total.value) - rounding_unit;
        for (const Part& p : c.parts) slack += own_step(*p.value);
        return slack;
    };
    const TotalCandidate* rounded = nullptr;
    double slack = 0;
    for (const TotalCandidate& c : candidates) {
        if (c.parts.empty() || rounding_unit == 0) continue;
        slack = slack_of(c);
        double s = possible_sums(values_of(c), false).front();
        if (judge(stated, s, 1, slack) == Verdict::Rounding) {
            rounded = &c;
            break;
        }
    }
    if (rounded) {
        Finding& f = add_total_finding(ctx, Code::TotalRounding, column, total, *rounded,
                                       possible_sums(values_of(*rounded), false).front(), header);
        f.rounding = slack;
        return;
    }
    const TotalCandidate& used = candidates.front();
    if (used.parts.empty()) return;
    const double expected = possible_sums(values_of(used), false).front();
    Finding& f = add_total_finding(ctx, strength == Strength::Strong ? Code::TotalMismatch : Code::TotalUnproven, column,
                                   total, used, expected, header);
    f.rounding = slack_of(used);
    if (strength != Strength::Strong) f.for_person = true;
    text_parts(ctx, used, total.row, col, std::nullopt, expected);
}

}  // namespace sk::check
