// POST /api/check-range: the Excel add-in's check of the open sheet.
#pragma once

#include <string>

#include "base/lang.hpp"
#include "serve/api_reply.hpp"

namespace sk::serve {

// `body` is the JSON of read/range_workbook.hpp. The reply:
// {"tool":"summakoll","schema":1,"sheet":"Blad1","findings":[…]}, each finding
// of the requested sheet (never of its referencedSheets) as in schema 1 (A1
// cells of that sheet) plus "expected_text", "actual_text"
// and "fix": what the add-in's "Rätta" writes, or null when a human decides:
// {"cell":"C21","formula":"=SUM(C19:C20)"|null,"value":481600,"numberFormat":"#,##0 \"kr\""|null,"note":"…"}.
// Malformed JSON or a wrong shape: 400; more than max_range_cells cells: 413.
// The body is taken: it is freed once read, before the check.
ApiReply handle_check_range(std::string body, Lang lang);

}  // namespace sk::serve
