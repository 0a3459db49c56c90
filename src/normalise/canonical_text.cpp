#include "normalise/canonical_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "normalise/sv_symbols.hpp"

namespace sk::num {

namespace {

icu::UnicodeString nfc(const icu::UnicodeString& s) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || n->isNormalized(s, status)) return s;
    status = U_ZERO_ERROR;
    icu::UnicodeString out = n->normalize(s, status);
    return U_FAILURE(status) ? s : out;
}

}  // namespace

std::string canonical_text(std::string_view utf8) {
    icu::UnicodeString s = nfc(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))));
    s.foldCase();
    const icu::UnicodeSet& spaces = space_family();
    const icu::UnicodeSet& dashes = dash_family();
    icu::UnicodeString mapped;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
        UChar32 c = s.char32At(i);
        if (spaces.contains(c))
            mapped.append(u' ');
        else if (dashes.contains(c))
            mapped.append(u'-');
        else
            mapped.append(c);
    }
    std::string out;
    mapped.trim().toUTF8String(out);
    return out;
}

}  // namespace sk::num
