// The PDF reader: poppler's C++ library gives each page's words with their
// boxes; pdf_layout.cpp finds the tables and the paragraphs between them. Encrypted PDFs and PDFs without
// text (scans) get a clear message: summakoll does no OCR.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <memory>

#include "read/cell_budget.hpp"
#include "read/pdf_layout.hpp"
#include "read/read_workbook.hpp"

namespace sk {

namespace {

// Poppler prints what it thinks of a damaged file on stderr: the one line
// the user gets is ours.
void quiet(const std::string&, void*) {}

std::string utf8(const poppler::ustring& s) {
    poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

}  // namespace

Workbook read_pdf_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) throw ReadError(ReadErrorKind::TooLarge, std::to_string(bytes.size()) + " byte");
    if (bytes.size() > std::size_t(INT32_MAX)) throw ReadError(ReadErrorKind::TooLarge, "");
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), int(bytes.size())));
    if (!doc) {
        // load_from_raw_data gives no reason: an encrypted file opens when asked without a password for its owner.
        throw ReadError(bytes.find("/Encrypt") != std::string_view::npos ? ReadErrorKind::EncryptedPdf
                                                                          : ReadErrorKind::DamagedPdf, "");
    }
    if (doc->is_locked()) throw ReadError(ReadErrorKind::EncryptedPdf, "");
    const int pages = doc->pages();
    if (pages < 0 || std::uint32_t(pages) > limits.max_pdf_pages)
        throw ReadError(ReadErrorKind::TooManyPages, std::to_string(pages) + " > " + std::to_string(limits.max_pdf_pages));

    std::vector<PdfPage> words(std::size_t(std::max(pages, 0)));
    std::uint64_t text_bytes = 0, count = 0;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        PdfPage& out = words[std::size_t(i)];
        out.height = page->page_rect().height();
        for (const poppler::text_box& box : page->text_list()) {
            poppler::rectf r = box.bbox();
            PdfWord& w = out.words.emplace_back();
            w.text = utf8(box.text());
            w.left = r.left();
            w.top = r.top();
            w.right = r.right();
            w.bottom = r.bottom();
            // Each character's left edge, where the word is one UTF-16 unit a character.
            const poppler::ustring text = box.text();
            if (std::none_of(text.begin(), text.end(), [](auto u) { return u >= 0xD800 && u < 0xE000; }))
                for (std::size_t c = 0; c < text.size(); ++c) w.char_lefts.push_back(box.char_bbox(c).left());
            text_bytes += w.text.size();
            if (++count > limits.max_cells || text_bytes > limits.max_text_bytes)
                throw ReadError(ReadErrorKind::TooLarge, "s. " + std::to_string(i + 1));
        }
    }
    if (count == 0) throw ReadError(ReadErrorKind::ImageOnlyPdf, "");

    Workbook wb;
    wb.path = name;
    wb.format = SourceFormat::Docx;  // the Word model: tables of text
    wb.origin = SourceFormat::Pdf;
    wb.styles.push_back({0, "General", false, false, false, 0});
    CellBudget budget{limits};
    PdfContent content = pdf_content(words, budget);
    wb.sheets = std::move(content.tables);
    wb.prose = std::move(content.paragraphs);
    wb.loose_figures = std::move(content.row_figures);
    return wb;
}

}  // namespace sk
