// ICU's strict parse of cleaned digits: the integer digits, the sv decimal
// symbol from CLDR and the fraction digits, with the whole string consumed.
// Grouping is off, so a stray "." or space is refused, never taken as grouping.
#pragma once

#include <optional>
#include <string_view>

#include "normalise/digit_run.hpp"
#include "normalise/reading_builder.hpp"

namespace sk::num {

// "1234" + "50" → {123450, 2}; nothing when ICU does not consume it all.
std::optional<Decimal> icu_decimal(const CleanNumber& n);

}  // namespace sk::num
