#include "convert/total_formulas.hpp"

#include <cmath>
#include <map>

#include "check/total_finding.hpp"

namespace sk::convert {

namespace {

struct Candidate {
    TotalFormula total;
    std::vector<Range> ranges;
    bool kept = true;
};

using Key = CellKey;

double number_at(const Sheet& sheet, std::uint32_t row, std::uint32_t col) {
    const Cell* c = sheet.find(row, col);
    return c && c->type == CellType::Number ? c->number : 0;
}

// The checker speaks kronor; a tkr column holds thousands. The factor between
// the stated amount and the cell's number tells which.
double unit_scale(double stated_kronor, double cell_number) {
    if (cell_number == 0) return 1;
    double ratio = std::fabs(stated_kronor / cell_number);
    if (ratio > 3e4) return 1e6;
    if (ratio > 30) return 1e3;
    return 1;
}

// Money and plain numbers add together, counts only with counts.
bool adds(tables::Measure total, tables::Measure part) {
    using tables::Measure;
    if (total == Measure::Count) return part == Measure::Count;
    if (total == Measure::Money || total == Measure::Plain) return part == Measure::Money || part == Measure::Plain;
    return false;
}

// Rows of a "Totalt" column: the amount columns of its table to its left.
void row_total_candidates(const Sheet& sheet, const tables::TableIndex& table_index, const tables::Block& total,
                          const std::map<Key, bool>& taken, std::vector<Candidate>& out) {
    std::vector<const tables::Block*> parts;
    for (const tables::Block* b : tables::table_of(table_index, total)) {
        if (b->col >= total.col) break;
        if (b->total_column) parts.clear();
        else if (adds(total.measure, b->measure)) parts.push_back(b);
    }
    if (parts.size() < 2) return;
    for (const tables::BlockRow& r : total.rows) {
        if (r.value.kind != tables::ValueKind::Number || taken.count({r.row, total.col})) continue;
        std::vector<std::uint32_t> cols;
        for (const tables::Block* b : parts)
            if (const tables::BlockRow* p = tables::row_at(*b, r.row); p && p->value.numeric()) cols.push_back(b->col);
        if (cols.size() < 2) continue;
        Candidate c;
        c.ranges = check::row_ranges(r.row, cols);
        c.total = {r.row, total.col, check::sum_formula(c.ranges), number_at(sheet, r.row, total.col), false};
        out.push_back(std::move(c));
    }
}

}  // namespace

std::vector<TotalFormula> total_formulas(const Sheet& sheet, const std::vector<tables::Block>& blocks,
                                         const std::vector<check::Finding>& findings,
                                         const std::set<CellKey>& confirmed) {
    std::vector<Candidate> candidates;
    std::map<Key, bool> taken;  // cells the checker has a word about
    for (const check::Finding& f : findings) {
        taken[{f.row, f.col}] = true;
        bool typed = f.code == check::Code::HardcodedTotal;
        bool wrong = f.code == check::Code::TotalMismatch && confirmed.count({f.row, f.col});
        if ((!typed && !wrong) || f.summed.empty() || !f.expected) continue;
        double stated = number_at(sheet, f.row, f.col);
        Candidate c;
        c.ranges = f.summed;
        double value = typed ? stated : *f.expected / unit_scale(f.actual.value_or(stated), stated);
        c.total = {f.row, f.col, check::sum_formula(f.summed), value, wrong};
        candidates.push_back(std::move(c));
    }
    const tables::TableIndex table_index = tables::index_tables(blocks);
    for (const tables::Block& b : blocks)
        if (b.total_column && b.header_row) row_total_candidates(sheet, table_index, b, taken, candidates);

    // Keep only formulas whose sum over the final values is their cached
    // value; dropping one changes what the others see, so repeat until stable.
    std::map<Key, std::size_t> at;
    for (std::size_t i = 0; i < candidates.size(); ++i) at[{candidates[i].total.row, candidates[i].total.col}] = i;
    for (bool changed = true; changed;) {
        changed = false;
        for (Candidate& c : candidates) {
            if (!c.kept) continue;
            double sum = 0;
            for (const Range& r : c.ranges)
                for (std::uint32_t row = r.first_row; row <= r.last_row; ++row) {
                    auto [b, e] = sheet.row_cells(row);
                    for (const Cell* cell = b; cell != e; ++cell) {
                        if (cell->col < r.first_col || cell->col > r.last_col) continue;
                        auto it = at.find({cell->row, cell->col});
                        if (it != at.end() && candidates[it->second].kept) sum += candidates[it->second].total.value;
                        else if (cell->type == CellType::Number) sum += cell->number;
                    }
                }
            if (std::fabs(sum - c.total.value) > 0.005 * std::max(1.0, std::fabs(c.total.value) * 1e-9)) {
                c.kept = false;
                changed = true;
            }
        }
    }
    std::vector<TotalFormula> out;
    for (Candidate& c : candidates)
        if (c.kept) out.push_back(std::move(c.total));
    return out;
}

}  // namespace sk::convert
