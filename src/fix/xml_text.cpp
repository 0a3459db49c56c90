#include "fix/xml_text.hpp"

namespace sk::fix {

namespace {

std::string_view local(std::string_view q) {
    auto colon = q.rfind(':');
    return colon == std::string_view::npos ? q : q.substr(colon + 1);
}

}  // namespace

std::size_t closing_tag(const std::string& xml, std::string_view name) {
    for (std::size_t p = xml.find("</"); p != std::string::npos; p = xml.find("</", p + 2)) {
        std::size_t end = xml.find_first_of("> \t\r\n", p);
        if (end == std::string::npos) return std::string::npos;
        if (local(std::string_view(xml).substr(p + 2, end - p - 2)) == name) return p;
    }
    return std::string::npos;
}

std::size_t root_closing_tag(const std::string& xml, std::string_view name) {
    std::size_t p = xml.rfind("</");
    if (p == std::string::npos) return p;
    std::size_t end = xml.find_first_of("> \t\r\n", p);
    if (end == std::string::npos || local(std::string_view(xml).substr(p + 2, end - p - 2)) != name)
        return closing_tag(xml, name);  // not where a root's end tag is: look for it as before
    return p;
}

std::size_t start_tag(const std::string& xml, std::string_view name, std::size_t from) {
    for (std::size_t p = xml.find('<', from); p != std::string::npos; p = xml.find('<', p + 1)) {
        if (p + 1 >= xml.size() || xml[p + 1] == '/' || xml[p + 1] == '?' || xml[p + 1] == '!') continue;
        std::size_t end = xml.find_first_of(" \t\r\n/>", p + 1);
        if (end == std::string::npos) return std::string::npos;
        if (local(std::string_view(xml).substr(p + 1, end - p - 1)) == name) return p;
    }
    return std::string::npos;
}

void set_count(std::string& xml, std::string_view name, std::uint32_t count) {
    std::size_t p = start_tag(xml, name);
    if (p != std::string::npos) set_attribute(xml, p, "count", std::to_string(count));
}

void set_attribute(std::string& xml, std::size_t tag_begin, std::string_view name, std::string_view value) {
    std::size_t tag_end = xml.find('>', tag_begin);
    if (tag_end == std::string::npos) return;
    std::string needle = " " + std::string(name) + "=\"";
    std::size_t a = xml.find(needle, tag_begin);
    if (a != std::string::npos && a < tag_end) {
        std::size_t v = a + needle.size(), ve = xml.find('"', v);
        xml.replace(v, ve - v, value);
        return;
    }
    std::size_t insert_at = xml[tag_end - 1] == '/' ? tag_end - 1 : tag_end;
    xml.insert(insert_at, needle + std::string(value) + "\"");
}

std::string with_prefix(std::string_view s, std::string_view prefix) {
    if (prefix.empty()) return std::string(s);
    std::string r;
    r.reserve(s.size() + 16);
    for (std::size_t i = 0; i < s.size(); ++i) {
        r += s[i];
        if (s[i] != '<' || i + 1 >= s.size()) continue;
        if (s[i + 1] == '/') {
            r += '/';
            ++i;
        }
        r += prefix;
    }
    return r;
}

}  // namespace sk::fix
