// From findings to cell edits: what the corrected workbook changes, and the
// rows of its report sheet. Only what is certain is changed: wrong totals and
// text amounts; rounding, ambiguity, balances and percentages are listed for a
// human to decide.
#pragma once

#include <string>
#include <vector>

#include "check/finding.hpp"
#include "fix/xlsx_patch.hpp"
#include "report/lang.hpp"

namespace sk::fix {

enum class TotalsAs { Formula, Value };

struct FixPlan {
    std::vector<CellEdit> edits;
    std::vector<ReportRow> report;  // every finding, changed or not
};

FixPlan plan_fixes(const Workbook& wb, const std::vector<check::Finding>& findings, TotalsAs totals, Lang lang);
// The same, the findings' messages (finding_messages) rendered already.
FixPlan plan_fixes(const Workbook& wb, const std::vector<check::Finding>& findings,
                   const std::vector<std::string>& messages, TotalsAs totals, Lang lang);

// The Swedish amount format for a text amount turned into a number.
std::string number_format_for(num::Unit unit, int decimals);

}  // namespace sk::fix
