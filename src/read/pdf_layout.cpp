#include "read/pdf_layout.hpp"

#include "base/bytes.hpp"
#include "read/pdf_line.hpp"
#include "read/pdf_paragraphs.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

namespace sk {

namespace {

using pdf::Line;
using pdf::Segment;

// A figure: digits with spaces, signs, separators and unit words only ("1 234 kr", "12,5 %", "(3 000)").
bool is_figure(std::string s) {
    // No-break and thin spaces, the minus sign and the en dash count as ASCII.
    for (std::string_view seq : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89", "\xE2\x88\x92", "\xE2\x80\x93"})
        for (std::size_t at; (at = s.find(seq)) != std::string::npos;) s.replace(at, seq.size(), "-");
    bool digit = false;
    std::string letters;
    for (unsigned char c : bytes(s)) {
        if (c >= 0x80) return false;
        if (std::isdigit(c)) digit = true;
        else if (std::isalpha(c)) letters += char(std::tolower(c));
    }
    return digit && (letters.empty() || letters == "kr" || letters == "tkr" || letters == "mkr" || letters == "mnkr" ||
                     letters == "sek");
}

// The page's words as lines, top to bottom, each split into segments where
// the gap between two words is wider than a space.
std::vector<Line> page_lines(const PdfPage& page, int page_number) {
    std::vector<const PdfWord*> words;
    for (const PdfWord& w : page.words)
        if (!w.text.empty() && w.bottom > w.top) words.push_back(&w);
    auto center = [](const PdfWord* w) { return (w->top + w->bottom) / 2; };
    std::stable_sort(words.begin(), words.end(), [&](auto* a, auto* b) { return center(a) < center(b); });
    std::vector<std::vector<const PdfWord*>> rows;
    double row_center = 0, row_height = 0;
    for (const PdfWord* w : words) {
        double height = w->bottom - w->top;
        if (rows.empty() || std::abs(center(w) - row_center) > 0.35 * std::max(height, row_height)) {
            rows.emplace_back();
            row_height = height;
        }
        rows.back().push_back(w);
        row_center = center(w);
        row_height = std::max(row_height, height);
    }
    std::vector<Line> lines;
    for (auto& row : rows) {
        std::sort(row.begin(), row.end(), [](auto* a, auto* b) { return a->left < b->left; });
        Line line;
        line.page = page_number;
        line.number = int(lines.size()) + 1;
        line.page_height = page.height;
        line.top = row.front()->top;
        line.bottom = row.front()->bottom;
        for (const PdfWord* w : row) {
            line.top = std::min(line.top, w->top);
            line.bottom = std::max(line.bottom, w->bottom);
            double gap_limit = 0.55 * (w->bottom - w->top);
            if (!line.segments.empty() && w->left - line.segments.back().right <= gap_limit) {
                line.segments.back().text += " " + w->text;
                line.segments.back().right = std::max(line.segments.back().right, w->right);
            } else {
                line.segments.push_back({w->text, w->left, w->right, false});
            }
        }
        for (Segment& s : line.segments) s.number = is_figure(s.text);
        lines.push_back(std::move(line));
    }
    return lines;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A figure cut by the line's end: a last digit group of one or two digits
// after a group of three ("2 974 23" above "0 kr" in a narrow column).
bool cut_figure(std::string_view text) {
    std::size_t space = text.rfind(' ');
    if (space == std::string_view::npos) return false;
    std::string_view tail = text.substr(space + 1), before = text.substr(0, space);
    std::size_t group_start = before.rfind(' ');
    std::string_view group = before.substr(group_start == std::string_view::npos ? 0 : group_start + 1);
    return tail.size() <= 2 && all_digits(tail) && group.size() == 3 && all_digits(group);
}

// The text of a cell that wrapped: its lines joined by a space, a cut figure without one.
std::string join_wrapped(const std::string& above, const std::string& below) {
    bool goes_on = cut_figure(above) && !below.empty() && std::isdigit(static_cast<unsigned char>(below.front()));
    return above + (goes_on ? "" : " ") + below;
}

double overlap(double left1, double right1, double left2, double right2) {
    return std::min(right1, right2) - std::max(left1, left2);
}

// Whether `below`, the next line on the page, is printed in the same table row
// as `above`: half a line off beside it (a cell centred beside a taller one),
// or stacked tighter than rows are. The lines of one wrapped cell overlap
// their boxes (by 9-12 % of their height in LibreOffice's PDFs, Calc's and
// Writer's), rows of one line by at most 3 %. Two figures in the same place
// are two rows, unless the upper one is cut. (Text that overflows its row
// overlaps the next row's more, but in the same place: not a centred cell.)
bool same_row(const Line& above, const Line& below) {
    if (above.page != below.page) return false;
    double height = std::min(above.bottom - above.top, below.bottom - below.top);
    double shared = above.bottom - below.top;
    bool side_by_side = true, two_figures = false, one_to_one = true, all_go_on = true;
    for (const Segment& a : above.segments) {
        int under = 0;
        for (const Segment& b : below.segments) {
            if (overlap(a.left, a.right, b.left, b.right) <= 0) continue;
            side_by_side = false;
            two_figures = two_figures || (a.number && b.number && !cut_figure(a.text));
            ++under;
        }
        one_to_one = one_to_one && under <= 1;
    }
    for (const Segment& b : below.segments) {
        auto above_it = std::count_if(above.segments.begin(), above.segments.end(),
                                      [&](const Segment& a) { return overlap(a.left, a.right, b.left, b.right) > 0; });
        one_to_one = one_to_one && above_it <= 1;
        all_go_on = all_go_on && (above_it == 1 || b.number);
    }
    if (shared >= 0.25 * height) return side_by_side;
    // One of the lines is a single cell's, and each cell continues at most one
    // cell above it: lines of many cells that straddle are text run over its
    // row (a tall cell in a row of fixed height), not a wrapped label.
    bool one_cell = above.segments.size() == 1 || below.segments.size() == 1 || all_go_on;
    // The lines of a wrapped cell have one type size; a heading above a table has a larger one.
    bool same_size = std::abs((above.bottom - above.top) - (below.bottom - below.top)) <= 0.1 * height;
    return shared > 0.06 * height && !two_figures && one_to_one && one_cell && same_size;
}

// `below` added to the row `row`: each of its cells to the cell of the row it
// lies under (the text joined), or as a cell of its own.
void add_to_row(Line& row, const Line& below) {
    for (const Segment& s : below.segments) {
        Segment* under = nullptr;
        double best = 0;
        for (Segment& t : row.segments) {
            double shared = overlap(t.left, t.right, s.left, s.right);
            if (shared > best) {
                best = shared;
                under = &t;
            }
        }
        if (under) {
            under->text = join_wrapped(under->text, s.text);
            under->left = std::min(under->left, s.left);
            under->right = std::max(under->right, s.right);
        } else {
            auto at = std::find_if(row.segments.begin(), row.segments.end(), [&](const Segment& t) { return t.left > s.left; });
            row.segments.insert(at, s);
        }
    }
    row.top = std::min(row.top, below.top);
    row.bottom = std::max(row.bottom, below.bottom);
    row.printed += below.printed;
    for (Segment& s : row.segments) s.number = is_figure(s.text);
}

// The printed rows: lines that are one table row (wrapped or vertically centred cells) joined into one.
std::vector<Line> printed_rows(const std::vector<const Line*>& lines) {
    std::vector<Line> rows;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0 && same_row(*lines[i - 1], *lines[i])) add_to_row(rows.back(), *lines[i]);
        else rows.push_back(*lines[i]);
    }
    return rows;
}

// The line's text with every digit as '#': a page number does not make a footer different.
std::string shape(const Line& line) {
    std::string out = line.text();
    for (char& c : out)
        if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
    return out;
}

bool in_margin(const Line& line) { return line.bottom < 0.12 * line.page_height || line.top > 0.88 * line.page_height; }

bool page_number_line(const std::string& shape) {
    std::string s;
    for (char c : shape) s += char(std::tolower(static_cast<unsigned char>(c)));
    s.erase(std::remove(s.begin(), s.end(), '#'), s.end());
    s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '-' || c == '(' || c == ')' || c == '/' || c == '.'; }), s.end());
    // Figures alone: one number ("- 3 -") or "3/9"; "24 000" is an amount at the page's foot.
    std::size_t runs = 0;
    for (std::size_t i = 0; i < shape.size(); ++i) runs += shape[i] == '#' && (i == 0 || shape[i - 1] != '#');
    if (s.empty()) return runs == 1 || (runs == 2 && shape.find('/') != std::string::npos);
    return s == "sida" || s == "sidaav" || s == "page" || s == "pageof" || s == "sav" || s == "av" || s == "of";
}

// Page headers and footers: in the top or bottom margin, and either a page
// number line ("Sida 3 av 9", "- 3 -") or the same text on most pages: the
// same but for the page number, or for a figure alone the very same figure
// (a phone number in the footer), as amounts at the foot of two pages
// ("24 000 kr", "33 000 kr") have the same digits but not the same figure.
std::vector<bool> furniture(const std::vector<Line>& lines, int pages) {
    auto repeated_as = [](const Line& l) {
        std::string text = l.text();
        return is_figure(text) ? "=" + text : shape(l);
    };
    std::map<std::string, std::set<int>> pages_of;
    for (const Line& l : lines)
        if (in_margin(l)) pages_of[repeated_as(l)].insert(l.page);
    std::vector<bool> out(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!in_margin(lines[i])) continue;
        std::string s = shape(lines[i]);
        std::size_t seen = pages_of[repeated_as(lines[i])].size();
        out[i] = (s.find('#') != std::string::npos && page_number_line(s)) || (pages >= 2 && seen >= 2 && 2 * seen >= std::size_t(pages));
    }
    return out;
}

// A column of a table: the x-extent its cells cover.
struct Column {
    double left, right;
    bool header = false, body = false;  // has cells above / from the first row with figures
};

class TableBuilder {
public:
    explicit TableBuilder(std::vector<const Line*> lines) : lines_(std::move(lines)) {}

    Sheet build(int number, CellBudget& budget) {
        drop_repeated_headers();
        find_columns();
        Sheet sheet;
        sheet.name = "Tabell " + std::to_string(number);
        for (std::uint32_t r = 0; r < lines_.size(); ++r) {
            const Line& line = *lines_[r];
            sheet.row_origins.push_back("s. " + std::to_string(line.page) + ", rad " + std::to_string(line.number));
            std::map<std::uint32_t, std::string> cells;
            for (const Segment& s : line.segments) {
                std::string& text = cells[column_of(s)];
                text += (text.empty() ? "" : " ") + s.text;
            }
            for (auto& [col, text] : cells) {
                Cell cell;
                cell.row = r;
                cell.col = col;
                cell.type = CellType::Text;
                cell.text = text;
                budget.admit(cell, sheet.name);
                sheet.cells.push_back(std::move(cell));
            }
        }
        sheet.index_rows();
        return sheet;
    }

private:
    std::vector<const Line*> lines_;
    std::vector<Column> columns_;
    std::size_t header_rows_ = 0;

    std::size_t first_figure_row() const {
        for (std::size_t i = 0; i < lines_.size(); ++i)
            for (const Segment& s : lines_[i]->segments)
                if (s.number) return i;
        return 0;
    }

    // On each page after the first, the lines that repeat the table's first lines (its header).
    void drop_repeated_headers() {
        header_rows_ = first_figure_row();
        if (header_rows_ == 0) return;
        std::vector<const Line*> kept;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            bool new_page = i > 0 && lines_[i]->page != lines_[i - 1]->page;
            if (new_page && i + header_rows_ <= lines_.size()) {
                bool same = true;
                for (std::size_t k = 0; k < header_rows_ && same; ++k) same = lines_[i + k]->text() == lines_[k]->text();
                if (same) {
                    i += header_rows_ - 1;
                    continue;
                }
            }
            kept.push_back(lines_[i]);
        }
        lines_ = std::move(kept);
    }

    // The columns: the x-extents of the cells of the lines with two or more
    // cells, overlapping extents merged; a column of header cells only
    // joins the column of figures only to its right (a left-aligned heading
    // over right-aligned amounts).
    void find_columns() {
        std::vector<Column> spans;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (lines_[i]->segments.size() < 2) continue;
            for (const Segment& s : lines_[i]->segments)
                spans.push_back({s.left, s.right, i < header_rows_, i >= header_rows_});
        }
        std::sort(spans.begin(), spans.end(), [](const Column& a, const Column& b) { return a.left < b.left; });
        for (const Column& s : spans) {
            if (!columns_.empty() && s.left <= columns_.back().right + 0.5) {
                Column& c = columns_.back();
                c.right = std::max(c.right, s.right);
                c.header |= s.header;
                c.body |= s.body;
            } else {
                columns_.push_back(s);
            }
        }
        std::vector<Column> merged;
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            Column c = columns_[i];
            if (c.header && !c.body && i + 1 < columns_.size() && !columns_[i + 1].header) {
                columns_[i + 1].left = c.left;
                columns_[i + 1].header = true;
                continue;
            }
            merged.push_back(c);
        }
        columns_ = std::move(merged);
    }

    std::uint32_t column_of(const Segment& s) const {
        double mid = (s.left + s.right) / 2;
        std::uint32_t best = 0;
        double best_distance = INFINITY;
        for (std::uint32_t c = 0; c < columns_.size(); ++c) {
            if (s.left >= columns_[c].left - 0.5 && s.left <= columns_[c].right) return c;  // starts inside it
            double d = mid < columns_[c].left ? columns_[c].left - mid : mid > columns_[c].right ? mid - columns_[c].right : 0;
            if (d < best_distance) {
                best_distance = d;
                best = c;
            }
        }
        return best;
    }
};

}  // namespace

PdfContent pdf_content(const std::vector<PdfPage>& pages, CellBudget& budget) {
    std::vector<Line> all;
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (Line& l : page_lines(pages[p], int(p) + 1)) all.push_back(std::move(l));
    std::vector<bool> skip = furniture(all, int(pages.size()));
    std::vector<const Line*> kept;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (!skip[i]) kept.push_back(&all[i]);
    const std::vector<Line> rows = printed_rows(kept);
    std::vector<const Line*> lines;
    for (const Line& row : rows) lines.push_back(&row);

    // Tables: runs of lines with two or more cells; a line of one narrow
    // cell (a section label) stays inside when the table goes on right after it.
    PdfContent out;
    std::vector<bool> in_table(lines.size(), false);
    for (std::size_t i = 0; i < lines.size();) {
        if (lines[i]->segments.size() < 2) {
            ++i;
            continue;
        }
        std::size_t end = i + 1, tabular = 1;
        double left = lines[i]->left(), right = lines[i]->right();
        while (end < lines.size()) {
            const Line& l = *lines[end];
            if (l.segments.size() >= 2) {
                ++tabular;
                left = std::min(left, l.left());
                right = std::max(right, l.right());
                ++end;
                continue;
            }
            const Line* next = end + 1 < lines.size() && lines[end + 1]->segments.size() >= 2 ? lines[end + 1]
                             : end + 2 < lines.size() && lines[end + 1]->segments.size() < 2 && lines[end + 2]->segments.size() >= 2
                                 ? lines[end + 2]
                                 : nullptr;
            if (!next) break;
            // Narrow against the table with the row that follows: a header over
            // the amount columns alone has a section label to its left.
            const double table_left = std::min(left, next->left()), table_right = std::max(right, next->right());
            if (l.right() - l.left() > 0.6 * (table_right - table_left) || l.left() < table_left - 2) break;
            ++end;
        }
        if (tabular >= 2) {
            out.tables.push_back(TableBuilder({lines.begin() + std::ptrdiff_t(i), lines.begin() + std::ptrdiff_t(end)})
                                     .build(int(out.tables.size()) + 1, budget));
            std::fill(in_table.begin() + std::ptrdiff_t(i), in_table.begin() + std::ptrdiff_t(end), true);
        }
        i = end;
    }

    // The text: the printed lines of the rows outside the tables, in runs that a table ends.
    std::vector<std::vector<const Line*>> runs(1);
    std::size_t first = 0;  // the row's first line in `kept`
    for (std::size_t r = 0; r < rows.size(); first += std::size_t(rows[r].printed), ++r) {
        if (in_table[r]) {
            if (!runs.back().empty()) runs.emplace_back();
            continue;
        }
        for (std::size_t k = first; k < first + std::size_t(rows[r].printed); ++k) runs.back().push_back(kept[k]);
    }
    pdf::Text text = pdf::text(runs);
    out.paragraphs = std::move(text.paragraphs);
    out.row_figures = std::move(text.row_figures);
    return out;
}

}  // namespace sk
