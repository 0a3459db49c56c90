#include "compare/name_key.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "normalise/collate.hpp"
#include "tables/fold_label.hpp"
#include "tables/label_kind.hpp"

namespace sk::compare {

namespace {

// Folded, with hyphens and dashes as spaces ("Upplands-Bro" = "Upplands Bro").
std::string spaced(std::string_view label) {
    std::string f = tables::fold_label(label);
    std::string out;
    out.reserve(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) {
        bool dash = f[i] == '-';
        std::size_t skip = 0;
        // U+2010 … U+2015 (‐ ‑ ‒ – — ―) are E2 80 90 … E2 80 95 in UTF-8.
        if (!dash && i + 2 < f.size() && f[i] == '\xE2' && f[i + 1] == '\x80' && f[i + 2] >= '\x90' && f[i + 2] <= '\x95') {
            dash = true;
            skip = 2;
        }
        if (dash) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            i += skip;
        } else if (f[i] != ' ' || (!out.empty() && out.back() != ' ')) {
            out += f[i];
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool strip_prefix(std::string& s, std::string_view word) {
    if (s.size() <= word.size() || !s.starts_with(word)) return false;
    s.erase(0, word.size());
    return true;
}

bool strip_suffix(std::string& s, std::string_view word) {
    if (s.size() <= word.size() || !s.ends_with(word)) return false;
    s.erase(s.size() - word.size());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return !s.empty();
}

// Names whose usual forms the rules below do not join: the region's own
// name beside the län's ("Region Sörmland", "Region Jämtland Härjedalen"),
// and "Falu kommun" for Falun.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> aliases{{
    {"sörmland", "södermanland"},
    {"jämtland härjedalen", "jämtland"},
    {"falu", "falun"},
}};

}  // namespace

std::vector<std::string> name_keys(std::string_view label) {
    std::string s = spaced(label);
    if (s.empty()) return {};
    std::vector<std::string> forms;
    if (tables::label_kind(s) != tables::LabelKind::Plain) {
        forms.push_back(s);
    } else {
        if (!strip_prefix(s, "region ") && !strip_prefix(s, "landstinget i ")) strip_prefix(s, "landstinget ");
        // "Västra Götalandsregionen", "Stockholms läns landsting".
        bool genitive = strip_suffix(s, "regionen") || strip_suffix(s, " landsting");
        genitive = strip_suffix(s, " kommun") || strip_suffix(s, " stad") || strip_suffix(s, " län") || genitive;
        for (const auto& [from, to] : aliases)
            if (s == from) s = to;
        forms.push_back(s);
        if (genitive && s.size() > 2 && s.back() == 's') {
            std::string bare = s.substr(0, s.size() - 1);
            for (const auto& [from, to] : aliases)
                if (bare == from) bare = to;
            forms.push_back(bare);
        }
    }
    std::vector<std::string> keys;
    for (const std::string& f : forms) keys.push_back(num::primary_key(f));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

bool same_name(std::string_view a, std::string_view b) {
    const std::vector<std::string> ka = name_keys(a);
    const std::vector<std::string> kb = name_keys(b);
    for (const std::string& k : ka)
        if (std::binary_search(kb.begin(), kb.end(), k)) return true;
    return false;
}

std::optional<std::string> area_code(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.size() != 2 && text.size() != 4) return std::nullopt;
    if (text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    return std::string(text);
}

}  // namespace sk::compare
