// Which two columns of a table a derived column (a difference, a
// percentage) is computed from: the ordered pair of operand columns that
// explains the most of its rows, trusted only when the pattern is clear.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "tables/blocks.hpp"

namespace sk::check {

// `explains(row, a, b)`: the derived row is what operand rows a and b
// (numeric, beside it) give. The pair with the most such rows, when they
// are at least three and at least 70 % of the derived column's numbers.
template <class Explains>
std::optional<std::pair<std::size_t, std::size_t>> clear_column_pair(const tables::Block& derived,
                                                                    const std::vector<const tables::Block*>& operands,
                                                                    Explains explains) {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> votes;
    std::size_t rows = 0;
    std::vector<const tables::BlockRow*> at(operands.size());  // each operand's row beside the derived one
    for (const tables::BlockRow& r : derived.rows) {
        if (!r.value.numeric()) continue;
        ++rows;
        for (std::size_t i = 0; i < operands.size(); ++i) {
            at[i] = tables::row_at(*operands[i], r.row);
            if (at[i] && !at[i]->value.numeric()) at[i] = nullptr;
        }
        for (std::size_t i = 0; i < operands.size(); ++i)
            for (std::size_t j = 0; j < operands.size(); ++j)
                if (i != j && at[i] && at[j] && explains(r, *at[i], *at[j])) ++votes[{i, j}];
    }
    std::pair<std::size_t, std::size_t> best{};
    std::size_t best_votes = 0;
    for (const auto& [pair, n] : votes)
        if (n > best_votes) {
            best = pair;
            best_votes = n;
        }
    if (best_votes < 3 || best_votes * 10 < rows * 7) return std::nullopt;
    return best;
}

}  // namespace sk::check
