// Splits a canonical text (see canonical_text.hpp) into digit runs, words and
// single symbols. A digit run keeps one separator (" ", ".", ",") between
// digits: "1 150", "2,48", "27.3.2024" are one run each.
#pragma once

#include <string_view>
#include <vector>

namespace sk::num {

struct Token {
    enum class Kind { Digits, Word, Symbol } kind;
    std::string_view text;
    bool space_before = false;
};

std::vector<Token> tokenize(std::string_view canonical);

}  // namespace sk::num
