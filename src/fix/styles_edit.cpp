#include "fix/styles_edit.hpp"

#include <algorithm>
#include <sstream>

#include <pugixml.hpp>

#include "fix/fix_error.hpp"
#include "fix/xml_text.hpp"
#include "read/number_format.hpp"
#include "read/xml_document.hpp"
#include "write/xml_escape.hpp"

namespace sk::fix {

namespace {

std::string prefix_of(const pugi::xml_node& n) {
    std::string_view name = n.name();
    auto colon = name.rfind(':');
    return colon == std::string_view::npos ? "" : std::string(name.substr(0, colon + 1));
}

}  // namespace

StylesEdit::StylesEdit(std::string xml, std::string part, std::string fill_rgb, std::string person_fill_rgb)
    : xml_(std::move(xml)), part_(std::move(part)), fill_rgb_(std::move(fill_rgb)), person_fill_rgb_(std::move(person_fill_rgb)) {
    pugi::xml_document doc;
    std::string copy = xml_;
    if (!doc.load_buffer_inplace(copy.data(), copy.size()))
        throw FixError(FixErrorKind::BrokenStyles, part_);
    pugi::xml_node root = doc.document_element();
    for (pugi::xml_node f : children(child(root, "numFmts"), "numFmt")) {
        std::uint32_t id = attr(f, "numFmtId").as_uint();
        custom_formats_.emplace(attr(f, "formatCode").value(), id);
        ++format_count_;
        if (id >= next_fmt_id_) next_fmt_id_ = id + 1;
    }
    for (pugi::xml_node f : children(child(root, "fills"), "fill")) (void)f, ++fill_count_;
    for (pugi::xml_node x : children(child(root, "cellXfs"), "xf")) (void)x, ++xf_count_;
}

std::uint32_t StylesEdit::number_format_id(const std::string& code) {
    for (std::uint32_t id = 0; id < 50; ++id)
        if (builtin_number_format(id) == code && !code.empty()) return id;
    auto it = custom_formats_.find(code);
    if (it != custom_formats_.end()) return it->second;
    std::uint32_t id = next_fmt_id_++;
    custom_formats_.emplace(code, id);
    added_formats_ += "<numFmt numFmtId=\"" + std::to_string(id) + "\" formatCode=\"" + xml_attr(code) + "\"/>";
    ++added_format_count_;
    return id;
}

std::uint32_t StylesEdit::fill_id(const std::string& rgb) {
    auto it = std::find(added_fills_.begin(), added_fills_.end(), rgb);
    if (it == added_fills_.end()) it = added_fills_.insert(added_fills_.end(), rgb);
    return fill_count_ + std::uint32_t(it - added_fills_.begin());
}

std::uint32_t StylesEdit::marked(std::uint32_t base, const std::string& number_format, bool person) {
    return cloned(base, number_format, person ? person_fill_rgb_ : fill_rgb_, std::nullopt);
}

std::uint32_t StylesEdit::plain(const std::string& number_format, const std::string& fill_rgb, bool wrap) {
    return cloned(0, number_format, fill_rgb, wrap);
}

std::uint32_t StylesEdit::cloned(std::uint32_t base, const std::string& number_format, const std::string& fill_rgb,
                                 std::optional<bool> wrap) {
    auto key = std::make_tuple(base, number_format, fill_rgb, wrap);
    if (auto it = memo_.find(key); it != memo_.end()) return it->second;

    pugi::xml_document doc;
    std::string copy = xml_;
    doc.load_buffer_inplace(copy.data(), copy.size());
    pugi::xml_node cell_xfs = child(doc.document_element(), "cellXfs");
    pugi::xml_node xf = child(cell_xfs, "xf");
    for (std::uint32_t i = 0; xf && i < base; ++i) xf = next(xf, "xf");
    std::string p = prefix_of(cell_xfs);
    pugi::xml_document piece;
    pugi::xml_node clone = xf ? piece.append_copy(xf) : piece.append_child((p + "xf").c_str());
    auto set = [&](const char* name, const std::string& value) {
        pugi::xml_attribute a = attr(clone, name);
        if (!a) a = clone.append_attribute(name);
        a.set_value(value.c_str());
    };
    if (!attr(clone, "numFmtId")) set("numFmtId", "0");
    if (!attr(clone, "fontId")) set("fontId", "0");
    if (!attr(clone, "borderId")) set("borderId", "0");
    if (!number_format.empty()) {
        set("numFmtId", std::to_string(number_format_id(number_format)));
        set("applyNumberFormat", "1");
    }
    if (!fill_rgb.empty()) {
        set("fillId", std::to_string(fill_id(fill_rgb)));  // appended in result()
        set("applyFill", "1");
    }
    if (wrap) {
        clone.remove_child(child(clone, "alignment"));
        pugi::xml_node align = clone.append_child((p + "alignment").c_str());
        if (*wrap) align.append_attribute("wrapText") = "1";
        align.append_attribute("vertical") = "top";
        set("applyAlignment", "1");
    }
    std::ostringstream out;
    clone.print(out, "", pugi::format_raw);
    added_xfs_ += out.str();
    std::uint32_t index = xf_count_ + added_xf_count_++;
    memo_.emplace(key, index);
    return index;
}

std::string StylesEdit::result() const {
    if (!changed()) return xml_;
    std::string out = xml_;
    pugi::xml_document doc;
    std::string copy = xml_;
    doc.load_buffer_inplace(copy.data(), copy.size());
    std::string p = prefix_of(doc.document_element());
    auto prefixed = [&](const std::string& snippet) { return with_prefix(snippet, p); };

    // Insert from the end of the text backwards so earlier offsets stay valid.
    std::size_t xfs_close = closing_tag(out, "cellXfs");
    std::size_t fills_close = closing_tag(out, "fills");
    if (xfs_close == std::string::npos) throw FixError(FixErrorKind::BrokenStyles, part_, "cellXfs");
    if (fills_close == std::string::npos) throw FixError(FixErrorKind::BrokenStyles, part_, "fills");
    std::string fills;
    for (const std::string& rgb : added_fills_)
        fills += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + rgb +
                 "\"/><bgColor indexed=\"64\"/></patternFill></fill>";
    // Cloned xfs keep the source's prefix already (copied nodes); the fill and formats get it added.
    out.insert(xfs_close, added_xfs_);
    out.insert(fills_close, prefixed(fills));
    if (added_format_count_ > 0) {
        std::size_t fmts_close = closing_tag(out, "numFmts");
        if (fmts_close != std::string::npos) {
            out.insert(fmts_close, prefixed(added_formats_));
        } else {  // numFmts is the first child of styleSheet
            std::size_t root_start = out.find('<' + p + "styleSheet");
            std::size_t root_end = out.find('>', root_start) + 1;
            out.insert(root_end, prefixed("<numFmts count=\"0\">" + added_formats_ + "</numFmts>"));
        }
    }
    set_count(out, "cellXfs", xf_count_ + added_xf_count_);
    set_count(out, "fills", fill_count_ + std::uint32_t(added_fills_.size()));
    if (added_format_count_ > 0) set_count(out, "numFmts", format_count_ + added_format_count_);
    return out;
}

}  // namespace sk::fix
