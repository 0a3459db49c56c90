#include "write/shared_strings.hpp"

#include "base/ooxml.hpp"
#include "write/xml_escape.hpp"

namespace sk {

std::uint32_t SharedStrings::add(std::string_view text) {
    ++uses_;
    auto [it, added] = index_.try_emplace(text, std::uint32_t(order_.size()));
    if (added) order_.push_back(text);
    return it->second;
}

std::string SharedStrings::xml() const {
    std::string out = std::string(xml_declaration) +
                      "<sst xmlns=\"" + ooxml::spreadsheet_ns + "\" count=\"" +
                      std::to_string(uses_) + "\" uniqueCount=\"" + std::to_string(order_.size()) + "\">";
    for (std::string_view s : order_) {
        out += needs_space_preserve(s) ? "<si><t xml:space=\"preserve\">" : "<si><t>";
        append_xml_text(out, s);
        out += "</t></si>";
    }
    out += "</sst>";
    return out;
}

}  // namespace sk
