// The bytes of a text as unsigned char, for the <cctype> functions and
// comparisons with 0x80: char is signed here, so `for (unsigned char c : s)`
// converts each byte (-Wsign-conversion); `for (unsigned char c : bytes(s))` does not.
#pragma once

#include <span>
#include <string_view>

namespace sk {

inline std::span<const unsigned char> bytes(std::string_view s) {
    return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

}  // namespace sk
