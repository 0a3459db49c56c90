// summakoll-pdf.so: the words of a PDF's pages from poppler's C++ library,
// loaded by read/pdf_words.cpp only when a PDF is read (see pdf_words.hpp).
// Nothing here throws across the module's edge: every outcome is a status.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <memory>

#include "read/pdf_words.hpp"

namespace {

// Poppler prints what it thinks of a damaged file on stderr: the one line
// the user gets is summakoll's.
void quiet(const std::string&, void*) {}

std::string utf8(const poppler::ustring& s) {
    poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

void read_words(std::string_view bytes, const sk::PdfWordLimits& limits, sk::PdfWords& out) {
    using Status = sk::PdfWords::Status;
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), int(bytes.size())));
    if (!doc) {
        // load_from_raw_data gives no reason: an encrypted file opens when asked without a password for its owner.
        out.status = bytes.find("/Encrypt") != std::string_view::npos ? Status::Encrypted : Status::Damaged;
        return;
    }
    if (doc->is_locked()) {
        out.status = Status::Encrypted;
        return;
    }
    const int pages = doc->pages();
    if (pages < 0 || std::uint32_t(pages) > limits.max_pages) {
        out.status = Status::TooManyPages;
        out.detail = std::to_string(pages) + " > " + std::to_string(limits.max_pages);
        return;
    }
    out.pages.resize(std::size_t(pages));
    std::uint64_t text_bytes = 0;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        sk::PdfPage& words = out.pages[std::size_t(i)];
        words.height = page->page_rect().height();
        for (const poppler::text_box& box : page->text_list()) {
            poppler::rectf r = box.bbox();
            sk::PdfWord& w = words.words.emplace_back();
            const poppler::ustring text = box.text();
            w.text = utf8(text);
            w.left = r.left();
            w.top = r.top();
            w.right = r.right();
            w.bottom = r.bottom();
            // Each character's left edge, where the word is one UTF-16 unit a character.
            if (std::none_of(text.begin(), text.end(), [](auto u) { return u >= 0xD800 && u < 0xE000; }))
                for (std::size_t c = 0; c < text.size(); ++c) w.char_lefts.push_back(box.char_bbox(c).left());
            text_bytes += w.text.size();
            if (++out.words > limits.max_words || text_bytes > limits.max_text_bytes) {
                out.status = Status::TooLarge;
                out.detail = "s. " + std::to_string(i + 1);
                return;
            }
        }
    }
}

}  // namespace

extern "C" __attribute__((visibility("default"))) void summakoll_pdf_words(std::string_view bytes,
                                                                            const sk::PdfWordLimits& limits,
                                                                            sk::PdfWords& out) {
    static_assert(std::is_same_v<decltype(&summakoll_pdf_words), sk::PdfWordsFunction>);
    try {
        read_words(bytes, limits, out);
    } catch (const std::bad_alloc&) {
        out = {};
        out.status = sk::PdfWords::Status::TooLarge;
    } catch (...) {
        out = {};
        out.status = sk::PdfWords::Status::Damaged;
    }
}
