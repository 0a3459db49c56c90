#include "check/finding.hpp"

namespace sk::check {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::Info: return "info";
        case Severity::Warning: return "warning";
        case Severity::Error: return "error";
    }
    return "error";
}

const FindingDetails& Finding::details() const {
    static const FindingDetails none;
    return details_.p ? *details_.p : none;
}

FindingDetails& Finding::edit_details() {
    if (!details_.p) details_.p = std::make_unique<FindingDetails>();
    return *details_.p;
}

std::string ranges_a1(const std::vector<Range>& ranges) {
    std::string s;
    for (const Range& r : ranges) {
        if (!s.empty()) s += ", ";
        s += a1(r);
    }
    return s;
}

namespace {
// Consecutive positions → [first, last] spans.
template <class Make>
std::vector<Range> spans(const std::vector<std::uint32_t>& pos, Make make) {
    std::vector<Range> out;
    for (std::size_t i = 0; i < pos.size();) {
        std::size_t j = i;
        while (j + 1 < pos.size() && pos[j + 1] == pos[j] + 1) ++j;
        out.push_back(make(pos[i], pos[j]));
        i = j + 1;
    }
    return out;
}
}  // namespace

std::vector<Range> column_ranges(std::uint32_t col, const std::vector<std::uint32_t>& rows) {
    return spans(rows, [col](std::uint32_t a, std::uint32_t b) { return Range{a, col, b, col}; });
}

std::vector<Range> row_ranges(std::uint32_t row, const std::vector<std::uint32_t>& cols) {
    return spans(cols, [row](std::uint32_t a, std::uint32_t b) { return Range{row, a, row, b}; });
}

}  // namespace sk::check
