#include "read/sheet_rows_split.hpp"

#include <string.h>  // memchr, memmem (GNU)

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

namespace sk {

namespace {

// True when "<!" or "<?" occurs. Searched from the rare second character
// with memchr: '<' itself comes every few bytes in sheet XML.
bool has_declaration(std::string_view text) {
    for (char mark : {'!', '?'})
        for (const char* p = text.data(); (p = static_cast<const char*>(memchr(p, mark, std::size_t(text.data() + text.size() - p))));
             ++p)
            if (p > text.data() && p[-1] == '<') return true;
    return false;
}

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where the blank text from `at` ends (or the text does). Sixteen bytes at a
// time (GCC's vector extension: SSE2 on x86-64, NEON on arm64): with 160 MB of
// blank text between rows, a byte at a time was 6 % of `check`, now under 1 %.
std::size_t after_blank(std::string_view xml, std::size_t at) {
    using Bytes = unsigned char __attribute__((vector_size(16)));
    for (; at + sizeof(Bytes) <= xml.size(); at += sizeof(Bytes)) {
        Bytes b;
        std::memcpy(&b, xml.data() + at, sizeof b);
        const auto is_blank = (b == ' ') | (b == '\t') | (b == '\r') | (b == '\n');  // each byte 0 or -1
        std::uint64_t halves[2];
        std::memcpy(halves, &is_blank, sizeof halves);
        if ((halves[0] & halves[1]) != ~std::uint64_t(0)) break;
    }
    while (at < xml.size() && blank(xml[at])) ++at;
    return at;
}

// The first "<sheetData" or "<prefix:sheetData" start tag at or after `from`:
// its '<' and its qualified name. Each '<' is looked at once and its name read
// up to the next delimiter, so the search is linear however the text repeats.
// `resume` is where to look again when the text grows: the '<' whose name
// the text cut off, or the end.
std::optional<std::pair<std::size_t, std::string_view>> find_sheet_data(std::string_view xml, std::size_t from,
                                                                       std::size_t& resume) {
    for (std::size_t lt = xml.find('<', from); lt != std::string_view::npos; lt = xml.find('<', lt + 1)) {
        std::size_t end = xml.find_first_of(" \t\r\n/><", lt + 1);
        if (end == std::string_view::npos) {
            resume = lt;
            return std::nullopt;
        }
        std::string_view name = xml.substr(lt + 1, end - lt - 1);
        if (name == "sheetData" || (name.size() > 10 && name.ends_with(":sheetData"))) return std::pair{lt, name};
    }
    resume = xml.size();
    return std::nullopt;
}

}  // namespace

SheetRowsCutter::Step SheetRowsCutter::start(std::string_view xml, bool complete) {
    auto found = find_sheet_data(xml, open_searched_, open_searched_);
    if (!found) return complete ? Step::Whole : Step::NeedMore;
    const auto [open_at, qname] = *found;
    open_searched_ = open_at;  // the tag may still be cut off: look here again
    std::size_t open_end = xml.find('>', open_at);
    if (open_end == std::string_view::npos) return complete ? Step::Whole : Step::NeedMore;
    if (xml[open_end - 1] == '/') return Step::Whole;  // <sheetData/>
    open_ = "<" + std::string(qname) + ">";
    close_ = "</" + std::string(qname) + ">";
    row_end_ = "</" + std::string(qname.substr(0, qname.size() - 9)) + "row>";
    head_ = xml.substr(0, open_end + 1);
    next_ = close_searched_ = row_end_searched_ = open_end + 1;
    started_ = true;
    return Step::Run;
}

SheetRowsCutter::Step SheetRowsCutter::next(std::string_view xml, bool complete, std::string_view& run) {
    if (done_) return Step::Done;
    if (!started_) {
        Step s = start(xml, complete);
        if (!started_) return s;
    }
    // Markup-looking text is escaped everywhere else: the first end tag is
    // sheetData's, unless CDATA or a comment hides one, and those are refused below.
    if (close_at_ == std::string::npos) {
        std::string_view rest = xml.substr(close_searched_);
        if (const void* at = memmem(rest.data(), rest.size(), close_.data(), close_.size()))
            close_at_ = std::size_t(static_cast<const char*>(at) - xml.data());
        else if (complete)
            return Step::Whole;  // no end tag
        else
            close_searched_ = std::max(close_searched_, xml.size() - std::min(xml.size(), close_.size() - 1));
    }
    const std::size_t end = close_at_ != std::string::npos ? close_at_ : xml.size();
    // Blank text between rows is skipped, never held: megabytes of it would
    // otherwise make a run, and the window holding it, that long.
    next_ = after_blank(xml, next_);  // stops at sheetData's end tag, if known
    if (next_ == xml.size() && close_at_ == std::string::npos) return complete ? Step::Whole : Step::NeedMore;
    std::size_t cut = std::string::npos;
    // The row end is searched from where the last search left off: blank text
    // between rows can make a run far longer than run_bytes_.
    const std::size_t from = std::max(next_ + run_bytes_, row_end_searched_);
    // A run that reaches into blank text ends before it (at the last row end).
    if (from < end && blank(xml[from])) {
        const std::size_t last = xml.rfind(row_end_, from);
        if (last != std::string_view::npos && last >= next_ && after_blank(xml, last + row_end_.size()) >= from)
            cut = last + row_end_.size();
    }
    if (cut == std::string::npos && end > from) {
        std::string_view tail = xml.substr(from, end - from);
        if (const void* at = memmem(tail.data(), tail.size(), row_end_.data(), row_end_.size()))
            cut = std::size_t(static_cast<const char*>(at) - xml.data()) + row_end_.size();
        else
            row_end_searched_ = std::max(from, end - std::min(end - from, row_end_.size() - 1));
    }
    if (cut == std::string::npos) {
        if (close_at_ == std::string::npos) return Step::NeedMore;
        cut = close_at_;
    }
    if (cut == next_) {
        done_ = true;
        return Step::Done;
    }
    run = xml.substr(next_, cut - next_);
    // Only CDATA, comments and processing instructions ("<!", "<?") can hide "</row>".
    if (has_declaration(run)) return Step::Whole;
    next_ = cut;
    return Step::Run;
}

void SheetRowsCutter::dropped(std::size_t n) {
    // The searches may start earlier than they need to, never later.
    auto shift = [n](std::size_t& at) { at = at > n ? at - n : 0; };
    shift(next_);
    shift(close_searched_);
    shift(row_end_searched_);
    if (close_at_ != std::string::npos) shift(close_at_);
}

std::string SheetRowsCutter::frame(std::string_view xml) const {
    std::string out;
    out.reserve(head_.size() + (xml.size() - close_at_));
    out.append(head_).append(xml.substr(close_at_));
    return out;
}

}  // namespace sk
