#include "normalise/canonical_text.hpp"

#include <optional>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <vector>

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

// What canonical_text makes of the code points Swedish tables use (Latin,
// the general punctuation, the minus sign), read off the same ICU calls once. A text of such code points that NFC can keep as they are
// is mapped one code point at a time, without building ICU strings: that is nearly every label
// and amount a Swedish table holds. Anything else takes the ICU path.
class CodeMap {
public:
    static constexpr UChar32 size = 0x2400;

    CodeMap() : to_(size) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
        // Latin (Swedish letters and their neighbours), the general punctuation
        // (spaces and dashes) and the minus sign: filling only these keeps the
        // start-up of a small check short. Other scripts take the ICU path.
        static constexpr std::pair<UChar32, UChar32> ranges[] = {{0x0000, 0x0250}, {0x2000, 0x2070}, {0x2212, 0x2213}};
        for (auto [first, last] : ranges)
            for (UChar32 c = first; c < last && U_SUCCESS(status); ++c) learn(c, *nfc);
    }

    // The canonical form of `text`, or nothing when it needs ICU.
    std::optional<std::string> map(std::string_view text) const {
        std::string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size();) {
            auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x80) {
                const Entry& e = to_[c];
                if (!e.known) return std::nullopt;
                out += e.text;
                ++i;
                continue;
            }
            UChar32 cp = 0;
            int32_t at = int32_t(i);
            U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, int32_t(text.size()), cp);
            if (cp < 0 || cp >= size || !to_[std::size_t(cp)].known) return std::nullopt;
            out += to_[std::size_t(cp)].text;
            i = std::size_t(at);
        }
        // Only ASCII spaces are left to trim: other white space took the ICU path.
        auto last = out.find_last_not_of(' ');
        if (last == std::string::npos) return std::string();
        return out.substr(out.find_first_not_of(' '), last + 1 - out.find_first_not_of(' '));
    }

private:
    // The entry for `c`; left unknown when the ICU path must take it.
    void learn(UChar32 c, const icu::Normalizer2& nfc) {
        bool space = space_family().contains(c);
        // Other white space (U+0085, U+2028 …) would change trimming: ICU path.
        if (!space && (u_isWhitespace(c) || c == 0x20)) return;
        // NFC quick check "yes" and combining class 0 for every code point
        // means the text is in NFC already (UAX #15, quick check).
        if ((c >= 0xD800 && c <= 0xDFFF) || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
            nfc.getCombiningClass(c) != 0)
            return;
        icu::UnicodeString folded(c);
        folded.foldCase();
        icu::UnicodeString mapped;
        for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
            UChar32 f = folded.char32At(i);
            mapped.append(space_family().contains(f) ? UChar32(' ') : dash_family().contains(f) ? UChar32('-') : f);
        }
        mapped.toUTF8String(to_[std::size_t(c)].text);
        to_[std::size_t(c)].known = true;
    }


    struct Entry {
        bool known = false;
        std::string text;
    };
    std::vector<Entry> to_;
};

}  // namespace

std::string canonical_text(std::string_view utf8) {
    static const CodeMap code_map;
    if (auto mapped = code_map.map(utf8)) return std::move(*mapped);
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
