// xl/styles.xml → one StyleHint per cellXfs entry.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.hpp"
#include "read/read_workbook.hpp"

namespace sk {

// Parses the styles part (bytes consumed). Always returns at least one entry.
std::vector<StyleHint> read_xlsx_styles(std::string xml, const std::string& part, const ReadLimits& limits);

}  // namespace sk
