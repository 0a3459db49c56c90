#include "batch/progress.hpp"

#include <string>

#include "batch/index_workbook.hpp"

namespace sk::batch {

namespace {

constexpr std::size_t line_width = 79;

// The last `n` characters of a UTF-8 text, never inside a character.
std::string tail(const std::string& s, std::size_t n) {
    if (s.size() <= n) return s;
    std::size_t start = s.size() - n;
    while (start < s.size() && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) ++start;
    return "…" + s.substr(start);
}

}  // namespace

void Progress::file_done(std::size_t done, std::size_t total, const BatchItem& item) {
    std::string count = "[" + std::to_string(done) + "/" + std::to_string(total) + "]";
    if (!terminal_) {
        out_ << count << " " << item.input << ": " << status_text(item, lang_)
             << (item.skipped ? tr(lang_, " (oförändrad)", " (unchanged)") : "") << "\n";
        return;
    }
    std::string percent = std::to_string(total ? done * 100 / total : 100) + " %";
    std::string line = count + " " + percent + " " + item.input;
    if (line.size() > line_width) line = count + " " + percent + " " + tail(item.input, line_width - count.size() - percent.size() - 4);
    // \r and erase-to-end-of-line: the line is redrawn in place.
    out_ << "\r" << line << "\033[K" << std::flush;
    drawn_ = true;
}

void Progress::finish() {
    if (terminal_ && drawn_) out_ << "\n";
}

}  // namespace sk::batch
