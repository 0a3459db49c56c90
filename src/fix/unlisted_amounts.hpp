// Text amounts the check has no finding for (a column it does not sum, a
// line outside any table) that fix converts all the same: a text that names
// kronor itself ("2 509 377 kr", "1 150 000:-", "1 150 tkr"), or a bare
// number in a column of kronor. Each comes back as a number-as-text finding.
#pragma once

#include <vector>

#include "check/finding.hpp"

namespace sk::fix {

// Only for Excel workbooks: Word and CSV hold every value as text.
std::vector<check::Finding> unlisted_text_amounts(const Workbook& wb, const std::vector<check::Finding>& findings);

}  // namespace sk::fix
