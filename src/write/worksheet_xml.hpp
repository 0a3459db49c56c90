// One worksheet part (xl/worksheets/sheetN.xml), checked up front and then
// streamed row by row in Excel's element order: sheetPr, dimension,
// sheetViews (frozen pane), sheetFormatPr, cols, sheetData, autoFilter,
// mergeCells, pageMargins, pageSetup.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "write/new_workbook.hpp"
#include "write/part_stream.hpp"
#include "write/shared_strings.hpp"

namespace sk {

class WorksheetXml : public PartStream {
public:
    // Checks every cell, style id and range (throws WriteError), orders the
    // cells and adds the sheet's texts to `strings`. `sheet` must outlive this.
    WorksheetXml(const NewSheet& sheet, bool selected, std::size_t style_count, SharedStrings& strings);

    bool next(std::string& piece) override;

private:
    std::string head() const;
    std::string tail() const;
    void append_cell(std::string& out, const NewCell& c, std::uint32_t string_index);
    const std::string& column(std::uint32_t col);

    const NewSheet& sheet_;
    bool selected_;
    std::vector<std::uint32_t> order_;          // cell indexes in (row, col) order
    std::vector<std::uint32_t> string_index_;   // per cell: shared string index (text cells)
    std::vector<std::string> column_names_;     // "A", "B", … cached
    enum class Stage { Head, Rows, Tail, Done } stage_ = Stage::Head;
    std::size_t pos_ = 0;                       // next entry of order_
};

}  // namespace sk
