// The fix plan as JSON (`fix --plan-json FILE`): every change with its kind,
// the cell's content before and after, and every cell left for a person.
// Tests read it to check the corrected workbook against what fix recorded.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "fix/fix_plan.hpp"

namespace sk::fix {

// {"input": …, "output": …, "changes": [{"sheet", "cell", "kind", "before", "formula", "value",
//  "number_format", "for_person"}], "for_person": [{"sheet", "cell", "code", "reason"}]}
nlohmann::json plan_json(const FixPlan& plan, const std::string& input, const std::string& output);

// Writes it to `path` (a temporary file, then rename). Throws WriteError when it cannot.
void write_plan_json(const FixPlan& plan, const std::string& input, const std::string& output, const std::string& path);

}  // namespace sk::fix
