#include "fix/package_edit.hpp"

#include <stdexcept>

#include "base/ooxml.hpp"
#include "fix/xml_text.hpp"
#include "write/package_xml.hpp"
#include "write/xml_escape.hpp"

namespace sk::fix {

std::string NewParts::name(const std::string& stem, const std::string& ext) {
    for (int& n = next_[stem + '\n' + ext];;) {
        std::string name = stem + std::to_string(++n) + ext;
        if (!pkg_.has(name)) return name;
    }
}

std::string& Parts::get(const std::string& part) {
    PartText& p = edit(part);
    // The replacements' offsets hold only while the text stays as it is.
    if (!p.replacements.empty()) throw std::logic_error(part + ": text changed after its replacements");
    return p.text;
}

PartText& Parts::edit(const std::string& part) {
    auto it = text_.find(part);
    if (it == text_.end()) {
        auto known = inflated_.find(part);
        std::string text = known != inflated_.end() ? std::move(known->second)
                           : pkg_.has(part)          ? pkg_.read(part)
                                                     : std::string();
        it = text_.emplace(part, PartText{std::move(text), {}}).first;
    }
    return it->second;
}

void add_relationship(std::string& rels, const std::string& id, const std::string& type, const std::string& target) {
    if (rels.empty())
        rels = std::string(xml_declaration) + "<Relationships xmlns=\"" + ooxml::package_relationships_ns +
               "\"></Relationships>";
    rels.insert(root_closing_tag(rels, "Relationships"), relationship_xml(id, ooxml::relationship_type + type, target));
}

void add_override(std::string& types, const std::string& part, const std::string& content_type) {
    types.insert(root_closing_tag(types, "Types"), override_xml("/" + part, content_type));
}

void ensure_default(std::string& types, const std::string& ext, const std::string& content_type) {
    if (types.find("Extension=\"" + ext + "\"") != std::string::npos) return;
    types.insert(root_closing_tag(types, "Types"), default_xml(ext, content_type));
}

}  // namespace sk::fix
