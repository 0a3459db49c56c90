// The PDF reader: poppler's C++ library gives each page's words with their
// boxes (in the module pdf_words.hpp loads); pdf_layout.cpp finds the tables
// and the paragraphs between them. Encrypted PDFs and PDFs without text
// (scans) get a clear message: summakoll does no OCR.
#include "read/cell_budget.hpp"
#include "read/pdf_layout.hpp"
#include "read/read_workbook.hpp"

namespace sk {

Workbook read_pdf_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) throw ReadError(ReadErrorKind::TooLarge, std::to_string(bytes.size()) + " byte");
    if (bytes.size() > std::size_t(INT32_MAX)) throw ReadError(ReadErrorKind::TooLarge, "");
    PdfWords read = pdf_words(bytes, {limits.max_pdf_pages, limits.max_cells, limits.max_text_bytes});
    switch (read.status) {
        case PdfWords::Status::Ok: break;
        case PdfWords::Status::Damaged: throw ReadError(ReadErrorKind::DamagedPdf, "");
        case PdfWords::Status::Encrypted: throw ReadError(ReadErrorKind::EncryptedPdf, "");
        case PdfWords::Status::TooManyPages: throw ReadError(ReadErrorKind::TooManyPages, read.detail);
        case PdfWords::Status::TooLarge: throw ReadError(ReadErrorKind::TooLarge, read.detail);
    }
    if (read.words == 0) throw ReadError(ReadErrorKind::ImageOnlyPdf, "");

    Workbook wb;
    wb.path = name;
    wb.format = SourceFormat::Docx;  // the Word model: tables of text
    wb.origin = SourceFormat::Pdf;
    wb.styles.push_back({0, "General", false, false, false, 0});
    CellBudget budget{limits};
    PdfContent content = pdf_content(read.pages, budget);
    wb.sheets = std::move(content.tables);
    wb.prose = std::move(content.paragraphs);
    wb.loose_figures = std::move(content.row_figures);
    return wb;
}

}  // namespace sk
