// The words printed on a PDF's pages, with their boxes. poppler reads them,
// in a module of its own (poppler_words.cpp, `summakoll-pdf.so` beside
// the program) loaded the first time a PDF is read: poppler and the twenty
// libraries it needs took 9.5 ms of every start of summakoll, 17 ms in all,
// for the few runs that read a PDF.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk {

struct PdfWord {
    std::string text;
    double left = 0, top = 0, right = 0, bottom = 0;  // points, from the page's top left
    std::vector<double> char_lefts;                    // each character's left edge, when known
};

struct PdfPage {
    double height = 842;
    std::vector<PdfWord> words;
};

// What the module gives back (never an exception across it).
struct PdfWords {
    enum class Status { Ok, Damaged, Encrypted, TooManyPages, TooLarge };
    Status status = Status::Ok;
    std::string detail;  // the page count over the cap, the page over the text caps
    std::vector<PdfPage> pages;
    std::uint64_t words = 0;
};

struct PdfWordLimits {
    std::uint32_t max_pages = 0;
    std::uint64_t max_words = 0, max_text_bytes = 0;
};

// The module's one entry point, looked up by this name.
inline constexpr const char* pdf_words_symbol = "summakoll_pdf_words";
using PdfWordsFunction = void (*)(std::string_view bytes, const PdfWordLimits& limits, PdfWords& out);

// The words of the PDF in `bytes`, through the module. Throws ReadError:
// PdfReaderMissing when the module cannot be loaded.
PdfWords pdf_words(std::string_view bytes, const PdfWordLimits& limits);

}  // namespace sk
