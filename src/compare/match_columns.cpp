#include "compare/match_columns.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string_view>

#include "compare/name_key.hpp"
#include "tables/fold_label.hpp"

namespace sk::compare {

namespace {

// Words that say the unit or that it is money, not which money, and small words.
constexpr std::array<std::string_view, 24> quiet_words{
    "belopp", "kr",  "kronor", "tkr", "mkr", "mnkr", "sek",  "tusental", "tusentals", "miljoner", "angivet", "totalt",
    "total",  "summa", "sum",  "i",   "och", "av",   "för",  "till",     "per",       "med",      "inom",    "samt"};

// Words for the money a decision grants and a follow-up says was received.
constexpr std::array<std::string_view, 18> granted_words{
    "beviljat", "beviljade", "beviljad", "beslutat", "beslutade", "beslutad", "tilldelat", "tilldelade", "tilldelning",
    "erhållna", "erhållet", "erhållit", "fördelat", "fördelade", "fördelning", "medel", "anslag", "utbetalt"};

struct HeaderWords {
    std::set<std::string> words;  // collation keys of the words that are not units
    std::set<std::string> years;
    bool granted = false;         // a word of granted_words
    bool total = false;
};

HeaderWords header_words(const KeyedColumn& c) {
    HeaderWords h;
    h.total = c.total_column;
    const std::string folded = tables::fold_label(c.header);
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        const bool digits = word.find_first_not_of("0123456789") == std::string::npos;
        if (digits && word.size() == 4 && (word.starts_with("19") || word.starts_with("20"))) {
            h.years.insert(word);
        } else if (!digits && std::find(quiet_words.begin(), quiet_words.end(), word) == quiet_words.end()) {
            if (std::find(granted_words.begin(), granted_words.end(), word) != granted_words.end()) h.granted = true;
            else if (std::vector<std::string> k = name_keys(word); !k.empty()) h.words.insert(k.front());
        }
        word.clear();
    };
    for (char ch : folded) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (u >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) word += ch;
        else flush();
    }
    flush();
    return h;
}

// How well two headers fit; 0 is not at all.
int fit(const HeaderWords& a, const HeaderWords& b) {
    int shared = 0;
    for (const std::string& w : a.words) shared += b.words.count(w) ? 1 : 0;
    const bool same_words = a.words == b.words && a.granted == b.granted;
    std::size_t shared_years = 0;
    for (const std::string& y : a.years) shared_years += b.years.count(y);
    // Years both headers name must agree: "2024" is not "2025" beside it.
    if (!a.years.empty() && !b.years.empty() && shared_years == 0) return 0;
    int score = 0;
    if (shared_years > 0) score += 4;
    if (same_words && a.total == b.total) score += 8;
    score += 2 * shared;
    if (a.granted && b.granted) score += 2;
    if (a.total != b.total) score -= 1;
    return std::max(score, 0);
}

}  // namespace

ColumnMatch match_columns(const std::vector<KeyedColumn>& a, const std::vector<KeyedColumn>& b) {
    ColumnMatch m;
    std::vector<bool> a_done(a.size(), false), b_done(b.size(), false);
    if (a.size() == 1 && b.size() == 1) {
        m.pairs.emplace_back(0, 0);
        return m;
    }
    std::vector<HeaderWords> ha, hb;
    for (const KeyedColumn& c : a) ha.push_back(header_words(c));
    for (const KeyedColumn& c : b) hb.push_back(header_words(c));
    // Headers written alike (two "Belopp" columns), as many on each side: paired in their order.
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a_done[i]) continue;
        const std::string h = tables::fold_label(a[i].header);
        std::vector<std::size_t> in_a, in_b;
        for (std::size_t k = 0; k < a.size(); ++k)
            if (tables::fold_label(a[k].header) == h) in_a.push_back(k);
        for (std::size_t k = 0; k < b.size(); ++k)
            if (tables::fold_label(b[k].header) == h) in_b.push_back(k);
        if (in_a.size() < 2 || in_a.size() != in_b.size()) continue;
        for (std::size_t k = 0; k < in_a.size(); ++k) {
            a_done[in_a[k]] = b_done[in_b[k]] = true;
            m.pairs.emplace_back(in_a[k], in_b[k]);
        }
    }
    std::vector<std::vector<int>> score(a.size(), std::vector<int>(b.size(), 0));
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t j = 0; j < b.size(); ++j) score[i][j] = fit(ha[i], hb[j]);
    // Best fits first; a column whose best fit is shared by two others is left alone.
    for (bool progress = true; progress;) {
        progress = false;
        int best = 0;
        std::optional<std::pair<std::size_t, std::size_t>> at;
        for (std::size_t i = 0; i < a.size(); ++i)
            for (std::size_t j = 0; j < b.size(); ++j)
                if (!a_done[i] && !b_done[j] && score[i][j] > best) {
                    best = score[i][j];
                    at = std::make_pair(i, j);
                }
        if (!at) break;
        auto [i, j] = *at;
        std::size_t rivals = 0;
        for (std::size_t k = 0; k < b.size(); ++k) rivals += !b_done[k] && score[i][k] == best ? 1u : 0u;
        for (std::size_t k = 0; k < a.size(); ++k) rivals += !a_done[k] && score[k][j] == best ? 1u : 0u;
        if (rivals > 2) {
            // Two fit equally: neither is guessed; both leave the race.
            for (std::size_t k = 0; k < b.size(); ++k)
                if (score[i][k] == best) score[i][k] = 0;
            for (std::size_t k = 0; k < a.size(); ++k)
                if (score[k][j] == best) score[k][j] = 0;
        } else {
            a_done[i] = b_done[j] = true;
            m.pairs.emplace_back(i, j);
        }
        progress = true;
    }
    std::sort(m.pairs.begin(), m.pairs.end());
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!a_done[i]) m.a_alone.push_back(i);
    for (std::size_t j = 0; j < b.size(); ++j)
        if (!b_done[j]) m.b_alone.push_back(j);
    return m;
}

}  // namespace sk::compare
