// How much the readers would parse for the files named on a command line,
// judged before anything is read: for a zip package (xlsx, docx, ods) the
// stated sizes of the parts that hold cells (its central directory only),
// for any other file its size. A 500 KB workbook holds 3 MB of sheet XML,
// and a 900 KB one may be all pictures.
#pragma once

#include <cstdint>
#include <filesystem>

namespace sk {

std::uintmax_t bytes_to_parse(const std::filesystem::path& file);

// Files whose bytes to parse come to huge_pages_from_bytes in all, or a
// folder (a batch): what process::prefer_huge_pages asks.
bool big_input(int argc, char** argv);

}  // namespace sk
