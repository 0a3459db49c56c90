// A column headed Förändring / Skillnad / Diff holds new − old: derived
// from the amount columns beside it, never one of the amounts a sum adds.
#pragma once

#include <string>
#include <string_view>

#include "tables/fold_label.hpp"

namespace sk::check {

inline bool difference_header(std::string_view header) {
    std::string h = tables::fold_label(header);
    for (std::string_view w : {"förändring", "skillnad", "differens", "diff", "ökning/minskning", "avvikelse"})
        if (h == w || h.starts_with(std::string(w) + " ") || h.starts_with(std::string(w) + ",") ||
            h.find(" " + std::string(w)) != std::string::npos)
            return true;
    return false;
}

}  // namespace sk::check
