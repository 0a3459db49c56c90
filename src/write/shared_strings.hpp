// The shared string table of a workbook being written: each distinct text
// once, in order of first use, as Excel writes it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sk {

class SharedStrings {
public:
    // The index of `text`, added on first use. The view must stay valid until
    // xml() (the writer passes the workbook's own strings).
    std::uint32_t add(std::string_view text);
    bool empty() const { return order_.empty(); }
    // xl/sharedStrings.xml.
    std::string xml() const;

private:
    std::unordered_map<std::string_view, std::uint32_t> index_;
    std::vector<std::string_view> order_;
    std::uint64_t uses_ = 0;
};

}  // namespace sk
