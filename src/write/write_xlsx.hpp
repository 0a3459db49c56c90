// Writing a new .xlsx from a NewWorkbook (see write/new_workbook.hpp for the
// model and an example). The result opens in Excel and LibreOffice without a
// repair prompt: parts and elements in Excel's order, shared strings, styles
// deduplicated, deflated zip without Zip64 headers.
#pragma once

#include <string>

#include "write/formula_text.hpp"
#include "write/new_workbook.hpp"
#include "write/write_error.hpp"

namespace sk {

// Writes `wb` to `path` atomically: a temporary file in the same folder is
// renamed over `path` only when complete, so a failure never leaves a
// half-written workbook (and never harms an existing file). Throws WriteError.
void write_xlsx(const NewWorkbook& wb, const std::string& path);

// The same workbook as bytes (for the local server). Throws WriteError.
std::string write_xlsx_bytes(const NewWorkbook& wb);

}  // namespace sk
