#include "fix/followers.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "check/formula.hpp"
#include "fix/formula_refs.hpp"

namespace sk::fix {

namespace {

using Key = std::tuple<std::string, std::uint32_t, std::uint32_t>;

bool same_value(double a, double b) { return std::llround(a * 100) == std::llround(b * 100); }

// The changed cells by sheet and column, for "which of them does this range hold?".
class ChangedIndex {
public:
    void add(const Key& k) { cells_[std::get<0>(k)][std::get<2>(k)].insert(std::get<1>(k)); }
    template <class Visit>
    void in(const SheetRange& r, Visit visit) const {
        auto sheet = cells_.find(r.sheet);
        if (sheet == cells_.end()) return;
        for (auto col = sheet->second.lower_bound(r.range.first_col);
             col != sheet->second.end() && col->first <= r.range.last_col; ++col)
            for (auto row = col->second.lower_bound(r.range.first_row);
                 row != col->second.end() && *row <= r.range.last_row; ++row)
                visit(Key{r.sheet, *row, col->first});
    }

private:
    std::map<std::string, std::map<std::uint32_t, std::set<std::uint32_t>>> cells_;
};

struct FormulaCell {
    const Sheet* sheet = nullptr;
    const Cell* cell = nullptr;
    std::optional<std::vector<SheetRange>> refs;  // nothing: it may read any cell
};

}  // namespace

Workbook cells_copy(const Workbook& wb) {
    Workbook c;
    c.path = wb.path;
    c.format = wb.format;
    c.styles = wb.styles;
    c.date1904 = wb.date1904;
    for (const Sheet& s : wb.sheets) {
        Sheet t;
        t.name = s.name;
        t.visibility = s.visibility;
        t.part = s.part;
        t.nested = s.nested;
        t.cells = s.cells;
        t.merged = s.merged;
        t.row_start = s.row_start;
        c.sheets.push_back(std::move(t));
    }
    return c;
}

void set_number(Workbook& fixed, const std::string& sheet, std::uint32_t row, std::uint32_t col, double value,
                const std::string* formula) {
    Sheet* s = fixed.sheet(sheet);
    if (!s) return;
    auto it = std::lower_bound(s->cells.begin(), s->cells.end(), std::pair{row, col},
                               [](const Cell& c, std::pair<std::uint32_t, std::uint32_t> k) {
                                   return std::pair{c.row, c.col} < k;
                               });
    if (it == s->cells.end() || it->row != row || it->col != col) {
        Cell c;
        c.row = row;
        c.col = col;
        it = s->cells.insert(it, std::move(c));
        s->row_start.clear();
        s->index_rows();
    }
    it->type = CellType::Number;
    it->number = value;
    if (formula) it->formula = *formula;
}

Followers find_followers(const Workbook& original, Workbook& fixed, const std::vector<ChangedCell>& changed) {
    Followers out;
    if (changed.empty()) return out;
    std::vector<FormulaCell> formulas;
    for (const Sheet& s : original.sheets)
        for (const Cell& c : s.cells)
            if (!c.formula.empty()) formulas.push_back({&s, &c, formula_refs(c.formula.view(), s.name)});

    std::map<Key, std::set<std::size_t>> roots;  // a changed cell or follower → the changes it comes from
    std::set<std::size_t> all;
    ChangedIndex index;
    for (std::size_t i = 0; i < changed.size(); ++i) {
        Key k{changed[i].sheet, changed[i].row, changed[i].col};
        roots[k].insert(i);
        all.insert(i);
        index.add(k);
    }
    std::set<Key> changed_keys;
    for (const auto& [k, r] : roots) changed_keys.insert(k);
    std::map<Key, double> values;  // followers' new values
    bool settled = false;
    for (int round = 0; round < 64 && !settled; ++round) {
        settled = true;
        for (const FormulaCell& fc : formulas) {
            Key key{fc.sheet->name, fc.cell->row, fc.cell->col};
            if (changed_keys.count(key)) continue;  // fix replaces it
            std::set<std::size_t> from;
            if (!fc.refs) {
                from = all;
            } else {
                for (const SheetRange& r : *fc.refs)
                    index.in(r, [&](const Key& k) {
                        if (k != key) from.insert(roots[k].begin(), roots[k].end());
                    });
            }
            if (from.empty()) continue;
            std::optional<check::SumFormula> sum = check::parse_sum_formula(fc.cell->formula.view());
            const Sheet* home = sum ? &*std::find_if(fixed.sheets.begin(), fixed.sheets.end(),
                                                     [&](const Sheet& s) { return s.name == fc.sheet->name; })
                                    : nullptr;
            std::optional<double> now = sum ? check::evaluate(*sum, fixed, *home) : std::nullopt;
            if (!now) {
                out.blocked.insert(from.begin(), from.end());
                continue;
            }
            std::optional<double> before = check::evaluate(*sum, original, *fc.sheet);
            auto known = values.find(key);
            if (known == values.end() && before && same_value(*before, *now)) continue;
            if (known != values.end() && same_value(known->second, *now) && roots[key] == from) continue;
            values[key] = *now;
            roots[key] = from;
            index.add(key);
            set_number(fixed, fc.sheet->name, fc.cell->row, fc.cell->col, *now);
            settled = false;
        }
    }
    if (!settled) out.blocked.insert(all.begin(), all.end());  // formulas that never settle: a cycle
    for (const Sheet& s : original.sheets)
        for (const auto& [key, v] : values)
            if (std::get<0>(key) == s.name)
                out.recalculated.push_back({s.name, std::get<1>(key), std::get<2>(key), v, roots[key]});
    return out;
}

}  // namespace sk::fix
