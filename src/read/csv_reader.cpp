#include "read/csv_reader.hpp"

#include <filesystem>

#include "read/cell_budget.hpp"
#include "read/csv_scan.hpp"
#include "read/text_encoding.hpp"

namespace sk {

Workbook read_csv_text(std::string_view text, const std::string& name, const ReadLimits& limits) {
    std::size_t skip = 0;
    char delimiter = sep_line(text, skip);
    text.remove_prefix(skip);
    if (!delimiter) delimiter = guess_delimiter(text).delimiter;

    Sheet sheet;
    sheet.name = std::filesystem::path(name).stem().string();
    if (sheet.name.empty()) sheet.name = "Blad1";
    CellBudget budget{limits};
    CsvScanner scan(text, delimiter);
    std::string field;
    bool record_end = false;
    std::uint32_t row = 0, col = 0;
    while (scan.next(field, record_end)) {
        if (!field.empty()) {
            if (row >= max_rows || col >= max_cols)
                throw ReadError(ReadErrorKind::AbsurdDimension, sheet.name + " " + std::to_string(row + 1) + ":" + std::to_string(col + 1));
            Cell cell;
            cell.row = row;
            cell.col = col;
            cell.type = CellType::Text;
            cell.text = field;
            budget.admit(cell, sheet.name);
            sheet.cells.push_back(std::move(cell));
        }
        if (record_end) {
            ++row;
            col = 0;
        } else if (col < max_cols) {
            ++col;
        }
    }

    Workbook wb;
    wb.path = name;
    wb.format = SourceFormat::Csv;
    wb.styles.push_back({0, "General", false, false, false, 0});
    wb.sheets.push_back(std::move(sheet));
    for (Sheet& s : wb.sheets) s.index_rows();
    return wb;
}

bool looks_like_delimited_text(std::string_view text) {
    DelimiterGuess guess = guess_delimiter(text);
    return guess.delimiter && guess.records >= 2 && guess.consistency >= 0.9;
}

Workbook read_csv_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) throw ReadError(ReadErrorKind::TooLarge, std::to_string(bytes.size()) + " byte");
    return read_csv_text(text_to_utf8(bytes), name, limits);
}

Workbook read_csv(const std::string& path, const ReadLimits& limits) {
    return read_csv_bytes(read_file_bytes(path, limits), path, limits);
}

}  // namespace sk
