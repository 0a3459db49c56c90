// The common form read without calling ICU per text: an optional minus, digit
// groups of three separated by one space of the space family, an optional
// decimal comma and an optional "kr" ("13 302 905 kr", "−1 234", "4 000 000kr").
// The separator, decimal and minus symbols come from ICU's sv data once.
#pragma once

#include <optional>
#include <string_view>

#include "normalise/amount.hpp"

namespace sk::num {

// nullopt when the text is anything else, or could be read two ways: the
// full path decides then. Never gives a reading the full path would not.
std::optional<Parsed> parse_fast(std::string_view text, const ColumnHint& hint);

}  // namespace sk::num
