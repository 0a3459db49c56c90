// Shared helpers for the normaliser tests.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include <doctest/doctest.h>

#include "normalise/amount.hpp"
#include "normalise/parsed_text.hpp"

namespace sk::num::test {

// 1234567 → "1 234 567" with `sep` between groups of three, written here
// without the library so tests do not check the formatter against itself.
inline std::string grouped(std::uint64_t n, const std::string& sep) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

inline const char* unit_name(Unit u) { return u == Unit::Kr ? "kr" : u == Unit::Percent ? "percent" : ""; }

inline bool same_value(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

}  // namespace sk::num::test
