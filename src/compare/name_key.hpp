// Row keys for comparing two tables: the names of kommuner, regions, län and
// actors as people write them, and the codes that stand for them. Equal keys
// mean "the same row" – the same place or actor, never just a similar one
// ("Region Gävleborg" is not "Gävle").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::compare {

// The keys a label can stand for, each a Swedish collation key at primary
// strength (case and accents folded; å, ä, ö stay letters of their own):
//   "Region Jämtland Härjedalen", "Jämtland Härjedalen", "Jämtlands län",
//   "Jämtland" and "23" → the same key;
//   "Malung-Sälens kommun", "Malung-Sälen" and "Malung Sälen" → the same key.
// A place name gives the key of its plain name and, when a "kommun", "län",
// "stad" or "regionen" followed it, of the name without a genitive s; a
// label that says total, varav or comparison is kept whole ("Totalt län" is
// not "Totalt"). Empty for an empty label.
std::vector<std::string> name_keys(std::string_view label);

// True when the two labels share a key.
bool same_name(std::string_view a, std::string_view b);

// A kommun code ("0114", four digits) or län code ("01", two digits) in a
// cell's text (spaces around it allowed); nothing for anything else.
std::optional<std::string> area_code(std::string_view text);

}  // namespace sk::compare
