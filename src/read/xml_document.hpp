// Parsing one XML part safely: DOCTYPE and entity declarations are refused
// (never expanded), nesting depth is capped, and namespace prefixes are
// ignored by comparing local names, since producers spell them differently.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "read/read_workbook.hpp"

namespace sk {

// Parses `xml` (the part's bytes) into `doc`. Throws ReadError:
// MalformedXml, XmlDoctype, TooDeep; `part` names the part in the message.
void parse_xml(pugi::xml_document& doc, std::string& xml, std::string_view part, const ReadLimits& limits);

// "x:sheet" → "sheet".
inline const char* local_name(const pugi::xml_node& n) {
    const char* name = n.name();
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}
inline bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(local_name(n), name) == 0; }

// First child / next sibling with the local name.
pugi::xml_node child(const pugi::xml_node& n, const char* name);
pugi::xml_node next(const pugi::xml_node& n, const char* name);
// An attribute by local name ("r:id" matches "id" when asked for "id" with prefix_any).
pugi::xml_attribute attr(const pugi::xml_node& n, const char* name);

// Iterates children with a given local name: for (auto c : children(n, "row")).
struct NamedChildren {
    pugi::xml_node first;
    const char* name;
    struct iterator {
        pugi::xml_node node;
        const char* name;
        pugi::xml_node operator*() const { return node; }
        iterator& operator++() {
            node = next(node, name);
            return *this;
        }
        bool operator!=(const iterator& o) const { return node != o.node; }
    };
    iterator begin() const { return {first, name}; }
    iterator end() const { return {pugi::xml_node(), name}; }
};
inline NamedChildren children(const pugi::xml_node& n, const char* name) { return {child(n, name), name}; }

}  // namespace sk
