// The names of Office Open XML that the writer and the patcher put into
// packages: namespaces, relationship types and content types (ECMA-376).
#pragma once

#include <string>
#include <string_view>

namespace sk::ooxml {

// Namespaces.
inline constexpr const char* spreadsheet_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr const char* relationships_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* package_relationships_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* content_types_ns = "http://schemas.openxmlformats.org/package/2006/content-types";

// A relationship's Type is this followed by "worksheet", "styles", "comments" …
inline constexpr const char* relationship_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
inline constexpr const char* core_properties_type =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

// A SpreadsheetML part's content type is this followed by "worksheet+xml", "styles+xml" …
inline constexpr const char* spreadsheet_content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
inline constexpr const char* vml_content_type = "application/vnd.openxmlformats-officedocument.vmlDrawing";

// The full relationship type of "worksheet", and the content type of a "worksheet+xml" part.
inline std::string relationship_type_of(std::string_view name) { return relationship_type + std::string(name); }
inline std::string spreadsheet_content_type_of(std::string_view name) {
    return spreadsheet_content_type + std::string(name);
}

}  // namespace sk::ooxml
