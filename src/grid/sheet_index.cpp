#include "grid/sheet_index.hpp"

namespace sk {

SheetIndex::SheetIndex(const Workbook& wb) {
    by_name_.reserve(wb.sheets.size());
    for (const Sheet& s : wb.sheets) by_name_.emplace(s.name, &s);
}

const Sheet* SheetIndex::find(std::string_view name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : it->second;
}

}  // namespace sk
