#include "normalise/unit_words.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace sk::num {

namespace {

constexpr UnitWord kr{Unit::Kr, 0}, tkr{Unit::Kr, 3}, mkr{Unit::Kr, 6}, mdkr{Unit::Kr, 9}, percent{Unit::Percent, 0};

// Scale words stand for kronor on their own too ("2 miljoner", "14,1 miljarder").
constexpr std::pair<std::string_view, UnitWord> after_words[] = {
    {"kr", kr}, {"kr.", kr}, {"kronor", kr}, {"sek", kr}, {":-", kr}, {",-", kr}, {".-", kr},
    {"tkr", tkr}, {"tkr.", tkr}, {"tsek", tkr}, {"ksek", tkr}, {"tusen", tkr}, {"tusenkr", tkr}, {"tusenkr.", tkr},
    {"tusenkronor", tkr},
    {"mkr", mkr}, {"mkr.", mkr}, {"mnkr", mkr}, {"mnkr.", mkr}, {"mn", mkr}, {"mnsek", mkr}, {"msek", mkr},
    {"milj", mkr}, {"milj.", mkr}, {"miljkr", mkr}, {"milj.kr", mkr}, {"miljkronor", mkr}, {"milj.kronor", mkr},
    {"miljon", mkr}, {"miljoner", mkr}, {"miljonkr", mkr}, {"miljonerkr", mkr}, {"miljonkronor", mkr},
    {"miljonerkronor", mkr},
    {"mdkr", mdkr}, {"mdkr.", mdkr}, {"mdr", mdkr}, {"mdr.", mdkr}, {"mdrkr", mdkr}, {"mdsek", mdkr},
    {"miljard", mdkr}, {"miljarder", mdkr}, {"miljardkr", mdkr}, {"miljarderkr", mdkr}, {"miljardkronor", mdkr},
    {"miljarderkronor", mdkr},
    {"%", percent}, {"procent", percent},
};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

std::optional<UnitWord> unit_after(std::string_view spaceless) {
    for (const auto& [word, unit] : after_words)
        if (word == spaceless) return unit;
    return std::nullopt;
}

std::optional<UnitWord> unit_before(std::string_view word) {
    if (word == "kr" || word == "sek") return kr;
    return std::nullopt;
}

bool is_approx_word(std::string_view word) {
    static constexpr std::array<std::string_view, 5> words{"ca", "cirka", "circa", "ungefär", "\u2248"};
    return contains(words, word);
}

bool is_month_word(std::string_view word) {
    static constexpr std::array<std::string_view, 33> months{
        "januari", "februari", "mars",    "april",    "maj",     "juni",      "juli",    "augusti", "september",
        "oktober", "november", "december", "jan",     "feb",     "mar",       "apr",     "jun",     "jul",
        "aug",     "sep",      "sept",    "okt",      "nov",     "dec",       "january", "february", "march",
        "may",     "june",     "july",    "august",   "october", "oct"};
    return contains(months, word);
}

}  // namespace sk::num
