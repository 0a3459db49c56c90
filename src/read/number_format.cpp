#include "read/number_format.hpp"

#include <array>

namespace sk {

std::string builtin_number_format(std::uint32_t id) {
    static const std::array<const char*, 50> codes = {
        "General", "0", "0.00", "#,##0", "#,##0.00", "\"$\"#,##0_);(\"$\"#,##0)",
        "\"$\"#,##0_);[Red](\"$\"#,##0)", "\"$\"#,##0.00_);(\"$\"#,##0.00)",
        "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)", "0%", "0.00%", "0.00E+00", "# ?/?", "# ?\?/??",
        "mm-dd-yy", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM", "h:mm", "h:mm:ss",
        "m/d/yy h:mm", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "#,##0_);(#,##0)",
        "#,##0_);[Red](#,##0)", "#,##0.00_);(#,##0.00)", "#,##0.00_);[Red](#,##0.00)",
        "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)",
        "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)",
        "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)",
        "_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"??_);_(@_)", "mm:ss", "[h]:mm:ss",
        "mm:ss.0", "##0.0E+0", "@"};
    return id < codes.size() ? codes[id] : "";
}

bool is_date_format(std::uint32_t id, std::string_view code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    for (std::size_t i = 0; i < code.size(); ++i) {
        char c = code[i];
        switch (c) {
            case ';': return false;  // only the first section decides
            case '"': {
                auto end = code.find('"', i + 1);
                if (end == std::string_view::npos) return false;
                i = end;
                break;
            }
            case '\\':
            case '_':
            case '*': ++i; break;  // escaped char, width-of char, fill char
            case '[': {
                auto end = code.find(']', i + 1);
                if (end == std::string_view::npos) return false;
                std::string_view inside = code.substr(i + 1, end - i - 1);
                if (inside == "h" || inside == "hh" || inside == "m" || inside == "mm" || inside == "s" ||
                    inside == "ss" || inside == "H" || inside == "HH" || inside == "M" || inside == "S")
                    return true;
                i = end;
                break;
            }
            case 'd': case 'D': case 'm': case 'M': case 'y': case 'Y':
            case 'h': case 'H': case 's': case 'S':
                return true;
            default: break;
        }
    }
    return false;
}

}  // namespace sk
