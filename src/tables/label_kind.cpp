#include "tables/label_kind.hpp"

#include <array>

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

}  // namespace

LabelKind label_kind(std::string_view s) {
    // A sentence is not a label: "Totalt antal startade kontakter under 2025 var 710 stycken".
    if (s.empty() || s.size() > 60) return LabelKind::Plain;

    for (std::string_view w : std::array<std::string_view, 3>{"delsumma", "subtotal", "delsummor"})
        if (is_or_starts(s, w)) return LabelKind::Subtotal;
    // Not "Grand Total" / "Totalsumma": pivot tables print them over counts
    // and averages as well as sums.
    for (std::string_view w : std::array<std::string_view, 6>{"totalt", "summa", "s:a", "total", "riket", "sum"})
        if (is_or_starts(s, w)) return LabelKind::Total;
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
    // Folding never shortens a text by more than its white space, so 256
    // bytes leave room around the 60 a label may have after folding.
    constexpr std::size_t longest_label_text = 256;
    if (text.size() > longest_label_text) return LabelKind::Plain;
    return label_kind(fold_label(text));
}

}  // namespace sk::tables
