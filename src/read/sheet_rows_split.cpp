#include "read/sheet_rows_split.hpp"

namespace sk {

namespace {

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
    // Markup-looking text is escaped everywhere else; only these hide "</row>".
    if (rows.find("<![CDATA[") != std::string_view::npos || rows.find("<!--") != std::string_view::npos ||
        rows.find("<?") != std::string_view::npos)
        return std::nullopt;

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
            std::size_t end = rows.find(row_end, start + run_bytes);
            if (end != std::string_view::npos) cut = end + row_end.size();
        }
        split.runs.push_back(rows.substr(start, cut - start));
        start = cut;
    }
    return split;
}

}  // namespace sk
