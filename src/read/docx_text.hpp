// The text Word displays in a table cell or a paragraph (WordprocessingML).
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

namespace sk {

struct CellContent {
    std::string text;
    std::vector<pugi::xml_node> tables;  // w:tbl met inside the cell, in document order
};

// The content of a w:tc (or any block container): paragraphs joined with
// "\n", w:br/w:cr as "\n", w:tab/w:ptab as "\t", w:noBreakHyphen as "-".
// Content controls (w:sdt), hyperlinks, smart tags, custom XML and tracked
// insertions (w:ins, w:moveTo) are read through; tracked deletions (w:del,
// w:moveFrom, w:delText) are dropped. Fields show their result: the runs
// between fldChar "separate" and "end" and the runs of w:fldSimple, never the
// instruction. Drawings and text boxes are skipped. Nested tables are not
// entered: they are handed back in `tables` to become tables of their own.
CellContent cell_content(const pugi::xml_node& container);

// The text of one body paragraph (w:p) as Word shows it, on one line: breaks
// and tabs as spaces, no spaces at either end.
std::string paragraph_text(const pugi::xml_node& p);

}  // namespace sk
