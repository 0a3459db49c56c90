#include "tables/structure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <tuple>

#include "tables/fold_label.hpp"
#include "tables/marked_tree.hpp"
#include "tables/possible_sums.hpp"
#include "tables/row_look.hpp"

namespace sk::tables {

const char* basis_name(Basis b) {
    switch (b) {
        case Basis::Items: return "items";
        case Basis::GroupHeaders: return "group-headers";
        case Basis::Leaves: return "leaves";
        case Basis::Section: return "section";
        case Basis::Heading: return "heading";
    }
    return "items";
}

const char* place_name(Place p) {
    switch (p) {
        case Place::Item: return "item";
        case Place::Total: return "total";
        case Place::Head: return "group";
        case Place::Outside: return "outside";
    }
    return "item";
}

std::string named_part(std::string_view label) {
    std::string folded = fold_label(label);
    std::string_view s = folded;
    for (std::string_view w : {"delsumma", "subtotal", "totalt", "summa", "s:a", "total", "sum"}) {
        if (s == w) return {};
        if (s.size() > w.size() && s.starts_with(w) && s[w.size()] == ' ') {
            s.remove_prefix(w.size() + 1);
            break;
        }
    }
    for (std::string_view w : {"för ", "av ", "inom "})
        if (s.starts_with(w)) s.remove_prefix(w.size());
    return std::string(s);
}

bool names_section(std::string_view part, std::string_view header) {
    if (part.empty() || header.empty()) return false;
    if (part == header) return true;
    auto first = [](std::string_view s) { return s.substr(0, s.find(' ')); };
    std::string_view p = first(part), h = first(header);
    bool one_word = part.find(' ') == std::string_view::npos;
    if (p.size() >= 3 && h.starts_with(p)) return one_word || header.starts_with(part);  // "län" ↔ "länsgemensamma medel"
    // "Totalt regioner" ↔ a header "Region": the header's one word begins the part's.
    return h.size() >= 4 && p.starts_with(h) && header.find(' ') == std::string_view::npos && one_word;
}

namespace {



class Reader {
public:
    // `numbers_alone`: a plain row whose amount is the sum of the rows below
    // it heads a group even when nothing in its look says so.
    Reader(const Workbook& wb, const Sheet& sheet, const Block& b, bool numbers_alone)
        : wb_(wb), sheet_(sheet), b_(b), numbers_alone_(numbers_alone) {
        out_.rows.resize(b.rows.size());
        confirmed_.assign(b.rows.size(), false);
        wide_budget_ = 32 * b.rows.size() + 1000000;
        // Counts and small numbers repeat by chance: only amounts of money are
        // grouped by their numbers alone.
        money_like_ = b.measure == Measure::Money ||
                      (b.measure == Measure::Plain && std::any_of(b.rows.begin(), b.rows.end(), [](const BlockRow& r) {
                           return std::fabs(r.value.value) >= 10000;
                       }));
        nonnegative_ = std::none_of(b.rows.begin(), b.rows.end(), [](const BlockRow& r) {
            return r.value.value < 0 || std::any_of(r.value.candidates().begin(), r.value.candidates().end(),
                                                    [](double c) { return c < 0; });
        });
    }

    ColumnReading run() {
        const auto& rows = b_.rows;
        bool any_total = false;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            out_.rows[i].place = place_of(rows[i].role);
            any_total = any_total || out_.rows[i].place == Place::Total;
            if (out_.rows[i].place == Place::Total) first_total_ = std::min(first_total_, i);
            if (out_.rows[i].place != Place::Outside) first_amount_ = std::min(first_amount_, i);
        }
        find_headers();
        bold_.resize(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) bold_[i] = bold(i);
        find_number_heads();
        if (any_total || heads_ > 0) find_layout_heads();
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (out_.rows[i].place == Place::Total) read_total(i);
        judge_layout_heads();
        return std::move(out_);
    }

private:
    const Workbook& wb_;
    const Sheet& sheet_;
    const Block& b_;
    bool numbers_alone_ = false;
    bool money_like_ = false;
    ColumnReading out_;
    bool nonnegative_ = true;
    std::vector<SectionHeader> headers_;   // section headers inside the block, by row
    std::vector<std::size_t> section_of_;  // per block row: how many headers stand above it
    std::vector<std::size_t> head_end_;    // per block row: the last row of its group (itself when none)
    std::vector<bool> by_numbers_;         // per block row: a group row told by numbers alone
    std::vector<bool> bold_;               // per block row: its amount or label is bold
    std::vector<bool> confirmed_;          // layout group rows whose items a total's leaves reading confirms
    std::size_t heads_ = 0;
    std::size_t first_total_ = SIZE_MAX;   // the first row labelled a total
    std::size_t first_amount_ = SIZE_MAX;  // the first row in a sum (not varav, comparison or page lines)
    // Readings over every row above a total cost as many rows; a column
    // spends at most this many on them, so a sheet of many totals that
    // nothing explains is read in linear time (later totals keep their own
    // and section readings).
    std::size_t wide_budget_ = 0;

    bool spend_wide(std::size_t i) {
        if (i > wide_budget_) return false;
        wide_budget_ -= i;
        return true;
    }

    double value(std::size_t i) const { return b_.rows[i].value.value; }
    bool plain_number(std::size_t i) const { return b_.rows[i].value.numeric(); }
    Place place(std::size_t i) const { return out_.rows[i].place; }

    bool bold(std::size_t i) const { return row_bold(wb_, sheet_, b_, i); }

    int indent(std::size_t i) const { return label_indent(wb_, label_cell(sheet_, b_.rows[i].row, b_.col)); }

    // Section headers ("Regioner", "Kommuner", "Totalt") and the section of each row.
    void find_headers() {
        const auto& rows = b_.rows;
        section_of_.assign(rows.size(), 0);
        headers_ = section_headers(sheet_, b_);
        std::size_t h = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            while (h < headers_.size() && headers_[h].row < rows[i].row) ++h;
            section_of_[i] = h;
        }
    }

    bool sums_to(const std::vector<std::size_t>& idx, double stated) const { return adds_up(b_, idx, stated); }

    // The total at i is what `rows` add up to, or what Excel's SUM of them
    // gives when it skips an amount typed as text: then the rows are its
    // own, and the checker says what the formula missed.
    bool explains(std::size_t i, const std::vector<std::size_t>& rows) const {
        if (sums_to(rows, value(i))) return true;
        const Cell* cell = sheet_.find(b_.rows[i].row, b_.col_of(i));
        if (!cell || cell->formula.empty()) return false;
        std::vector<const CellValue*> values;
        bool text = false;
        for (std::size_t k : rows) {
            values.push_back(&b_.rows[k].value);
            text = text || b_.rows[k].value.kind == ValueKind::TextNumber;
        }
        return text && std::fabs(possible_sums(values, true).front() - value(i)) < exact_tolerance;
    }

    // A row that stands for rows right above it: a subtotal under its items.
    struct Fold {
        std::size_t row;
        std::vector<std::size_t> adds;
    };

    // Adds row k to a list read one row after another, where a row equal to
    // the sum of two or more rows right above it (a subtotal under its
    // items) stands for them.
    void push_folded(std::vector<std::size_t>& list, double& sum, std::size_t k, std::vector<Fold>& folds) const {
        double tail = 0;
        std::size_t n = 0;
        for (auto it = list.rbegin(); it != list.rend(); ++it) {
            tail += value(*it);
            ++n;
            if (nonnegative_ && tail > value(k) + exact_tolerance) break;
            if (n >= 2 && std::fabs(tail - value(k)) < exact_tolerance) {
                folds.push_back(Fold{k, std::vector<std::size_t>(list.end() - std::ptrdiff_t(n), list.end())});
                list.resize(list.size() - n);
                list.push_back(k);
                return;  // the sum is unchanged: k replaces what it adds
            }
        }
        list.push_back(k);
        sum += value(k);
    }

    // The rows below row i that add up to its value, groups already found
    // below standing for their items; empty when none do. `folds` gets the
    // subtotals met on the way.
    // `opened` (when given): groups told by numbers alone are read as plain
    // rows, and those met are listed there.
    std::vector<std::size_t> rows_below_adding_to(std::size_t i, std::vector<Fold>& folds,
                                                  std::vector<std::size_t>* opened = nullptr) const {
        std::vector<std::size_t> list;
        folds.clear();
        if (!plain_number(i)) return list;
        const double target = value(i);
        double sum = 0;
        for (std::size_t k = i + 1; k < b_.rows.size() && k <= i + longest_group; ++k) {
            if (place(k) == Place::Outside) continue;
            if (!plain_number(k)) return {};
            if (opened && by_numbers_[k]) {
                opened->push_back(k);
                push_folded(list, sum, k, folds);
            } else if (place(k) == Place::Head) {
                list.push_back(k);
                sum += value(k);
                k = head_end_[k];
            } else {
                push_folded(list, sum, k, folds);
            }
            if (list.size() >= 2 && std::fabs(sum - target) < exact_tolerance) return list;
            if (nonnegative_ && sum > target + exact_tolerance) return {};
        }
        return {};
    }

    void make_head(std::size_t i, std::vector<std::size_t> children, bool by_layout, const std::vector<Fold>& folds = {}) {
        // A subtotal met inside the group stands for its items: it holds
        // them (a labelled total is read again on its own below).
        for (const Fold& f : folds)
            for (std::size_t k : f.adds)
                if (place(f.row) != Place::Total && !out_.rows[k].parent) out_.rows[k].parent = f.row;
        RowReading& h = out_.rows[i];
        h.place = Place::Head;
        h.by_layout = by_layout;
        head_end_[i] = children.back();
        for (std::size_t c : children) out_.rows[c].parent = i;
        if (!by_layout) h.matched = 0;
        h.readings.push_back(Reading{std::move(children), Basis::Heading});
        ++heads_;
    }

    // True when the row right above i (in its section) is an item: then a
    // total at i closes those items rather than heading the rows below.
    bool item_above(std::size_t i) const {
        for (std::size_t k = i; k-- > 0;) {
            if (section_of_[k] != section_of_[i]) return false;
            if (place(k) != Place::Outside) return place(k) == Place::Item;
        }
        return false;
    }

    // Group rows found by their numbers, innermost first: a plain row whose
    // amount is exactly what the rows below it add up to, or a total with
    // no items above it ("Region Jämtland Härjedalen | Totalt: | 3 992 436")
    // that does not name a section.
    void find_number_heads() {
        head_end_.resize(b_.rows.size());
        by_numbers_.assign(b_.rows.size(), false);
        for (std::size_t i = 0; i < b_.rows.size(); ++i) head_end_[i] = i;
        for (std::size_t i = b_.rows.size(); i-- > 0;) {
            // A plain row heads a group only when it looks like it (bold, or
            // its items indented further): in a flat list, one amount
            // equal to the next two is a coincidence.
            bool looks_like_group = bold_[i] || (i + 1 < bold_.size() && indent(i + 1) > indent(i));
            bool candidate = (place(i) == Place::Item && (looks_like_group || numbers_alone_)) ||
                             (place(i) == Place::Total && !item_above(i) && !named_section(i));
            if (!candidate || value(i) == 0 || (!looks_like_group && place(i) == Place::Item && !money_like_)) continue;
            std::vector<Fold> folds;
            std::vector<std::size_t> below = rows_below_adding_to(i, folds);
            if (below.empty() && numbers_alone_) {
                // A group told by numbers alone inside may be a coincidence
                // ("500 000" over two rows of 250 000): read its rows plainly.
                std::vector<std::size_t> opened;
                below = rows_below_adding_to(i, folds, &opened);
                if (!below.empty())
                    for (std::size_t k : opened) unmake_head(k);
            }
            if (!below.empty()) {
                make_head(i, std::move(below), false, folds);
                by_numbers_[i] = numbers_alone_ && !looks_like_group;
            }
        }
    }

    void unmake_head(std::size_t k) {
        RowReading& h = out_.rows[k];
        if (h.place != Place::Head) return;
        for (std::size_t c : h.readings.front().adds)
            if (out_.rows[c].parent == k) out_.rows[c].parent.reset();
        h = RowReading{place_of(b_.rows[k].role), h.parent, {}, std::nullopt, false, false};
        head_end_[k] = k;
        by_numbers_[k] = false;
        --heads_;
    }

    // Group rows told by their look: a bold row over plain rows that are
    // not bold. Its items run to the next bold row, total or section; of
    // those, the first ones whose sum comes closest to its amount.
    void find_layout_heads() {
        const std::vector<bool>& is_bold = bold_;
        std::size_t plain = 0;
        for (std::size_t i = 0; i < b_.rows.size(); ++i)
            if (!is_bold[i] && place(i) == Place::Item) ++plain;
        for (std::size_t i = 0; i < b_.rows.size(); ++i) {
            if (place(i) != Place::Item || !plain_number(i)) continue;
            // A bold row over rows that are not, or a row over rows indented further.
            const int own_indent = indent(i);
            const bool by_indent = !is_bold[i] && i + 1 < b_.rows.size() && indent(i + 1) > own_indent;
            if ((!is_bold[i] || plain == 0) && !by_indent) continue;
            std::vector<std::size_t> run;
            for (std::size_t k = i + 1; k < b_.rows.size() && k <= i + longest_group; ++k) {
                if (place(k) == Place::Outside) continue;
                bool inside = by_indent ? indent(k) > own_indent : !is_bold[k];
                if (!inside || place(k) != Place::Item || section_of_[k] != section_of_[i] || !plain_number(k)) break;
                run.push_back(k);
            }
            if (run.size() < 2) continue;
            std::size_t best = 0;
            double sum = 0, best_gap = 0;
            for (std::size_t n = 0; n < run.size(); ++n) {
                sum += value(run[n]);
                double gap = std::fabs(sum - value(i));
                if (n >= 1 && (best == 0 || gap < best_gap)) {
                    best = n + 1;
                    best_gap = gap;
                }
            }
            run.resize(best);
            make_head(i, std::move(run), true);
        }
    }

    // The rows right above a total that it closes: back to a section
    // header, a group row, another total, or rows of another group.
    std::vector<std::size_t> tail(std::size_t i) const {
        std::vector<std::size_t> out;
        std::optional<std::size_t> group;
        for (std::size_t k = i; k-- > 0;) {
            if (section_of_[k] != section_of_[i]) break;
            if (place(k) == Place::Outside) continue;
            if (place(k) != Place::Item) break;
            std::optional<std::size_t> p = out_.rows[k].parent;
            if (p && place(*p) == Place::Total) continue;  // counted in a total below it
            if (out.empty()) group = p;
            else if (p != group) break;
            out.push_back(k);
        }
        std::reverse(out.begin(), out.end());
        return out;
    }

    // True when `rows` are exactly the items of one group row that adds up.
    bool whole_group(const std::vector<std::size_t>& rows) const {
        std::optional<std::size_t> p = out_.rows[rows.front()].parent;
        if (!p || place(*p) != Place::Head || !out_.rows[*p].matched) return false;
        return out_.rows[*p].readings.front().adds == rows;
    }

    // Rows above i (in its section, or anywhere above it) that no other row
    // stands for: the top level.
    std::vector<std::size_t> top_level(std::size_t i, bool in_section) const {
        std::vector<std::size_t> out;
        for (std::size_t k = 0; k < i; ++k)
            if ((!in_section || section_of_[k] == section_of_[i]) && place(k) != Place::Outside && !out_.rows[k].parent)
                out.push_back(k);
        return out;
    }

    // Every item and group row of i's section above it, whatever the
    // groups: the plain list a reader without structure would add.
    std::vector<std::size_t> flat(std::size_t i) const {
        std::vector<std::size_t> out;
        for (std::size_t k = 0; k < i; ++k)
            if (section_of_[k] == section_of_[i] && (place(k) == Place::Item || place(k) == Place::Head)) out.push_back(k);
        return out;
    }

    // `rows` read with number-told groups: the top level (a group row for
    // each group) and the leaves (all but the group rows).
    std::pair<std::vector<std::size_t>, std::vector<std::size_t>> number_groups(const std::vector<std::size_t>& rows) const {
        std::vector<std::size_t> top, leaf;
        for (std::size_t a = 0; a < rows.size();) {
            top.push_back(rows[a]);
            std::size_t last = a;
            if (place(rows[a]) == Place::Item && plain_number(rows[a]) && value(rows[a]) > 0) {
                double run = 0;
                for (std::size_t k = a + 1; k < rows.size() && k <= a + longest_group; ++k) {
                    if (!plain_number(rows[k])) break;
                    run += value(rows[k]);
                    if (k - a >= 2 && std::fabs(run - value(rows[a])) < exact_tolerance) {
                        last = k;
                        break;
                    }
                    if (nonnegative_ && run > value(rows[a]) + exact_tolerance) break;
                }
            }
            if (last == a) leaf.push_back(rows[a]);
            for (std::size_t k = a + 1; k <= last; ++k) leaf.push_back(rows[k]);
            a = last + 1;
        }
        return {top, leaf};
    }

    // Every item above i that is not a group row.
    std::vector<std::size_t> leaves(std::size_t i, bool in_section) const {
        std::vector<std::size_t> out;
        for (std::size_t k = 0; k < i; ++k)
            if ((!in_section || section_of_[k] == section_of_[i]) && place(k) == Place::Item) out.push_back(k);
        return out;
    }

    // The section a total's label names: the nearest header above it whose
    // words the label's (after Totalt/Summa) begin.
    std::optional<std::size_t> named_section(std::size_t i) const {
        std::string part = named_part(b_.rows[i].label);
        if (part.empty()) return std::nullopt;
        for (std::size_t h = section_of_[i]; h-- > 0;)
            if (names_section(part, headers_[h].folded)) return h + 1;  // the section after header h
        return std::nullopt;
    }

    // The rows of a section: not the totals of other sections that a
    // summary block after the last section puts in it.
    std::vector<std::size_t> section_rows(std::size_t section, std::size_t i) const {
        std::vector<std::size_t> out;
        for (std::size_t k = 0; k < i; ++k) {
            if (section_of_[k] != section || place(k) == Place::Outside || out_.rows[k].parent) continue;
            if (place(k) == Place::Total)
                if (std::optional<std::size_t> s = named_section(k); s && *s != section) continue;
            out.push_back(k);
        }
        return out;
    }

    // The totals right above i, each of a section it names: a summary block
    // ("Totalt regioner", "Totalt kommuner" …) that a grand total under it adds.
    std::vector<std::size_t> summary_block(std::size_t i) const {
        std::vector<std::size_t> out;
        for (std::size_t k = i; k-- > 0;) {
            if (place(k) == Place::Outside) continue;
            if (place(k) != Place::Total || !named_section(k) || !out_.rows[k].matched) break;
            out.push_back(k);
        }
        std::reverse(out.begin(), out.end());
        return out.size() >= 2 ? out : std::vector<std::size_t>{};
    }

    void read_total(std::size_t i) {
        RowReading& t = out_.rows[i];
        auto add = [&](std::vector<std::size_t> rows, Basis basis) {
            if (rows.empty()) return;
            for (const Reading& r : t.readings)
                if (r.adds == rows) return;
            t.readings.push_back(Reading{std::move(rows), basis});
        };
        std::optional<std::size_t> section = named_section(i);
        std::vector<std::size_t> own = tail(i);
        // The rows right above are its items, unless they are all of a
        // group row's items: then they are that group's, and the total adds
        // something wider (the groups above, say).
        bool closes_group = !own.empty() && !whole_group(own);
        // A total counted in a group row's sum that adds up is supported by it.
        std::optional<std::size_t> holder = t.parent;
        bool carried = holder && place(*holder) == Place::Head && out_.rows[*holder].matched;
        // Each reading is tried as it is made: a total explained early costs
        // no list of every row above it.
        // A reading is only listed (`rows` only called) while none has
        // explained the total: the wide ones list every row above it.
        auto try_ = [&](auto rows, Basis basis, bool wide = false) {
            if (t.matched || (wide && !spend_wide(i))) return;
            add(rows(), basis);
            if (!t.readings.empty() && plain_number(i) && explains(i, t.readings.back().adds))
                t.matched = t.readings.size() - 1;
        };
        if (section) try_([&] { return section_rows(*section, i); }, Basis::Section);
        // Under a summary block whose every line adds up, a total without a
        // section of its own adds the block.
        const std::vector<std::size_t> block = section ? std::vector<std::size_t>{} : summary_block(i);
        try_([&] { return block; }, Basis::GroupHeaders);
        // The first total, naming no section, under the last of sections
        // that close with no total of their own ("Kommunerna" … "Regionen" …
        // "Totalt"): it may add its own section or all of them. All of them
        // first, and neither reading is sure enough to call a difference an error.
        const bool open_sections = !section && block.empty() && first_total_ == i && first_amount_ < i &&
                                   section_of_[first_amount_] < section_of_[i];
        if (open_sections) try_([&] { return top_level(i, false); }, Basis::GroupHeaders, true);
        try_([&] { return own; }, Basis::Items);
        try_([&] { return top_level(i, true); }, Basis::GroupHeaders, true);
        try_([&] { return leaves(i, true); }, Basis::Leaves, true);
        std::vector<std::size_t> plain, tops;
        bool grouped = false;
        if (!t.matched && spend_wide(i)) {
            plain = flat(i);
            // Group rows told by numbers alone (a row that is exactly the sum of
            // rows right below it), when nothing in the look of the rows marks
            // them: another reading, and a reason not to be sure of the flat one.
            std::vector<std::size_t> leaves_below;
            std::tie(tops, leaves_below) = number_groups(plain);
            grouped = money_like_ && tops.size() < plain.size();
            try_([&] { return plain; }, Basis::Items);
            if (grouped) {
                try_([&] { return tops; }, Basis::GroupHeaders);
                try_([&] { return std::move(leaves_below); }, Basis::Leaves);
            }
        }
        try_([&] { return top_level(i, false); }, Basis::GroupHeaders, true);
        try_([&] { return leaves(i, false); }, Basis::Leaves, true);
        if (!t.matched && plain_number(i)) {
            std::vector<Fold> folds;
            std::vector<std::size_t> below = rows_below_adding_to(i, folds);
            if (!below.empty()) {
                t.readings.clear();
                make_head(i, std::move(below), false, folds);
                return;
            }
        }
        if (t.readings.empty()) return;
        // A total is judged against its section when its label names one,
        // else against the rows it closes; nothing else is strong enough to
        // call a difference an error.
        const Reading& first = t.readings.front();
        bool all_items = std::all_of(first.adds.begin(), first.adds.end(),
                                     [&](std::size_t k) { return place(k) == Place::Item; });
        t.strong = !open_sections &&
                   ((section && first.basis == Basis::Section) || (!block.empty() && first.adds == block) ||
                    (closes_group && first.basis == Basis::Items && first.adds.size() >= 2 && all_items && !grouped));
        // Every row above it in groups that each add up exactly: the
        // groups are read for sure, and the total is judged by them.
        if (!t.matched && grouped && !section && closes_group && own == plain && all_items) {
            auto it = std::find_if(t.readings.begin(), t.readings.end(), [&](const Reading& r) { return r.adds == tops; });
            if (it != t.readings.end()) std::rotate(t.readings.begin(), it, it + 1);
            t.strong = true;
        }
        if (carried && !t.strong) {
            if (!t.matched) t.readings.clear();
            if (t.readings.empty()) return;
        }
        if (!section && !closes_group && block.empty() && !t.matched) {
            // No rows of its own: a total whose items are elsewhere, or one
            // no reading explains. Nothing to judge it by: nothing said.
            t.readings.clear();
            return;
        }

        const Reading& used = t.readings[t.matched.value_or(0)];
        if (used.basis == Basis::Leaves)
            for (std::size_t k = 0; k < i; ++k)
                if (out_.rows[k].by_layout) confirmed_[k] = true;
        claim(i, used.adds);
    }

    // The rows a total adds become its parts, unless a group row above
    // already holds them: then the total is part of that group too.
    void claim(std::size_t i, const std::vector<std::size_t>& adds) {
        if (adds.empty()) return;
        std::optional<std::size_t> shared = out_.rows[adds.front()].parent;
        bool same = shared && place(*shared) == Place::Head &&
                    std::all_of(adds.begin(), adds.end(), [&](std::size_t k) { return out_.rows[k].parent == shared; });
        for (std::size_t k : adds)
            if (!out_.rows[k].parent) out_.rows[k].parent = i;
        if (same && !out_.rows[i].parent) out_.rows[i].parent = shared;
    }

    void judge_layout_heads() {
        for (std::size_t i = 0; i < out_.rows.size(); ++i) {
            RowReading& h = out_.rows[i];
            if (!h.by_layout) continue;
            if (sums_to(h.readings.front().adds, value(i))) h.matched = 0;
            h.strong = confirmed_[i];
        }
    }
};

}  // namespace

namespace {

// Totals a reading explains: those that add up, and those a group row that
// adds up counts among its parts.
std::size_t explained(const Block& b, const ColumnReading& r) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        if (!is_total(b.rows[i].role)) continue;
        const std::optional<std::size_t>& p = r.rows[i].parent;
        bool carried = p && r.rows[*p].place == Place::Head && r.rows[*p].matched &&
                       std::count(r.rows[*p].readings.front().adds.begin(), r.rows[*p].readings.front().adds.end(), i);
        if (r.rows[i].matched || carried) ++n;
    }
    return n;
}

}  // namespace

std::optional<Block> with_items_beside(const TableIndex& index, const Block& totals) {
    if (totals.part || totals.rows.size() < 2) return std::nullopt;
    const Block* items = nullptr;
    for (const Block* b : table_of(index, totals))
        if (b->col < totals.col && !b->part && b->measure == totals.measure) items = b;
    if (!items || items->rows.size() < 2 || items->col + 1 != totals.col) return std::nullopt;
    // The two columns take turns: no row has both, and the items lie among the totals.
    if (items->rows.front().row < totals.rows.front().row || items->rows.back().row > totals.rows.back().row)
        return std::nullopt;
    for (const BlockRow& r : items->rows)
        if (row_at(totals, r.row) || is_total(r.role)) return std::nullopt;
    Block merged = totals;
    merged.rows.clear();
    std::size_t a = 0, b = 0;
    while (a < items->rows.size() || b < totals.rows.size()) {
        bool take_item = b == totals.rows.size() || (a < items->rows.size() && items->rows[a].row < totals.rows[b].row);
        const BlockRow& r = take_item ? items->rows[a++] : totals.rows[b++];
        merged.rows.push_back(r);
        merged.row_cols.push_back(take_item ? items->col : totals.col);
    }
    return merged;
}

ColumnReading read_column(const Workbook& wb, const Sheet& sheet, const Block& block) {
    // Groups a table's marks tell for sure are read so; groups its
    // indentation suggests when they explain more than the general reading.
    std::optional<MarkedTree> marked = read_marked_tree(wb, sheet, block);
    if (marked && marked->sure) return std::move(marked->reading);
    // The reading that explains the most totals; on a tie the simpler one,
    // with groups told only by their look.
    ColumnReading plain = Reader(wb, sheet, block, false).run();
    if (marked && added_up(marked->reading) > added_up(plain)) return std::move(marked->reading);
    std::size_t totals = 0;
    for (const BlockRow& r : block.rows)
        if (is_total(r.role)) ++totals;
    std::size_t by_look = explained(block, plain);
    if (by_look == totals) return plain;
    ColumnReading grouped = Reader(wb, sheet, block, true).run();
    return explained(block, grouped) > by_look ? std::move(grouped) : std::move(plain);
}

}  // namespace sk::tables
