// Which column of one table is which column of the other, by their headers:
// the same words once units are set aside ("Barn och unga (tkr)" is "Barn och
// unga"), the same year ("Beviljat 2025" is "2025"), or words that mean the
// same money ("Erhållna medel" is what was "Beviljat"). A column two columns
// fit equally well is left unpaired, never guessed.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "compare/keyed_table.hpp"

namespace sk::compare {

struct ColumnMatch {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (A column, B column), in A's order
    std::vector<std::size_t> a_alone, b_alone;
};

ColumnMatch match_columns(const std::vector<KeyedColumn>& a, const std::vector<KeyedColumn>& b);

}  // namespace sk::compare
