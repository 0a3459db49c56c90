// One finding in words, the way a colleague would say it:
// "Totalt 481 000 kr, men posterna ger 481 600 kr (skillnad 600 kr). Summerade celler: E20:E21."
#pragma once

#include <string>
#include <vector>

#include "base/lang.hpp"
#include "check/finding.hpp"

namespace sk {

std::string finding_message(const check::Finding& f, Lang lang);

// The message of each finding, in order. Many are written on both cores:
// ICU's formatting of the amounts is most of the time a report takes.
std::vector<std::string> finding_messages(const std::vector<check::Finding>& findings, Lang lang);

// An amount or percentage for a message: "481 000 kr", "12,7 %".
std::string finding_amount(const check::Finding& f, double value);

}  // namespace sk
