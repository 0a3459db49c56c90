#include "compare/compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "compare/match_columns.hpp"

namespace sk::compare {

namespace {

bool share_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const std::string& k : a)
        if (std::find(b.begin(), b.end(), k) != b.end()) return true;
    return false;
}

KeyKind key_kind_for(const KeyedTable& a, const KeyedTable& b, const CompareOptions& options) {
    if (options.key_column) return KeyKind::Column;
    const bool a_coded = a.coded_rows() > 0 && a.coded_rows() * 2 >= a.rows.size();
    const bool b_coded = b.coded_rows() > 0 && b.coded_rows() * 2 >= b.rows.size();
    return a_coded && b_coded ? KeyKind::Code : KeyKind::Name;
}

// The keys a row is matched by: its code when the tables are matched by
// code and it has one ("Riket" has none), else its names.
std::vector<std::string> row_keys(const KeyedRow& r, KeyKind kind) {
    if (kind == KeyKind::Code && r.code) return {"#" + *r.code};
    return r.name_keys;
}

// Rows that say who or where they are: the ones that decide which tables cover each other.
bool counts_for_pairing(const KeyedRow& r, KeyKind kind) { return r.named || (kind == KeyKind::Code && r.code); }

std::size_t pairing_rows(const KeyedTable& t, KeyKind kind) {
    return static_cast<std::size_t>(
        std::count_if(t.rows.begin(), t.rows.end(), [&](const KeyedRow& r) { return counts_for_pairing(r, kind); }));
}

// How many of A's naming rows B's table has too.
std::size_t shared_rows(const KeyedTable& a, const KeyedTable& b, KeyKind kind) {
    std::set<std::string> b_keys;
    for (const KeyedRow& r : b.rows)
        if (counts_for_pairing(r, kind))
            for (std::string& k : row_keys(r, kind)) b_keys.insert(std::move(k));
    std::size_t n = 0;
    for (const KeyedRow& r : a.rows) {
        if (!counts_for_pairing(r, kind)) continue;
        const std::vector<std::string> keys = row_keys(r, kind);
        n += std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return b_keys.count(k) > 0; }) ? 1u : 0u;
    }
    return n;
}

// Rows matched one to one: a key both rows share and no other row of either
// table has; where several rows share a key ("Länssamordning" under two
// actors), the group they stand in, then all their texts, must tell them apart.
struct RowMatch {
    std::vector<RowPair> pairs;
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> ambiguous;  // A row → B candidates
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> ambiguous_b;  // B row → A candidates
    std::vector<std::size_t> only_a, only_b;
};

// True when every row of `rows` has exactly the keys of row `like`: a
// closed set of look-alikes, which can be paired in order.
bool same_rows(const std::vector<std::size_t>& rows, const KeyedTable& t, std::size_t like) {
    return std::all_of(rows.begin(), rows.end(), [&](std::size_t r) {
        return t.rows[r].name_keys == t.rows[like].name_keys && t.rows[r].whole_keys == t.rows[like].whole_keys;
    });
}

RowMatch match_rows(const KeyedTable& a, const KeyedTable& b, KeyKind kind) {
    std::vector<std::vector<std::string>> ka, kb;
    for (const KeyedRow& r : a.rows) ka.push_back(row_keys(r, kind));
    for (const KeyedRow& r : b.rows) kb.push_back(row_keys(r, kind));
    std::map<std::string, std::vector<std::size_t>> in_a, in_b;
    for (std::size_t i = 0; i < ka.size(); ++i)
        for (const std::string& k : ka[i]) in_a[k].push_back(i);
    for (std::size_t j = 0; j < kb.size(); ++j)
        for (const std::string& k : kb[j]) in_b[k].push_back(j);
    auto candidates = [](const std::vector<std::string>& keys, std::map<std::string, std::vector<std::size_t>>& index) {
        std::set<std::size_t> out;
        for (const std::string& k : keys)
            if (auto it = index.find(k); it != index.end()) out.insert(it->second.begin(), it->second.end());
        return std::vector<std::size_t>(out.begin(), out.end());
    };
    // The candidates that also agree on `finer` (both empty counts as agreeing).
    auto narrowed = [](const std::vector<std::size_t>& cands, const std::vector<std::string>& mine,
                       const std::vector<KeyedRow>& theirs, std::vector<std::string> KeyedRow::*finer) {
        std::vector<std::size_t> out;
        for (std::size_t c : cands) {
            const std::vector<std::string>& other = theirs[c].*finer;
            if ((mine.empty() && other.empty()) || share_key(mine, other)) out.push_back(c);
        }
        return out;
    };
    RowMatch m;
    std::vector<bool> used_b(b.rows.size(), false), involved_b(b.rows.size(), false);
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        std::vector<std::size_t> cb = candidates(ka[i], in_b);
        if (cb.empty()) {
            m.only_a.push_back(i);
            continue;
        }
        std::optional<std::size_t> found;
        if (cb.size() == 1 && candidates(kb[cb[0]], in_a).size() == 1) found = cb[0];
        for (auto finer : {&KeyedRow::group_keys, &KeyedRow::whole_keys}) {
            if (found) break;
            std::vector<std::size_t> nb = narrowed(cb, a.rows[i].*finer, b.rows, finer);
            if (nb.size() == 1 && narrowed(candidates(kb[nb[0]], in_a), b.rows[nb[0]].*finer, a.rows, finer).size() == 1)
                found = nb[0];
        }
        // Rows alike in every text, as many in each table (three "Totalt:"
        // under three tables that share a column): paired in their order.
        if (!found) {
            const std::vector<std::size_t> nb = narrowed(cb, a.rows[i].whole_keys, b.rows, &KeyedRow::whole_keys);
            if (!nb.empty()) {
                const std::vector<std::size_t> na = narrowed(candidates(kb[nb[0]], in_a), b.rows[nb[0]].whole_keys, a.rows,
                                                             &KeyedRow::whole_keys);
                const auto at = std::find(na.begin(), na.end(), i);
                if (na.size() == nb.size() && at != na.end() && same_rows(na, a, i) && same_rows(nb, b, nb[0]))
                    found = nb[static_cast<std::size_t>(at - na.begin())];
            }
        }
        if (found && !used_b[*found]) {
            used_b[*found] = true;
            m.pairs.push_back(RowPair{i, *found});
        } else {
            for (std::size_t j : cb) involved_b[j] = true;
            m.ambiguous.emplace_back(i, cb);
        }
    }
    // The tables' own totals under different words ("Totalt" ↔ "Totalt direkt
    // fördelat länets kommuner"): paired when each side has one left over.
    std::vector<std::size_t> top_a, top_b;
    for (std::size_t i : m.only_a)
        if (a.rows[i].top_total) top_a.push_back(i);
    for (std::size_t j = 0; j < b.rows.size(); ++j)
        if (!used_b[j] && !involved_b[j] && b.rows[j].top_total && candidates(kb[j], in_a).empty()) top_b.push_back(j);
    // Not when one table quotes a few rows of the other: its Totalt is not the other's Riket.
    std::size_t matched_naming = 0;
    for (const RowPair& rp : m.pairs) matched_naming += counts_for_pairing(a.rows[rp.a], kind) ? 1u : 0u;
    const bool same_rows_both = matched_naming * 2 >= pairing_rows(a, kind) && matched_naming * 2 >= pairing_rows(b, kind);
    if (same_rows_both && top_a.size() == 1 && top_b.size() == 1) {
        m.pairs.push_back(RowPair{top_a[0], top_b[0]});
        used_b[top_b[0]] = true;
        m.only_a.erase(std::find(m.only_a.begin(), m.only_a.end(), top_a[0]));
        std::sort(m.pairs.begin(), m.pairs.end(), [](const RowPair& x, const RowPair& y) { return x.a < y.a; });
    }
    for (std::size_t j = 0; j < b.rows.size(); ++j) {
        if (used_b[j] || involved_b[j]) continue;
        std::vector<std::size_t> ca = candidates(kb[j], in_a);
        if (ca.empty()) m.only_b.push_back(j);
        else m.ambiguous_b.emplace_back(j, ca);  // its A rows went elsewhere: which one it is, is not known
    }
    return m;
}

std::string label_cell(const KeyedTable& t, const KeyedRow& r) { return a1(r.row, t.first_col); }

std::vector<std::string> cells_of(const KeyedTable& t, const std::vector<std::size_t>& rows) {
    std::vector<std::string> out;
    for (std::size_t i : rows) out.push_back(t.sheet_name + "!" + label_cell(t, t.rows[i]));
    return out;
}

bool is_item(const KeyedRow& r) { return r.place == tables::Place::Item; }

TablePair compare_tables(const KeyedTable& a, const KeyedTable& b, KeyKind kind) {
    TablePair p;
    p.key = kind;
    const ColumnMatch cm = match_columns(a.columns, b.columns);
    p.a_columns_alone = cm.a_alone;
    p.b_columns_alone = cm.b_alone;
    const RowMatch rm = match_rows(a, b, kind);
    p.rows = rm.pairs;

    // Which side only quotes some rows of the other.
    std::size_t matched_naming = 0;
    for (const RowPair& rp : rm.pairs) matched_naming += counts_for_pairing(a.rows[rp.a], kind) ? 1u : 0u;
    const bool a_quotes_b = matched_naming * 2 < pairing_rows(b, kind);
    const bool b_quotes_a = matched_naming * 2 < pairing_rows(a, kind);

    for (const auto& [ca, cb] : cm.pairs) {
        ColumnPair col{ca, cb, 0, 0, 0, 0};
        const double scale = std::max(a.columns[ca].scale, b.columns[cb].scale);
        // Kronor against tkr: equal when the kronor round to the tkr figure.
        const double tolerance = a.columns[ca].scale != b.columns[cb].scale ? scale / 2 : 0.005;
        for (const RowPair& rp : rm.pairs) {
            const KeyedRow& ra = a.rows[rp.a];
            const KeyedRow& rb = b.rows[rp.b];
            if (ra.values[ca] && is_item(ra)) col.a_total += *ra.values[ca];
            if (rb.values[cb] && is_item(rb)) col.b_total += *rb.values[cb];
            if (!ra.values[ca] || !rb.values[cb]) continue;
            ++col.compared;
            const double diff = *rb.values[cb] - *ra.values[ca];
            if (std::fabs(diff) <= tolerance) {
                col.rounded += std::fabs(diff) > 0.005 ? 1 : 0;
                continue;
            }
            Difference d;
            d.kind = DiffKind::AmountDiffers;
            d.label = ra.label.empty() ? rb.label : ra.label;
            d.a_cell = a1(ra.row, a.columns[ca].col);
            d.b_cell = a1(rb.row, b.columns[cb].col);
            d.a = ra.values[ca];
            d.b = rb.values[cb];
            d.a_header = a.columns[ca].header;
            d.b_header = b.columns[cb].header;
            p.differences.push_back(std::move(d));
        }
        p.columns.push_back(col);
    }
    for (const auto& [i, cands] : rm.ambiguous) {
        Difference d;
        d.kind = DiffKind::Ambiguous;
        d.label = a.rows[i].label;
        d.a_cell = label_cell(a, a.rows[i]);
        d.candidates = cells_of(b, cands);
        p.differences.push_back(std::move(d));
    }
    // The quoting table's own totals add its few rows: nothing in the other table stands for them.
    for (std::size_t i : rm.only_a) {
        if (b_quotes_a || (a_quotes_b && !a.rows[i].named)) {
            ++p.a_rows_not_quoted;
            continue;
        }
        Difference d;
        d.kind = DiffKind::OnlyInA;
        d.label = a.rows[i].label;
        d.a_cell = label_cell(a, a.rows[i]);
        p.differences.push_back(std::move(d));
    }
    for (const auto& [j, cands] : rm.ambiguous_b) {
        Difference d;
        d.kind = DiffKind::Ambiguous;
        d.ambiguous_in_b = true;
        d.label = b.rows[j].label;
        d.b_cell = label_cell(b, b.rows[j]);
        d.candidates = cells_of(a, cands);
        p.differences.push_back(std::move(d));
    }
    for (std::size_t j : rm.only_b) {
        if (a_quotes_b || (b_quotes_a && !b.rows[j].named)) {
            ++p.b_rows_not_quoted;
            continue;
        }
        Difference d;
        d.kind = DiffKind::OnlyInB;
        d.label = b.rows[j].label;
        d.b_cell = label_cell(b, b.rows[j]);
        p.differences.push_back(std::move(d));
    }
    return p;
}

}  // namespace

const char* key_kind_name(KeyKind k) {
    switch (k) {
        case KeyKind::Code: return "code";
        case KeyKind::Name: return "name";
        case KeyKind::Column: return "column";
    }
    return "";
}

const char* diff_kind_name(DiffKind k) {
    switch (k) {
        case DiffKind::AmountDiffers: return "amount-differs";
        case DiffKind::OnlyInA: return "only-in-a";
        case DiffKind::OnlyInB: return "only-in-b";
        case DiffKind::Ambiguous: return "ambiguous";
    }
    return "";
}

std::size_t Comparison::difference_count() const {
    std::size_t n = ambiguous_tables.size();
    for (const TextReport& t : texts) n += t.check.mismatched.size();
    // A pair of tables with no column in common compared nothing: never "no differences".
    for (const TablePair& p : pairs) n += p.differences.size() + (p.columns.empty() ? 1 : 0);
    return n;
}

namespace {

void add_text(const Workbook& wb, Comparison& c) {
    if (wb.can().prose) c.texts.push_back(TextReport{wb.path, check_text(wb, wb.prose)});
}

bool same_place_as(const KeyedTable& a, const KeyedTable& b) {
    return a.sheet_name == b.sheet_name && a.first_row == b.first_row && a.first_col == b.first_col &&
           a.last_col == b.last_col;
}

}  // namespace

Comparison compare_text(const Workbook& a) {
    Comparison c;
    c.a_path = a.path;
    add_text(a, c);
    return c;
}

Comparison compare_workbooks(const Workbook& a, const Workbook& b, const CompareOptions& options) {
    Comparison c;
    c.a_path = a.path;
    c.b_path = b.path;
    c.a_tables = keyed_tables(a, options.key_column);
    c.b_tables = keyed_tables(b, options.key_column);
    // For each table of A, the tables of B sharing the most of its rows.
    std::vector<std::vector<std::size_t>> best_of(c.a_tables.size());
    for (std::size_t i = 0; i < c.a_tables.size(); ++i) {
        const KeyedTable& ta = c.a_tables[i];
        std::size_t best = 0;
        for (std::size_t j = 0; j < c.b_tables.size(); ++j) {
            const KeyedTable& tb = c.b_tables[j];
            const KeyKind kind = key_kind_for(ta, tb, options);
            const std::size_t shared = shared_rows(ta, tb, kind);
            // Covering the same rows: most of one table's rows are in the other.
            if (shared == 0 || (shared * 2 < pairing_rows(ta, kind) && shared * 2 < pairing_rows(tb, kind))) continue;
            if (shared > best) {
                best = shared;
                best_of[i] = {j};
            } else if (shared == best) {
                best_of[i].push_back(j);
            }
        }
    }
    std::vector<bool> b_used(c.b_tables.size(), false);
    auto pair_with = [&](std::size_t i, std::size_t j) {
        b_used[j] = true;
        TablePair p = compare_tables(c.a_tables[i], c.b_tables[j], key_kind_for(c.a_tables[i], c.b_tables[j], options));
        p.a = i;
        p.b = j;
        c.pairs.push_back(std::move(p));
    };
    for (std::size_t i = 0; i < c.a_tables.size(); ++i)
        if (best_of[i].size() == 1) pair_with(i, best_of[i].front());
    // The rest of a tie once the clear pairs are made; then tables alike in
    // their rows (a statistics table per year), as many in A as in B, are
    // paired in their order, and any other tie is not compared at all.
    for (std::vector<std::size_t>& best : best_of)
        if (best.size() > 1) std::erase_if(best, [&](std::size_t j) { return b_used[j]; });
    std::vector<bool> tied(c.b_tables.size(), false);
    for (std::size_t i = 0; i < c.a_tables.size(); ++i) {
        const std::vector<std::size_t>& best = best_of[i];
        if (best.empty()) {
            c.a_alone.push_back(i);
        } else if (best.size() > 1 || !b_used[best.front()]) {
            std::vector<std::size_t> alike;
            for (std::size_t k = 0; k < c.a_tables.size(); ++k)
                if (best_of[k] == best) alike.push_back(k);
            const auto at = std::find(alike.begin(), alike.end(), i);
            // Or the one at the same place: the same sheet and corner (two versions of one workbook).
            std::vector<std::size_t> same_place;
            for (std::size_t j : best)
                if (same_place_as(c.a_tables[i], c.b_tables[j])) same_place.push_back(j);
            if (same_place.size() == 1) {
                pair_with(i, same_place.front());
            } else if (alike.size() == best.size()) {
                pair_with(i, best[static_cast<std::size_t>(at - alike.begin())]);
            } else {
                c.ambiguous_tables.emplace_back(i, best);
                for (std::size_t j : best) tied[j] = true;
            }
        }
    }
    for (std::size_t j = 0; j < c.b_tables.size(); ++j) b_used[j] = b_used[j] || tied[j];
    for (std::size_t j = 0; j < c.b_tables.size(); ++j)
        if (!b_used[j]) c.b_alone.push_back(j);
    add_text(a, c);
    add_text(b, c);
    return c;
}

}  // namespace sk::compare
