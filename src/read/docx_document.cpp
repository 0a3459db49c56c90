// The Word reader: package → main document part → body tables and paragraphs.
#include "read/docx_document.hpp"

#include <algorithm>
#include <cctype>

#include "read/cell_budget.hpp"
#include "read/docx_table.hpp"
#include "read/docx_text.hpp"
#include "read/opc.hpp"
#include "read/table_heading.hpp"
#include "read/xml_document.hpp"

namespace sk {

namespace {

// Content types of a Word main part: document, macro-enabled, templates.
constexpr const char* word_types[] = {
    "wordprocessingml.document.main+xml",
    "ms-word.document.macroEnabled.main+xml",
    "wordprocessingml.template.main+xml",
    "ms-word.template.macroEnabledTemplate.main+xml",
};

bool same_part(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool is_word_part(ZipPackage& pkg, const std::string& part, const ReadLimits& limits) {
    if (same_part(std::string_view(part).substr(0, 5), "word/")) return true;
    return std::any_of(std::begin(word_types), std::end(word_types),
                       [&](const char* type) { return same_part(part_with_content_type(pkg, type, limits), part); });
}

// Tables and paragraphs of the body in document order, looking through
// block-level content controls and custom XML. Paragraphs hold no tables
// (text boxes are not read). `above`: the last paragraph since the table
// before, the next table's heading.
void read_body(const pugi::xml_node& container, Workbook& wb, CellBudget& budget, std::string& above) {
    for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        if (is(n, "tbl")) {
            const std::size_t first = wb.sheets.size();  // the table's own sheet; nested ones follow it
            read_docx_table(n, false, wb.sheets, budget);
            if (first < wb.sheets.size()) wb.sheets[first].heading = table_heading(std::move(above));
            above.clear();
        } else if (is(n, "sdt")) {
            read_body(child(n, "sdtContent"), wb, budget, above);
        } else if (is(n, "customXml")) {
            read_body(n, wb, budget, above);
        } else if (is(n, "p")) {
            if (std::string text = paragraph_text(n); !text.empty()) {
                above = text;
                wb.prose.push_back(std::move(text));
            }
        }
    }
}

}  // namespace

std::string word_main_part(ZipPackage& pkg, const ReadLimits& limits) {
    std::vector<Relationship> rels;
    try {
        rels = read_relationships(pkg, "", limits);
    } catch (const ReadError& e) {
        // A damaged package relationship part: the content types still tell.
        if (e.kind != ReadErrorKind::MalformedXml) throw;
    }
    for (const Relationship& r : rels)
        if (has_type(r, "officeDocument") && !r.external) return is_word_part(pkg, r.target, limits) ? r.target : "";
    for (const char* type : word_types) {
        std::string part = part_with_content_type(pkg, type, limits);
        if (!part.empty() && pkg.has(part)) return pkg.find(part);
    }
    return pkg.find("word/document.xml");
}

Workbook read_docx_package(ZipPackage& pkg, const std::string& main_part, const std::string& name, const ReadLimits& limits) {
    std::string xml = pkg.read(main_part);
    pugi::xml_document doc;
    parse_xml(doc, xml, main_part, limits);
    pugi::xml_node root = doc.document_element();
    if (!is(root, "document")) throw ReadError(ReadErrorKind::NotAWorkbook, main_part);

    Workbook wb;
    wb.path = name;
    wb.format = SourceFormat::Docx;
    wb.styles.push_back({0, "General", false, false, false, 0});
    CellBudget budget{limits};
    std::string above;
    read_body(child(root, "body"), wb, budget, above);
    for (Sheet& sheet : wb.sheets) sheet.index_rows();
    return wb;
}

Workbook read_docx_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    ZipPackage pkg{std::string(bytes), limits};
    std::string part = word_main_part(pkg, limits);
    if (part.empty()) throw ReadError(ReadErrorKind::NotAWorkbook, "");
    return read_docx_package(pkg, part, name, limits);
}

Workbook read_docx(const std::string& path, const ReadLimits& limits) {
    return read_docx_bytes(read_file_bytes(path, limits), path, limits);
}

}  // namespace sk
