#include "read/docx_text.hpp"

#include <algorithm>

#include "read/xml_document.hpp"

namespace sk {

namespace {

// Walks a cell's XML once. Recursion depth is bounded by the XML depth cap
// that parse_xml enforces.
class CellWalker {
public:
    explicit CellWalker(CellContent& out) : out_(out) {}

    // Block level: paragraphs, tables, and the wrappers around them.
    void block(const pugi::xml_node& container) {
        for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling()) {
            if (n.type() != pugi::node_element) continue;
            if (is(n, "p")) {
                if (paragraphs_++ > 0) out_.text += '\n';
                inline_content(n);
            } else if (is(n, "tbl")) {
                out_.tables.push_back(n);
            } else if (is(n, "sdt")) {
                block(child(n, "sdtContent"));
            } else if (is(n, "customXml") || is(n, "ins") || is(n, "moveTo")) {
                block(n);
            }
        }
    }

private:
    // Inside a paragraph: runs and the inline wrappers around them.
    void inline_content(const pugi::xml_node& container) {
        for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling()) {
            if (n.type() != pugi::node_element) continue;
            if (is(n, "r")) {
                run(n);
            } else if (is(n, "sdt")) {
                inline_content(child(n, "sdtContent"));
            } else if (is(n, "ins") || is(n, "moveTo") || is(n, "hyperlink") || is(n, "smartTag") ||
                       is(n, "customXml") || is(n, "fldSimple") || is(n, "bdo") || is(n, "dir")) {
                inline_content(n);
            }
            // w:del, w:moveFrom, w:pPr, drawings, math: nothing displayed as cell text
        }
    }

    // Text shows unless we are inside a field's instruction part.
    bool showing() const {
        return std::all_of(fields_.begin(), fields_.end(), [](bool in_result) { return in_result; });
    }

    void run(const pugi::xml_node& r) {
        for (pugi::xml_node n = r.first_child(); n; n = n.next_sibling()) {
            if (n.type() != pugi::node_element) continue;
            if (is(n, "fldChar")) {
                std::string_view type = attr(n, "fldCharType").value();
                if (type == "begin") fields_.push_back(false);
                else if (type == "separate" && !fields_.empty()) fields_.back() = true;
                else if (type == "end" && !fields_.empty()) fields_.pop_back();
                continue;
            }
            if (!showing()) continue;
            if (is(n, "t")) out_.text += n.child_value();
            else if (is(n, "tab") || is(n, "ptab")) out_.text += '\t';
            else if (is(n, "br") || is(n, "cr")) out_.text += '\n';
            else if (is(n, "noBreakHyphen")) out_.text += '-';
            // w:delText, w:instrText, w:drawing, w:rPr …: not displayed text
        }
    }

    CellContent& out_;
    std::vector<bool> fields_;  // open complex fields: true once past "separate"
    std::size_t paragraphs_ = 0;
};

}  // namespace

CellContent cell_content(const pugi::xml_node& container) {
    CellContent out;
    CellWalker(out).block(container);
    return out;
}

std::string paragraph_text(const pugi::xml_node& p) {
    pugi::xml_document holder;
    holder.append_child("body").append_copy(p);
    std::string text = cell_content(holder.first_child()).text;
    for (char& c : text)
        if (c == '\n' || c == '\t') c = ' ';
    auto a = text.find_first_not_of(' ');
    auto b = text.find_last_not_of(' ');
    return a == std::string::npos ? std::string() : text.substr(a, b - a + 1);
}

}  // namespace sk
