// Finding the block that holds a cell among a sheet's blocks, which
// find_blocks gives in order of column, then first row. A sheet has
// thousands of blocks, so blocks are found by binary search, and `reach`
// (the furthest row a block of the column up to there passes) ends the walk
// back.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "tables/blocks.hpp"

namespace sk::tables {

class BlockFinder {
public:
    explicit BlockFinder(const std::vector<Block>& blocks) : blocks_(blocks), reach_(blocks.size()) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            std::uint32_t last = blocks[i].rows.empty() ? 0 : blocks[i].rows.back().row;
            bool same_col = i > 0 && blocks[i - 1].col == blocks[i].col;
            reach_[i] = same_col ? std::max(reach_[i - 1], last) : last;
        }
    }

    // The first block of column `col` (in the finder's order) whose rows
    // span `row` and that `keep` accepts, or nullptr.
    template <class Keep>
    const Block* first_spanning(std::uint32_t row, std::uint32_t col, Keep keep) const {
        auto after = std::upper_bound(blocks_.begin(), blocks_.end(), std::pair{col, row}, [](auto key, const Block& b) {
            return key < std::pair{b.col, b.rows.empty() ? 0u : b.rows.front().row};
        });
        const Block* found = nullptr;
        for (std::size_t i = std::size_t(after - blocks_.begin()); i-- > 0;) {
            const Block& b = blocks_[i];
            if (b.col != col || reach_[i] < row) break;
            if (!b.rows.empty() && b.rows.front().row <= row && b.rows.back().row >= row && keep(b)) found = &b;
        }
        return found;
    }

    // The first block of column `col` whose rows span `row`, or nullptr.
    const Block* at(std::uint32_t row, std::uint32_t col) const {
        return first_spanning(row, col, [](const Block&) { return true; });
    }

private:
    const std::vector<Block>& blocks_;
    std::vector<std::uint32_t> reach_;
};

}  // namespace sk::tables
