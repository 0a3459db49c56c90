// Texts with two or more digit runs are never one amount: a date, a phone
// number, a time or ratio, a range or a composite cell ("148/10").
#pragma once

#include <string_view>
#include <vector>

#include "normalise/amount.hpp"
#include "normalise/tokens.hpp"

namespace sk::num {

// `read_part` reads one side of a "/" or "-" (the full path, recursively).
using ReadPart = Parsed (*)(std::string_view canonical, const ColumnHint& hint);

Parsed classify_several(std::string_view canonical, const std::vector<Token>& tokens, const ColumnHint& hint,
                        ReadPart read_part);

// Leftover words: a single chunk mixing letters and digits is a code
// ("S2024/00330", "I:6"), a month name makes a date, anything else is words.
Parsed not_a_number(std::string_view canonical, const std::vector<Token>& tokens);

}  // namespace sk::num
