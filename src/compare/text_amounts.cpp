#include "compare/text_amounts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string_view>

#include "normalise/amount.hpp"
#include "tables/blocks.hpp"
#include "tables/fold_label.hpp"

namespace sk::compare {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }

// The sentences of a paragraph: cut after ". ", "! ", "? " before anything
// that is not a lower-case letter or a digit ("ca. 5" and "kap. 3" stay whole).
std::vector<std::string> sentences(const std::string& p) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < p.size(); ++i) {
        if ((p[i] != '.' && p[i] != '!' && p[i] != '?') || p[i + 1] != ' ') continue;
        const char next = p[i + 2];
        if ((next >= 'a' && next <= 'z') || is_digit(next)) continue;
        out.push_back(p.substr(start, i + 1 - start));
        start = i + 2;
    }
    if (start < p.size()) out.push_back(p.substr(start));
    return out;
}

// The words that say a sentence states a total or a part of one.
bool states_total(const std::string& sentence) {
    const std::string f = " " + tables::fold_label(sentence) + " ";
    for (std::string_view w : {"totalt", "omfattar", "varav", "fördelas", "uppgår till", "sammanlagt", "avsätter"}) {
        for (std::size_t at = f.find(w); at != std::string::npos; at = f.find(w, at + 1)) {
            const char after = f[at + w.size()];
            if (f[at - 1] == ' ' && !is_letter(after)) return true;
        }
    }
    return false;
}

// A space as Swedish grouping writes it: " ", U+00A0 or U+202F; its length, or 0.
std::size_t group_space(const std::string& s, std::size_t i) {
    if (i < s.size() && s[i] == ' ') return 1;
    if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
    if (s.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
    return 0;
}

std::string word_at(const std::string& s, std::size_t& i) {
    while (i < s.size() && (s[i] == ' ' || group_space(s, i))) i += std::max<std::size_t>(1, group_space(s, i));
    std::size_t b = i;
    while (i < s.size() && (is_letter(s[i]) || s[i] == ':' || s[i] == '-')) ++i;
    return tables::fold_label(s.substr(b, i - b));
}

std::string word_before(const std::string& s, std::size_t end) {
    std::size_t e = end;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '-' || s[e - 1] == '+')) --e;
    std::size_t b = e;
    while (b > 0 && is_letter(s[b - 1])) --b;
    return tables::fold_label(s.substr(b, e - b));
}

constexpr std::array<std::string_view, 8> money_words{"kronor", "kr", "tkr", "mkr", "mnkr", "miljoner", "miljarder", "sek"};
// After the unit: an amount for each of several ("per län", "vardera"), not a total.
constexpr std::array<std::string_view, 5> per_words{"per", "vardera", "var", "styck", "st"};
// Before the number: an estimate, never held against a table.
constexpr std::array<std::string_view, 7> rough_words{"ca", "cirka", "ungefär", "drygt", "knappt", "nästan", "omkring"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

std::vector<StatedAmount> stated_amounts(const std::string& paragraph) {
    std::vector<StatedAmount> out;
    for (const std::string& s : sentences(paragraph)) {
        if (!states_total(s)) continue;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || is_letter(s[i - 1]) || s[i - 1] == ',' || s[i - 1] == '.')))
                continue;
            const std::size_t begin = i;
            while (i < s.size() && is_digit(s[i])) ++i;
            for (std::size_t sp; (sp = group_space(s, i)) > 0 && i + sp + 3 <= s.size() && is_digit(s[i + sp]) &&
                                 is_digit(s[i + sp + 1]) && is_digit(s[i + sp + 2]) &&
                                 (i + sp + 3 == s.size() || !is_digit(s[i + sp + 3]));)
                i += sp + 3;
            if (i + 1 < s.size() && s[i] == ',' && is_digit(s[i + 1]))
                for (++i; i < s.size() && is_digit(s[i]);) ++i;
            const std::size_t number_end = i;
            std::size_t after = i;
            const std::string unit = word_at(s, after);
            if (!one_of(money_words, unit)) {
                i = number_end;
                continue;
            }
            std::size_t next = after;
            const std::string following = word_at(s, next);
            const bool per = one_of(per_words, following) || (after < s.size() && s[after] == '/');
            const bool rough = one_of(rough_words, word_before(s, begin));
            i = after;
            if (per || rough) continue;
            const std::string text = s.substr(begin, number_end - begin) + " " + unit;
            const num::Parsed parsed = num::parse(text);
            if (!parsed.ok() || parsed.reading.approx) continue;
            out.push_back(StatedAmount{s, s.substr(begin, after - begin), parsed.reading.value});
        }
    }
    return out;
}

TextCheck check_text(const Workbook& wb, const std::vector<std::string>& paragraphs) {
    struct Column {
        std::vector<double> values;  // sorted
        double tolerance = 0.5;
    };
    std::vector<Column> columns;
    std::set<double> scales{1};  // of the tables' columns (tkr: 1 000)
    double largest = 0;
    for (const Sheet& sheet : wb.sheets)
        for (const tables::Block& b : tables::find_blocks(wb, sheet)) {
            if (b.part || (b.measure != tables::Measure::Money && b.measure != tables::Measure::Plain)) continue;
            Column c;
            c.tolerance = tables::kind_scale(b.hint.kind) / 2;
            scales.insert(tables::kind_scale(b.hint.kind));
            for (const tables::BlockRow& r : b.rows)
                if (r.value.numeric()) c.values.push_back(r.value.value);
            if (c.values.empty()) continue;
            std::sort(c.values.begin(), c.values.end());
            largest = std::max(largest, std::fabs(c.values.back()));
            columns.push_back(std::move(c));
        }
    TextCheck out;
    if (columns.empty()) return out;  // no table the text could describe
    // A PDF's rows that no table took: their figures explain an amount as a
    // table's do, but do not bring larger amounts into the check. A figure
    // printed without its unit may be in the scale of any of the tables.
    for (double scale : scales) {
        Column loose;
        loose.tolerance = scale / 2;
        for (const std::string& figure : wb.loose_figures) {
            const bool unit = std::any_of(figure.begin(), figure.end(), is_letter);
            if (const num::Parsed p = num::parse(figure); p.ok() && (!unit || scale == 1))
                loose.values.push_back(p.reading.value * (unit ? 1 : scale));
        }
        if (loose.values.empty()) continue;
        std::sort(loose.values.begin(), loose.values.end());
        columns.push_back(std::move(loose));
    }
    auto near = [](const std::vector<double>& sorted, double v, double tolerance) {
        auto it = std::lower_bound(sorted.begin(), sorted.end(), v - tolerance);
        return it != sorted.end() && *it <= v + tolerance;
    };
    auto explained = [&](double v) {
        for (const Column& c : columns) {
            if (near(c.values, v, c.tolerance)) return true;
            for (double f : c.values)
                if (near(c.values, v - f, 2 * c.tolerance) || near(c.values, f - v, 2 * c.tolerance)) return true;
        }
        return false;
    };
    for (const std::string& p : paragraphs)
        for (StatedAmount& a : stated_amounts(p)) {
            if (a.value <= 0 || a.value > 1.5 * largest) continue;  // not about these tables
            (explained(a.value) ? out.matched : out.mismatched).push_back(std::move(a));
        }
    return out;
}

}  // namespace sk::compare
