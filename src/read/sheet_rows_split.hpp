// A worksheet's XML cut for parsing in pieces: the frame (the document with
// sheetData emptied) and the rows in runs of whole <row> elements. Parsing
// 30 MB of rows as one DOM costs hundreds of megabytes of nodes; parsing
// them a megabyte at a time keeps pugixml's checks and a small footprint.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk {

struct SheetRowsSplit {
    std::string frame;                   // the part with sheetData's content left out
    std::string sheet_data_open;         // "<sheetData>" or "<x:sheetData>", to wrap each run in
    std::string sheet_data_close;        // the matching end tag
    std::vector<std::string_view> runs;  // consecutive runs of whole rows, views into the part
};

// Nothing when the part has no sheetData with content, or its rows cannot be
// cut at end tags with certainty (CDATA or comments among them): the caller
// then parses the part whole.
std::optional<SheetRowsSplit> split_sheet_rows(std::string_view xml, std::size_t run_bytes);

}  // namespace sk
