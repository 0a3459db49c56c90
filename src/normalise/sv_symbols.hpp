// The Swedish number symbols from ICU's CLDR data (not hard-coded), as UTF-8,
// and the Unicode classes the normaliser folds to plain ASCII.
#pragma once

#include <string>

#include <unicode/uniset.h>

namespace sk::num {

struct SvSymbols {
    std::string grouping;  // U+00A0 in CLDR sv
    std::string decimal;   // ","
    std::string minus;     // U+2212
    std::string plus;      // "+"
    std::string percent;   // "%"
};

// Loaded once from icu::DecimalFormatSymbols for "sv"; thread-safe.
const SvSymbols& sv_symbols();

// Spaces a cell may hold between digit groups or around words: U+0020,
// U+00A0, U+202F, U+2009, every other Zs, tabs and line breaks.
const icu::UnicodeSet& space_family();
// Dashes and minus signs: "-", U+2212, "–", "—", U+2010/2011, U+FE63, U+FF0D.
const icu::UnicodeSet& dash_family();

}  // namespace sk::num
