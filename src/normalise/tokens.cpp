#include "normalise/tokens.hpp"

namespace sk::num {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_separator(char c) { return c == ' ' || c == '.' || c == ','; }
// Letters: ASCII letters and every non-ASCII byte (å, ä, ö, ≈ and the rest of UTF-8).
bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    bool space = false;
    while (i < s.size()) {
        if (s[i] == ' ') {
            space = true;
            ++i;
            continue;
        }
        const std::size_t start = i;
        Token::Kind kind = Token::Kind::Symbol;
        if (is_digit(s[i])) {
            kind = Token::Kind::Digits;
            while (i < s.size() && (is_digit(s[i]) || (is_separator(s[i]) && i + 1 < s.size() && is_digit(s[i + 1]) &&
                                                       i > start && is_digit(s[i - 1]))))
                ++i;
        } else if (is_letter(s[i])) {
            kind = Token::Kind::Word;
            while (i < s.size() && is_letter(s[i])) ++i;
        } else {
            ++i;
        }
        out.push_back({kind, s.substr(start, i - start), space});
        space = false;
    }
    return out;
}

}  // namespace sk::num
