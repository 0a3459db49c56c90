#include "read/sheet_rows_split.hpp"

#include <string.h>  // memchr, memmem (GNU)

namespace sk {

namespace {

// True when "<!" or "<?" occurs. Searched from the rare second character
// with memchr: '<' itself comes every few bytes in sheet XML.
bool has_declaration(std::string_view text) {
    for (char mark : {'!', '?'})
        for (const char* p = text.data(); (p = static_cast<const char*>(memchr(p, mark, text.data() + text.size() - p)));
             ++p)
            if (p > text.data() && p[-1] == '<') return true;
    return false;
}

// The start of the first "<sheetData" or "<prefix:sheetData" start tag, and its qualified name.
std::optional<std::pair<std::size_t, std::string>> find_sheet_data(std::string_view xml) {
    for (std::size_t at = xml.find("sheetData"); at != std::string_view::npos; at = xml.find("sheetData", at + 1)) {
        std::size_t lt = at;
        while (lt > 0 && xml[lt - 1] != '<' && xml[lt - 1] != '>' && xml[lt - 1] != ' ' && xml[lt - 1] != '/') --lt;
        if (lt == 0 || xml[lt - 1] != '<') continue;
        std::string_view name = xml.substr(lt, at + 9 - lt);
        if (name.size() > 9 && name[name.size() - 10] != ':') continue;
        char after = at + 9 < xml.size() ? xml[at + 9] : '\0';
        if (after != '>' && after != ' ' && after != '/' && after != '\t' && after != '\r' && after != '\n') continue;
        return std::pair{lt - 1, std::string(name)};
    }
    return std::nullopt;
}

}  // namespace

std::optional<SheetRowsSplit> split_sheet_rows(std::string_view xml, std::size_t run_bytes) {
    auto found = find_sheet_data(xml);
    if (!found) return std::nullopt;
    const auto& [open_at, qname] = *found;
    std::size_t open_end = xml.find('>', open_at);
    if (open_end == std::string_view::npos || xml[open_end - 1] == '/') return std::nullopt;  // <sheetData/>
    const std::string close = "</" + qname + ">";
    std::size_t close_at = xml.find(close, open_end);
    if (close_at == std::string_view::npos) return std::nullopt;
    std::string_view rows = xml.substr(open_end + 1, close_at - open_end - 1);
    // Markup-looking text is escaped everywhere else; only CDATA, comments and
    // processing instructions ("<!", "<?") can hide "</row>".
    if (has_declaration(rows)) return std::nullopt;

    const std::string prefix = qname.substr(0, qname.size() - 9);
    const std::string row_end = "</" + prefix + "row>";
    SheetRowsSplit split;
    split.sheet_data_open = "<" + qname + ">";
    split.sheet_data_close = close;
    split.frame.reserve(xml.size() - rows.size());
    split.frame.append(xml.substr(0, open_end + 1)).append(xml.substr(close_at));
    std::size_t start = 0;
    while (start < rows.size()) {
        std::size_t cut = rows.size();
        if (rows.size() - start > run_bytes) {
            std::string_view rest = rows.substr(start + run_bytes);
            if (const void* end = memmem(rest.data(), rest.size(), row_end.data(), row_end.size()))
                cut = std::size_t(static_cast<const char*>(end) - rows.data()) + row_end.size();
        }
        split.runs.push_back(rows.substr(start, cut - start));
        start = cut;
    }
    return split;
}

}  // namespace sk
