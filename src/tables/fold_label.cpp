#include "tables/fold_label.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace sk::tables {

std::string fold_label(std::string_view text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
    u.foldCase();
    UErrorCode status = U_ZERO_ERROR;
    if (const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status); U_SUCCESS(status)) {
        icu::UnicodeString n = nfc->normalize(u, status);
        if (U_SUCCESS(status)) u = n;
    }
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 ch = u.char32At(i);
        if (u_isUWhiteSpace(ch) || ch == 0x00A0 || ch == 0x202F || ch == 0x2007) {
            pending_space = !out.isEmpty();
            continue;
        }
        if (pending_space) out.append(UChar(' '));
        pending_space = false;
        out.append(ch);
    }
    while (!out.isEmpty()) {
        UChar last = out.charAt(out.length() - 1);
        if (last != ':' && last != '.' && last != '*' && last != ' ') break;
        out.truncate(out.length() - 1);
    }
    std::string s;
    out.toUTF8String(s);
    return s;
}

}  // namespace sk::tables
