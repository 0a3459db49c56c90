// A text amount that fix may turn into a number: only when the normaliser
// reads it for sure (one reading, no "ca", no leftover words) and a number
// format shows the number as the text did: its unit word ("kr", ":-",
// "tkr"), its sign, its grouping and its decimals.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "normalise/amount.hpp"

namespace sk::fix {

struct TextAmount {
    double value = 0;           // kronor (a fraction for a percentage)
    std::string number_format;  // the Excel format code that shows `value` as the text
};

// Nothing when the reading is not certain or no format of ours shows the same.
std::optional<TextAmount> certain_text_amount(std::string_view text, const num::ColumnHint& hint = {});

}  // namespace sk::fix
