#include "fix/formula_proof.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <unordered_set>

#include "check/formula.hpp"
#include "tables/label_kind.hpp"

namespace sk::fix {

namespace {

using tables::LabelKind;

struct Summed {
    std::uint32_t row = 0, col = 0;
    double value = 0;
};

// Lines that are never a summand: a breakdown of the row above, a figure to compare with.
bool never_summed(LabelKind k) { return k == LabelKind::Part || k == LabelKind::Comparison; }

// What the row's label says: the first text left of `col` that says more than a name.
LabelKind row_label(const Sheet& s, std::uint32_t row, std::uint32_t col) {
    auto [b, e] = s.row_cells(row);
    for (const Cell* c = b; c != e && c->col < col; ++c)
        if (c->type == CellType::Text)
            if (LabelKind k = tables::label_kind_of_text(c->text.view()); k != LabelKind::Plain) return k;
    return LabelKind::Plain;
}

// What the column's header says: the nearest text above the cell.
LabelKind column_label(const Sheet& s, std::uint32_t row, std::uint32_t col) {
    for (std::uint32_t r = row; r-- > 0 && row - r <= 60;)
        if (const Cell* c = s.find(r, col); c && c->type == CellType::Text) return tables::label_kind_of_text(c->text.view());
    return LabelKind::Plain;
}

bool has_sum_word(std::string_view formula) {
    std::string upper;
    for (char c : formula) upper += char(std::toupper(static_cast<unsigned char>(c)));
    return upper.find("SUM") != std::string::npos || upper.find("SUBTOTAL") != std::string::npos ||
           upper.find("AGGREGATE") != std::string::npos;
}

long long cents(double v) { return std::llround(v * 100); }

// Ranges a summed cell totals, when it is a total: its own SUM formula's,
// the checker's summed cells for it. `unknown` when it holds a sum fix cannot read.
std::vector<Range> items_of(const Sheet& s, const Summed& x, const TotalsSummed& totals, bool& unknown) {
    std::vector<Range> items;
    const Cell* c = s.find(x.row, x.col);
    if (c && !c->formula.empty()) {
        if (auto f = check::parse_sum_formula(c->formula.view())) {
            for (const check::FormulaRef& r : f->refs)
                if (r.sheet.empty() || r.sheet == s.name) items.push_back(r.range);
        } else if (has_sum_word(c->formula.view())) {
            unknown = true;
        }
    }
    if (auto t = totals.find({s.name, x.row, x.col}); t != totals.end())
        items.insert(items.end(), t->second.begin(), t->second.end());
    return items;
}

// A run of two or more summed cells right next to `at` in `line` (summed
// cells of one column by row, or of one row by column) that adds up to it:
// `at` is then a group total standing above or below its own items.
bool totals_neighbours(const std::vector<Summed>& line) {
    std::vector<long long> prefix{0};
    for (const Summed& x : line) prefix.push_back(prefix.back() + cents(x.value));
    std::map<long long, std::vector<std::size_t>> at_prefix;
    for (std::size_t k = 0; k < prefix.size(); ++k) at_prefix[prefix[k]].push_back(k);
    auto exists = [&](long long sum, std::size_t lo, std::size_t hi) {  // some prefix index in [lo, hi]
        auto it = at_prefix.find(sum);
        if (it == at_prefix.end() || lo > hi) return false;
        auto k = std::lower_bound(it->second.begin(), it->second.end(), lo);
        return k != it->second.end() && *k <= hi;
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        long long v = cents(line[i].value);
        if (v == 0) continue;
        // Below: line[i+1..k) with k ≥ i+3, i.e. prefix[k] = prefix[i+1] + v.
        if (exists(prefix[i + 1] + v, i + 3, line.size())) return true;
        // Above: line[j..i) with j ≤ i-2, i.e. prefix[j] = prefix[i] - v.
        if (i >= 2 && exists(prefix[i] - v, 0, i - 2)) return true;
    }
    return false;
}

Refusal structure(const Sheet& sheet, const std::vector<Summed>& summed, const TotalsSummed& totals) {
    auto in_summed = [&](const std::vector<Range>& ranges, const Summed& self) {
        return std::any_of(summed.begin(), summed.end(), [&](const Summed& y) {
            return (y.row != self.row || y.col != self.col) &&
                   std::any_of(ranges.begin(), ranges.end(), [&](const Range& r) { return r.contains(y.row, y.col); });
        });
    };
    for (const Summed& x : summed) {
        bool unknown = false;
        std::vector<Range> items = items_of(sheet, x, totals, unknown);
        if (unknown || in_summed(items, x)) return Refusal::DoubleCounting;
    }
    // By column and by row: the lines' labels, and totals beside their items.
    std::map<std::uint32_t, std::vector<Summed>> by_col, by_row;
    for (const Summed& x : summed) {
        by_col[x.col].push_back(x);
        by_row[x.row].push_back(x);
    }
    for (auto* lines : {&by_col, &by_row}) {
        const bool columns = lines == &by_col;
        for (auto& [at, line] : *lines) {
            std::sort(line.begin(), line.end(), [&](const Summed& a, const Summed& b) {
                return columns ? a.row < b.row : a.col < b.col;
            });
            if (line.size() < 2) continue;
            bool has_totals = false, has_items = false;
            for (const Summed& x : line) {
                LabelKind k = columns ? row_label(sheet, x.row, x.col) : column_label(sheet, x.row, x.col);
                if (never_summed(k)) return Refusal::NotSummand;
                (tables::is_total(k) ? has_totals : has_items) = true;
            }
            // A total beside items whose parts fix cannot tell apart: refused, not guessed.
            if ((has_totals && has_items) || totals_neighbours(line)) return Refusal::DoubleCounting;
        }
    }
    // A single summed row of a column total is still checked for its label.
    for (const Summed& x : summed)
        if (never_summed(row_label(sheet, x.row, x.col))) return Refusal::NotSummand;
    return Refusal::None;
}

}  // namespace

TotalsSummed totals_summed(const std::vector<check::Finding>& findings) {
    TotalsSummed totals;
    for (const check::Finding& f : findings)
        if (check::info(f.code).about_total) {
            std::vector<Range>& items = totals[{f.sheet, f.row, f.col}];
            items.insert(items.end(), f.summed.begin(), f.summed.end());
        }
    return totals;
}

Refusal prove_formula(const Workbook& fixed, const Sheet& sheet, std::uint32_t row, std::uint32_t col,
                      const std::string& formula, double value, const TotalsSummed& totals, bool own) {
    std::optional<check::SumFormula> f = check::parse_sum_formula(formula);
    if (!f || f->refs.empty()) return Refusal::Unreadable;
    if (own) {
        std::optional<double> v = check::evaluate(*f, fixed, sheet);
        return v && cents(*v) == cents(value) ? Refusal::None : Refusal::Value;
    }
    std::vector<Summed> summed;
    for (const check::FormulaRef& ref : f->refs) {
        if ((!ref.sheet.empty() && ref.sheet != sheet.name) || ref.range.contains(row, col) || ref.sign != 1)
            return Refusal::ElsewhereOrSelf;
        const Range& r = ref.range;
        std::uint32_t last = std::min(r.last_row, sheet.max_row());
        for (std::uint32_t at = r.first_row; at <= last; ++at) {
            auto [b, e] = sheet.row_cells(at);
            for (const Cell* c = b; c != e; ++c) {
                if (c->col < r.first_col || c->col > r.last_col || c->type == CellType::Empty) continue;
                if (c->type != CellType::Number) {
                    if (c->type == CellType::Text && c->text.view().find_first_not_of(" \t\r\n") == std::string_view::npos)
                        continue;  // a blank text is nothing
                    return Refusal::Text;
                }
                summed.push_back({c->row, c->col, c->number});
            }
        }
    }
    if (Refusal r = structure(sheet, summed, totals); r != Refusal::None) return r;
    std::optional<double> v = check::evaluate(*f, fixed, sheet);
    if (!v || cents(*v) != cents(value)) return Refusal::Value;
    return Refusal::None;
}

const char* refusal_reason(Refusal r, bool sv) {
    switch (r) {
        case Refusal::None: return "";
        case Refusal::Unreadable: return sv ? "formeln kan inte räknas om av summakoll" : "summakoll cannot evaluate the formula";
        case Refusal::ElsewhereOrSelf:
            return sv ? "formeln skulle räkna med ett annat blad eller cellen själv"
                      : "the formula would refer to another sheet or to the cell itself";
        case Refusal::Text:
            return sv ? "summan skulle omfatta text (en rubrik, en sidrad eller ett belopp som text)"
                      : "the sum would cover text (a header, a page line or an amount as text)";
        case Refusal::NotSummand:
            return sv ? "summan skulle omfatta en jämförelse- eller varav-rad"
                      : "the sum would cover a comparison or varav line";
        case Refusal::DoubleCounting:
            return sv ? "summan skulle räkna en delsumma tillsammans med sina egna poster"
                      : "the sum would count a subtotal together with its own items";
        case Refusal::Value:
            return sv ? "formeln ger inte det värde som kontrollen räknade fram"
                      : "the formula does not give the value the check computed";
    }
    return "";
}

}  // namespace sk::fix
