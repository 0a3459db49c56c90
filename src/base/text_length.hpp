// How long a text reads: characters (UTF-8 code points, not bytes) of its
// longest line or word, for column widths, sheet names and headings.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace sk {

inline std::size_t code_points(std::string_view s) {
    return std::size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Characters of the longest part of `text` between any of `breaks`.
inline std::size_t longest_part(std::string_view text, std::string_view breaks) {
    std::size_t best = 0, start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || breaks.find(text[i]) != std::string_view::npos) {
            best = std::max(best, code_points(text.substr(start, i - start)));
            start = i + 1;
        }
    return best;
}

inline std::size_t longest_line(std::string_view text) { return longest_part(text, "\n"); }
inline std::size_t longest_word(std::string_view text) { return longest_part(text, " \n"); }

}  // namespace sk
