#include "read/pdf_words.hpp"

#include <dlfcn.h>

#include <filesystem>

#include "read/read_error.hpp"

namespace sk {

namespace {

// Beside the running program (summakoll, summakoll-serve), else where this
// build put it (the test and bench programs live in folders below it).
PdfWordsFunction load_module() {
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    for (const std::filesystem::path& module :
         {ec ? std::filesystem::path() : self.parent_path() / "summakoll-pdf.so", std::filesystem::path(SUMMAKOLL_PDF_MODULE)}) {
        if (module.empty()) continue;
        if (void* handle = ::dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL))
            if (void* entry = ::dlsym(handle, pdf_words_symbol)) return reinterpret_cast<PdfWordsFunction>(entry);
    }
    return nullptr;
}

}  // namespace

PdfWords pdf_words(std::string_view bytes, const PdfWordLimits& limits) {
    static const PdfWordsFunction read = load_module();  // once, by the first thread to get here
    if (!read) throw ReadError(ReadErrorKind::PdfReaderMissing, "summakoll-pdf.so");
    PdfWords out;
    read(bytes, limits, out);
    return out;
}

}  // namespace sk
