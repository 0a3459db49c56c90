// The cells around a finding, for the drop page's small grid preview.
#pragma once

#include <cstdint>

#include <nlohmann/json.hpp>

#include "check/finding.hpp"
#include "grid/grid.hpp"

namespace sk::serve {

// A (2·radius+1)-square window of `sheet` around the finding's cell, moved
// inward at the sheet's top and left edges:
// {"columns":["A",…],"rows":[{"row":19,"cells":[{"text":"381 600 kr","number":true,"summed":true},…]}]}
// `target` marks the finding's cell, `summed` the cells its total covers,
// `formula` ("=SUM(C19:C20)") a formula cell. Long texts are cut to 80 bytes.
nlohmann::json preview_window(const Workbook& wb, const Sheet& sheet, const check::Finding& f, std::uint32_t radius = 2);

}  // namespace sk::serve
