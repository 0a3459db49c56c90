// OUTDIR/index.xlsx: one row per file of a batch with its status, its
// findings counted by code and a link to its converted workbook.
#pragma once

#include <string>
#include <vector>

#include "batch/batch.hpp"
#include "write/new_workbook.hpp"

namespace sk::batch {

// "OK", "fel" (error findings), "kunde inte skrivas" (no output), "kunde inte
// läsas"; in English with Lang::En.
std::string status_text(const BatchItem& item, Lang lang);

// Columns: file, format, status, one count per finding code, the output
// (a link relative to the index), a comment; a last row sums the counts. A
// second sheet lists every file that was not read and why.
NewWorkbook index_workbook(const std::vector<BatchItem>& items, const std::vector<NotRead>& not_read, Lang lang);

}  // namespace sk::batch
