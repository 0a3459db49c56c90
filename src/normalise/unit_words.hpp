// The words around a number: units and scales after it ("kr", "tkr",
// "miljarder kronor", ":-", "%"), a unit before it ("kr 500", "SEK 500"),
// and the prefixes that mark an approximation ("ca", "cirka", "~").
// All lookups take canonical text (case folded) with the spaces removed.
#pragma once

#include <optional>
#include <string_view>

#include "normalise/reading_builder.hpp"

namespace sk::num {

std::optional<UnitWord> unit_after(std::string_view spaceless);
std::optional<UnitWord> unit_before(std::string_view word);
bool is_approx_word(std::string_view word);
// Swedish and English month names and their short forms: a text with one is a date.
bool is_month_word(std::string_view word);

}  // namespace sk::num
