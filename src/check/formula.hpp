// The small formula language totals are written in: SUM of ranges and
// lists, + and − of cell references and numbers, references to other sheets.
// Anything else (other functions, names, other workbooks, * and /) is not
// understood and the checker then trusts the cached value. The parser never
// throws and never reads past its input, whatever it is given.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grid/grid.hpp"

namespace sk::check {

struct FormulaRef {
    std::string sheet;  // empty: the formula's own sheet
    Range range;
    int sign = 1;       // +1 or -1
    bool in_sum = false;  // inside SUM(): Excel skips text and booleans there
};

struct SumFormula {
    std::vector<FormulaRef> refs;
    double constant = 0;   // the numbers written in the formula, signed
    bool single_sum = false;  // the whole formula is one SUM(...) call
};

std::optional<SumFormula> parse_sum_formula(std::string_view formula);

// Recomputes the formula from the workbook's cached values, as Excel would
// (text in a SUM range counts 0). Nothing when a referenced cell holds an
// error, text outside SUM, or the sheet does not exist.
std::optional<double> evaluate(const SumFormula& f, const Workbook& wb, const Sheet& home);

}  // namespace sk::check
