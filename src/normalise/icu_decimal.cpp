#include "normalise/icu_decimal.hpp"

#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/decimfmt.h>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>

#include "base/whole_number.hpp"
#include "normalise/sv_symbols.hpp"

namespace sk::num {

namespace {

// One strict parser per thread: cloning once keeps parse() free of locks.
icu::DecimalFormat& sv_parser() {
    thread_local std::unique_ptr<icu::DecimalFormat> p;
    if (!p) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::NumberFormat> nf(icu::NumberFormat::createInstance(icu::Locale("sv"), status));
        auto* df = dynamic_cast<icu::DecimalFormat*>(nf.get());
        if (U_FAILURE(status) || !df) throw std::runtime_error("ICU: no decimal format for sv");
        (void)nf.release();  // owned by p from here
        p.reset(df);
        p->setLenient(false);
        p->setGroupingUsed(false);
    }
    return *p;
}

// ICU's decimal number text ("1234.5", "1.2E+3") as digits at `decimals` places.
std::optional<std::uint64_t> mantissa_at(std::string_view dn, int decimals) {
    std::uint64_t m = 0;
    int frac = 0, exp = 0;
    bool after_point = false;
    std::size_t i = 0;
    for (; i < dn.size() && dn[i] != 'E' && dn[i] != 'e'; ++i) {
        if (dn[i] == '.') {
            after_point = true;
        } else if (dn[i] >= '0' && dn[i] <= '9') {
            m = m * 10 + static_cast<unsigned>(dn[i] - '0');
            if (after_point) ++frac;
        } else {
            return std::nullopt;
        }
    }
    if (i < dn.size()) {  // ICU writes the exponent as "E-3" or "E+3"
        std::string_view e = dn.substr(i + 1);
        const bool minus = !e.empty() && e.front() == '-';
        if (!e.empty() && (e.front() == '-' || e.front() == '+')) e.remove_prefix(1);
        std::optional<int> n = whole_number<int>(e);
        if (!n) return std::nullopt;
        exp = minus ? -*n : *n;
    }
    for (int shift = decimals - frac + exp; shift != 0; shift += shift > 0 ? -1 : 1) {
        if (shift > 0)
            m *= 10;
        else if (m % 10 == 0)
            m /= 10;
        else
            return std::nullopt;
    }
    return m;
}

}  // namespace

std::optional<Decimal> icu_decimal(const CleanNumber& n) {
    std::string text = n.integer;
    if (!n.fraction.empty()) text += sv_symbols().decimal + n.fraction;
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    icu::Formattable result;
    icu::ParsePosition pos(0);
    sv_parser().parse(u, result, pos);
    if (pos.getErrorIndex() >= 0 || pos.getIndex() != u.length()) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    icu::StringPiece dn = result.getDecimalNumber(status);
    if (U_FAILURE(status)) return std::nullopt;
    const int decimals = static_cast<int>(n.fraction.size());
    auto m = mantissa_at(std::string_view(dn.data(), static_cast<std::size_t>(dn.length())), decimals);
    if (!m) return std::nullopt;
    return Decimal{*m, decimals};
}

}  // namespace sk::num
