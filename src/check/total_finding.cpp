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

}  // namespace

void judge_total(SheetContext& ctx, const tables::Block& column, const tables::BlockRow& total,
                 const std::vector<TotalCandidate>& candidates, std::optional<double> received, bool reportable,
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
        std::optional<double> excel;
        bool matched = std::any_of(user.begin(), user.end(), [&](double s) { return judge(stated, s, 0, 0) == Verdict::Exact; });
        if (!matched && formula) {
            double e = possible_sums(vals, true).front();
            if (judge(stated, e, 0, 0) == Verdict::Exact) {
                matched = true;
                excel = stated;
            }
        }
        bool balance = false;
        if (!matched && received && c.basis == TotalBasis::Items)
            matched = balance = std::any_of(user.begin(), user.end(), [&](double s) {
                return judge(stated, *received - s, 0, 0) == Verdict::Exact;
            });
        if (!matched) continue;
        text_parts(ctx, c, total.row, col, excel, user.front());
        if (total.value.kind == ValueKind::TextNumber) {
            Finding& f = ctx.add(Code::NumberAsText, total.row, col);
            f.expected = stated;
            f.unit = shown_as_kronor(column) ? num::Unit::Kr : num::Unit::None;
            f.text = cell ? cell->text : "";
            f.label = total.label;
            if (total.value.unit == num::Unit::Kr) f.unit = num::Unit::Kr;  // "1 150 tkr" says kronor itself
        } else if (!formula && !balance && !column.part && ctx.wb.format == SourceFormat::Xlsx &&
                   tables::is_total(total.role)) {
            Finding& f = ctx.add(Code::HardcodedTotal, total.row, col);
            f.summed = part_ranges(c.parts);
            f.fixed_formula = sum_formula(f.summed);
            f.expected = stated;
            f.actual = stated;
            f.unit = shown_as_kronor(column) ? num::Unit::Kr : num::Unit::None;
            f.label = total.label;
            f.header = header;
        }
        return;
    }
    // Ambiguous parts: the ambiguous-number findings say it; no guessing here.
    if (!reportable || std::any_of(candidates.begin(), candidates.end(), has_ambiguous)) return;
    // A formula total is what its formula says: the formula checks judge
    // its ranges; here it only counts when its saved value is not its formula's.
    if (formula && formula_agrees(ctx, *cell)) return;

    const TotalCandidate* best = nullptr;
    double best_sum = 0;
    for (const TotalCandidate& c : candidates) {
        if (c.parts.empty()) continue;
        double s = possible_sums(values_of(c), false).front();
        if (!best || std::fabs(stated - s) < std::fabs(stated - best_sum)) {
            best = &c;
            best_sum = s;
        }
    }
    if (!best) return;
    Verdict v = judge(stated, best_sum, best->parts.size(), money ? tables::kind_scale(column.hint.kind) : 0);
    Finding& f = ctx.add(v == Verdict::Rounding ? Code::TotalRounding : Code::TotalMismatch, total.row, col);
    f.summed = part_ranges(best->parts);
    f.fixed_formula = sum_formula(f.summed);
    f.expected = best_sum;
    f.actual = stated;
    f.label = total.label;
    f.header = header;
    f.unit = shown_as_kronor(column) ? num::Unit::Kr : num::Unit::None;
    f.formula = formula ? cell->formula : "";
    f.by_sections = best->basis == TotalBasis::Sections;
    f.components = best->parts.size();
    if (column.part) {
        f.part = column.part;
        f.text = cell ? cell->text : "";
    }
    text_parts(ctx, *best, total.row, col, std::nullopt, best_sum);
}

}  // namespace sk::check
