#include "read/xlsx_strings.hpp"

#include "read/xml_document.hpp"

namespace sk {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

}  // namespace

std::string decode_ooxml_escapes(std::string_view s) {
    if (s.find("_x") == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
            int a = hex_value(s[i + 2]), b = hex_value(s[i + 3]), c = hex_value(s[i + 4]), d = hex_value(s[i + 5]);
            if (a >= 0 && b >= 0 && c >= 0 && d >= 0) {
                unsigned cp = unsigned(a << 12 | b << 8 | c << 4 | d);
                // A lone surrogate cannot be UTF-8: keep the escape as written.
                if (cp < 0xD800 || cp > 0xDFFF) {
                    append_utf8(out, cp);
                    i += 6;
                    continue;
                }
            }
        }
        out += s[i];
    }
    return out;
}

std::string string_item_text(const pugi::xml_node& item) {
    std::string text;
    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        if (is(c, "t")) {
            text += c.text().get();
        } else if (is(c, "r")) {
            for (pugi::xml_node t : children(c, "t")) text += t.text().get();
        }
    }
    return decode_ooxml_escapes(text);
}

std::vector<CellText> read_shared_strings(std::string xml, const std::string& part, const ReadLimits& limits) {
    pugi::xml_document doc;
    parse_xml(doc, xml, part, limits);
    std::vector<CellText> out;
    for (pugi::xml_node si : children(child(doc, "sst"), "si")) {
        std::string text = string_item_text(si);
        if (text.size() > limits.max_string_bytes)
            throw ReadError(ReadErrorKind::StringTooLong, part + " (" + std::to_string(text.size()) + " byte)");
        out.emplace_back(text);
    }
    return out;
}

}  // namespace sk
