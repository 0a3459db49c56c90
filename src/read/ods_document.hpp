// The OpenDocument spreadsheet (.ods) reader: content.xml's tables → sheets
// in the same model as the xlsx reader (values, types, formulas in A1 form,
// number formats, merged cells), under the same limits.
#pragma once

#include <string>
#include <string_view>

#include "read/zip_package.hpp"

namespace sk {

// True when the package says it is an OpenDocument file (a mimetype entry
// starting "application/vnd.oasis.opendocument"), or has content.xml and no
// [Content_Types].xml.
bool is_opendocument(ZipPackage& pkg);

// Every table of content.xml, one Sheet each. Throws ReadError: NotAWorkbook
// for another kind of OpenDocument file (a text document), and the xlsx
// reader's errors for damaged or hostile content.
Workbook read_ods_package(ZipPackage& pkg, const std::string& name, const ReadLimits& limits);

}  // namespace sk
