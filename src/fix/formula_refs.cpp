#include "fix/formula_refs.hpp"

#include <cctype>

namespace sk::fix {

namespace {

bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$' || c == '\\' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// "$AB", "AB": 1 to 3 letters, a column; the column's index.
bool column_part(std::string_view s, std::uint32_t& col) {
    if (!s.empty() && s[0] == '$') s.remove_prefix(1);
    if (s.empty() || s.size() > 3) return false;
    col = 0;
    for (char c : s) {
        if (!std::isalpha(static_cast<unsigned char>(c))) return false;
        col = col * 26 + std::uint32_t(std::toupper(static_cast<unsigned char>(c)) - 'A' + 1);
    }
    --col;
    return col < max_cols;
}

// "$12", "12": a row number; its 0-based index.
bool row_part(std::string_view s, std::uint32_t& row) {
    if (!s.empty() && s[0] == '$') s.remove_prefix(1);
    if (s.empty() || s.size() > 7) return false;
    row = 0;
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        row = row * 10 + std::uint32_t(c - '0');
    }
    if (row == 0 || row > max_rows) return false;
    --row;
    return true;
}

// "A1", "$B$12": one cell.
bool cell_part(std::string_view s, std::uint32_t& row, std::uint32_t& col) {
    std::size_t i = s.size();
    while (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) --i;
    if (i > 0 && s[i - 1] == '$') --i;
    return i > 0 && i < s.size() && column_part(s.substr(0, i), col) && row_part(s.substr(i), row);
}

// One end of a reference read as a range: a cell, a whole column or a whole row.
enum class End { Cell, Column, Row, None };
End end_of(std::string_view s, Range& r) {
    if (cell_part(s, r.first_row, r.first_col)) return End::Cell;
    if (column_part(s, r.first_col)) return End::Column;
    if (row_part(s, r.first_row)) return End::Row;
    return End::None;
}

}  // namespace

std::optional<std::vector<SheetRange>> formula_refs(std::string_view f, const std::string& home) {
    std::vector<SheetRange> out;
    std::size_t i = 0;
    auto word_at = [&](std::size_t at) {
        std::size_t e = at;
        while (e < f.size() && word_char(f[e])) ++e;
        return e;
    };
    while (i < f.size()) {
        char c = f[i];
        if (c == '"') {  // a text literal, "" inside it
            for (++i; i < f.size(); ++i) {
                if (f[i] != '"') continue;
                if (i + 1 < f.size() && f[i + 1] == '"') ++i;
                else break;
            }
            ++i;
            continue;
        }
        if (c == '[' || c == '{') return std::nullopt;  // another workbook, a table column; an array constant
        if (c == '#') {  // an error literal (#REF!, #N/A): reads nothing
            while (i < f.size() && f[i] != '!' && (word_char(f[i]) || f[i] == '#' || f[i] == '/' || f[i] == '?')) ++i;
            ++i;
            continue;
        }
        std::string sheet = home;
        std::size_t start = i;
        if (c == '\'') {  // 'Sheet name'!
            std::string name;
            for (++i; i < f.size(); ++i) {
                if (f[i] == '\'' && i + 1 < f.size() && f[i + 1] == '\'') name += '\'', ++i;
                else if (f[i] == '\'') break;
                else name += f[i];
            }
            if (i + 1 >= f.size() || f[i + 1] != '!') return std::nullopt;
            sheet = name;
            i += 2;
            start = i;
        } else if (!word_char(c)) {
            ++i;
            continue;
        }
        std::size_t end = word_at(start);
        if (end < f.size() && f[end] == '!' && c != '\'') {  // Sheet1!
            sheet = std::string(f.substr(start, end - start));
            start = end + 1;
            end = word_at(start);
        }
        std::string_view word = f.substr(start, end - start);
        i = end;
        std::size_t next = end;
        while (next < f.size() && f[next] == ' ') ++next;
        if (word.empty()) return std::nullopt;  // 'Sheet'! followed by no reference
        if (next < f.size() && f[next] == '(') continue;  // a function
        if (std::isdigit(static_cast<unsigned char>(word[0])) && !(end < f.size() && f[end] == ':')) {
            // A number, with its exponent's sign when it has one (1E+3).
            if ((word.back() == 'E' || word.back() == 'e') && end < f.size() && (f[end] == '+' || f[end] == '-')) ++i;
            continue;
        }
        Range r;
        End first = end_of(word, r);
        if (first == End::None) {
            if (word == "TRUE" || word == "FALSE") continue;
            return std::nullopt;  // a defined name
        }
        if (end < f.size() && f[end] == ':') {
            std::size_t e2 = word_at(end + 1);
            Range r2;
            End second = end_of(f.substr(end + 1, e2 - end - 1), r2);
            if (second != first) return std::nullopt;
            r.last_row = r2.first_row;
            r.last_col = r2.first_col;
            i = e2;
        } else if (first != End::Cell) {
            return std::nullopt;
        } else {
            r.last_row = r.first_row;
            r.last_col = r.first_col;
        }
        if (first == End::Column) r.first_row = 0, r.last_row = max_rows - 1;
        if (first == End::Row) r.first_col = 0, r.last_col = max_cols - 1;
        if (r.first_row > r.last_row) std::swap(r.first_row, r.last_row);
        if (r.first_col > r.last_col) std::swap(r.first_col, r.last_col);
        out.push_back({sheet, r});
    }
    return out;
}

}  // namespace sk::fix
