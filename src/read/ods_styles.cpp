#include "read/ods_styles.hpp"

#include <charconv>
#include <cmath>
#include <algorithm>
#include <cstring>
#include <optional>

#include "read/xml_document.hpp"

namespace sk {

namespace {

// A cell style as written, before its parent's properties are filled in.
struct RawStyle {
    std::string parent, data_style;
    std::optional<bool> bold, filled;
    std::optional<std::uint8_t> indent;
};

std::string quoted(std::string_view text) {
    if (text == "%" || text == "-" || text == " ") return std::string(text == " " ? "\\ " : text);
    std::string out = "\"";
    for (char c : text)
        if (c != '"') out += c;
    return out + "\"";
}

std::string digits(const pugi::xml_node& n) {
    std::string out = attr(n, "grouping").as_bool() ? "#,##0" : "0";
    int decimals = attr(n, "decimal-places").as_int();
    if (decimals > 0) out += "." + std::string(std::size_t(std::min(decimals, 30)), '0');
    return out;
}

// "0.353cm", "0.1335in", "10pt" → points.
double points(std::string_view length) {
    double v = 0;
    auto res = std::from_chars(length.data(), length.data() + length.size(), v);
    if (res.ec != std::errc()) return 0;
    std::string_view unit(res.ptr, std::size_t(length.data() + length.size() - res.ptr));
    if (unit == "in") return v * 72;
    if (unit == "cm") return v * 72 / 2.54;
    if (unit == "mm") return v * 72 / 25.4;
    if (unit == "pc") return v * 12;
    if (unit == "px") return v * 0.75;
    return v;  // pt
}

bool bold_weight(std::string_view w) { return w == "bold" || (!w.empty() && w[0] >= '6' && w[0] <= '9' && w.size() == 3); }

RawStyle raw_style(const pugi::xml_node& s) {
    RawStyle r;
    r.parent = attr(s, "parent-style-name").value();
    r.data_style = attr(s, "data-style-name").value();
    if (pugi::xml_attribute w = attr(child(s, "text-properties"), "font-weight")) r.bold = bold_weight(w.value());
    if (pugi::xml_attribute bg = attr(child(s, "table-cell-properties"), "background-color"))
        r.filled = std::string_view(bg.value()) != "transparent";
    if (pugi::xml_attribute m = attr(child(s, "paragraph-properties"), "margin-left")) {
        // LibreOffice writes an Excel indent level as 10 pt of left margin.
        double level = std::round(points(m.value()) / 10);
        r.indent = std::uint8_t(std::clamp(level, 0.0, 255.0));
    }
    return r;
}

// Style families under office:styles / office:automatic-styles.
void collect(const pugi::xml_node& container, std::unordered_map<std::string, RawStyle>& cells,
             std::unordered_map<std::string, pugi::xml_node>& numbers, std::unordered_set<std::string>& hidden) {
    for (pugi::xml_node s = container.first_child(); s; s = s.next_sibling()) {
        const char* name = local_name(s);
        if (std::strcmp(name, "style") == 0) {
            std::string_view family = attr(s, "family").value();
            if (family == "table-cell") cells[attr(s, "name").value()] = raw_style(s);
            else if (family == "table" && std::string_view(attr(child(s, "table-properties"), "display").value()) == "false")
                hidden.insert(attr(s, "name").value());
        } else if (std::strstr(name, "-style") && std::strcmp(name, "default-style") != 0) {
            numbers[attr(s, "name").value()] = s;
        }
    }
}

}  // namespace

std::string ods_format_code(const pugi::xml_node& style, bool& is_date) {
    std::string_view kind = local_name(style);
    is_date = kind == "date-style" || kind == "time-style";
    if (is_date) return kind == "date-style" ? "yyyy-mm-dd" : "hh:mm:ss";
    if (kind == "text-style") return "@";
    if (kind == "boolean-style") return "General";
    std::string code;
    bool number = false, plain = true;
    for (pugi::xml_node n = style.first_child(); n; n = n.next_sibling()) {
        std::string_view part = local_name(n);
        if (part == "number") {
            number = true;
            code += digits(n);
            if (attr(n, "grouping").as_bool() || attr(n, "decimal-places")) plain = false;
        } else if (part == "text" || part == "currency-symbol") {
            std::string_view text = n.text().get();
            if (!text.empty()) code += quoted(text);
            plain = false;
        } else if (part == "scientific-number" || part == "fraction") {
            code += "0";
            number = true;
            plain = false;
        }
    }
    if (!number || plain) return kind == "percentage-style" ? "0%" : "General";
    return code;
}

OdsStyles read_ods_styles(const pugi::xml_node& styles_root, const pugi::xml_node& content_root) {
    std::unordered_map<std::string, RawStyle> raw;
    std::unordered_map<std::string, pugi::xml_node> numbers;
    OdsStyles out;
    for (const pugi::xml_node& root : {styles_root, content_root}) {
        collect(child(root, "styles"), raw, numbers, out.hidden_tables);
        collect(child(root, "automatic-styles"), raw, numbers, out.hidden_tables);
    }
    out.hints.push_back({0, "General", false, false, false, 0});
    for (const auto& [name, style] : raw) {
        // Each property from the nearest style in the parent chain that sets it.
        RawStyle r = style;
        const RawStyle* p = &style;
        for (int depth = 0; depth < 16 && !p->parent.empty(); ++depth) {
            auto it = raw.find(p->parent);
            if (it == raw.end()) break;
            p = &it->second;
            if (r.data_style.empty()) r.data_style = p->data_style;
            if (!r.bold) r.bold = p->bold;
            if (!r.filled) r.filled = p->filled;
            if (!r.indent) r.indent = p->indent;
        }
        StyleHint h{0, "General", false, r.bold.value_or(false), r.filled.value_or(false), r.indent.value_or(0)};
        if (auto n = numbers.find(r.data_style); n != numbers.end()) {
            h.num_format = ods_format_code(n->second, h.is_date);
            // A style that maps values ≥ 0 to another style is the negative
            // section; the mapped one comes first, as in Excel's "pos;neg".
            for (pugi::xml_node m : children(n->second, "map")) {
                auto pos = numbers.find(attr(m, "apply-style-name").value());
                if (pos == numbers.end() || std::string_view(attr(m, "condition").value()).find(">") == std::string_view::npos)
                    continue;
                bool unused = false;
                h.num_format = ods_format_code(pos->second, unused) + ";" + h.num_format;
                break;
            }
        }
        if (h.num_format != "General") h.num_fmt_id = 164;  // a custom code: the code alone tells
        out.cell_styles[name] = std::uint32_t(out.hints.size());
        out.hints.push_back(std::move(h));
    }
    return out;
}

}  // namespace sk
