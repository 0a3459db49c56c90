// Entry point of the read stage: any supported file → Workbook.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "grid/grid.hpp"
#include "read/read_error.hpp"

namespace sk {

// Caps that keep hostile files from exhausting memory or time. Defaults are
// written in the README; tests prove each with a crafted file.
struct ReadLimits {
    std::uint64_t max_file_bytes = 1024ull << 20;   // the file itself
    std::uint64_t max_entry_bytes = 512ull << 20;   // one part, uncompressed
    std::uint64_t max_total_bytes = 2048ull << 20;  // all parts read, uncompressed
    std::uint32_t max_inflate_ratio = 500;          // uncompressed / compressed, per part over 1 MiB
    std::uint32_t max_entries = 20000;              // entries in the archive
    std::uint64_t max_cells = 10'000'000;           // cells in the workbook
    std::uint64_t max_text_bytes = 256ull << 20;    // text held by all cells together
    std::uint32_t max_string_bytes = 32767 * 4;     // one cell's text (Excel's limit, UTF-8)
    std::uint32_t max_xml_depth = 256;
    std::uint32_t max_pdf_pages = 1000;             // pages of a PDF
    // Not a cap: keep each worksheet's XML in Sheet::source (the fixer edits
    // it, and is spared inflating it again).
    bool keep_sheet_xml = false;
};

// Reads .xlsx/.xlsm, .docx, .ods, .xls, .pdf and .csv by content, not by
// name: a PDF by its header, an OLE container as .xls, a zip that says it is
// OpenDocument as .ods, a zip whose main part is a Word document as docx, any
// other zip as xlsx; a file that is none of those is read as CSV when its name ends in
// .csv/.txt/.tsv, or when it is not named like an Office file and looks like
// delimited text. Throws ReadError.
Workbook read_workbook(const std::string& path, const ReadLimits& limits = {});
// The same on bytes in memory (the server's uploads); `name` picks the CSV
// sheet name and the extension rule above.
Workbook read_workbook_bytes(std::string bytes, const std::string& name, const ReadLimits& limits = {});

// The whole file, under limits.max_file_bytes. Throws ReadError: NotFound, TooLarge.
std::string read_file_bytes(const std::string& path, const ReadLimits& limits = {});

// The xlsx reader on a file or on bytes in memory (the server's uploads).
Workbook read_xlsx(const std::string& path, const ReadLimits& limits = {});
Workbook read_xlsx_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits = {});

// The Word reader: one Sheet per table ("Tabell N"), see docx_document.cpp.
Workbook read_docx(const std::string& path, const ReadLimits& limits = {});
Workbook read_docx_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits = {});

// The .xls reader (FreeXL): values without formulas, see xls_reader.cpp.
Workbook read_xls(const std::string& path, const ReadLimits& limits = {});
Workbook read_xls_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits = {});

// The PDF reader (poppler): one Sheet per table ("Tabell N") in the docx
// model, each row's page and line in Sheet::row_origins; see pdf_reader.cpp.
Workbook read_pdf_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits = {});

// The CSV reader: one Sheet named after the file stem, see csv_reader.cpp.
Workbook read_csv(const std::string& path, const ReadLimits& limits = {});
Workbook read_csv_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits = {});

}  // namespace sk
