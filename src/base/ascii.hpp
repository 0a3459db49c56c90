// ASCII facts of a text, byte by byte: the file-format words summakoll
// matches (part names, extensions, "Totalt") are ASCII, and so are the only
// digits the number reader reads.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace sk {

// Whether a text holds an ASCII digit. One pass over the bytes:
// string_view::find_first_of("0123456789") calls memchr over the ten digits
// for every byte, which made the table finder's look at a 10 000-character
// text cell cost 20 % of a check.
inline bool has_ascii_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The text with A-Z as a-z; every other byte (UTF-8 included) as it is.
inline std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

}  // namespace sk
