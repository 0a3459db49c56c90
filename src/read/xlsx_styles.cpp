#include "read/xlsx_styles.hpp"

#include <unordered_map>

#include "read/number_format.hpp"
#include "read/xml_document.hpp"

namespace sk {

namespace {

bool flag_on(const pugi::xml_node& n) {
    if (!n) return false;
    pugi::xml_attribute v = attr(n, "val");
    if (!v) return true;
    std::string_view s = v.value();
    return !(s == "0" || s == "false" || s == "none");
}

}  // namespace

std::vector<StyleHint> read_xlsx_styles(std::string xml, const std::string& part, const ReadLimits& limits) {
    std::vector<StyleHint> out;
    pugi::xml_document doc;
    parse_xml(doc, xml, part, limits);
    pugi::xml_node root = child(doc, "styleSheet");

    std::unordered_map<std::uint32_t, std::string> custom;
    for (pugi::xml_node f : children(child(root, "numFmts"), "numFmt"))
        custom[attr(f, "numFmtId").as_uint()] = attr(f, "formatCode").value();

    std::vector<bool> bold_fonts;
    for (pugi::xml_node f : children(child(root, "fonts"), "font")) bold_fonts.push_back(flag_on(child(f, "b")));

    std::vector<bool> filled;
    for (pugi::xml_node f : children(child(root, "fills"), "fill")) {
        pugi::xml_node p = child(f, "patternFill");
        std::string_view type = attr(p, "patternType").value();
        filled.push_back((p && !type.empty() && type != "none" && type != "gray125") || child(f, "gradientFill"));
    }

    for (pugi::xml_node xf : children(child(root, "cellXfs"), "xf")) {
        StyleHint h;
        h.num_fmt_id = attr(xf, "numFmtId").as_uint();
        auto c = custom.find(h.num_fmt_id);
        h.num_format = c != custom.end() ? c->second : builtin_number_format(h.num_fmt_id);
        h.is_date = is_date_format(c != custom.end() ? 1000000 : h.num_fmt_id, h.num_format);
        std::uint32_t font = attr(xf, "fontId").as_uint();
        h.bold = font < bold_fonts.size() && bold_fonts[font];
        std::uint32_t fill = attr(xf, "fillId").as_uint();
        h.filled = fill < filled.size() && filled[fill];
        unsigned indent = attr(child(xf, "alignment"), "indent").as_uint();
        h.indent = std::uint8_t(indent > 255 ? 255 : indent);
        out.push_back(std::move(h));
        if (out.size() > 1000000) throw ReadError(ReadErrorKind::TooLarge, part);
    }
    if (out.empty()) out.push_back({0, "General", false, false, false, 0});
    return out;
}

}  // namespace sk
