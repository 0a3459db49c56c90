#include "convert/column_widths.hpp"

#include <algorithm>

#include "base/text_length.hpp"
#include "normalise/amount.hpp"

namespace sk::convert {

namespace {

// Decimals a format shows: "#,##0.00" → 2, "0.0%" → 1.
int format_decimals(std::string_view fmt) {
    auto dot = fmt.find('.');
    if (dot == std::string_view::npos) return 0;
    int n = 0;
    while (dot + 1 + std::size_t(n) < fmt.size() && fmt[dot + 1 + std::size_t(n)] == '0') ++n;
    return n;
}

}  // namespace

std::string shown_text(const Workbook& clean, const Cell& cell) {
    if (cell.type == CellType::Text) return std::string(cell.text);
    if (cell.type == CellType::Bool) return cell.boolean ? "SANT" : "FALSKT";
    if (cell.type != CellType::Number) return {};
    const std::string& fmt = clean.style_of(cell).num_format;
    if (cell.is_date) return "2026-01-01";  // dates are shown yyyy-mm-dd
    if (fmt.find('%') != std::string::npos) return num::format(cell.number, num::Unit::Percent, format_decimals(fmt));
    if (fmt.find("kr") != std::string::npos) return num::format(cell.number, num::Unit::Kr, format_decimals(fmt));
    if (fmt.find('#') != std::string::npos) return num::format(cell.number, num::Unit::None, format_decimals(fmt));
    return cell.text.empty() ? num::format(cell.number, num::Unit::None, 2) : std::string(cell.text);
}

std::map<std::uint32_t, double> fitted_widths(const Workbook& clean, const Sheet& grid,
                                              const std::set<std::pair<std::uint32_t, std::uint32_t>>& header_cells,
                                              const std::set<std::uint32_t>& skip_rows) {
    std::map<std::uint32_t, std::size_t> longest;
    for (const Cell& c : grid.cells) {
        if (skip_rows.count(c.row)) continue;
        bool across = std::any_of(grid.merged.begin(), grid.merged.end(), [&](const Range& m) {
            return m.first_col != m.last_col && m.contains(c.row, c.col);
        });
        if (across) continue;
        std::string shown = shown_text(clean, c);
        std::size_t n = header_cells.count({c.row, c.col}) ? longest_word(shown) : longest_line(shown);
        longest[c.col] = std::max(longest[c.col], n);
    }
    std::map<std::uint32_t, double> widths;
    for (auto [col, n] : longest) widths[col] = std::clamp(double(n) + 2, 6.0, widest_column);
    return widths;
}

}  // namespace sk::convert
