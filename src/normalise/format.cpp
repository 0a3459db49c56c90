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

// Whole numbers the way ICU writes them, without ICU: a report formats tens
// of thousands of amounts, and ICU takes about a microsecond for each. The
// signs, group separator and unit are taken from ICU's own output, and the
// shortcut is used only if it then agrees with ICU on every probe.
class WholeNumbers {
public:
    explicit WholeNumbers(Unit unit) : icu_(formatter(unit, 0)) {
        const std::string pos = run(icu_, 1234567), neg = run(icu_, -1234567);
        const std::size_t first = pos.find('1'), last = pos.rfind('7');
        if (first == std::string::npos || last == std::string::npos || pos.find("234", first) == std::string::npos) return;
        pos_prefix_ = pos.substr(0, first);
        pos_suffix_ = pos.substr(last + 1);
        group_ = pos.substr(first + 1, pos.find("234", first) - first - 1);
        const std::size_t neg_first = neg.find('1'), neg_last = neg.rfind('7');
        if (neg_first == std::string::npos || neg_last == std::string::npos) return;
        neg_prefix_ = neg.substr(0, neg_first);
        neg_suffix_ = neg.substr(neg_last + 1);
        usable_ = true;
        for (double probe : {0.0, 5.0, 12.0, 123.0, 1234.0, 12345.0, 100000.0, 1000000.0, 2683000.0, -1.0, -999.0,
                             -1000.0, -8436.0, 999999999999999.0, -123456789012345.0})
            usable_ = usable_ && write(probe) == run(icu_, probe);
    }

    // Whole values below 10^15 (where a double is exact) by hand when usable, else ICU.
    std::string operator()(double value) const {
        if (usable_ && value == std::floor(value) && std::fabs(value) < 1e15) return write(value);
        return run(icu_, value);
    }

private:
    std::string write(double value) const {
        const std::string digits = std::to_string(static_cast<long long>(std::fabs(value)));
        std::string out = value < 0 ? neg_prefix_ : pos_prefix_;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) out += group_;
            out += digits[i];
        }
        return out += value < 0 ? neg_suffix_ : pos_suffix_;
    }

    const nf::LocalizedNumberFormatter& icu_;
    bool usable_ = false;
    std::string pos_prefix_, pos_suffix_, neg_prefix_, neg_suffix_, group_;
};

}  // namespace

std::string format(double value, Unit unit, int decimals) {
    // Amounts keep at most two decimals (öre).
    if (unit == Unit::Kr) decimals = std::min(decimals, 2);
    if (decimals <= 0 && unit != Unit::Percent) {
        static const WholeNumbers kronor(Unit::Kr), plain(Unit::None);
        return unit == Unit::Kr ? kronor(value) : plain(value);
    }
    return run(formatter(unit, std::max(decimals, 0)), value);
}

std::string format_in_scale(const Reading& r) {
    if (r.unit != Unit::Kr || r.scale == 1) return {};
    const char* word = r.scale == 1e3 ? "\u00A0tkr" : r.scale == 1e6 ? "\u00A0mkr" : "\u00A0miljarder kr";
    return run(formatter(Unit::None, -1), r.value / r.scale) + word;
}

}  // namespace sk::num
