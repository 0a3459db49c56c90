#include "grid/grid.hpp"

#include <algorithm>

namespace sk {

namespace {
bool before(const Cell& c, std::uint32_t row, std::uint32_t col) {
    return c.row < row || (c.row == row && c.col < col);
}
}  // namespace

namespace {
bool indexed(const Sheet& s) {
    return !s.row_start.empty() && s.row_start.back() == s.cells.size() && s.row_start.size() == s.max_row() + 2u;
}
}  // namespace

const char* format_name(SourceFormat f) {
    switch (f) {
        case SourceFormat::Xlsx: return "xlsx";
        case SourceFormat::Docx: return "docx";
        case SourceFormat::Csv: return "csv";
        case SourceFormat::Ods: return "ods";
        case SourceFormat::Xls: return "xls";
        case SourceFormat::Pdf: return "pdf";
    }
    return "xlsx";
}

Capabilities capabilities(SourceFormat f) {
    switch (f) {
        case SourceFormat::Xlsx: return {true, true, true, false, false, true};
        case SourceFormat::Ods: return {true, true, false, false, false, false};
        case SourceFormat::Xls: return {true, false, false, false, false, false};  // FreeXL gives no formulas
        case SourceFormat::Docx: return {false, false, false, true, true, false};
        case SourceFormat::Pdf: return {false, false, false, true, true, false};
        case SourceFormat::Csv: return {false, false, false, false, false, false};
    }
    return {};
}

void Sheet::index_rows() {
    row_start.clear();
    if (cells.empty() || cells.size() > UINT32_MAX || max_row() / 4 > cells.size()) return;
    row_start.resize(std::size_t(max_row()) + 2);
    std::size_t i = 0;
    for (std::uint32_t r = 0; r <= max_row() + 1u; ++r) {
        while (i < cells.size() && cells[i].row < r) ++i;
        row_start[r] = std::uint32_t(i);
    }
}

const Cell* Sheet::find(std::uint32_t row, std::uint32_t col) const {
    if (indexed(*this)) {
        auto [b, e] = row_cells(row);
        const Cell* it = std::lower_bound(b, e, col, [](const Cell& c, std::uint32_t x) { return c.col < x; });
        return it != e && it->col == col ? it : nullptr;
    }
    auto it = std::lower_bound(cells.begin(), cells.end(), 0,
                               [&](const Cell& c, int) { return before(c, row, col); });
    if (it == cells.end() || it->row != row || it->col != col) return nullptr;
    return &*it;
}

std::pair<const Cell*, const Cell*> Sheet::row_cells(std::uint32_t row) const {
    const Cell* base = cells.data();
    if (indexed(*this)) {
        if (row > max_row()) return {base + cells.size(), base + cells.size()};
        return {base + row_start[row], base + row_start[row + 1]};
    }
    auto lo = std::lower_bound(cells.begin(), cells.end(), 0,
                               [&](const Cell& c, int) { return c.row < row; });
    auto hi = std::lower_bound(lo, cells.end(), 0,
                               [&](const Cell& c, int) { return c.row <= row; });
    return {base + (lo - cells.begin()), base + (hi - cells.begin())};
}

std::string column_name(std::uint32_t col) {
    char buf[8];
    char* p = buf + sizeof buf;
    for (std::uint64_t n = std::uint64_t(col) + 1; n > 0 && p > buf; n = (n - 1) / 26) *--p = char('A' + (n - 1) % 26);
    return std::string(p, buf + sizeof buf);
}

std::string a1(std::uint32_t row, std::uint32_t col) {
    std::string s = column_name(col);
    s += std::to_string(std::uint64_t(row) + 1);
    return s;
}

std::string a1(const Range& r) {
    std::string s = a1(r.first_row, r.first_col);
    if (r.first_row != r.last_row || r.first_col != r.last_col) {
        s += ':';
        s += a1(r.last_row, r.last_col);
    }
    return s;
}

bool parse_a1(std::string_view s, std::uint32_t& row, std::uint32_t& col) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '$') ++i;
    std::uint64_t c = 0;
    std::size_t letters = 0;
    for (; i < s.size(); ++i, ++letters) {
        char ch = s[i];
        if (ch >= 'a' && ch <= 'z') ch = char(ch - 'a' + 'A');
        if (ch < 'A' || ch > 'Z') break;
        if (letters >= 3) return false;
        c = c * 26 + std::uint64_t(ch - 'A' + 1);
    }
    if (letters == 0) return false;
    if (i < s.size() && s[i] == '$') ++i;
    std::uint64_t r = 0;
    std::size_t digits = 0;
    for (; i < s.size(); ++i, ++digits) {
        if (s[i] < '0' || s[i] > '9' || digits >= 7) return false;
        r = r * 10 + std::uint64_t(s[i] - '0');
    }
    if (digits == 0 || r == 0 || r > max_rows || c > max_cols) return false;
    row = std::uint32_t(r - 1);
    col = std::uint32_t(c - 1);
    return true;
}

std::optional<Range> parse_range(std::string_view s) {
    Range r;
    auto colon = s.find(':');
    if (colon == std::string_view::npos) {
        if (!parse_a1(s, r.first_row, r.first_col)) return std::nullopt;
        r.last_row = r.first_row;
        r.last_col = r.first_col;
        return r;
    }
    if (!parse_a1(s.substr(0, colon), r.first_row, r.first_col) ||
        !parse_a1(s.substr(colon + 1), r.last_row, r.last_col))
        return std::nullopt;
    if (r.first_row > r.last_row) std::swap(r.first_row, r.last_row);
    if (r.first_col > r.last_col) std::swap(r.first_col, r.last_col);
    return r;
}

const char* type_name(CellType t) {
    switch (t) {
        case CellType::Empty: return "empty";
        case CellType::Number: return "number";
        case CellType::Text: return "text";
        case CellType::Bool: return "bool";
        case CellType::Error: return "error";
    }
    return "empty";
}

const Sheet* Workbook::sheet(std::string_view name) const {
    auto index = [this] {
        sheet_numbers.clear();
        for (std::size_t i = sheets.size(); i-- > 0;) sheet_numbers[sheets[i].name] = i;  // the first of a name wins
    };
    auto it = sheet_numbers.find(std::string(name));
    // Not indexed yet, or sheets added or renamed since: index again, once.
    if (it == sheet_numbers.end() || it->second >= sheets.size() || sheets[it->second].name != name) {
        index();
        it = sheet_numbers.find(std::string(name));
        if (it == sheet_numbers.end()) return nullptr;
    }
    return &sheets[it->second];
}

}  // namespace sk
