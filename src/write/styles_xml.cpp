#include "write/styles_xml.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <tuple>

#include "base/ooxml.hpp"
#include "read/number_format.hpp"
#include "write/xml_escape.hpp"

namespace sk {

namespace {

// Built-in ids whose code Excel shows the same in every locale. The currency
// (5–8, 41–44) and date/time ids (14–22) follow the reader's regional
// settings, so a code like "mm-dd-yy" is written as a custom format instead.
constexpr std::array<std::uint32_t, 19> portable_builtin_ids = {0,  1,  2,  3,  4,  9,  10, 11, 12, 13,
                                                                37, 38, 39, 40, 45, 46, 47, 48, 49};

std::string argb(std::uint32_t rgb) {
    char buf[9];
    std::snprintf(buf, sizeof buf, "FF%06X", unsigned(rgb & 0xFFFFFF));
    return buf;
}

using FontKey = std::tuple<bool, bool, std::optional<std::uint32_t>>;
FontKey font_key(const CellStyle& s) { return {s.bold, s.underline, s.font_rgb}; }

// Index of `key` in `keys`, appended when new.
template <class T>
std::size_t intern(std::vector<T>& keys, const T& key) {
    auto it = std::find(keys.begin(), keys.end(), key);
    if (it != keys.end()) return std::size_t(it - keys.begin());
    keys.push_back(key);
    return keys.size() - 1;
}

// Calibri 11 as Excel's default; no theme part is written, so colours and
// fonts are given directly instead of as theme references.
void append_font(std::string& out, const FontKey& f) {
    out += "<font>";
    if (std::get<0>(f)) out += "<b/>";
    if (std::get<1>(f)) out += "<u/>";
    out += "<sz val=\"11\"/>";
    if (std::get<2>(f)) out += "<color rgb=\"" + argb(*std::get<2>(f)) + "\"/>";
    out += "<name val=\"Calibri\"/><family val=\"2\"/></font>";
}

}  // namespace

int builtin_number_format_id(std::string_view code) {
    if (code.empty()) return 0;
    for (std::uint32_t id : portable_builtin_ids)
        if (builtin_number_format(id) == code) return int(id);
    return -1;
}

std::string styles_xml(const std::vector<CellStyle>& styles) {
    std::vector<std::string> custom_formats;                     // id 164 + index
    std::vector<FontKey> fonts{FontKey{}};                       // 0 = default
    std::vector<std::optional<std::uint32_t>> fills{std::nullopt, std::nullopt};  // 0 none, 1 gray125 (required by Excel)
    struct Xf { std::uint32_t num_fmt, font, fill; };
    std::vector<Xf> xfs;
    for (const CellStyle& s : styles) {
        int builtin = builtin_number_format_id(s.num_format);
        std::uint32_t num_fmt = builtin >= 0 ? std::uint32_t(builtin) : std::uint32_t(164 + intern(custom_formats, s.num_format));
        std::uint32_t fill = s.fill_rgb ? std::uint32_t(intern(fills, s.fill_rgb)) : 0;
        xfs.push_back({num_fmt, std::uint32_t(intern(fonts, font_key(s))), fill});
    }

    std::string out = std::string(xml_declaration) +
                      "<styleSheet xmlns=\"" + ooxml::spreadsheet_ns + "\">";
    if (!custom_formats.empty()) {
        out += "<numFmts count=\"" + std::to_string(custom_formats.size()) + "\">";
        for (std::size_t i = 0; i < custom_formats.size(); ++i) {
            out += "<numFmt numFmtId=\"" + std::to_string(164 + i) + "\" formatCode=\"";
            append_xml_attr(out, custom_formats[i]);
            out += "\"/>";
        }
        out += "</numFmts>";
    }
    out += "<fonts count=\"" + std::to_string(fonts.size()) + "\">";
    for (const FontKey& f : fonts) append_font(out, f);
    out += "</fonts><fills count=\"" + std::to_string(fills.size()) + "\">";
    out += "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>";
    for (std::size_t i = 2; i < fills.size(); ++i)
        out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + argb(*fills[i]) +
               "\"/><bgColor indexed=\"64\"/></patternFill></fill>";
    out += "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";
    out += "<cellXfs count=\"" + std::to_string(xfs.size()) + "\">";
    for (std::size_t i = 0; i < xfs.size(); ++i) {
        const Xf& x = xfs[i];
        const CellStyle& s = styles[i];
        out += "<xf numFmtId=\"" + std::to_string(x.num_fmt) + "\" fontId=\"" + std::to_string(x.font) + "\" fillId=\"" +
               std::to_string(x.fill) + "\" borderId=\"0\" xfId=\"0\"";
        if (x.num_fmt != 0) out += " applyNumberFormat=\"1\"";
        if (x.font != 0) out += " applyFont=\"1\"";
        if (x.fill != 0) out += " applyFill=\"1\"";
        bool align = s.wrap || s.indent > 0;
        if (!align) {
            out += "/>";
            continue;
        }
        // Excel only shows an indent with a horizontal alignment, and writes "left".
        out += " applyAlignment=\"1\"><alignment";
        if (s.indent > 0) out += " horizontal=\"left\"";
        if (s.wrap) out += " wrapText=\"1\"";
        if (s.indent > 0) out += " indent=\"" + std::to_string(std::min<unsigned>(s.indent, 250)) + "\"";
        out += "/></xf>";
    }
    out += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
           "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" "
           "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>";
    return out;
}

}  // namespace sk
