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

// The lines one paragraph takes when wrapped in whole words, as Excel and
// LibreOffice wrap: a word that does not fit starts a new line, a word longer
// than a line is broken. A character counts 1.1 widths of a digit (Calibri's
// letters vary; the margin keeps a wrapped line from being cut off).
std::size_t paragraph_lines(std::string_view line, double per_line) {
    const double capacity = std::max(1.0, per_line / 1.1);
    std::size_t lines = 1;
    double used = 0;
    for (std::size_t start = 0; start < line.size();) {
        std::size_t space = line.find(' ', start);
        std::size_t end = space == std::string_view::npos ? line.size() : space;
        double word = double(characters(line.substr(start, end - start)));
        double needed = used > 0 ? used + 1 + word : word;
        if (needed <= capacity) {
            used = needed;
        } else if (word <= capacity) {
            ++lines;
            used = word;
        } else {  // broken over lines of its own
            if (used > 0) ++lines;
            lines += std::size_t(std::ceil(word / capacity)) - 1;
            used = word - capacity * std::floor(word / capacity);
        }
        start = end + 1;
    }
    return lines;
}

}  // namespace

std::size_t wrapped_lines(std::string_view text, double width) {
    const double per_line = std::max(1.0, width - 1);
    std::size_t lines = 0;
    for (std::size_t start = 0;;) {
        std::size_t nl = text.find('\n', start);
        lines += paragraph_lines(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start),
                                 per_line);
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
