// canonical_text maps most texts code point by code point from a table read
// off ICU; these tests hold that table to ICU itself, done the long way here.
#include <doctest/doctest.h>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "normalise/canonical_text.hpp"
#include "normalise/sv_symbols.hpp"

namespace {

std::string icu_canonical(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString s = icu::Normalizer2::getNFCInstance(status)->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    s.foldCase();
    icu::UnicodeString mapped;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
        UChar32 c = s.char32At(i);
        mapped.append(sk::num::space_family().contains(c) ? UChar32(' ') : sk::num::dash_family().contains(c) ? UChar32('-') : c);
    }
    std::string out;
    mapped.trim().toUTF8String(out);
    return out;
}

}  // namespace

TEST_CASE("canonical_text agrees with ICU's NFC, case folding and trimming") {
    const char* texts[] = {
        "Totalt", "  TOTALT:  ", "Östersund", "ÅRE KOMMUN", "Ärende", "13\u00a0302\u00a0905 kr", "\u2212 1\u202f234",
        "Strömsund\t", "Belopp (tkr)", "Straße", "İstanbul", "µ-värde", "a\u030a", "A\u030aRE", "\u2028Summa\u2028",
        "Summa\u0085", "x\u2013y\u2014z", "ΣΥΝΟΛΟ", "ИТОГО", "\u00c5\u00c4\u00d6\u00c9\u00dc", "\x1f a \x1f", "",
        "   ", "ﬁnal", "Ǆ", "\u00a0\u00a0kr\u00a0", "日本語 合計", "1,5\u00a0%", "\u3000全角\u3000",
    };
    for (const char* t : texts) {
        CAPTURE(t);
        CHECK(sk::num::canonical_text(t) == icu_canonical(t));
    }
}

TEST_CASE("canonical_text agrees with ICU on every code point below U+2400, alone and inside a word") {
    for (UChar32 c = 1; c < 0x2400; ++c) {
        if (U_IS_SURROGATE(c)) continue;
        std::string one;
        icu::UnicodeString(c).toUTF8String(one);
        for (const std::string& t : {one, "Ab" + one + "C", one + "\u030a"}) {
            CAPTURE(c);
            REQUIRE(sk::num::canonical_text(t) == icu_canonical(t));
        }
    }
}
