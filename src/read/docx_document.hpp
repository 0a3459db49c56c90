// The Word (.docx) reader's package level: finding the main document part and
// reading every table of its body.
#pragma once

#include <string>

#include "read/zip_package.hpp"

namespace sk {

// The main document part when the package is a Word document (by the package
// relationship, else by content type, else word/document.xml), or "" when it
// is some other package. Throws ReadError only for a damaged package.
std::string word_main_part(ZipPackage& pkg, const ReadLimits& limits);

// Every table of the body of `main_part`, in document order, one Sheet each
// ("Tabell 1", …); a table nested in a cell follows its parent. Throws ReadError.
Workbook read_docx_package(ZipPackage& pkg, const std::string& main_part, const std::string& name, const ReadLimits& limits);

}  // namespace sk
