#include "write/xml_escape.hpp"

#include <charconv>
#include <cstdint>

namespace sk {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

void append_escape(std::string& out, unsigned cp) {
    static constexpr char hex[] = "0123456789ABCDEF";
    out += "_x";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 0xF];
    out += '_';
}

// Length of the valid UTF-8 sequence starting at s[i] (i points at a byte
// >= 0x80), and its code point; 0 when the bytes are not valid UTF-8.
std::size_t utf8_sequence(std::string_view s, std::size_t i, unsigned& cp) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned c = b(0);
    std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (b(k) & 0x3F);
    }
    bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

// Shared loop: plain runs are appended in one go; `special` handles each
// byte below 0x80 that needs care and returns true when it wrote it.
template <class Special>
void append_escaped(std::string& out, std::string_view s, bool text, Special special) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            unsigned cp = 0;
            std::size_t n = utf8_sequence(s, i, cp);
            if (n == 0) {
                out.append(s.substr(run, i - run));
                out += replacement;
                run = ++i;
            } else if (cp == 0xFFFE || cp == 0xFFFF) {  // not XML characters
                out.append(s.substr(run, i - run));
                if (text) append_escape(out, cp);
                run = i += n;
            } else {
                i += n;
            }
            continue;
        }
        if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '_') {
            ++i;
            continue;
        }
        out.append(s.substr(run, i - run));
        if (!special(c, i)) out += char(c);
        run = ++i;
    }
    out.append(s.substr(run));
}

}  // namespace

void append_xml_text(std::string& out, std::string_view s) {
    append_escaped(out, s, true, [&](unsigned char c, std::size_t i) {
        switch (c) {
            case '&': out += "&amp;"; return true;
            case '<': out += "&lt;"; return true;
            case '>': out += "&gt;"; return true;
            case '"': case '\t': case '\n': return false;
            case '_':
                if (i + 6 < s.size() && s[i + 1] == 'x' && is_hex(s[i + 2]) && is_hex(s[i + 3]) && is_hex(s[i + 4]) &&
                    is_hex(s[i + 5]) && s[i + 6] == '_') {
                    out += "_x005F_";
                    return true;
                }
                return false;
            default: append_escape(out, c); return true;  // other control characters
        }
    });
}

void append_xml_attr(std::string& out, std::string_view s) {
    append_escaped(out, s, false, [&](unsigned char c, std::size_t) {
        switch (c) {
            case '&': out += "&amp;"; return true;
            case '<': out += "&lt;"; return true;
            case '>': out += "&gt;"; return true;
            case '"': out += "&quot;"; return true;
            case '\t': out += "&#9;"; return true;
            case '\n': out += "&#10;"; return true;
            case '\r': out += "&#13;"; return true;
            case '_': return false;
            default: return true;  // a control character XML 1.0 cannot carry
        }
    });
}

bool needs_space_preserve(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    return !s.empty() && (space(s.front()) || space(s.back()));
}

void append_number(std::string& out, double v) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end);
}

}  // namespace sk
