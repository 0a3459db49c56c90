// The last step of every path (fast and full): digits, sign, unit and the
// column hint become a Reading, and the readings become a Parsed.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "normalise/amount.hpp"

namespace sk::num {

// Digits as written: "1 234,50" → {123450, 2}.
struct Decimal {
    std::uint64_t mantissa = 0;
    int decimals = 0;
    bool operator==(const Decimal&) const = default;
};

// A unit word and its power of ten: "tkr" → {Kr, 3}, "%" → {Percent, 0}.
struct UnitWord {
    Unit unit = Unit::None;
    int scale_exp = 0;
};

// More digits than this cannot be an amount (and would not fit the mantissa).
inline constexpr int max_digits = 18;

// Applies sign, unit and scale. A bare number (no unit word) takes the column's
// unit and scale: kronor in an Amount column, ×1 000 in a Thousands column, ….
Reading make_reading(bool negative, Decimal d, std::optional<UnitWord> unit, bool approx, const ColumnHint& hint);

// One reading is a Number, several are Ambiguous (most likely first). Code
// and Year columns refuse every number.
Parsed finish(std::vector<Reading> readings, const ColumnHint& hint);
// The same for one reading, without the vector (the fast path's case).
Parsed finish(const Reading& reading, const ColumnHint& hint);

Parsed rejected(Rejection why, std::vector<std::string> parts = {});

}  // namespace sk::num
