#include "convert/sheet_layout.hpp"

#include <algorithm>

namespace sk::convert {

namespace {

// Words, not a number: a header or a label ("Kommun", "Totalt:").
bool is_words(const Cell& c) {
    if (c.type != CellType::Text) return false;
    num::Parsed p = num::parse(c.text);
    return p.status == num::Status::Rejected &&
           (p.reason == num::Rejection::Words || p.reason == num::Rejection::Malformed ||
            p.reason == num::Rejection::Ratio);
}

// A header is searched this far below the table's first row; further down it
// belongs to a later table on the same sheet.
constexpr std::uint32_t header_search_rows = 10;

}  // namespace

std::vector<num::Reading> composite_numbers(std::string_view text, const num::ColumnHint& hint) {
    num::Parsed p = num::parse(text, hint);
    if (p.status != num::Status::Composite || p.parts.size() < 2 || p.parts.size() > 4) return {};
    std::vector<num::Reading> out;
    for (const std::string& part : p.parts) {
        num::Parsed pp = num::parse(part, hint);
        if (pp.status != num::Status::Number) return {};
        out.push_back(pp.reading);
    }
    return out;
}

SheetLayout::SheetLayout(const Workbook& wb, const Sheet& sheet)
    : sheet_(sheet), blocks_(tables::find_blocks(wb, sheet)) {
    find_header_rows();
    find_titles();
    plan_columns();
}

const tables::Block* SheetLayout::block_above(std::uint32_t row, std::uint32_t col) const {
    const tables::Block* best = nullptr;
    for (const tables::Block& b : blocks_) {
        if (b.col != col) continue;
        std::uint32_t start = b.header_row ? *b.header_row : b.rows.front().row;
        if (start <= row && (!best || start >= (best->header_row ? *best->header_row : best->rows.front().row)))
            best = &b;
    }
    return best;
}

const tables::BlockRow* SheetLayout::number_at(std::uint32_t row, std::uint32_t col, const tables::Block** block) const {
    for (const tables::Block& b : blocks_) {
        if (b.col != col) continue;
        if (const tables::BlockRow* r = tables::row_at(b, row); r && r->value.numeric()) {
            if (block) *block = &b;
            return r;
        }
    }
    return nullptr;
}

void SheetLayout::find_header_rows() {
    if (sheet_.cells.empty()) return;
    const std::uint32_t top = sheet_.cells.front().row;
    std::optional<std::uint32_t> first;
    for (const tables::Block& b : blocks_) {
        if (!b.header_row) continue;
        const Cell* c = sheet_.find(*b.header_row, b.col);
        if (c && c->type == CellType::Text && !composite_numbers(c->text, {}).empty()) continue;
        header_cells_.insert({*b.header_row, b.col});
        if (!first || *b.header_row < *first) first = *b.header_row;
    }
    if (first && *first < top + header_search_rows) first_header_ = first;
    if (first_header_) return;
    // A table of words only: its first row of two or more words is its header.
    if (sheet_.max_row() < top + 2) return;
    for (std::uint32_t r = top; r < top + 3; ++r) {
        auto [b, e] = sheet_.row_cells(r);
        if (e - b >= 2 && std::all_of(b, e, [](const Cell& c) { return is_words(c); })) {
            first_header_ = r;
            return;
        }
    }
}

void SheetLayout::find_titles() {
    if (sheet_.cells.empty()) return;
    std::uint32_t widest = 0;
    for (const Cell& c : sheet_.cells) widest = std::max(widest, c.col);
    if (widest == sheet_.cells.front().col) return;  // one column: nothing to title
    for (std::uint32_t r = sheet_.cells.front().row; r <= sheet_.max_row(); ++r) {
        if (first_header_ && r >= *first_header_) break;
        auto [b, e] = sheet_.row_cells(r);
        if (b == e) continue;
        if (e - b != 1 || !is_words(*b)) break;
        title_rows_.insert(r);
    }
}

std::string SheetLayout::title() const {
    if (title_rows_.empty()) return {};
    auto [b, e] = sheet_.row_cells(*title_rows_.begin());
    return b == e ? std::string() : std::string(b->text);
}

void SheetLayout::plan_columns() {
    if (sheet_.cells.empty()) return;
    layout_.first_row = sheet_.cells.front().row;
    std::uint32_t first = sheet_.cells.front().col, last = first;
    for (const Cell& c : sheet_.cells) {
        first = std::min(first, c.col);
        last = std::max(last, c.col);
    }
    layout_.first_col = first;
    layout_.parts.assign(last - first + 1, 1);
    for (const Cell& c : sheet_.cells) {
        if (c.type != CellType::Text || is_header(c.row, c.col)) continue;
        std::uint32_t n = std::uint32_t(composite_numbers(c.text, {}).size());
        if (n == 0) continue;
        layout_.parts[c.col - first] = std::max(layout_.parts[c.col - first], n);
        for (std::uint32_t r = c.row; r-- > layout_.first_row;) {
            const Cell* above = sheet_.find(r, c.col);
            if (above && is_words(*above)) {
                split_headers_.insert({r, c.col});
                header_cells_.insert({r, c.col});
                break;
            }
        }
    }
    layout_.col_start.resize(layout_.parts.size());
    std::uint32_t next = 0;
    for (std::size_t i = 0; i < layout_.parts.size(); ++i) {
        layout_.col_start[i] = next;
        next += layout_.parts[i];
    }
}

}  // namespace sk::convert
