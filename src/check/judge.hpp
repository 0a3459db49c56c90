// How a stated total compares with a recomputed one, and the sums a list of
// cells can give when some of them are ambiguous.
#pragma once

#include <cstddef>
#include <vector>

#include "tables/blocks.hpp"
#include "tables/possible_sums.hpp"

namespace sk::check {

enum class Verdict { Exact, Rounding, Mismatch };

// Exact within half an öre; Rounding when the difference is at most one
// `unit` (1 kr, or 1 tkr in a thousands column) per summed component.
Verdict judge(double stated, double expected, std::size_t components, double unit);

using tables::possible_sums;

}  // namespace sk::check
