// The xlsx reader's package level: the workbook part, its shared strings and
// styles, then every worksheet in workbook order.
#pragma once

#include <string>

#include "read/zip_package.hpp"

namespace sk {

// Reads the workbook in `pkg`, already opened (read_workbook_bytes opens the
// package once to tell the formats apart; its bytes are not copied again). Throws ReadError.
Workbook read_xlsx_package(ZipPackage& pkg, const std::string& name, const ReadLimits& limits);

}  // namespace sk
