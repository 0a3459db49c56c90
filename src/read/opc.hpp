// Open Packaging Conventions: relationships and part names. Parts are found by
// following relationships, never by assuming their paths.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "read/zip_package.hpp"

namespace sk {

struct Relationship {
    std::string id;
    std::string type;    // full type URI
    std::string target;  // resolved part name without a leading '/', or the URI when external
    bool external = false;
};

// The relationships of `source_part` ("" for the package itself), read from
// its _rels/<name>.rels part. A missing .rels part gives an empty list.
std::vector<Relationship> read_relationships(ZipPackage& pkg, std::string_view source_part, const ReadLimits& limits);

// True when the type URI ends with "/<kind>" (transitional and strict namespaces alike).
bool has_type(const Relationship& r, std::string_view kind);

// Resolves a relationship target relative to the folder of `source_part`.
std::string resolve_part(std::string_view source_part, std::string_view target);

// The target that resolve_part(from_part, target) turns into `to_part`:
// "../comments1.xml" from "xl/worksheets/sheet1.xml" to "xl/comments1.xml".
std::string relative_target(std::string_view from_part, std::string_view to_part);

// The relationship part of a part: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
std::string rels_part_of(std::string_view source_part);

// The part a content type override names, or "" ("application/vnd…sheet.main+xml").
std::string part_with_content_type(ZipPackage& pkg, std::string_view content_type_suffix, const ReadLimits& limits);

// The workbook part of a spreadsheet package: by the package relationship,
// else by content type. Throws ReadError: MissingPart, NotAWorkbook.
std::string workbook_part(ZipPackage& pkg, const ReadLimits& limits);

}  // namespace sk
