#include "normalise/fast_path.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "normalise/reading_builder.hpp"
#include "normalise/sv_symbols.hpp"

namespace sk::num {

namespace {

struct FastSymbols {
    std::vector<std::string> group;  // one of these between digit groups
    std::string decimal;
    std::vector<std::string> minus;
};

const FastSymbols& fast_symbols() {
    static const FastSymbols f = [] {
        const SvSymbols& sv = sv_symbols();
        FastSymbols out;
        // ICU's grouping symbol first, then the space family staff also type.
        for (std::string s : {sv.grouping, std::string(" "), std::string("\u00A0"), std::string("\u202F"),
                              std::string("\u2009")})
            if (std::find(out.group.begin(), out.group.end(), s) == out.group.end()) out.group.push_back(s);
        out.decimal = sv.decimal;
        out.minus = {sv.minus, "-"};
        if (out.minus[0] == out.minus[1]) out.minus.pop_back();
        return out;
    }();
    return f;
}

// Length of the symbol from `options` that `s` starts with at `i`, or 0.
std::size_t match(std::string_view s, std::size_t i, const std::vector<std::string>& options) {
    for (const std::string& o : options)
        if (s.compare(i, o.size(), o) == 0) return o.size();
    return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<Parsed> parse_fast(std::string_view s, const ColumnHint& hint) {
    const FastSymbols& sym = fast_symbols();
    std::size_t i = 0, n = s.size();
    while (i < n && s[i] == ' ') ++i;
    while (n > i && s[n - 1] == ' ') --n;
    s = s.substr(0, n);
    bool negative = false;
    if (std::size_t m = match(s, i, sym.minus)) {
        negative = true;
        i += m;
    }
    Decimal d;
    int digits = 0, first_group = 0;
    bool grouped = false;
    const std::size_t int_start = i;
    while (i < n && is_digit(s[i])) {
        d.mantissa = d.mantissa * 10 + static_cast<unsigned>(s[i++] - '0');
        ++first_group;
    }
    if (first_group == 0) return std::nullopt;
    digits = first_group;
    // Leading zeros ("0114") are codes and four-digit first groups
    // ("2022 725 000") may be years: both for the full path.
    if (s[int_start] == '0' && first_group > 1) return std::nullopt;
    for (;;) {
        std::size_t g = match(s, i, sym.group);
        if (g == 0 || i + g + 3 > n) break;
        const std::size_t j = i + g;
        if (!is_digit(s[j]) || !is_digit(s[j + 1]) || !is_digit(s[j + 2]) || (j + 3 < n && is_digit(s[j + 3])))
            break;
        if (first_group > 3) return std::nullopt;
        d.mantissa = d.mantissa * 1000 + static_cast<unsigned>((s[j] - '0') * 100 + (s[j + 1] - '0') * 10 + (s[j + 2] - '0'));
        digits += 3;
        grouped = true;
        i = j + 3;
    }
    if (grouped && s[int_start] == '0') return std::nullopt;
    if (s.compare(i, sym.decimal.size(), sym.decimal) == 0 && i + sym.decimal.size() < n &&
        is_digit(s[i + sym.decimal.size()])) {
        i += sym.decimal.size();
        while (i < n && is_digit(s[i])) {
            d.mantissa = d.mantissa * 10 + static_cast<unsigned>(s[i++] - '0');
            ++d.decimals;
        }
        // "1,234" may be 1 234 written the English way: the full path decides.
        if (d.decimals == 3 && !grouped && s[int_start] != '0') return std::nullopt;
        digits += d.decimals;
    }
    if (digits > max_digits) return std::nullopt;
    std::optional<UnitWord> unit;
    if (i < n) {
        if (std::size_t g = match(s, i, sym.group)) i += g;
        if (s.substr(i) != "kr") return std::nullopt;
        unit = UnitWord{Unit::Kr, 0};
    }
    return finish(make_reading(negative, d, unit, false, hint), hint);
}

}  // namespace sk::num
