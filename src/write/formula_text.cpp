#include "write/formula_text.hpp"

namespace sk {

namespace {

bool ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// "A1", "XFD1048576", "R1C1", "R", "C", "RC": Excel would read these as references.
bool looks_like_reference(std::string_view s) {
    std::size_t letters = 0;
    while (letters < s.size() && ascii_letter(s[letters])) ++letters;
    std::size_t digits = letters;
    while (digits < s.size() && ascii_digit(s[digits])) ++digits;
    if (letters >= 1 && letters <= 3 && digits > letters && digits == s.size()) return true;
    std::string upper;
    for (char c : s) upper += char(c >= 'a' && c <= 'z' ? c - 32 : c);
    if (upper == "R" || upper == "C" || upper == "RC") return true;
    // R1C1 style: R<digits>C<digits>, either number optional.
    if (upper.empty() || upper[0] != 'R') return false;
    std::size_t i = 1;
    while (i < upper.size() && ascii_digit(upper[i])) ++i;
    if (i == upper.size() || upper[i] != 'C') return false;
    for (++i; i < upper.size(); ++i)
        if (!ascii_digit(upper[i])) return false;
    return true;
}

}  // namespace

std::string quote_sheet_name(std::string_view sheet) {
    bool plain = !sheet.empty() && (ascii_letter(sheet[0]) || sheet[0] == '_') && !looks_like_reference(sheet);
    for (char c : sheet)
        if (!ascii_letter(c) && !ascii_digit(c) && c != '_' && c != '.') plain = false;
    if (plain) return std::string(sheet);
    std::string out = "'";
    for (char c : sheet) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::string string_literal(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string absolute_a1(const Range& r) {
    auto cell = [](std::uint32_t row, std::uint32_t col) {
        return "$" + column_name(col) + "$" + std::to_string(row + 1);
    };
    std::string out = cell(r.first_row, r.first_col);
    if (r.last_row != r.first_row || r.last_col != r.first_col) out += ":" + cell(r.last_row, r.last_col);
    return out;
}

std::string internal_link_formula(std::string_view sheet, std::string_view cell, std::string_view label) {
    std::string target = "#" + quote_sheet_name(sheet) + "!" + std::string(cell);
    return "HYPERLINK(" + string_literal(target) + "," + string_literal(label) + ")";
}

}  // namespace sk
