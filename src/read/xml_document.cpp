#include "read/xml_document.hpp"

namespace sk {

namespace {

// Depth of the deepest element, walked without recursion.
std::uint32_t depth_of(const pugi::xml_node& root, std::uint32_t cap) {
    std::uint32_t depth = 0, deepest = 0;
    pugi::xml_node n = root.first_child();
    while (n) {
        if (n.first_child()) {
            n = n.first_child();
            if (++depth > deepest) deepest = depth;
            if (deepest > cap) return deepest;
            continue;
        }
        while (n && !n.next_sibling()) {
            n = n.parent();
            if (n == root) return deepest;
            --depth;
        }
        if (n) n = n.next_sibling();
    }
    return deepest;
}

// pugixml silently drops text before the root element; XML forbids it. True
// when only a BOM, white space, the declaration, processing instructions,
// comments or a DOCTYPE (refused later) come before the first element.
bool clean_prolog(std::string_view xml) {
    if (xml.size() >= 2 && (static_cast<unsigned char>(xml[0]) >= 0xFE)) return true;  // UTF-16: left to pugixml
    std::size_t i = xml.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    for (;;) {
        i = xml.find_first_not_of(" \t\r\n", i);
        if (i == std::string_view::npos || xml[i] != '<') return false;
        if (xml.compare(i, 2, "<?") == 0) {
            i = xml.find("?>", i);
            if (i == std::string_view::npos) return false;
            i += 2;
        } else if (xml.compare(i, 4, "<!--") == 0) {
            i = xml.find("-->", i);
            if (i == std::string_view::npos) return false;
            i += 3;
        } else {
            return true;
        }
    }
}

}  // namespace

void parse_xml(pugi::xml_document& doc, std::string& xml, std::string_view part, const ReadLimits& limits) {
    if (!clean_prolog(xml)) throw ReadError(ReadErrorKind::MalformedXml, std::string(part));
    // parse_doctype keeps the DOCTYPE as a node so it can be refused; pugixml
    // never expands entities declared there.
    unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
    options &= ~unsigned(pugi::parse_wconv_attribute);
    pugi::xml_parse_result ok = doc.load_buffer_inplace(xml.data(), xml.size(), options);
    if (!ok) throw ReadError(ReadErrorKind::MalformedXml, std::string(part) + " (" + ok.description() + ")");
    for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_doctype) throw ReadError(ReadErrorKind::XmlDoctype, std::string(part));
    if (depth_of(doc, limits.max_xml_depth) > limits.max_xml_depth)
        throw ReadError(ReadErrorKind::TooDeep, std::string(part));
}

pugi::xml_node child(const pugi::xml_node& n, const char* name) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && is(c, name)) return c;
    return {};
}

pugi::xml_node next(const pugi::xml_node& n, const char* name) {
    for (pugi::xml_node c = n.next_sibling(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && is(c, name)) return c;
    return {};
}

pugi::xml_attribute attr(const pugi::xml_node& n, const char* name) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        const char* an = a.name();
        const char* colon = std::strrchr(an, ':');
        if (std::strcmp(colon ? colon + 1 : an, name) == 0) return a;
    }
    return {};
}

}  // namespace sk

