// Amounts as Swedish staff write them, by ICU's sv-SE number formatter:
// "13 302 905 kr", "−8 436 kr", "12,7 %" (CLDR spaces are U+00A0).
#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include <unicode/numberformatter.h>

#include "normalise/amount.hpp"

namespace sk::num {

namespace {

namespace nf = icu::number;

constexpr int max_decimals = 6;

nf::LocalizedNumberFormatter make_formatter(Unit unit, int decimals) {
    UErrorCode status = U_ZERO_ERROR;
    nf::LocalizedNumberFormatter f = nf::NumberFormatter::withLocale(icu::Locale("sv", "SE"));
    const nf::Precision p = decimals < 0 ? static_cast<nf::Precision>(nf::Precision::maxFraction(max_decimals))
                                         : static_cast<nf::Precision>(nf::Precision::fixedFraction(decimals));
    if (unit == Unit::Kr)
        f = f.unit(icu::CurrencyUnit(u"SEK", status)).unitWidth(UNUM_UNIT_WIDTH_SHORT).precision(p);
    else if (unit == Unit::Percent)
        f = f.unit(icu::MeasureUnit::getPercent()).scale(nf::Scale::powerOfTen(2)).precision(p);
    else
        f = f.precision(p);
    if (U_FAILURE(status)) throw std::runtime_error("ICU: cannot build the sv-SE number formatter");
    return f;
}

// Formatters are immutable and thread-safe: build each (unit, decimals) once.
// Index decimals + 1: slot 0 is "as many as needed, up to six".
const nf::LocalizedNumberFormatter& formatter(Unit unit, int decimals) {
    using Row = std::array<nf::LocalizedNumberFormatter, max_decimals + 2>;
    static const std::array<Row, 3> all = [] {
        std::array<Row, 3> a;
        for (Unit u : {Unit::None, Unit::Kr, Unit::Percent})
            for (int d = -1; d <= max_decimals; ++d) a[static_cast<std::size_t>(u)][static_cast<std::size_t>(d + 1)] = make_formatter(u, d);
        return a;
    }();
    return all[static_cast<std::size_t>(unit)][static_cast<std::size_t>(std::clamp(decimals, -1, max_decimals) + 1)];
}

std::string run(const nf::LocalizedNumberFormatter& f, double value) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out;
    f.formatDouble(value == 0 ? 0.0 : value, status).toString(status).toUTF8String(out);
    return U_FAILURE(status) ? std::string() : out;
}

}  // namespace

std::string format(double value, Unit unit, int decimals) {
    // Amounts keep at most two decimals (öre).
    if (unit == Unit::Kr) decimals = std::min(decimals, 2);
    return run(formatter(unit, std::max(decimals, 0)), value);
}

std::string format_in_scale(const Reading& r) {
    if (r.unit != Unit::Kr || r.scale == 1) return {};
    const char* word = r.scale == 1e3 ? "\u00A0tkr" : r.scale == 1e6 ? "\u00A0mkr" : "\u00A0miljarder kr";
    return run(formatter(Unit::None, -1), r.value / r.scale) + word;
}

}  // namespace sk::num
