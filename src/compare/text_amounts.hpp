// Text against tables: a Word or PDF document's sentences that state an amount as a
// total or a part of one ("omfattar totalt 1 560 000 000 kronor, varav
// 1 527 000 000 kronor …") are tied to the figures of the document's own
// tables. An amount that no figure explains is a `text-mismatch` warning,
// with the sentence quoted. Explained means: a figure of a table, the sum of
// two figures of one column, or one figure less another (a "varav" that
// leaves out one line). Amounts given per unit ("1 000 000 kronor per län",
// "… vardera"), approximate ones ("ca 2,5 mkr") and amounts far above every
// figure (the national total quoted in a county's paper) are not about the
// tables and are left alone.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.hpp"

namespace sk::compare {

struct StatedAmount {
    std::string sentence;  // the sentence as written
    std::string text;      // the amount as written ("1 560 000 000 kronor")
    double value = 0;      // kronor
};

// The amounts the sentences of `paragraph` state as a total or a part
// (totalt, omfattar, varav, fördelas, uppgår till, sammanlagt, avsätter).
std::vector<StatedAmount> stated_amounts(const std::string& paragraph);

struct TextCheck {
    std::vector<StatedAmount> matched;     // explained by the tables
    std::vector<StatedAmount> mismatched;  // text-mismatch
};

// The stated amounts of `paragraphs` against the figures of `wb`'s tables
// and its loose figures (a PDF's rows that no table took).
TextCheck check_text(const Workbook& wb, const std::vector<std::string>& paragraphs);

}  // namespace sk::compare
