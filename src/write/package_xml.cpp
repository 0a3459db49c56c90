#include "write/package_xml.hpp"

#include <ctime>

#include "base/ooxml.hpp"
#include "write/formula_text.hpp"
#include "write/xml_escape.hpp"

namespace sk {

std::string relationship_xml(const std::string& id, const std::string& type, const std::string& target) {
    return "<Relationship Id=\"" + xml_attr(id) + "\" Type=\"" + type + "\" Target=\"" + xml_attr(target) + "\"/>";
}

std::string override_xml(const std::string& part, const std::string& content_type) {
    return "<Override PartName=\"" + xml_attr(part) + "\" ContentType=\"" + content_type + "\"/>";
}

std::string default_xml(const std::string& ext, const std::string& content_type) {
    return "<Default Extension=\"" + xml_attr(ext) + "\" ContentType=\"" + content_type + "\"/>";
}

namespace {

std::string relationship(std::size_t id, const std::string& type, const std::string& target) {
    return relationship_xml("rId" + std::to_string(id), type, target);
}

}  // namespace

std::string content_types_xml(std::size_t sheet_count, bool has_shared_strings) {
    std::string out = std::string(xml_declaration) +
                      "<Types xmlns=\"" + ooxml::content_types_ns + "\">"
                      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    out += override_xml("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    out += override_xml("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    out += override_xml("/xl/styles.xml", ooxml::spreadsheet_content_type_of("styles+xml"));
    out += override_xml("/xl/workbook.xml", ooxml::spreadsheet_content_type_of("sheet.main+xml"));
    for (std::size_t i = 1; i <= sheet_count; ++i)
        out += override_xml("/xl/worksheets/sheet" + std::to_string(i) + ".xml",
                             ooxml::spreadsheet_content_type_of("worksheet+xml"));
    if (has_shared_strings)
        out += override_xml("/xl/sharedStrings.xml", ooxml::spreadsheet_content_type_of("sharedStrings+xml"));
    return out + "</Types>";
}

std::string root_rels_xml() {
    return std::string(xml_declaration) + "<Relationships xmlns=\"" + ooxml::package_relationships_ns + "\">" +
           relationship(1, ooxml::relationship_type_of("officeDocument"), "xl/workbook.xml") +
           relationship(2, ooxml::core_properties_type, "docProps/core.xml") +
           relationship(3, ooxml::relationship_type_of("extended-properties"), "docProps/app.xml") + "</Relationships>";
}

std::string workbook_rels_xml(std::size_t sheet_count, bool has_shared_strings) {
    std::string out =
        std::string(xml_declaration) + "<Relationships xmlns=\"" + ooxml::package_relationships_ns + "\">";
    for (std::size_t i = 1; i <= sheet_count; ++i)
        out += relationship(i, ooxml::relationship_type_of("worksheet"),
                            "worksheets/sheet" + std::to_string(i) + ".xml");
    out += relationship(sheet_count + 1, ooxml::relationship_type_of("styles"), "styles.xml");
    if (has_shared_strings)
        out += relationship(sheet_count + 2, ooxml::relationship_type_of("sharedStrings"), "sharedStrings.xml");
    return out + "</Relationships>";
}

std::string app_xml(const NewWorkbook& wb) {
    std::string n = std::to_string(wb.sheets.size());
    std::string out = std::string(xml_declaration) +
                      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
                      "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                      "<Application>summakoll</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
                      "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>"
                      "</vt:variant><vt:variant><vt:i4>" + n + "</vt:i4></vt:variant></vt:vector></HeadingPairs>"
                      "<TitlesOfParts><vt:vector size=\"" + n + "\" baseType=\"lpstr\">";
    for (const NewSheet& s : wb.sheets) out += "<vt:lpstr>" + xml_text(s.name) + "</vt:lpstr>";
    out += "</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>"
           "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>";
    return out;
}

std::string core_xml(const std::string& creator, const std::string& created_utc) {
    std::string who = xml_text(creator), when = xml_text(created_utc);
    return std::string(xml_declaration) +
           "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
           "<dc:creator>" + who + "</dc:creator><cp:lastModifiedBy>" + who + "</cp:lastModifiedBy>"
           "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
           "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified></cp:coreProperties>";
}

std::string workbook_xml(const NewWorkbook& wb) {
    std::string out = std::string(xml_declaration) +
                      "<workbook xmlns=\"" + ooxml::spreadsheet_ns + "\" xmlns:r=\"" + ooxml::relationships_ns +
                      "\">"
                      "<fileVersion appName=\"xl\" lastEdited=\"4\" lowestEdited=\"4\" rupBuild=\"4505\"/><workbookPr/>"
                      "<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"/>"
                      "</bookViews><sheets>";
    for (std::size_t i = 0; i < wb.sheets.size(); ++i)
        out += "<sheet name=\"" + xml_attr(wb.sheets[i].name) + "\" sheetId=\"" + std::to_string(i + 1) +
               "\" r:id=\"rId" + std::to_string(i + 1) + "\"/>";
    out += "</sheets>";

    // Excel lists defined names by name, then by sheet.
    std::string names;
    for (std::size_t i = 0; i < wb.sheets.size(); ++i)
        if (const auto& f = wb.sheets[i].autofilter)
            names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + std::to_string(i) +
                     "\" hidden=\"1\">" + xml_text(quote_sheet_name(wb.sheets[i].name) + "!" + absolute_a1(*f)) +
                     "</definedName>";
    for (std::size_t i = 0; i < wb.sheets.size(); ++i)
        if (std::uint32_t rows = wb.sheets[i].print_title_rows)
            names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + std::to_string(i) + "\">" +
                     xml_text(quote_sheet_name(wb.sheets[i].name) + "!$1:$" + std::to_string(rows)) + "</definedName>";
    if (!names.empty()) out += "<definedNames>" + names + "</definedNames>";
    out += wb.recalc_on_open ? "<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/>" : "<calcPr calcId=\"124519\"/>";
    return out + "</workbook>";
}

std::string now_w3cdtf() {
    std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

}  // namespace sk
