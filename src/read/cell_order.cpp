#include "read/cell_order.hpp"

#include <algorithm>

namespace sk {

void put_cells_in_order(std::vector<Cell>& cells) {
    auto before = [](const Cell& a, const Cell& b) { return a.row < b.row || (a.row == b.row && a.col < b.col); };
    auto not_ascending = [&](const Cell& a, const Cell& b) { return !before(a, b); };
    if (std::adjacent_find(cells.begin(), cells.end(), not_ascending) == cells.end()) return;
    std::stable_sort(cells.begin(), cells.end(), before);
    std::vector<Cell> unique;
    unique.reserve(cells.size());
    for (auto& c : cells) {
        if (!unique.empty() && unique.back().row == c.row && unique.back().col == c.col) unique.back() = std::move(c);
        else unique.push_back(std::move(c));
    }
    cells = std::move(unique);
}

}  // namespace sk
