// From findings to cell edits: what the corrected workbook changes, what it
// leaves for a person, and the rows of its report sheet. A fix never turns a
// right number wrong: every change is one of the ChangeKinds, and each is
// proven by fix itself (a text's reading is certain and shows the same; a
// formula computes the recorded value over the corrected grid and adds no
// total together with its own items). Counts, statistics, findings the
// check marked for a person and everything fix cannot prove are marked, not
// changed.
#pragma once

#include <string>
#include <vector>

#include "base/lang.hpp"
#include "check/finding.hpp"
#include "fix/xlsx_patch.hpp"

namespace sk::fix {

enum class TotalsAs { Formula, Value };

struct FixPlan {
    std::vector<CellEdit> edits;    // the changes
    std::vector<CellMark> marks;    // cells left for a person: content kept, fill and note only
    // One row per finding, in the findings' order, then one per recalculated formula.
    std::vector<ReportRow> report;
};

// `wb` is the same after: its cells hold the plan's edits only while the
// check runs again over them (a copy of a million rows' cells is 380 MB).
FixPlan plan_fixes(Workbook& wb, const std::vector<check::Finding>& findings, TotalsAs totals, Lang lang);
// The same, the findings' messages (finding_messages) rendered already.
FixPlan plan_fixes(Workbook& wb, const std::vector<check::Finding>& findings,
                   const std::vector<std::string>& messages, TotalsAs totals, Lang lang);

// "text-number", "wrong-total", "typed-total", "recalculated": the plan's names.
const char* change_kind_name(ChangeKind k);

// The Swedish amount format for a text amount turned into a number.
std::string number_format_for(num::Unit unit, int decimals);

}  // namespace sk::fix
