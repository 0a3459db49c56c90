// The CSV reader on text already decoded to UTF-8 (see text_encoding.hpp).
#pragma once

#include <string>
#include <string_view>

#include "grid/grid.hpp"
#include "read/read_workbook.hpp"

namespace sk {

// One Sheet named after the stem of `name`; every non-empty field a Text
// cell (numbers are the normaliser's job). The delimiter comes from an Excel
// "sep=" first line, else from guess_delimiter. Throws ReadError:
// TooManyCells, StringTooLong, TooLarge, AbsurdDimension.
Workbook read_csv_text(std::string_view text, const std::string& name, const ReadLimits& limits);

// True when the text splits into at least two records with a consistent
// number of fields: how a CSV file without a telling name is recognised.
bool looks_like_delimited_text(std::string_view text);

}  // namespace sk
