// The sheets of a workbook by name, for lookups inside loops over findings
// or edits: a pass over every sheet each time made a workbook of 20 000
// sheets quadratic.
#pragma once

#include <string_view>
#include <unordered_map>

#include "grid/grid.hpp"

namespace sk {

// The first sheet of each name. Points into wb.sheets, which must outlive it unchanged.
class SheetIndex {
public:
    explicit SheetIndex(const Workbook& wb);
    const Sheet* find(std::string_view name) const;

private:
    std::unordered_map<std::string_view, const Sheet*> by_name_;
};

}  // namespace sk
