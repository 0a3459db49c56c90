// One <row> of a worksheet as its XML says it, entities decoded: what the
// sheet reader turns into cells. Two sources fill it: the fast scanner for
// the plain shapes nearly every producer writes (row_scanner.hpp), and the
// pugixml DOM for everything else.
#pragma once

#include <cstdint>
#include <forward_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk {

// The views point into the XML, or into RowXml::decoded where entities had
// to be decoded (most texts have none, and are then not copied).
struct CellXml {
    std::optional<std::string_view> r;  // the r attribute ("B7")
    std::string_view t;                 // the t attribute, "" when absent
    std::uint32_t style = 0;            // the s attribute as a number, 0 when absent
    std::optional<std::string_view> v;  // <v> text
    std::optional<std::string_view> f;  // <f> text
    std::string_view f_type, f_si;      // <f t="…" si="…">
    std::optional<std::string> inline_text;  // <is>: its runs joined
};

struct RowXml {
    std::optional<std::int64_t> r;  // the r attribute as a number
    std::string_view r_text;        // … and as written, for messages
    std::vector<CellXml> cells;
    std::forward_list<std::string> decoded;  // texts with entities, decoded (a list: they never move)
};

}  // namespace sk
