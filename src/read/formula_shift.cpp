#include "read/formula_shift.hpp"

#include "grid/grid.hpp"

namespace sk {

namespace {

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) {
    return is_letter(c) || is_digit(c) || c == '_' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// One "$A$1", "A1", "$A" (column of a column range) or "1" (row of a row range) part.
struct RefPart {
    bool col_abs = false, row_abs = false;
    std::int64_t col = -1, row = -1;  // -1 when absent
    std::size_t length = 0;
};

RefPart scan_part(std::string_view s, std::size_t i) {
    RefPart p;
    std::size_t start = i;
    if (i < s.size() && s[i] == '$') { p.col_abs = true; ++i; }
    std::size_t letters_start = i;
    std::int64_t col = 0;
    while (i < s.size() && is_letter(s[i]) && i - letters_start < 3) {
        col = col * 26 + (std::toupper(static_cast<unsigned char>(s[i])) - 'A' + 1);
        ++i;
    }
    std::size_t letters = i - letters_start;
    if (letters > 0) p.col = col - 1;
    else p.col_abs = false, i = start;
    std::size_t row_start = i;
    if (i < s.size() && s[i] == '$') { p.row_abs = true; ++i; }
    std::size_t digits_start = i;
    std::int64_t row = 0;
    while (i < s.size() && is_digit(s[i]) && i - digits_start < 8) { row = row * 10 + (s[i] - '0'); ++i; }
    if (i > digits_start) p.row = row - 1;
    else p.row_abs = false, i = row_start;
    p.length = i - start;
    return p;
}

std::string render(const RefPart& p, std::int64_t rows, std::int64_t cols, bool& off_sheet) {
    std::string out;
    if (p.col >= 0) {
        std::int64_t c = p.col_abs ? p.col : p.col + cols;
        if (c < 0 || c >= max_cols) off_sheet = true;
        else {
            if (p.col_abs) out += '$';
            out += column_name(std::uint32_t(c));
        }
    }
    if (p.row >= 0) {
        std::int64_t r = p.row_abs ? p.row : p.row + rows;
        if (r < 0 || r >= max_rows) off_sheet = true;
        else {
            if (p.row_abs) out += '$';
            out += std::to_string(r + 1);
        }
    }
    return out;
}

}  // namespace

std::string shift_formula(std::string_view f, std::int64_t rows, std::int64_t cols) {
    std::string out;
    out.reserve(f.size() + 8);
    std::size_t i = 0;
    while (i < f.size()) {
        char c = f[i];
        if (c == '"' || c == '\'') {  // string literal or quoted sheet name; doubled quote escapes
            std::size_t j = i + 1;
            while (j < f.size()) {
                if (f[j] == c) {
                    if (j + 1 < f.size() && f[j + 1] == c) { j += 2; continue; }
                    break;
                }
                ++j;
            }
            std::size_t end = j < f.size() ? j + 1 : f.size();
            out.append(f.substr(i, end - i));
            i = end;
            continue;
        }
        if (c == '[') {  // structured reference or external book index: copy to its matching ']'
            std::size_t depth = 0, j = i;
            for (; j < f.size(); ++j) {
                if (f[j] == '[') ++depth;
                else if (f[j] == ']' && --depth == 0) break;
            }
            std::size_t end = j < f.size() ? j + 1 : f.size();
            out.append(f.substr(i, end - i));
            i = end;
            continue;
        }
        bool boundary = i == 0 || !is_name_char(f[i - 1]);
        if (boundary && (c == '$' || is_letter(c) || is_digit(c))) {
            RefPart a = scan_part(f, i);
            std::size_t end = i + a.length;
            bool cell = a.col >= 0 && a.row >= 0;
            bool range_start = end < f.size() && f[end] == ':';
            RefPart b;
            if (range_start) b = scan_part(f, end + 1);
            bool col_range = range_start && a.col >= 0 && a.row < 0 && b.col >= 0 && b.row < 0;
            bool row_range = range_start && a.row >= 0 && a.col < 0 && b.row >= 0 && b.col < 0;
            std::size_t total = (col_range || row_range) ? a.length + 1 + b.length : a.length;
            std::size_t after = i + total;
            bool followed_ok = after >= f.size() || (!is_name_char(f[after]) && f[after] != '(' && f[after] != '!');
            if ((cell || col_range || row_range) && a.length > 0 && followed_ok) {
                bool off = false;
                std::string moved = render(a, rows, cols, off);
                if (col_range || row_range) {
                    moved += ':';
                    moved += render(b, rows, cols, off);
                }
                out += off ? "#REF!" : moved;
                i = after;
                continue;
            }
            // Not a reference: copy the whole name or number.
            std::size_t j = i;
            while (j < f.size() && (is_name_char(f[j]) || f[j] == '$')) ++j;
            out.append(f.substr(i, j - i));
            i = j;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

}  // namespace sk
