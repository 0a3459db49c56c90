// What a user reads for a finding code and a severity: "Summan stämmer inte",
// "Fel". The codes' titles are columns of check/codes.hpp's table; the
// terminal, the report sheet, the batch index, the drop page and the add-in
// all read them here. The codes themselves ("total-mismatch") stay the JSON's
// and DESIGN.md's names.
#pragma once

#include <string_view>

#include "check/finding.hpp"
#include "base/lang.hpp"

namespace sk {

// "Summan stämmer inte" / "Total does not add up".
std::string_view code_title(check::Code code, Lang lang);

// "Fel" / "Error", "Varning" / "Warning", "Notering" / "Note".
std::string_view severity_title(check::Severity severity, Lang lang);

// Most severe first: errors, warnings, notes (for sorting).
int severity_rank(check::Severity severity);

}  // namespace sk
