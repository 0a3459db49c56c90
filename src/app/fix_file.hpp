// Check a workbook and write its corrected copy: `fix` and the drop mode.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fix/fix_plan.hpp"
#include "report/check_report.hpp"

namespace sk::fix {

struct FixOptions {
    TotalsAs totals = TotalsAs::Formula;
    bool report_sheet = true;
    Lang lang = Lang::Sv;
    std::string plan_json;  // when set, the fix plan is written there as JSON (plan_json.hpp)
};

// Called with the input's findings and their messages once they are known,
// before the output is written: a report that shows even when writing fails.
using OnChecked = std::function<void(const FileCheck&, const std::vector<std::string>& messages)>;

struct FixOutcome {
    FileCheck check;          // the findings on the input
    std::vector<std::string> messages;  // check.findings' messages, rendered once
    std::size_t changed = 0;  // cells changed in the output
    std::size_t for_person = 0;  // cells marked for a person (content kept)
    bool written = false;     // false when the input could not be read
    // The input was an .ods, .xls or .pdf: nothing written here, it must be
    // converted first (convert::fix_any_file); then the format it came from.
    std::optional<SourceFormat> converted_from;
};

// Reads `input`, checks it, writes `output` with the fixes. Throws
// std::runtime_error when the output cannot be written or a part of the input
// cannot be edited (the message is one line in the chosen language, and
// nothing is written); an unreadable input is reported in `check`.
FixOutcome fix_file(const std::string& input, const std::string& output, const FixOptions& options,
                    const OnChecked& on_checked = nullptr);

}  // namespace sk::fix
