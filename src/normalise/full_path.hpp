// The full reading of any text: ICU normalisation (NFC, case folding, the
// space and dash families), then prefixes, one digit run and unit words, or
// the classification of what it is instead (date, phone, code, range, …).
#pragma once

#include <string_view>

#include "normalise/amount.hpp"

namespace sk::num {

Parsed parse_full(std::string_view text, const ColumnHint& hint);

}  // namespace sk::num
