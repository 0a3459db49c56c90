#include "read/pdf_layout.hpp"

#include "base/ascii.hpp"
#include "base/bytes.hpp"
#include "read/pdf_line.hpp"
#include "read/pdf_paragraphs.hpp"
#include "read/table_heading.hpp"

#include <unicode/uchar.h>

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

double gap_limit(const PdfWord& w) { return 0.55 * (w.bottom - w.top); }

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The x where left-aligned table columns start: where two or more of the
// page's words begin after a gap wider than a space (a cell after the one
// before it), words with a letter first or of different widths: right-aligned
// figures of one width begin at one x too, but that is no edge.
std::vector<double> column_edges(const std::vector<std::vector<const PdfWord*>>& rows) {
    std::vector<const PdfWord*> starts;
    for (const auto& row : rows)
        for (std::size_t i = 1; i < row.size(); ++i)
            if (row[i]->left - row[i - 1]->right > gap_limit(*row[i])) starts.push_back(row[i]);
    std::sort(starts.begin(), starts.end(), [](auto* a, auto* b) { return a->left < b->left; });
    std::vector<double> edges;
    for (std::size_t i = 0; i < starts.size();) {
        std::size_t end = i + 1;
        while (end < starts.size() && starts[end]->left - starts[i]->left <= 0.15) ++end;
        int letters = 0;
        double narrowest = INFINITY, widest = 0;
        for (std::size_t k = i; k < end; ++k) {
            if (!is_digit(starts[k]->text.front())) ++letters;
            narrowest = std::min(narrowest, starts[k]->right - starts[k]->left);
            widest = std::max(widest, starts[k]->right - starts[k]->left);
        }
        if (letters >= 2 || (end - i >= 2 && widest - narrowest > 0.5)) edges.push_back(starts[i]->left);
        i = end;
    }
    return edges;
}

// Whether `x` is at one of `edges` (ascending): the cells of a column begin
// at one x, to a few hundredths of a point.
bool at_edge(double x, const std::vector<double>& edges) {
    auto it = std::lower_bound(edges.begin(), edges.end(), x - 0.15);
    return it != edges.end() && *it <= x + 0.15;
}

// Whether the characters at `before_at` and `at` of `text` look like two
// texts run together: an upper-case letter or a digit after another
// character ("RegioFolkhälsoenheten", "Härj1", "nå Ungdomsmottagningen"),
// never digit after digit or capital after capital (a figure, an acronym).
// Text overflowing into an empty cell goes on inside words ("Jämtla|nds")
// and is never cut there, nor the clipped glyphs of a cell ("Härjedal|en").
bool run_together(const std::string& text, std::size_t before_at, std::size_t at) {
    auto code_point = [&](std::size_t i) {  // the UTF-8 character at byte i
        auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
        unsigned lead = byte(i);
        if (lead < 0x80) return UChar32(lead);
        if (lead < 0xE0) return UChar32(((lead & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu));
        if (lead < 0xF0) return UChar32(((lead & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu));
        return UChar32(((lead & 0x07u) << 18) | ((byte(i + 1) & 0x3Fu) << 12) | ((byte(i + 2) & 0x3Fu) << 6) | (byte(i + 3) & 0x3Fu));
    };
    UChar32 before = code_point(before_at), after = code_point(at);
    return (u_isupper(after) || u_isdigit(after)) && !(u_isdigit(before) && u_isdigit(after)) &&
           !(u_isupper(before) && u_isupper(after));
}

// The row's words, each cut where one of its characters begins at a column
// edge and no other word does: Calc prints a cell's text clipped at the next
// filled cell, and poppler may read its last glyphs and that cell's first
// word as one ("Härj1 800 000 kr", "LänetKommunförbundet").
std::vector<PdfWord> cut_at_edges(const std::vector<const PdfWord*>& row, const std::vector<double>& edges) {
    std::vector<double> word_edges;
    for (const PdfWord* w : row)
        if (at_edge(w->left, edges)) word_edges.push_back(w->left);
    std::vector<PdfWord> out;
    for (const PdfWord* w : row) {
        std::vector<std::size_t> starts;  // byte offset of each character
        for (std::size_t i = 0; i < w->text.size(); ++i)
            if ((static_cast<unsigned char>(w->text[i]) & 0xC0) != 0x80) starts.push_back(i);
        std::size_t from = 0;
        PdfWord piece = *w;
        if (starts.size() == w->char_lefts.size()) {
            for (std::size_t k = 1; k < starts.size(); ++k) {
                double x = w->char_lefts[k];
                if (!at_edge(x, edges) || at_edge(x, word_edges) || !run_together(w->text, starts[k - 1], starts[k])) continue;
                piece.text = w->text.substr(from, starts[k] - from);
                piece.right = x;
                out.push_back(piece);
                from = starts[k];
                piece.left = x;
            }
        }
        piece.text = w->text.substr(from);
        piece.right = w->right;
        piece.char_lefts.clear();
        out.push_back(piece);
    }
    return out;
}

double overlap(double left1, double right1, double left2, double right2) {
    return std::min(right1, right2) - std::max(left1, left2);
}

// The words of one line that cover another by half the narrower one, when
// two pairs or more do: one text over another. (A clipped cell's last glyph
// only reaches into the next cell, and poppler may give a clipped word's
// hidden rest as one word over the next cell's first: one pair is no
// overprint.)
std::vector<const PdfWord*> overprinted_words(const std::vector<const PdfWord*>& row) {
    std::vector<const PdfWord*> out;
    int pairs = 0;
    for (std::size_t i = 0; i < row.size(); ++i)
        for (std::size_t j = i + 1; j < row.size() && row[j]->left < row[i]->right; ++j)
            if (overlap(row[i]->left, row[i]->right, row[j]->left, row[j]->right) >
                0.5 * std::min(row[i]->right - row[i]->left, row[j]->right - row[j]->left)) {
                ++pairs;
                out.push_back(row[i]);
                out.push_back(row[j]);
            }
    if (pairs < 2) out.clear();
    return out;
}

// Whether `text` begins with a group of three digits that a figure's digits
// before it go on with ("568" of "475 568", "000,50"): two cells side by
// side begin otherwise ("12,7%/1%" after "65", "5975/453" after "8155").
bool digit_group(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && is_digit(text[digits])) ++digits;
    return digits == 3 && (text.size() == 3 || text[3] == ' ' || text[3] == ',');
}

// Where the figure that begins at words[k] ends: its digit groups ("2 127
// 436") and a "kr" after them; -1 when words[k] begins no figure.
double figure_end(const std::vector<PdfWord>& words, std::size_t k) {
    if (!is_digit(words[k].text.front())) return -1;
    double end = words[k].right;
    for (std::size_t j = k + 1; j < words.size() && words[j].left - words[j - 1].right <= gap_limit(words[j]); ++j) {
        if (!digit_group(words[j].text) && words[j].text != "kr") break;
        end = words[j].right;
    }
    return end;
}

// The x where right-aligned figures end: where three or more of the page's
// figures end, on lines of their own. A figure run together with the
// clipped label before it ("Kommunför 2127436") ends there too.
std::vector<double> figure_edges(const std::vector<std::vector<PdfWord>>& rows) {
    std::vector<double> ends;
    for (const auto& row : rows)
        for (std::size_t k = 0; k < row.size(); ++k)
            if (double end = figure_end(row, k); end >= 0 && (k == 0 || !is_digit(row[k - 1].text.back()))) ends.push_back(end);
    std::sort(ends.begin(), ends.end());
    std::vector<double> edges;
    for (std::size_t i = 0; i + 2 < ends.size();) {
        if (ends[i + 2] - ends[i] <= 0.3) {
            edges.push_back(ends[i + 1]);
            while (i + 1 < ends.size() && ends[i + 1] - ends[i] <= 0.3) ++i;
        }
        ++i;
    }
    return edges;
}

// The page's words as lines, top to bottom, each split into segments where
// the gap between two words is wider than a space, where a word begins
// at a column edge however close to the word before (a clipped cell), or
// where a figure begins that ends at the edge of a column of figures.
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
    for (auto& row : rows) std::sort(row.begin(), row.end(), [](auto* a, auto* b) { return a->left < b->left; });
    const std::vector<double> edges = column_edges(rows);
    std::vector<std::vector<PdfWord>> cut_rows;
    for (auto& row : rows) cut_rows.push_back(cut_at_edges(row, edges));
    const std::vector<double> right_edges = figure_edges(cut_rows);
    std::vector<Line> lines;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        Line line;
        line.page = page_number;
        line.number = int(lines.size()) + 1;
        line.page_height = page.height;
        line.top = row.front()->top;
        line.bottom = row.front()->bottom;
        for (std::size_t k = 0; k < cut_rows[r].size(); ++k) {
            const PdfWord& w = cut_rows[r][k];
            line.top = std::min(line.top, w.top);
            line.bottom = std::max(line.bottom, w.bottom);
            bool cut = false;
            // A figure after a word that is none, a point or more apart, that
            // ends where a column of figures does: a cell of that column.
            if (!line.segments.empty() && !is_digit(line.segments.back().text.back()) &&
                w.left - line.segments.back().right >= 1 && at_edge(figure_end(cut_rows[r], k), right_edges))
                cut = true;
            if (!line.segments.empty() && !cut && at_edge(w.left, edges)) {
                const std::string& before = line.segments.back().text;
                std::size_t last = before.size() - 1;
                while (last > 0 && (static_cast<unsigned char>(before[last]) & 0xC0) == 0x80) --last;
                std::string pair = before.substr(last) + w.text;
                cut = run_together(pair, 0, before.size() - last) ||
                      (is_digit(before.back()) && is_digit(w.text.front()) && !digit_group(w.text));
            }
            if (!line.segments.empty() && w.left - line.segments.back().right <= gap_limit(w) && !cut) {
                line.segments.back().text += " " + w.text;
                line.segments.back().right = std::max(line.segments.back().right, w.right);
            } else {
                // A clipped cell's last glyph reaches into the next cell: it ends where that begins.
                if (!line.segments.empty()) line.segments.back().right = std::min(line.segments.back().right, w.left);
                line.segments.push_back({w.text, w.left, w.right, false});
            }
        }
        for (Segment& s : line.segments) s.number = is_figure(s.text);
        for (const PdfWord* w : overprinted_words(row))
            for (Segment& s : line.segments)
                if (overlap(s.left, s.right, w->left, w->right) > 0) s.overprinted = true;
        lines.push_back(std::move(line));
    }
    // Lines a third of a line or less apart, one over the other, are printed over each other.
    for (std::size_t i = 1; i < lines.size(); ++i) {
        Line &above = lines[i - 1], &below = lines[i];
        double height = std::min(above.bottom - above.top, below.bottom - below.top);
        if (above.bottom - below.top < 0.67 * height) continue;
        for (Segment& a : above.segments)
            for (Segment& b : below.segments)
                if (overlap(a.left, a.right, b.left, b.right) > 0.5 * std::min(a.right - a.left, b.right - b.left))
                    a.overprinted = b.overprinted = true;
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

// A figure wrapped between two digit groups: `above` digit groups only, the
// last of three digits when there are more ("1 865", "13 302"), `below` one
// group of three and at most a unit ("000", "905 kr"): Writer's narrow
// amount column.
bool wrapped_figure(std::string_view above, std::string_view below) {
    if (above.empty() || !std::all_of(above.begin(), above.end(), [](char c) { return c == ' ' || is_digit(c); })) return false;
    std::size_t space = above.rfind(' ');
    std::size_t last = above.size() - (space == std::string_view::npos ? 0 : space + 1);
    if (last == 0 || last > 3 || (space != std::string_view::npos && last != 3)) return false;
    if (below.size() < 3 || !all_digits(below.substr(0, 3))) return false;
    std::string_view rest = below.substr(3);
    return rest.empty() || (rest.front() == ' ' && std::none_of(rest.begin(), rest.end(), [](char c) { return is_digit(c); }));
}

// Whether `above` ends with a part of a word that `below` begins with the
// rest of, where the word is one that gives a row its role: Writer breaks a
// word too wide for a narrow column anywhere ("Tota" / "lt:", "Sum" / "ma").
// Other words broken so stay two (their text costs nothing but reading);
// joining every short line to the next would join "Länets" / "kommuner".
bool broken_role_word(std::string_view above, std::string_view below) {
    const std::size_t space = above.rfind(' ');
    const std::string_view head = space == std::string_view::npos ? above : above.substr(space + 1);
    const std::string_view tail = below.substr(0, below.find(' '));
    if (head.empty() || tail.empty()) return false;
    std::string word = ascii_lower(std::string(head) + std::string(tail));
    if (word.ends_with(':')) word.pop_back();
    for (std::string_view w : {"totalt", "summa", "delsumma", "total"})
        if (word == w) return head.size() < word.size();
    return false;
}

// The text of a cell that wrapped: its lines joined by a space; a cut figure,
// or a broken word that gives a row its role, without one.
std::string join_wrapped(const std::string& above, const std::string& below) {
    bool goes_on = (cut_figure(above) && !below.empty() && std::isdigit(static_cast<unsigned char>(below.front()))) ||
                   broken_role_word(above, below);
    return above + (goes_on ? "" : " ") + below;
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
            under->overprinted = under->overprinted || s.overprinted;
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

// Whether `below`, the next line on the page, is printed at the pitch of one
// cell's wrapped lines after `above` (or half a line off beside it): their
// boxes overlap by more than the 3 % of rows of one line, in one type size.
bool continues(const Line& above, const Line& below) {
    if (above.page != below.page) return false;
    double height = std::min(above.bottom - above.top, below.bottom - below.top);
    bool same_size = std::abs((above.bottom - above.top) - (below.bottom - below.top)) <= 0.1 * height;
    return above.bottom - below.top > 0.06 * height && same_size;
}

// An amount: a figure of three digits or more (a list's "2." is not one).
bool amount_like(const Segment& s) {
    return s.number && std::count_if(s.text.begin(), s.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) >= 3;
}

// Whether `above` and `below` hold an amount each in the same place, the upper one not cut in two.
bool two_amounts(const Line& above, const Line& below) {
    for (const Segment& a : above.segments)
        for (const Segment& b : below.segments)
            if (amount_like(a) && amount_like(b) && !cut_figure(a.text) && !wrapped_figure(a.text, b.text) &&
                overlap(a.left, a.right, b.left, b.right) > 0)
                return true;
    return false;
}

// Whether `line`, a figure alone, stands right under an amount of `above`
// on its page and ends where that amount ends, or begins where it begins
// (Writer's amounts may be left-aligned in their cells): a sum printed
// without a label at a table's foot (a SUM cell under the column), the
// table's last row.
bool sum_under(const Line& above, const Line& line) {
    if (line.segments.size() != 1 || !amount_like(line.segments.front()) || line.page != above.page) return false;
    if (line.top - above.bottom > above.height()) return false;
    const Segment& sum = line.segments.front();
    return std::any_of(above.segments.begin(), above.segments.end(),
                       [&](const Segment& a) {
                           return amount_like(a) && (std::fabs(a.right - sum.right) < 1.0 || std::fabs(a.left - sum.left) < 1.0);
                       });
}

// Whether a cell of `line` lies over two cells of `other`: text run over a
// row (Calc's prose or heading over a row of wrapped header cells), not a
// line of the same row.
bool straddles(const Line& line, const Line& other) {
    for (const Segment& a : line.segments)
        if (std::count_if(other.segments.begin(), other.segments.end(),
                          [&](const Segment& b) { return overlap(a.left, a.right, b.left, b.right) > 0; }) >= 2)
            return true;
    return false;
}

// Whether the lines [begin, end), each continuing the one before, are one
// printed row: no two of them hold an amount in the same place (a row has one
// amount a column; the upper one cut in two aside), and no cell of one lies
// over two of another. Writer's rows are such runs, their cells wrapped
// beside each other, some centred; Calc's text run over rows of fixed height
// stacks lines the same way, but over rows, each with its own amount.
bool one_row(const std::vector<const Line*>& lines, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
        for (std::size_t j = i + 1; j < end; ++j)
            if (two_amounts(*lines[i], *lines[j]) || straddles(*lines[i], *lines[j]) || straddles(*lines[j], *lines[i]))
                return false;
    return true;
}

// Whether `next`, the first row of a page, is the rest of `row`, the last of
// the page before, split by the page break (as Writer splits a tall row): it
// goes on with the digits of a figure cut at the page's foot, or each of its
// cells lies under one of a table row's, and it holds no figure or nothing
// under the row's first cell (a year "20" / "25" broken in a narrow column),
// never an amount where the row has one.
bool rest_of_row(const Line& row, const Line& next) {
    for (const Segment& a : row.segments)
        for (const Segment& b : next.segments)
            if (a.number && overlap(a.left, a.right, b.left, b.right) > 0 &&
                ((cut_figure(a.text) && is_digit(b.text.front()) && !amount_like(b)) || wrapped_figure(a.text, b.text)))
                return true;
    if (row.segments.size() < 2 || two_amounts(row, next)) return false;
    bool figures = false, under_first = false;
    for (const Segment& b : next.segments) {
        figures = figures || b.number;
        under_first = under_first || overlap(row.segments.front().left, row.segments.front().right, b.left, b.right) > 0;
        if (std::none_of(row.segments.begin(), row.segments.end(),
                         [&](const Segment& a) { return overlap(a.left, a.right, b.left, b.right) > 0; }))
            return false;
    }
    // Figures only go on a row whose first cell (its label) goes on no further.
    return !figures || !under_first;
}

// Whether a text holds a word that makes a row a total ("Totalt:", "Summa",
// "Delsumma", "S:a"), lower or upper case.
bool names_a_total(std::string_view text) {
    const std::string folded = ascii_lower(text);
    return folded.find("total") != std::string::npos || folded.find("summa") != std::string::npos ||
           folded.find("s:a") != std::string::npos;
}

// Whether a text holds three digits in a row: a figure, or a part of one, that text printed over it took in.
bool holds_digits(std::string_view text) {
    int run = 0;
    for (char c : text)
        if ((run = is_digit(c) ? run + 1 : 0) >= 3) return true;
    return false;
}

// Whether an overprinted row can stay in a table, keeping its figures and
// its texts that stand clear and losing the texts printed over each other:
// each figure of the row overlaps no other word of it, no text it would lose
// took in digits of a figure, and no text names a total, lost (a total read
// as an item would be added into the total above it) or kept beside a
// figure (a header's "Summa" run into the first row's line would make that
// row a total). A row of headers printed over keeps its clear headers.
bool clear_amounts(const Line& row) {
    const bool figures = std::any_of(row.segments.begin(), row.segments.end(), [](const Segment& s) { return s.number; });
    for (const Segment& a : row.segments) {
        if (!a.number) {
            if ((a.overprinted || figures) && names_a_total(a.text)) return false;
            if (a.overprinted && holds_digits(a.text)) return false;
            continue;
        }
        for (const Segment& b : row.segments)
            if (&a != &b && overlap(a.left, a.right, b.left, b.right) > 0) return false;
    }
    return true;
}

// The printed rows: lines that are one table row (wrapped or vertically centred cells) joined into one.
std::vector<Line> printed_rows(const std::vector<const Line*>& lines) {
    std::vector<Line> rows;
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t end = i + 1;
        while (end < lines.size() && continues(*lines[end - 1], *lines[end])) ++end;
        // (A run of hundreds of lines is no row: its pairs are not compared.)
        if (end - i == 1 || (end - i <= 200 && one_row(lines, i, end))) {
            Line row = *lines[i];
            for (std::size_t k = i + 1; k < end; ++k) add_to_row(row, *lines[k]);
            bool page_top = i > 0 && lines[i]->page == lines[i - 1]->page + 1;
            if (page_top && !rows.empty() && rest_of_row(rows.back(), row)) add_to_row(rows.back(), row);
            else rows.push_back(std::move(row));
            i = end;
            continue;
        }
        if (std::any_of(lines[end - 1]->segments.begin(), lines[end - 1]->segments.end(), amount_like)) {
            // Calc's cells stand at the foot of their rows, and a cell of more lines than its row
            // holds runs up over the row above: each line with an amount ends a row.
            for (bool open = false; i < end; ++i) {
                if (open) add_to_row(rows.back(), *lines[i]);
                else rows.push_back(*lines[i]);
                open = std::none_of(lines[i]->segments.begin(), lines[i]->segments.end(), amount_like);
            }
            continue;
        }
        for (; i < end; ++i) {
            // A row has one amount a column: lines that would give it two are two rows.
            if (i > 0 && same_row(*lines[i - 1], *lines[i]) && !two_amounts(rows.back(), *lines[i]))
                add_to_row(rows.back(), *lines[i]);
            else rows.push_back(*lines[i]);
        }
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

// "3", "- 3 -", "(3)", "3/9", "Sida 3", "Sida 3 av 9", "s. 3 av 9", "Page 3 of 9": one page number,
// or two with "av", "of" or "/" between. Two numbers side by side ("13 3", a row
// of a table at the top of a page; "500 000", an amount) are none.
// Read by hand, not with std::regex: GCC 12's <regex> does not build under
// ASan with warnings as errors, and a page's lines need no more than this.
bool page_number_line(const std::string& shape) {
    const std::string s = ascii_lower(shape);
    std::size_t i = 0;
    auto run_of = [&](std::string_view chars) {
        std::size_t from = i;
        while (i < s.size() && chars.find(s[i]) != std::string_view::npos) ++i;
        return i > from;
    };
    auto word = [&](std::string_view w) {
        if (s.compare(i, w.size(), w) != 0) return false;
        i += w.size();
        return true;
    };
    // [ -(]  sida|page|s.  #  [av|of|/ #]  [ -)]
    run_of(" ");
    run_of("-(");
    run_of(" ");
    if (!word("sida") && !word("page")) word("s.");
    run_of(" ");
    if (!run_of("#")) return false;
    run_of(" ");
    const std::size_t before_second = i;
    if (word("av") || word("of") || word("/")) {
        run_of(" ");
        if (!run_of("#")) i = before_second;
    }
    run_of(" ");
    run_of("-)");
    run_of(" ");
    return i == s.size();
}

// Page headers and footers: in the top or bottom margin, and either a page
// number line ("Sida 3 av 9", "- 3 -") apart from the text next to it (not
// the rest of a cell's figure wrapped at the page's foot, nor a figure in a
// column of figures), or the same text on most pages: the same but for the
// page number, or for a figure alone the very same figure (a phone number in
// the footer), as amounts at the foot of two pages ("24 000 kr", "33 000 kr")
// have the same digits but not the same figure.
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
        bool apart = !(i > 0 && continues(lines[i - 1], lines[i])) && !(i + 1 < lines.size() && continues(lines[i], lines[i + 1]));
        // A bare number over or under a figure of the page's next or last line is in that column.
        const Line* inner = lines[i].top < 0.5 * lines[i].page_height ? (i + 1 < lines.size() ? &lines[i + 1] : nullptr)
                                                                      : (i > 0 ? &lines[i - 1] : nullptr);
        bool bare = std::none_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        if (bare && inner && inner->page == lines[i].page)
            for (const Segment& a : lines[i].segments)
                for (const Segment& b : inner->segments)
                    apart = apart && !(b.number && overlap(a.left, a.right, b.left, b.right) > 0);
        out[i] = (s.find('#') != std::string::npos && page_number_line(s) && apart) ||
                 (pages >= 2 && seen >= 2 && 2 * seen >= std::size_t(pages));
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
                if (s.overprinted && !s.number) continue;  // a label printed over another: unreadable
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
    std::vector<std::pair<double, double>> gaps_;
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

    // How far a cell may reach into the one beside it and only touch it:
    // Calc clips a label where the next cell begins, and the clipped text's
    // last glyph may reach past the text that begins there ("Summa" over the
    // amounts, 1.3 pt inside the clipped label before it).
    static constexpr double touch = 2;

    // The columns: the x-extents of the cells of the lines with two or more
    // cells, overlapping extents merged: first the body's, then the header's
    // that lie under none of those (a header cell may run over its column's
    // edge); a column of header cells only joins the column of figures only
    // to its right (a left-aligned heading over right-aligned amounts), and
    // the column to its left then ends where it begins.
    void find_columns() {
        find_gaps();
        std::vector<Column> body, header;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (lines_[i]->segments.size() < 2) continue;
            for (const Segment& s : lines_[i]->segments)
                if (i < header_rows_) header.push_back({s.left, s.right, true, false});
                else if (!bridges(s)) body.push_back({s.left, s.right, false, true});
        }
        columns_ = merge_spans(std::move(body));
        std::vector<Column> own;
        for (const Column& h : header)
            if (std::none_of(columns_.begin(), columns_.end(), [&](const Column& c) { return under(h, c); })) own.push_back(h);
        for (const Column& h : merge_spans(std::move(own))) columns_.push_back(h);
        std::sort(columns_.begin(), columns_.end(), [](const Column& a, const Column& b) { return a.left < b.left; });
        std::vector<Column> merged;
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            Column c = columns_[i];
            if (c.header && !c.body && i + 1 < columns_.size() && !columns_[i + 1].header) {
                columns_[i + 1].left = c.left;
                columns_[i + 1].header = true;
                if (!merged.empty()) merged.back().right = std::min(merged.back().right, c.left);
                continue;
            }
            merged.push_back(c);
        }
        columns_ = std::move(merged);
    }

    // Whether a header cell lies under a body column: they overlap by more
    // than where one only touches the other's edge.
    static bool under(const Column& h, const Column& c) {
        return overlap(c.left, c.right, h.left, h.right) > 0.5 && h.left < c.right - touch && h.right > c.left + touch;
    }

    // Whether a body cell lies over two cells of another body line: a label
    // run over the empty cells beside it ("Totalt direkt fördelat länets
    // kommuner:" over the first columns of figures) shows no column.
    // That is, it holds a gap between two cells of a line, half a point in from its ends.
    bool bridges(const Segment& s) const {
        auto it = std::upper_bound(gaps_.begin(), gaps_.end(), std::pair<double, double>{s.left + 0.5, INFINITY});
        for (; it != gaps_.end() && it->first < s.right - 0.5; ++it)
            if (it->second < s.right - 0.5) return true;
        return false;
    }

    // The gaps between the cells of the body's lines, (right of one, left of the next), sorted, once each.
    void find_gaps() {
        for (std::size_t i = header_rows_; i < lines_.size(); ++i)
            for (std::size_t k = 1; k < lines_[i]->segments.size(); ++k)
                gaps_.push_back({lines_[i]->segments[k - 1].right, lines_[i]->segments[k].left});
        std::sort(gaps_.begin(), gaps_.end());
        gaps_.erase(std::unique(gaps_.begin(), gaps_.end()), gaps_.end());
    }

    // Spans sorted and merged where they overlap. Cells that only touch are
    // two columns: a clipped cell ends where the next begins, and a
    // right-aligned figure's last glyph may reach a hair into the next cell.
    static std::vector<Column> merge_spans(std::vector<Column> spans) {
        std::sort(spans.begin(), spans.end(), [](const Column& a, const Column& b) { return a.left < b.left; });
        std::vector<Column> out;
        for (const Column& s : spans) {
            if (!out.empty() && s.left < out.back().right - 0.5) {
                Column& c = out.back();
                c.right = std::max(c.right, s.right);
                c.header |= s.header;
                c.body |= s.body;
            } else {
                out.push_back(s);
            }
        }
        return out;
    }

    std::uint32_t column_of(const Segment& s) const {
        double mid = (s.left + s.right) / 2;
        std::uint32_t best = 0;
        double best_distance = INFINITY;
        for (std::uint32_t c = 0; c < columns_.size(); ++c) {
            if (s.left >= columns_[c].left - 0.5 && s.left < columns_[c].right - touch) return c;  // starts inside it
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
    std::vector<bool> in_table(lines.size(), false), table_starts(lines.size(), false);
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
            // An unlabelled sum ends the table, unless its rows go on right under it.
            if (sum_under(*lines[end - 1], l)) {
                ++end;
                if (end < lines.size() && lines[end]->segments.size() >= 2) continue;
                break;
            }
            const Line* next = end + 1 < lines.size() && lines[end + 1]->segments.size() >= 2 ? lines[end + 1]
                             : end + 2 < lines.size() && lines[end + 1]->segments.size() < 2 && lines[end + 2]->segments.size() >= 2
                                 ? lines[end + 2]
                                 : nullptr;
            if (!next) break;
            // Narrow against the table with the row that follows: a header over
            // the amount columns alone has a section label to its left.
            const double table_left = std::min(left, next->left()), table_right = std::max(right, next->right());
            // A wide line is prose, unless it introduces the rows after it
            // ("Respektive kommun i enlighet med aktivitet i fokusområde:").
            const bool introduces = l.text().ends_with(':');
            if ((l.right() - l.left() > 0.6 * (table_right - table_left) && !introduces) || l.left() < table_left - 2) break;
            ++end;
        }
        // Text printed over text cannot be read. The rest of its row can, when
        // each amount stands clear of every other word (Calc's two-line labels
        // run over the rows of fixed height around them, the amounts
        // right-aligned beside): such rows keep their amounts and their clear
        // texts and lose the ones printed over (clear_amounts says when).
        // Otherwise the region is read as text, not as a table.
        bool overprinted = std::any_of(lines.begin() + std::ptrdiff_t(i), lines.begin() + std::ptrdiff_t(end),
                                       [](const Line* l) { return l->overprinted() && !clear_amounts(*l); });
        if (tabular >= 2 && !overprinted) {
            out.tables.push_back(TableBuilder({lines.begin() + std::ptrdiff_t(i), lines.begin() + std::ptrdiff_t(end)})
                                     .build(int(out.tables.size()) + 1, budget));
            std::fill(in_table.begin() + std::ptrdiff_t(i), in_table.begin() + std::ptrdiff_t(end), true);
            table_starts[i] = true;
        }
        i = end;
    }

    // The text: the printed lines of the rows outside the tables, in runs
    // that a table ends: run k is what stands above table k.
    std::vector<std::vector<const Line*>> runs(1);
    std::size_t first = 0;  // the row's first line in `kept`
    for (std::size_t r = 0; r < rows.size(); first += std::size_t(rows[r].printed), ++r) {
        if (table_starts[r]) runs.emplace_back();
        if (in_table[r]) continue;
        for (std::size_t k = first; k < first + std::size_t(rows[r].printed); ++k) runs.back().push_back(kept[k]);
    }
    pdf::Text text = pdf::text(runs);
    for (std::size_t t = 0; t < out.tables.size(); ++t) out.tables[t].heading = table_heading(std::move(text.closings[t]));
    out.paragraphs = std::move(text.paragraphs);
    out.row_figures = std::move(text.row_figures);
    return out;
}

}  // namespace sk
