#include "write/row_heights.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <variant>

namespace sk {

namespace {

// Excel's default column width, in characters.
constexpr double default_width = 8.43;

std::size_t characters(std::string_view s) {
    return std::size_t(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool merged(const NewSheet& sheet, const NewCell& c) {
    return std::any_of(sheet.merged.begin(), sheet.merged.end(), [&](const Range& m) { return m.contains(c.row, c.col); });
}

}  // namespace

std::size_t wrapped_lines(std::string_view text, double width) {
    const double per_line = std::max(1.0, width - 1);
    std::size_t lines = 0;
    for (std::size_t start = 0;;) {
        std::size_t nl = text.find('\n', start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        lines += std::max<std::size_t>(1, std::size_t(std::ceil(double(characters(line)) * 1.2 / per_line)));
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

void fit_wrapped_rows(NewSheet& sheet, const NewWorkbook& wb) {
    for (const NewCell& c : sheet.cells) {
        const std::string* text = std::get_if<std::string>(&c.value);
        if (!text || c.style >= wb.styles.size() || !wb.styles[c.style].wrap || merged(sheet, c)) continue;
        auto width = sheet.column_widths.find(c.col);
        std::size_t lines = wrapped_lines(*text, width == sheet.column_widths.end() ? default_width : width->second);
        if (lines < 2) continue;
        double& height = sheet.row_heights[c.row];
        height = std::max(height, line_points * double(lines));
    }
}

}  // namespace sk
