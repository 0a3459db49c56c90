// The server's log line for a request. The path comes decoded from the
// client (any web page can make the browser send one with an image request):
// it is escaped and cut, so it can neither forge log lines (%0a) nor reach
// the terminal with escape sequences (%1b).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sk::serve {

inline constexpr std::size_t log_path_bytes = 200;

// Printable ASCII as is; every other byte, and '%' and '\\', as %XX; cut
// after log_path_bytes of the result, marked with "...".
std::string log_safe(std::string_view text, std::size_t max_bytes = log_path_bytes);

// "GET /api/health 200"
std::string log_line(std::string_view method, std::string_view path, int status);

}  // namespace sk::serve
