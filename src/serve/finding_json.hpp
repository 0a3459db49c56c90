// What the server adds to a schema-1 finding for its pages: the amounts as a
// Swedish reader writes them, so the browser formats nothing itself.
#pragma once

#include <nlohmann/json.hpp>

#include "check/finding.hpp"

namespace sk::serve {

// Sets "expected_text" and "actual_text" ("481 600 kr", "12,7 %"; null when absent).
void add_amount_texts(nlohmann::json& finding, const check::Finding& f);

}  // namespace sk::serve
