#include "tables/marked_tree.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "tables/row_look.hpp"

namespace sk::tables {

namespace {

// The node at `i` adds `children`: its reading, and it is their parent.
void make_node(ColumnReading& out, const Block& b, std::size_t i, std::vector<std::size_t> children, Basis basis) {
    for (std::size_t c : children) out.rows[c].parent = i;
    RowReading& r = out.rows[i];
    if (b.rows[i].value.numeric() && adds_up(b, children, b.rows[i].value.value)) r.matched = 0;
    r.readings.push_back(Reading{std::move(children), basis});
}

bool all_items(const ColumnReading& out, const std::vector<std::size_t>& rows) {
    return std::all_of(rows.begin(), rows.end(), [&](std::size_t k) { return out.rows[k].place == Place::Item; });
}

struct OpenGroup {
    std::string folded;  // the header's label, folded
    std::vector<std::size_t> children;
};

std::optional<ColumnReading> by_brackets(const Sheet& sheet, const Block& b) {
    const std::vector<SectionHeader> headers = section_headers(sheet, b);
    if (headers.empty()) return std::nullopt;
    ColumnReading out;
    out.rows.resize(b.rows.size());
    std::vector<OpenGroup> open;
    std::vector<std::size_t> top;  // the top level not yet added by a total
    std::size_t closed = 0, h = 0;
    bool bare_close = false;  // a total that names nothing closed a group
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        for (; h < headers.size() && headers[h].row < b.rows[i].row; ++h) open.push_back({headers[h].folded, {}});
        RowReading& r = out.rows[i];
        r.place = place_of(b.rows[i].role);
        if (r.place == Place::Outside) continue;
        std::vector<std::size_t>& level = open.empty() ? top : open.back().children;
        if (r.place == Place::Item) {
            level.push_back(i);
            continue;
        }
        if (open.empty()) {  // a total of the top level
            if (top.empty()) return std::nullopt;
            Basis basis = all_items(out, top) ? Basis::Items : Basis::GroupHeaders;
            make_node(out, b, i, std::exchange(top, {i}), basis);
            continue;
        }
        // It closes the innermost group, and names it (or nothing).
        std::string part = named_part(b.rows[i].label);
        if (!part.empty() && !names_section(part, open.back().folded)) return std::nullopt;
        bare_close = bare_close || part.empty();
        std::vector<std::size_t> children = std::move(open.back().children);
        open.pop_back();
        if (children.empty()) return std::nullopt;
        Basis basis = all_items(out, children) ? Basis::Section : Basis::GroupHeaders;
        make_node(out, b, i, std::move(children), basis);
        (open.empty() ? top : open.back().children).push_back(i);
        ++closed;
    }
    // Every group opened is closed, every total names what it closes.
    if (closed == 0 || !open.empty() || h < headers.size()) return std::nullopt;
    // Items above the groups that no total adds, and a total that names
    // nothing after them: it may close its group or add everything above it.
    if (bare_close && std::any_of(top.begin(), top.end(), [&](std::size_t k) { return out.rows[k].place == Place::Item; }))
        return std::nullopt;
    for (RowReading& r : out.rows) r.strong = !r.readings.empty();
    return out;
}

// True when a group's rows hold a total the indentation does not show: a
// row labelled as one, or a row that is the sum of two or more rows right
// above it on its level (a subtotal under its items, indented like them).
// `heads(k)`: row k is a group row of its own.
template <class IsHead>
bool holds_a_subtotal(const ColumnReading& out, const Block& b, IsHead heads, const std::vector<std::size_t>& level) {
    for (std::size_t j = 0; j < level.size(); ++j) {
        const std::size_t k = level[j];
        if (heads(k)) continue;
        if (out.rows[k].place == Place::Total) return true;
        double run = 0;
        for (std::size_t n = 1; n <= j && n <= longest_group; ++n) {
            run += b.rows[level[j - n]].value.value;
            if (n >= 2 && std::fabs(run - b.rows[k].value.value) < exact_tolerance && b.rows[k].value.value != 0) return true;
        }
    }
    return false;
}

std::optional<MarkedTree> by_indentation(const Workbook& wb, const Sheet& sheet, const Block& b) {
    std::vector<int> indent(b.rows.size());
    for (std::size_t i = 0; i < b.rows.size(); ++i) indent[i] = label_indent(wb, label_cell(sheet, b.rows[i].row, b.col));
    if (std::all_of(indent.begin(), indent.end(), [&](int x) { return x == indent.front(); })) return std::nullopt;
    ColumnReading out;
    out.rows.resize(b.rows.size());
    std::vector<std::vector<std::size_t>> children(b.rows.size());
    std::vector<std::size_t> stack, top;
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        out.rows[i].place = place_of(b.rows[i].role);
        if (out.rows[i].place == Place::Outside) continue;
        while (!stack.empty() && indent[stack.back()] >= indent[i]) stack.pop_back();
        (stack.empty() ? top : children[stack.back()]).push_back(i);
        stack.push_back(i);
    }
    for (std::size_t i = 0; i < b.rows.size(); ++i)
        if (!children[i].empty() &&
            holds_a_subtotal(out, b, [&](std::size_t k) { return !children[k].empty(); }, children[i]))
            return std::nullopt;
    std::size_t heads = 0;
    for (std::size_t i = 0; i < b.rows.size(); ++i)
        if (!children[i].empty()) {
            out.rows[i].place = Place::Head;
            make_node(out, b, i, std::move(children[i]), Basis::Heading);
            ++heads;
        }
    if (heads < 2) return std::nullopt;  // one indented run says little about the rest
    // A total at the top level adds the top level above it since the last
    // total there, or, standing first, the top level below it.
    for (std::size_t t = 0; t < top.size(); ++t) {
        std::size_t i = top[t];
        if (out.rows[i].place != Place::Total) continue;
        std::vector<std::size_t> above, below;
        for (std::size_t k = t; k-- > 0 && out.rows[top[k]].place != Place::Total;) above.insert(above.begin(), top[k]);
        for (std::size_t k = t + 1; k < top.size() && out.rows[top[k]].place != Place::Total; ++k) below.push_back(top[k]);
        if (!above.empty()) make_node(out, b, i, std::move(above), Basis::GroupHeaders);
        else if (!below.empty()) make_node(out, b, i, std::move(below), Basis::Heading);
    }
    // Indentation means groups here when at least two of them add up exactly;
    // else a difference is not said to be an error.
    bool grouping = added_up(out) >= 2;
    for (RowReading& r : out.rows) {
        r.strong = grouping && !r.readings.empty();
        r.by_layout = r.place == Place::Head;
    }
    return MarkedTree{std::move(out), grouping};
}

// Group rows told by bold alone, nested without indentation: a bold row
// over plain rows heads them (to the next bold row); a bold row over bold
// rows heads the groups after it until their amounts, or their items', add
// up to its own. The look does not say where such a group ends, so the
// reading stands only when two group rows or more add up and at most one
// does not.
class BoldReader {
public:
    BoldReader(const Workbook& wb, const Sheet& sheet, const Block& b) : b_(b), leaves_(b.rows.size(), 0) {
        out_.rows.resize(b.rows.size());
        for (std::size_t i = 0; i < b.rows.size(); ++i) {
            out_.rows[i].place = place_of(b.rows[i].role);
            if (out_.rows[i].place != Place::Outside) seq_.push_back(i);
            bold_.push_back(row_bold(wb, sheet, b, i));
        }
    }

    std::optional<MarkedTree> run() {
        std::vector<std::size_t> top;
        for (std::size_t p = 0; p < seq_.size();) {
            const std::size_t i = seq_[p];
            if (!bold_[i] || !numeric(i)) {
                top.push_back(i);
                ++p;
            } else if (p + 1 == seq_.size()) {
                // The last row, bold: the grand total of the top level above it.
                if (top.empty()) return std::nullopt;
                make_node(out_, b_, i, std::exchange(top, {i}), Basis::GroupHeaders);
                ++p;
            } else {
                std::optional<std::size_t> next = group(p);
                if (!next) return std::nullopt;
                top.push_back(i);
                p = *next;
            }
        }
        std::size_t heads = 0;
        for (const RowReading& r : out_.rows) heads += r.place == Place::Head ? 1 : 0;
        // At least two groups add up, and at most one does not.
        if (added_up(out_) < 2 || added_up(out_) + 1 < heads) return std::nullopt;
        for (RowReading& r : out_.rows) {
            r.strong = !r.readings.empty();
            r.by_layout = r.place == Place::Head;
        }
        return MarkedTree{std::move(out_), true};
    }

private:
    const Block& b_;
    ColumnReading out_;
    std::vector<std::size_t> seq_;  // the rows in sums, top to bottom
    std::vector<bool> bold_;
    std::vector<double> leaves_;  // per group row: what its items add up to

    double value(std::size_t i) const { return b_.rows[i].value.value; }
    bool numeric(std::size_t i) const { return b_.rows[i].value.numeric(); }
    bool plain_item(std::size_t i) const { return !bold_[i] && out_.rows[i].place == Place::Item && numeric(i); }

    // The group headed by seq_[p]; the position after it, or nothing when its end cannot be read.
    std::optional<std::size_t> group(std::size_t p) {
            const std::size_t i = seq_[p];
        std::vector<std::size_t> children;
        std::size_t q = p + 1;
        if (q < seq_.size() && plain_item(seq_[q])) {
            // Its items run to the next bold row, or end where they first add
            // up to it: plain rows after that stand on the level above.
            double sum = 0;
            for (std::size_t r = q; r < seq_.size() && plain_item(seq_[r]); ++r) {
                children.push_back(seq_[r]);
                sum += value(seq_[r]);
                if (std::fabs(sum - value(i)) < exact_tolerance) break;
            }
            q += children.size();
            leaves_[i] = sum;
            if (holds_subtotal(children)) return std::nullopt;
        } else {
            double typed = 0;
            bool done = false;
            while (!done && q < seq_.size() && bold_[seq_[q]] && numeric(seq_[q])) {
                const std::size_t c = seq_[q];
                std::optional<std::size_t> next = group(q);
                if (!next) return std::nullopt;
                children.push_back(c);
                typed += value(c);
                leaves_[i] += leaves_[c];
                q = *next;
                done = std::fabs(typed - value(i)) < exact_tolerance || std::fabs(leaves_[i] - value(i)) < exact_tolerance;
            }
            if (!done) return std::nullopt;
        }
        if (children.empty()) return std::nullopt;
        out_.rows[i].place = Place::Head;
        make_node(out_, b_, i, std::move(children), Basis::Heading);
        return q;
    }

    bool holds_subtotal(const std::vector<std::size_t>& items) const {
        return holds_a_subtotal(out_, b_, [](std::size_t) { return false; }, items);
    }
};

}  // namespace

std::size_t added_up(const ColumnReading& r) {
    return std::size_t(std::count_if(r.rows.begin(), r.rows.end(), [](const RowReading& x) {
        return (x.place == Place::Total || x.place == Place::Head) && x.matched;
    }));
}

std::optional<MarkedTree> read_marked_tree(const Workbook& wb, const Sheet& sheet, const Block& b) {
    if (b.rows.size() < 3) return std::nullopt;
    if (std::optional<ColumnReading> r = by_brackets(sheet, b)) return MarkedTree{std::move(*r), true};
    if (std::optional<MarkedTree> t = by_indentation(wb, sheet, b)) return t;
    return BoldReader(wb, sheet, b).run();
}

}  // namespace sk::tables
