#include "normalise/sv_symbols.hpp"

#include <stdexcept>

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>

namespace sk::num {

namespace {

std::string symbol(const icu::DecimalFormatSymbols& s, icu::DecimalFormatSymbols::ENumberFormatSymbol which) {
    std::string out;
    s.getConstSymbol(which).toUTF8String(out);
    return out;
}

SvSymbols load_sv_symbols() {
    UErrorCode status = U_ZERO_ERROR;
    icu::DecimalFormatSymbols s(icu::Locale("sv"), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no number symbols for sv");
    using S = icu::DecimalFormatSymbols;
    return {symbol(s, S::kGroupingSeparatorSymbol), symbol(s, S::kDecimalSeparatorSymbol),
            symbol(s, S::kMinusSignSymbol), symbol(s, S::kPlusSignSymbol), symbol(s, S::kPercentSymbol)};
}

icu::UnicodeSet frozen_set(const char16_t* pattern) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set(icu::UnicodeString(pattern), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU: bad UnicodeSet pattern");
    set.freeze();
    return set;
}

}  // namespace

const SvSymbols& sv_symbols() {
    static const SvSymbols symbols = load_sv_symbols();
    return symbols;
}

const icu::UnicodeSet& space_family() {
    static const icu::UnicodeSet set = frozen_set(u"[\\u0020\\u00A0\\u202F\\u2009[:Zs:]\\t\\n\\r\\u000B\\u000C]");
    return set;
}

const icu::UnicodeSet& dash_family() {
    static const icu::UnicodeSet set = frozen_set(u"[\\-\\u2212\\u2010\\u2011\\u2012\\u2013\\u2014\\uFE63\\uFF0D]");
    return set;
}

}  // namespace sk::num
