// The total checker: every total, subtotal, SUM formula, balance and
// percentage of a workbook recomputed, every disagreement a Finding at its
// cell. The CLI, the fixer and the server all start here.
#pragma once

#include <vector>

#include "check/finding.hpp"
#include "grid/grid.hpp"

namespace sk::check {

// Findings in sheet order, then row, then column; at most one per cell.
// The Summakoll sheet a fix added (is_summakoll_report) is not checked.
std::vector<Finding> check_workbook(const Workbook& wb);
std::vector<Finding> check_sheet(const Workbook& wb, const Sheet& sheet);

// A report sheet named "Summakoll…": fix's, A1 "Allvarlighet"/"Severity", or convert's, A1 "Blad eller
// tabell"/"Sheet or table". Its amounts are the findings' old and new
// values, and its words ("Inskriven summa") are no labels of a table.
bool is_summakoll_report(const Sheet& sheet);

}  // namespace sk::check
