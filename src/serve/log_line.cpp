#include "serve/log_line.hpp"

#include "base/bytes.hpp"

namespace sk::serve {

std::string log_safe(std::string_view text, std::size_t max_bytes) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : bytes(text)) {
        if (out.size() >= max_bytes) return out + "...";
        if (c > 0x20 && c < 0x7F && c != '%' && c != '\\') out += char(c);
        else out += {'%', hex[c >> 4], hex[c & 15]};
    }
    return out;
}

std::string log_line(std::string_view method, std::string_view path, int status) {
    return log_safe(method, 16) + " " + log_safe(path) + " " + std::to_string(status);
}

}  // namespace sk::serve
