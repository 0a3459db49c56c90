#include "tables/row_look.hpp"

#include <cmath>

#include "tables/fold_label.hpp"
#include "tables/possible_sums.hpp"

namespace sk::tables {

Place place_of(LabelKind role) {
    switch (role) {
        case LabelKind::Total:
        case LabelKind::Subtotal: return Place::Total;
        case LabelKind::Plain: return Place::Item;
        case LabelKind::Part:
        case LabelKind::Received:
        case LabelKind::Remainder:
        case LabelKind::Comparison:
        case LabelKind::PageLine: return Place::Outside;
    }
    return Place::Outside;
}

bool has_content(const Cell* c) {
    if (!c || c->type == CellType::Empty) return false;
    return c->type != CellType::Text || c->text.view().find_first_not_of(" \t\r\n") != std::string_view::npos;
}

const Cell* label_cell(const Sheet& sheet, std::uint32_t row, std::uint32_t col) {
    auto [c, e] = sheet.row_cells(row);
    for (; c != e && c->col < col; ++c)
        if (c->type == CellType::Text && has_content(c)) return c;
    return nullptr;
}

bool row_bold(const Workbook& wb, const Sheet& sheet, const Block& b, std::size_t i) {
    const Cell* amount = sheet.find(b.rows[i].row, b.col_of(i));
    const Cell* label = label_cell(sheet, b.rows[i].row, b.col);
    return (amount && wb.style_of(*amount).bold) || (label && wb.style_of(*label).bold);
}

namespace {

// How deep an outline number puts a label: "2 Region" 0, "2.1 Folkhälsoenheten"
// 1, "1.2.3. Namn" 2. Numbers of four digits or more ("2024 Beslut") are none.
int outline_depth(std::string_view label) {
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t start = i;
        while (i < label.size() && label[i] >= '0' && label[i] <= '9') ++i;
        if (i == start || i - start > 3) return 0;
        ++parts;
        if (i < label.size() && label[i] == '.') ++i;
        if (i == label.size() || label[i] == ' ') return i == label.size() ? 0 : parts - 1;
        if (label[i - 1] != '.') return 0;
    }
}

}  // namespace

int label_indent(const Workbook& wb, const Cell* label) {
    if (!label) return 0;
    std::string_view t = label->text.view();
    std::size_t spaces = t.find_first_not_of(' ');
    if (spaces == std::string_view::npos) return wb.style_of(*label).indent;
    return wb.style_of(*label).indent + int(spaces / 2) + outline_depth(t.substr(spaces));
}

std::vector<SectionHeader> section_headers(const Sheet& sheet, const Block& b) {
    std::vector<SectionHeader> out;
    const auto& rows = b.rows;
    if (rows.empty()) return out;
    std::size_t k = 0;
    // From under the column's header: the first section may start above the first amount.
    std::uint32_t first = b.header_row && *b.header_row < rows.front().row ? *b.header_row + 1 : rows.front().row;
    for (std::uint32_t r = first; r < rows.back().row; ++r) {
        while (k < rows.size() && rows[k].row < r) ++k;
        if (k < rows.size() && rows[k].row == r) continue;
        auto [c, e] = sheet.row_cells(r);
        if (c == e || has_content(sheet.find(r, b.col))) continue;
        const Cell* label = label_cell(sheet, r, b.col);
        if (!label) continue;
        LabelKind kind = label_kind_of_text(label->text.view());
        if (kind == LabelKind::PageLine || kind == LabelKind::Comparison) continue;
        out.push_back(SectionHeader{r, fold_label(label->text.view())});
    }
    return out;
}

bool adds_up(const Block& b, const std::vector<std::size_t>& idx, double stated) {
    // Rows without an ambiguous amount have one sum, added in the order
    // possible_sums adds it, without its lists: the finder asks this about
    // ten times a total, and the lists were a quarter of a check's allocations.
    double sum = 0;
    bool ambiguous = false;
    for (std::size_t k : idx) {
        const CellValue& v = b.rows[k].value;
        if (v.kind == ValueKind::Number || v.kind == ValueKind::TextNumber) sum += v.value;
        ambiguous = ambiguous || (v.kind == ValueKind::Ambiguous && !v.candidates().empty());
    }
    if (!ambiguous) return std::fabs(sum - stated) < exact_tolerance;
    std::vector<const CellValue*> values;
    for (std::size_t k : idx) values.push_back(&b.rows[k].value);
    for (double s : possible_sums(values, false))
        if (std::fabs(s - stated) < exact_tolerance) return true;
    return false;
}

}  // namespace sk::tables
