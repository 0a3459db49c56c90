#include "convert/docx_headings.hpp"

#include "convert/column_widths.hpp"
#include "read/docx_document.hpp"
#include "read/docx_text.hpp"
#include "read/xml_document.hpp"

namespace sk::convert {

namespace {

constexpr std::size_t longest_heading = 120;

// What the body says outside its tables, walked as the reader does
// (through content controls and custom XML).
struct BodyText {
    std::string above;                    // the last paragraph since the previous table
    std::vector<std::string> headings;    // per table
};

void walk(const pugi::xml_node& container, BodyText& out) {
    for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        if (is(n, "p")) {
            if (std::string t = paragraph_text(n); !t.empty()) {
                out.above = std::move(t);
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

}  // namespace sk::convert
