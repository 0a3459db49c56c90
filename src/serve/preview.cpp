#include "serve/preview.hpp"

#include <algorithm>
#include <cmath>

#include "tables/cell_value.hpp"

namespace sk::serve {

namespace {

constexpr std::size_t max_text = 80;

std::string cut(const std::string& s) {
    if (s.size() <= max_text) return s;
    std::size_t n = max_text;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n) + "…";
}

// The cell as a reader of the sheet sees it: numbers in Swedish form.
nlohmann::json cell_json(const Workbook& wb, const Cell* cell) {
    nlohmann::json j = nlohmann::json::object();
    if (!cell || cell->type == CellType::Empty) return j;
    if (cell->type == CellType::Number && !cell->is_date) {
        tables::CellValue v = tables::cell_value(wb, cell, {});
        bool whole = v.value == std::floor(v.value);
        j["text"] = num::format(v.value, v.unit, v.unit == num::Unit::Percent ? v.decimals : whole ? 0 : 2);
        j["number"] = true;
    } else {
        j["text"] = cut(std::string(cell->text));
    }
    if (!cell->formula.empty()) j["formula"] = cut("=" + std::string(cell->formula));
    return j;
}

}  // namespace

nlohmann::json preview_window(const Workbook& wb, const Sheet& sheet, const check::Finding& f, std::uint32_t radius) {
    const std::uint32_t size = 2 * radius + 1;
    const std::uint32_t top = std::min(f.row > radius ? f.row - radius : 0, max_rows - size);
    const std::uint32_t left = std::min(f.col > radius ? f.col - radius : 0, max_cols - size);
    nlohmann::json columns = nlohmann::json::array();
    for (std::uint32_t c = left; c < left + size; ++c) columns.push_back(column_name(c));
    nlohmann::json rows = nlohmann::json::array();
    for (std::uint32_t r = top; r < top + size; ++r) {
        nlohmann::json cells = nlohmann::json::array();
        for (std::uint32_t c = left; c < left + size; ++c) {
            nlohmann::json j = cell_json(wb, sheet.find(r, c));
            if (r == f.row && c == f.col) j["target"] = true;
            if (std::any_of(f.summed.begin(), f.summed.end(), [&](const Range& s) { return s.contains(r, c); }))
                j["summed"] = true;
            cells.push_back(std::move(j));
        }
        rows.push_back({{"row", r + 1}, {"cells", std::move(cells)}});
    }
    return {{"columns", std::move(columns)}, {"rows", std::move(rows)}};
}

}  // namespace sk::serve
