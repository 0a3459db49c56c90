// Editing a package's parts in memory: each part read once and changed as
// text, new parts named without clashing, and relationships and content types
// added to the parts that list them.
#pragma once

#include <map>
#include <string>

#include "fix/part_text.hpp"
#include "read/zip_package.hpp"

namespace sk::fix {

// Names for new parts: "xl/comments3.xml" for stem "xl/comments", ext ".xml",
// the first number not used. Each stem counts on from its last name, so
// naming a part per sheet stays linear in the number of sheets.
class NewParts {
public:
    explicit NewParts(const ZipPackage& pkg) : pkg_(pkg) {}
    std::string name(const std::string& stem, const std::string& ext);

private:
    const ZipPackage& pkg_;
    std::map<std::string, int> next_;  // stem and ext → the last number given
};

// Part texts being edited, read once from the package.
class Parts {
public:
    // `inflated`: texts of parts read already, taken when first asked for.
    Parts(ZipPackage& pkg, std::map<std::string, std::string> inflated) : pkg_(pkg), inflated_(std::move(inflated)) {}
    // The part's text to change as a whole (it must have no replacements yet).
    std::string& get(const std::string& part);
    // The part with room for replacements; its text must not change once it has some.
    PartText& edit(const std::string& part);
    void put(const std::string& part, std::string text) { text_[part] = PartText{std::move(text), {}}; }
    const std::map<std::string, PartText>& all() const { return text_; }

private:
    ZipPackage& pkg_;
    std::map<std::string, std::string> inflated_;
    std::map<std::string, PartText> text_;
};

// Adds a relationship of `type` ("comments": the name after ooxml::relationship_type)
// to a relationships part's text; an empty text becomes a new relationships part.
void add_relationship(std::string& rels, const std::string& id, const std::string& type, const std::string& target);
// Adds an Override for `part` ("xl/comments1.xml") to [Content_Types].xml's text.
void add_override(std::string& types, const std::string& part, const std::string& content_type);
// Adds a Default for the extension unless one is there.
void ensure_default(std::string& types, const std::string& ext, const std::string& content_type);

}  // namespace sk::fix
