// Whether a text holds an ASCII digit (the only digits the number reader
// reads). One pass over the bytes: string_view::find_first_of("0123456789")
// calls memchr over the ten digits for every byte, which made the table
// finder's look at a 10 000-character text cell cost 20 % of a check.
#pragma once

#include <algorithm>
#include <string_view>

namespace sk {

inline bool has_ascii_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace sk
