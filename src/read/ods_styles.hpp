// OpenDocument styles → the StyleHint list the xlsx reader gives: number
// styles as format codes (as far as showing kr, grouping, decimals, percent
// and dates needs), bold, fill and indent of each cell style.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <pugixml.hpp>

#include "grid/grid.hpp"

namespace sk {

struct OdsStyles {
    std::vector<StyleHint> hints;                                // index 0: the default style
    std::unordered_map<std::string, std::uint32_t> cell_styles;  // cell style name → index in hints
    std::unordered_set<std::string> hidden_tables;               // table styles with table:display="false"

    std::uint32_t index_of(std::string_view name) const {
        auto it = cell_styles.find(std::string(name));
        return it == cell_styles.end() ? 0 : it->second;
    }
};

// `styles_root` is styles.xml's document element (may be empty), `content_root` content.xml's.
OdsStyles read_ods_styles(const pugi::xml_node& styles_root, const pugi::xml_node& content_root);

// An OpenDocument number style as an Excel format code: "#,##0\" kr\"", "0.0%",
// "General"; `is_date` is set for date and time styles.
std::string ods_format_code(const pugi::xml_node& number_style, bool& is_date);

}  // namespace sk
