// The small parts around the sheets: [Content_Types].xml, the relationship
// parts, docProps/app.xml and core.xml, and xl/workbook.xml (sheet list and
// the defined names for print titles and autofilters).
#pragma once

#include <string>

#include "write/new_workbook.hpp"

namespace sk {

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
