#include "normalise/amount.hpp"
#include "normalise/fast_path.hpp"
#include "normalise/full_path.hpp"

namespace sk::num {

Parsed parse(std::string_view text, const ColumnHint& hint) {
    if (auto fast = parse_fast(text, hint)) return std::move(*fast);
    return parse_full(text, hint);
}

}  // namespace sk::num
