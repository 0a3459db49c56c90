// The small parts around the sheets: [Content_Types].xml, the relationship
// parts, docProps/app.xml and core.xml, and xl/workbook.xml (sheet list and
// the defined names for print titles and autofilters).
#pragma once

#include <string>

#include "write/new_workbook.hpp"

namespace sk {

// One element of a relationships part or of [Content_Types].xml; `type` and
// `content_type` are URIs and MIME types given whole, the rest is escaped.
std::string relationship_xml(const std::string& id, const std::string& type, const std::string& target);
std::string override_xml(const std::string& part, const std::string& content_type);  // part: "/xl/styles.xml"
std::string default_xml(const std::string& ext, const std::string& content_type);

std::string content_types_xml(std::size_t sheet_count, bool has_shared_strings);
std::string root_rels_xml();
std::string workbook_rels_xml(std::size_t sheet_count, bool has_shared_strings);
std::string app_xml(const NewWorkbook& wb);
// `created_utc` in W3CDTF ("2026-03-27T10:00:00Z").
std::string core_xml(const std::string& creator, const std::string& created_utc);
std::string workbook_xml(const NewWorkbook& wb);

// The current time as W3CDTF in UTC.
std::string now_w3cdtf();

}  // namespace sk
