// A part's new text as the patcher leaves it: its old text with some byte
// ranges replaced, kept apart and written from the pieces (an edited
// 100 000-row sheet is never copied whole; see write/text_pieces.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "write/text_pieces.hpp"

namespace sk::fix {

struct Replacement {
    std::size_t begin = 0, end = 0;  // the bytes [begin, end) of the old text
    std::string text;                // what stands there instead
};

struct PartText {
    std::string text;
    std::vector<Replacement> replacements;  // in order, none overlapping

    // Views into this object: valid while it is neither changed nor moved.
    TextPieces pieces() const;
    // Bytes of the new text.
    std::size_t size() const;
};

}  // namespace sk::fix
