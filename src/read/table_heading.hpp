// The heading of a document's table: the paragraph right above it, when no
// line of it is longer than a heading's (a paragraph of prose names nothing).
#pragma once

#include <cstddef>
#include <string>

#include "base/text_length.hpp"

namespace sk {

inline constexpr std::size_t longest_heading = 120;  // characters

inline std::string table_heading(std::string above) {
    return longest_line(above) <= longest_heading ? above : std::string();
}

}  // namespace sk
