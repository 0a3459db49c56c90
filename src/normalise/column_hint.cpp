#include "normalise/column_hint.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "normalise/canonical_text.hpp"
#include "normalise/digit_run.hpp"
#include "normalise/text_limits.hpp"
#include "normalise/tokens.hpp"

namespace sk::num {

namespace {

// The header's words: canonical (case folded), split at anything but letters and "%".
std::vector<std::string> words_of(std::string_view header) {
    std::vector<std::string> words;
    const std::string canonical = canonical_text(header);
    for (const Token& t : tokenize(canonical))
        if (t.kind == Token::Kind::Word || t.text == "%") words.emplace_back(t.text);
    return words;
}

template <std::size_t N>
bool any_word(const std::vector<std::string>& words, const std::array<std::string_view, N>& options) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return std::find(options.begin(), options.end(), w) != options.end(); });
}

bool has_phrase(const std::vector<std::string>& words, std::string_view a, std::string_view b) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == a && words[i + 1] == b) return true;
    return false;
}

bool ends_with_kod(const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [](const std::string& w) { return w.ends_with("kod"); });
}

// An amount per head or an average: "Kr per invånare", "Genomsnitt". Not
// "Belopp per kommun" (an allocation per kommun adds up), and a slash is not
// "per": "Antal besök/ personer" heads composite cells ("29/22").
bool rate_header(const std::vector<std::string>& w) {
    static constexpr std::array<std::string_view, 5> averages{"genomsnitt", "snitt", "medelvärde", "medeltal", "median"};
    static constexpr std::array<std::string_view, 13> heads{"invånare", "inv", "capita", "person", "personer", "elev",
                                                            "elever", "barn", "individ", "deltagare", "patient", "brukare",
                                                            "anställd"};
    if (any_word(w, averages)) return true;
    for (std::size_t i = 0; i + 1 < w.size(); ++i)
        if (w[i] == "per" && std::find(heads.begin(), heads.end(), w[i + 1]) != heads.end()) return true;
    return false;
}

}  // namespace

ColumnHint hint_from_header(std::string_view header) {
    ColumnHint h;
    if (header.size() > longest_number_text) return h;  // prose, not a header
    const std::vector<std::string> w = words_of(header);
    static constexpr std::array<std::string_view, 4> thousands{"tkr", "tsek", "ksek", "tusental"};
    static constexpr std::array<std::string_view, 4> millions{"mkr", "mnkr", "msek", "miljoner"};
    static constexpr std::array<std::string_view, 6> codes{"kod", "nr", "nummer", "kommunnummer", "id", "dnr"};
    // "Ålder" heads ages (13, 14, … 22): labels of the rows, summed no more than codes.
    static constexpr std::array<std::string_view, 2> ages{"ålder", "åldersgrupp"};
    static constexpr std::array<std::string_view, 5> years{"år", "årtal", "budgetår", "verksamhetsår", "kalenderår"};
    static constexpr std::array<std::string_view, 4> percent{"%", "andel", "procent", "andelar"};
    static constexpr std::array<std::string_view, 3> counts{"antal", "personer", "invånare"};
    static constexpr std::array<std::string_view, 13> amounts{
        "summa", "belopp", "totalt", "total", "kr", "kronor", "sek", "medel", "beviljat", "utfall", "budget",
        "kostnad", "kostnader"};
    if (rate_header(w))
        h.kind = ColumnKind::Rate;
    else if (any_word(w, thousands) || has_phrase(w, "tusen", "kronor"))
        h.kind = ColumnKind::Thousands;
    else if (any_word(w, millions))
        h.kind = ColumnKind::Millions;
    else if (ends_with_kod(w) || any_word(w, codes) || (w.size() <= 2 && any_word(w, ages)))
        h.kind = ColumnKind::Code;
    else if (w.size() == 1 && any_word(w, years))
        h.kind = ColumnKind::Year;
    else if (any_word(w, percent))
        h.kind = ColumnKind::Percent;
    else if (any_word(w, counts))
        h.kind = ColumnKind::Count;
    else if (any_word(w, amounts))
        h.kind = ColumnKind::Amount;
    return h;
}

ColumnHint::Separator separator_from_texts(const std::vector<std::string_view>& texts) {
    bool dot = false, comma = false;
    for (std::string_view text : texts) {
        if (text.size() > longest_number_text) continue;  // never read as a number
        const std::string canonical = canonical_text(text);
        for (const Token& t : tokenize(canonical)) {
            if (t.kind != Token::Kind::Digits) continue;
            // Only a run with a single reading tells the habit.
            const DigitRun run = read_digit_run(t.text, ColumnHint::Separator::Unknown, false);
            if (run.readings.size() != 1) continue;
            const std::size_t last = t.text.find_last_of(".,");
            if (last == std::string_view::npos) continue;
            const bool is_decimal = !run.readings[0].fraction.empty();
            (((t.text[last] == ',') == is_decimal) ? dot : comma) = true;
        }
    }
    if (dot == comma) return ColumnHint::Separator::Unknown;
    return dot ? ColumnHint::Separator::DotGroups : ColumnHint::Separator::CommaGroups;
}

}  // namespace sk::num
