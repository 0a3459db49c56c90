#include "tables/label_kind.hpp"

#include <array>

#include "base/ascii.hpp"
#include "tables/fold_label.hpp"

namespace sk::tables {

namespace {

// True when `s` is `word` or starts with `word` followed by a space.
bool is_or_starts(std::string_view s, std::string_view word) {
    return s == word || (s.size() > word.size() && s.starts_with(word) && s[word.size()] == ' ');
}

// True when `word` occurs in `s` as a whole word after the first one.
bool has_word(std::string_view s, std::string_view word) {
    for (auto pos = s.find(word, 1); pos != std::string_view::npos; pos = s.find(word, pos + 1)) {
        bool starts = s[pos - 1] == ' ';
        bool ends = pos + word.size() == s.size() || s[pos + word.size()] == ' ';
        if (starts && ends) return true;
    }
    return false;
}

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "sida 3 av 9", "sida 3", "page 2 of 4", "3 (9)", "- 3 -".
bool is_page_line(std::string_view s) {
    for (std::string_view w : {std::string_view("sida "), std::string_view("page "), std::string_view("s. ")}) {
        if (!s.starts_with(w)) continue;
        std::string_view rest = s.substr(w.size());
        auto sp = rest.find(' ');
        if (!all_digits(rest.substr(0, sp))) return false;
        if (sp == std::string_view::npos) return true;
        rest = rest.substr(sp + 1);
        for (std::string_view of : {std::string_view("av "), std::string_view("of "), std::string_view("(")})
            if (rest.starts_with(of)) {
                rest = rest.substr(of.size());
                if (!rest.empty() && rest.back() == ')') rest.remove_suffix(1);
                return all_digits(rest);
            }
        return false;
    }
    if (s.size() >= 5 && s.starts_with("- ") && s.ends_with(" -")) return all_digits(s.substr(2, s.size() - 4));
    auto open = s.find(" (");
    return open != std::string_view::npos && s.back() == ')' && all_digits(s.substr(0, open)) &&
           all_digits(s.substr(open + 2, s.size() - open - 3));
}

// A line that compares with the table rather than adding it up.
bool is_comparison(std::string_view s) {
    if (s.find("jämförelse") != std::string_view::npos || s.find("jämfört med") != std::string_view::npos) return true;
    for (std::string_view w : {"genomsnitt", "medelvärde", "medeltal", "median", "snitt", "samtliga län", "alla län",
                               "totalt alla län", "totalt samtliga län", "totalt alla regioner", "samtliga regioner",
                               "länet", "hela landet", "medel per"})
        if (is_or_starts(s, w)) return true;
    return s == "medel";
}

}  // namespace

LabelKind label_kind(std::string_view s) {
    // A sentence is not a label: "Totalt antal startade kontakter under 2025 var 710 stycken".
    // A long name is: "Summa Folkhälsoenheten (FHE) samordning inkl aktiviteter länshandlingsplan".
    if (s.empty() || s.size() > 120 || (s.size() > 60 && has_ascii_digit(s)))
        return LabelKind::Plain;
    if (is_page_line(s)) return LabelKind::PageLine;
    if (is_comparison(s)) return LabelKind::Comparison;

    for (std::string_view w : std::array<std::string_view, 3>{"delsumma", "subtotal", "delsummor"})
        if (is_or_starts(s, w)) return LabelKind::Subtotal;
    // Not "Grand Total" / "Totalsumma": pivot tables print them over counts
    // and averages as well as sums.
    for (std::string_view w : std::array<std::string_view, 6>{"totalt", "summa", "s:a", "total", "riket", "sum"})
        if (is_or_starts(s, w)) return LabelKind::Total;
    // "Direkt till regionens vårdverksamheter Totalt:": the word closes the label.
    for (std::string_view w : std::array<std::string_view, 2>{" totalt", " summa"})
        if (s.ends_with(w)) return LabelKind::Total;
    for (std::string_view w : std::array<std::string_view, 2>{"varav", "därav"})
        if (is_or_starts(s, w)) return LabelKind::Part;
    for (std::string_view w : std::array<std::string_view, 5>{
             "erhållna medel", "erhållet belopp", "tilldelade medel", "tilldelat belopp", "beviljade medel"})
        if (is_or_starts(s, w)) return LabelKind::Received;
    for (std::string_view w : std::array<std::string_view, 9>{
             "slås ihop", "kvar", "kvarstår", "återstår", "överskott", "underskott", "att återbetala",
             "överförs till", "balanseras"})
        if (is_or_starts(s, w) || has_word(s, w)) return LabelKind::Remainder;
    return LabelKind::Plain;
}

LabelKind label_kind_of_text(std::string_view text) {
    if (text.size() > longest_label_text) return LabelKind::Plain;
    std::string folded = fold_label(text);
    // A long line that ends a sentence is one ("Totalt sett har … året.").
    std::size_t end = text.find_last_not_of(" \t\r\n");
    if (folded.size() > 60 && end != std::string_view::npos && text[end] == '.') return LabelKind::Plain;
    return label_kind(folded);
}

}  // namespace sk::tables
