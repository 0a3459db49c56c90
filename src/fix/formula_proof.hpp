// The proof fix asks of every formula it writes into a total: it computes
// exactly the recorded value over the corrected grid, and it adds only
// items: no total together with the cells it totals, no comparison, varav,
// header or page line, nothing on another sheet, not its own cell.
#pragma once

#include <cstdint>
#include <string>
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

// `fixed`: the workbook with fix's text conversions applied. `findings`: the
// checker's, for the totals they found (their summed cells). `own`: the
// formula is the cell's own (a stale saved value), only its value is proven.
Refusal prove_formula(const Workbook& fixed, const Sheet& sheet, std::uint32_t row, std::uint32_t col,
                      const std::string& formula, double value, const std::vector<check::Finding>& findings,
                      bool own = false);

// One line on why a formula was refused, for the note and the report.
const char* refusal_reason(Refusal r, bool swedish);

}  // namespace sk::fix
