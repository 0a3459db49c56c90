// A byte-exact view of a worksheet part: where each <row> and <c> element
// starts and ends in the original text, so the patcher can replace single
// cells and leave every other byte as it was.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk::fix {

struct CellSpan {
    std::size_t begin = 0, end = 0;  // [begin, end) covers <c …>…</c> or <c …/>
    std::uint32_t row = 0, col = 0;
    std::uint32_t style = 0;         // the s attribute (0 when absent)
};

struct RowSpan {
    std::size_t begin = 0;       // '<' of <row
    std::size_t open_end = 0;    // just after the start tag's '>'
    std::size_t close_begin = 0; // '<' of </row>, or open_end's tag start for <row/>
    std::size_t end = 0;         // just after the element
    bool self_closing = false;
    std::uint32_t row = 0;
    std::vector<CellSpan> cells;
};

struct SheetLayout {
    std::string prefix;                 // namespace prefix of the worksheet elements ("x:" or "")
    std::size_t sheet_data_open_end = 0;    // after <sheetData>'s '>'
    std::size_t sheet_data_close = 0;       // '<' of </sheetData> (or of <sheetData/>)
    bool sheet_data_self_closing = false;
    std::vector<RowSpan> rows;
    // Top-level children of <worksheet> after sheetData: local name and '<' offset.
    std::vector<std::pair<std::string, std::size_t>> after_sheet_data;
    std::size_t worksheet_close = 0;    // '<' of </worksheet>
};

// Scans a worksheet part. Returns false when the text is not the shape a
// worksheet has (the reader accepted it, so this means an unusual spelling).
// Every row's span is recorded; the cells only of the rows numbered in
// `cells_of_rows` (sorted), or of all rows when it is null.
bool scan_sheet(std::string_view xml, SheetLayout& out, const std::vector<std::uint32_t>* cells_of_rows = nullptr);

// The value of attribute `name` (local name) in a start tag's text, or "" if absent.
std::string attribute(std::string_view start_tag, std::string_view name);

}  // namespace sk::fix
