// Read one file and check it: the step every command starts with.
#pragma once

#include <optional>
#include <string>

#include "read/read_workbook.hpp"
#include "report/check_report.hpp"

namespace sk {

// The findings of one file; an unreadable file gives `error` and one
// unreadable-file finding. `workbook` receives what was read, when asked.
FileCheck check_file(const std::string& path, Lang lang, Workbook* workbook = nullptr, const ReadLimits& limits = {});

}  // namespace sk
