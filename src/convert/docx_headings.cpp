#include "convert/docx_headings.hpp"

#include "convert/column_widths.hpp"
#include "read/docx_document.hpp"
#include "read/docx_text.hpp"
#include "read/xml_document.hpp"

namespace sk::convert {

namespace {

constexpr std::size_t longest_heading = 120;

// The text of one paragraph, as Word shows it.
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

// What the body says outside its tables, walked as the reader does
// (through content controls and custom XML).
struct BodyText {
    std::string above;                    // the last paragraph since the previous table
    std::vector<std::string> headings;    // per table
    std::vector<std::string> paragraphs;  // every paragraph with text
};

void walk(const pugi::xml_node& container, BodyText& out) {
    for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        if (is(n, "p")) {
            if (std::string t = paragraph_text(n); !t.empty()) {
                out.above = t;
                out.paragraphs.push_back(std::move(t));
            }
        } else if (is(n, "tbl")) {
            out.headings.push_back(longest_line(out.above) <= longest_heading ? out.above : std::string());
            out.above.clear();
        } else if (is(n, "sdt")) {
            walk(child(n, "sdtContent"), out);
        } else if (is(n, "customXml")) {
            walk(n, out);
        }
    }
}

BodyText body_text(const std::string& path) {
    BodyText out;
    try {
        ReadLimits limits;
        ZipPackage pkg(read_file_bytes(path, limits), limits);
        std::string part = word_main_part(pkg, limits);
        if (part.empty()) return out;
        std::string xml = pkg.read(part);
        pugi::xml_document doc;
        parse_xml(doc, xml, part, limits);
        walk(child(doc.document_element(), "body"), out);
    } catch (const ReadError&) {
        return BodyText{};
    }
    return out;
}

}  // namespace

std::vector<std::string> docx_table_headings(const std::string& path) { return body_text(path).headings; }

std::vector<std::string> docx_paragraphs(const std::string& path) { return body_text(path).paragraphs; }

}  // namespace sk::convert
