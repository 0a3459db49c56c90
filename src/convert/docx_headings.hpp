// What a Word document says above each of its tables: the heading a
// converted table's sheet is named after.
#pragma once

#include <string>
#include <vector>

namespace sk::convert {

// For each top-level table of the body, in document order (the order of the
// reader's sheets that are not nested), the last paragraph with text between
// the previous table and this one, when it is short enough to be a heading
// (≤ 120 characters); "" otherwise. Empty when the file cannot be read.
std::vector<std::string> docx_table_headings(const std::string& path);

}  // namespace sk::convert
