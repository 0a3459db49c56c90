// A whole number read from file content ("42" in r="42" or sheetId="42"):
// all of the text, digits only, in range; anything else is no number rather
// than an exception (std::stoul would throw on "x1" and accept "1x").
#pragma once

#include <charconv>
#include <optional>
#include <string_view>
#include <type_traits>

namespace sk {

template <class T>
std::optional<T> whole_number(std::string_view text) {
    static_assert(std::is_integral_v<T>);
    if (text.empty() || text.front() < '0' || text.front() > '9') return std::nullopt;
    T out{};
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return out;
}

}  // namespace sk
