// Read one file, check it and write its converted workbook: what `convert`,
// `batch` and the drop mode (for Word and CSV files) do with each file.
#pragma once

#include <cstddef>
#include <string>

#include "report/check_report.hpp"

namespace sk::convert {

struct ConvertOutcome {
    FileCheck check;          // the findings on the input
    bool written = false;     // false when the input could not be read
    std::size_t tables = 0;   // sheets of tables written (the Summakoll sheet not counted)
};

// Never writes over `input`. Throws std::runtime_error with one line in
// `lang` when the output cannot be written; an unreadable input is reported
// in `check`.
ConvertOutcome convert_file(const std::string& input, const std::string& output, Lang lang);

}  // namespace sk::convert
