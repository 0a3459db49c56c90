#include "write/new_workbook.hpp"

#include <algorithm>

namespace sk {

void NewSheet::set_number(std::uint32_t row, std::uint32_t col, double v, StyleId style) {
    cells.push_back({row, col, v, style});
}

void NewSheet::set_text(std::uint32_t row, std::uint32_t col, std::string v, StyleId style) {
    cells.push_back({row, col, std::move(v), style});
}

void NewSheet::set_bool(std::uint32_t row, std::uint32_t col, bool v, StyleId style) {
    cells.push_back({row, col, v, style});
}

void NewSheet::set_formula(std::uint32_t row, std::uint32_t col, std::string formula, CachedValue cached, StyleId style) {
    if (!formula.empty() && formula.front() == '=') formula.erase(0, 1);
    cells.push_back({row, col, Formula{std::move(formula), std::move(cached)}, style});
}

void NewSheet::set_blank(std::uint32_t row, std::uint32_t col, StyleId style) {
    cells.push_back({row, col, std::monostate{}, style});
}

StyleId NewWorkbook::style(const CellStyle& s) {
    auto it = std::find(styles.begin(), styles.end(), s);
    if (it != styles.end()) return StyleId(it - styles.begin());
    styles.push_back(s);
    return StyleId(styles.size() - 1);
}

NewSheet& NewWorkbook::add_sheet(std::string_view wanted) {
    NewSheet sheet;
    sheet.name = legal_sheet_name(wanted, sheet_names);
    sheet_names.add(sheet.name);
    sheets.push_back(std::move(sheet));
    return sheets.back();
}

}  // namespace sk
