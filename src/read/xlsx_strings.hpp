// Cell text in SpreadsheetML: shared strings, inline strings and rich text.
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "grid/cell_text.hpp"
#include "read/read_workbook.hpp"

namespace sk {

// The text of an <si> or <is> element: its <t>, or its rich-text runs joined;
// phonetic runs (<rPh>) dropped; _xHHHH_ escapes decoded.
std::string string_item_text(const pugi::xml_node& item);

// Decodes OOXML's _xHHHH_ escapes ("_x000D_" → CR, "_x005F_" → "_").
std::string decode_ooxml_escapes(std::string_view s);

// xl/sharedStrings.xml → the table, as cell texts: a cell of a long shared
// string shares its bytes instead of copying them. Throws ReadError: StringTooLong.
std::vector<CellText> read_shared_strings(std::string xml, const std::string& part, const ReadLimits& limits);

}  // namespace sk
