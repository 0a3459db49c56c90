#include "read/pdf_paragraphs.hpp"

#include <algorithm>
#include <map>
#include <string_view>

namespace sk::pdf {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The line's text with no-break, narrow and thin spaces as plain ones.
std::string plain_spaces(std::string s) {
    for (std::string_view seq : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"})
        for (std::size_t at; (at = s.find(seq)) != std::string::npos;) s.replace(at, seq.size(), " ");
    return s;
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t end = text.find(' ', i);
        if (end == std::string::npos) end = text.size();
        if (end > i) out.push_back(text.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

bool unit_word(std::string w) {
    std::transform(w.begin(), w.end(), w.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    for (std::string_view u : {"kr", "kronor", "tkr", "mkr", "mnkr", "sek", ":-", "kr:-", "%"})
        if (w == u) return true;
    return false;
}

// Digits with separators, a sign or parentheses ("481", "000", "2,5", "(3", "-1", "3 000:-" ends "000:-").
bool number_word(std::string_view w) {
    if (w.size() >= 2 && w.substr(w.size() - 2) == ":-") w.remove_suffix(2);
    bool digit = false;
    for (char c : w) {
        if (is_digit(c)) digit = true;
        else if (c != ',' && c != '.' && c != '-' && c != '+' && c != '(' && c != ')') return false;
    }
    return digit;
}

// A line that ends in a figure, perhaps with a unit: a label and its amount, not a sentence's end.
bool ends_in_figure(const Line& line) {
    std::vector<std::string> w = words(plain_spaces(line.text()));
    if (!w.empty() && unit_word(w.back())) w.pop_back();
    return !w.empty() && number_word(w.back()) && w.back().back() != '.';
}

// A line of figures alone ("475 568 kr"): a column printed on a page of its own, never a sentence.
bool figures_only(const Line& line) {
    const std::vector<std::string> w = words(plain_spaces(line.text()));
    return std::any_of(w.begin(), w.end(), number_word) &&
           std::all_of(w.begin(), w.end(), [](const std::string& x) { return number_word(x) || unit_word(x); });
}

// The figure the line ends in: its last words that are figures, with the unit after them.
std::string last_figure(const Line& line) {
    const std::vector<std::string> w = words(plain_spaces(line.segments.back().text));
    std::size_t begin = w.size();
    if (begin > 0 && unit_word(w[begin - 1])) --begin;
    while (begin > 0 && number_word(w[begin - 1])) --begin;
    std::string out;
    for (std::size_t i = begin; i < w.size(); ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
}

bool ends_sentence(const Line& line) {
    const std::string t = line.text();
    const char last = t.empty() ? ' ' : t.back();
    return last == '.' || last == '!' || last == '?' || last == ':';
}

// The line goes on a sentence from the line above: it starts with a lower-case letter or a digit.
bool goes_on(const Line& line) {
    const std::string t = line.text();
    if (t.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(t.front());
    if (is_digit(char(c)) || (c >= 'a' && c <= 'z')) return true;
    // å, ä, ö, é and ü: two bytes, C3 then the lower-case code.
    return c == 0xC3 && t.size() > 1 && static_cast<unsigned char>(t[1]) >= 0xA0;
}

// Whether `below` starts a new paragraph after `above` (the next line of the run).
bool breaks(const Line& above, const Line& below, double right_edge) {
    const double height = std::min(above.height(), below.height());
    if (above.page != below.page) return ends_sentence(above) || !goes_on(below);
    if (below.top - above.bottom > 0.25 * height) return true;                 // a paragraph's spacing
    if (std::abs(above.height() - below.height()) > 0.1 * height) return true;  // a heading's type size
    return ends_sentence(above) && above.right() < right_edge - 2 * height;    // a paragraph's short last line
}

}  // namespace

Text text(const std::vector<std::vector<const Line*>>& runs) {
    // The right edge of the text on each page: where its longest lines end.
    std::map<int, double> right_edge;
    for (const auto& run : runs)
        for (const Line* l : run) right_edge[l->page] = std::max(right_edge[l->page], l->right());
    Text out;
    for (const auto& run : runs) {
        std::string paragraph, closing;
        auto end_paragraph = [&] {
            if (!paragraph.empty()) {
                closing = paragraph;
                out.paragraphs.push_back(std::move(paragraph));
            }
            paragraph.clear();
        };
        for (std::size_t i = 0; i < run.size(); ++i) {
            const Line& line = *run[i];
            const Line* next = i + 1 < run.size() ? run[i + 1] : nullptr;
            // A sentence wraps only at a full line: a short line ending in a figure is a row even so.
            const bool full = line.right() >= right_edge[line.page] - 3 * line.height();
            const bool next_goes_on = next && full && goes_on(*next) && !breaks(line, *next, right_edge[line.page]);
            if (figures_only(line) || (ends_in_figure(line) && !next_goes_on)) {  // a table row, not text
                end_paragraph();
                closing.clear();
                if (std::string figure = last_figure(line); !figure.empty()) out.row_figures.push_back(std::move(figure));
                continue;
            }
            paragraph += (paragraph.empty() ? "" : " ") + line.text();
            if (!next || breaks(line, *next, right_edge[line.page])) end_paragraph();
        }
        end_paragraph();
        out.closings.push_back(std::move(closing));
    }
    return out;
}

}  // namespace sk::pdf
