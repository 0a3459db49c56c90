// Helpers for the writer's tests: a private scratch folder per test run.
#pragma once

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <pugixml.hpp>
#include <unistd.h>

#include "read/read_workbook.hpp"
#include "read/zip_package.hpp"

namespace sk::test {

// An empty folder under the system temp dir, removed at the end of scope.
struct ScratchDir {
    std::filesystem::path path;
    explicit ScratchDir(const std::string& tag)
        : path(std::filesystem::temp_directory_path() / ("sk-write-" + tag + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
    std::size_t entries() const {
        std::size_t n = 0;
        for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(path)) ++n;
        return n;
    }
};

// One part of a package held in memory ("" when it is missing).
inline std::string part_of(const std::string& package_bytes, const std::string& part) {
    ZipPackage pkg(package_bytes, ReadLimits{});
    return pkg.has(part) ? pkg.read(part) : std::string();
}

// What two producers may legitimately write differently, left out when
// comparing: attributes by "element@attr" or "@attr", elements by name.
struct Normalise {
    std::set<std::string> drop_attrs;
    std::set<std::string> drop_elements;
};

// The XML of `node` in one spelling: attributes sorted, namespace
// declarations and dropped items left out, no declaration.
inline void canonical(const pugi::xml_node& node, const Normalise& n, std::string& out) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        out += node.value();
        return;
    }
    if (node.type() != pugi::node_element || n.drop_elements.count(node.name())) return;
    std::vector<std::pair<std::string, std::string>> attrs;
    for (pugi::xml_attribute a : node.attributes()) {
        std::string name = a.name();
        if (name.rfind("xmlns", 0) == 0 || n.drop_attrs.count("@" + name) || n.drop_attrs.count(std::string(node.name()) + "@" + name))
            continue;
        attrs.emplace_back(name, a.value());
    }
    std::sort(attrs.begin(), attrs.end());
    out += "<" + std::string(node.name());
    for (auto& [k, v] : attrs) out += " " + k + "=\"" + v + "\"";
    out += ">";
    for (pugi::xml_node c : node.children()) canonical(c, n, out);
    out += "</" + std::string(node.name()) + ">";
}

inline std::string canonical(const std::string& xml, const Normalise& n = {}, const char* path = nullptr) {
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default)) return "<unparsable>";
    pugi::xml_node node = path ? doc.first_element_by_path(path) : doc.document_element();
    std::string out;
    canonical(node, n, out);
    return out;
}

// The element names of `node`'s children, in order: "dimension sheetViews …".
inline std::string child_names(const std::string& xml, const char* path = nullptr) {
    pugi::xml_document doc;
    doc.load_buffer(xml.data(), xml.size());
    pugi::xml_node node = path ? doc.first_element_by_path(path) : doc.document_element();
    std::string out;
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element) out += (out.empty() ? "" : " ") + std::string(c.name());
    return out;
}

}  // namespace sk::test
