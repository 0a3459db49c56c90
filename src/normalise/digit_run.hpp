// Which numbers one digit run can be: "1 150" is 1150, "1.000" is 1000 or 1,
// "27.3.2024" is a date, "2022 725 000" a year then an amount.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normalise/amount.hpp"

namespace sk::num {

// Digits only, the decimal point taken out: "1 234,5" → {"1234", "5"}.
struct CleanNumber {
    std::string integer, fraction;
    bool operator==(const CleanNumber&) const = default;
};

struct DigitRun {
    std::vector<CleanNumber> readings;   // most likely first; empty when none fits
    Rejection reason = Rejection::None;  // why, when `readings` is empty
    // A four-digit year, then an amount ("2022 725 000"): the two texts.
    std::string year, rest;
};

// `prefer_decimal`: a unit such as mkr or % makes "1.250" a decimal.
DigitRun read_digit_run(std::string_view run, ColumnHint::Separator separator, bool prefer_decimal);

}  // namespace sk::num
