// The proof fix asks of every formula it writes into a total: it computes
// exactly the recorded value over the corrected grid, and it adds only
// items: no total together with the cells it totals, no comparison, varav,
// header or page line, nothing on another sheet, not its own cell.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "check/finding.hpp"

namespace sk::fix {

enum class Refusal {
    None,
    Unreadable,      // not a SUM/+/- formula fix can evaluate
    ElsewhereOrSelf, // refers to another sheet or to its own cell
    Text,            // a summed cell holds text (a header, a page line, an amount left as text) or an error
    NotSummand,      // a summed row is a comparison or varav line
    DoubleCounting,  // a summed cell is a total of other summed cells
    Value,           // it does not compute the recorded value
};

// The cells the checker summed for each total it judged, by sheet, row and
// column: built once per plan, so a proof looks a total's items up instead of
// passing over every finding (20 000 sheets made that quadratic).
using TotalsSummed = std::map<std::tuple<std::string, std::uint32_t, std::uint32_t>, std::vector<Range>>;
TotalsSummed totals_summed(const std::vector<check::Finding>& findings);

// `fixed`: the workbook with fix's text conversions applied. `totals`: the
// checker's totals and their summed cells. `own`: the formula is the cell's
// own (a stale saved value), only its value is proven.
Refusal prove_formula(const Workbook& fixed, const Sheet& sheet, std::uint32_t row, std::uint32_t col,
                      const std::string& formula, double value, const TotalsSummed& totals, bool own = false);

// One line on why a formula was refused, for the note and the report.
const char* refusal_reason(Refusal r, bool swedish);

}  // namespace sk::fix
