#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "fix/package_edit.hpp"
#include "read/opc.hpp"
#include "read/read_workbook.hpp"
#include "read/zip_package.hpp"

using namespace sk;

namespace {
std::string sample(const char* name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/" + name; }
}  // namespace

TEST_CASE("package_edit: a relative target resolves back to the part it names") {
    const char* pairs[][3] = {
        {"xl/worksheets/sheet1.xml", "xl/comments1.xml", "../comments1.xml"},
        {"xl/worksheets/sheet1.xml", "xl/drawings/vmlDrawing2.vml", "../drawings/vmlDrawing2.vml"},
        {"xl/workbook.xml", "xl/worksheets/sheet3.xml", "worksheets/sheet3.xml"},
        {"xl/workbook.xml", "xl/styles.xml", "styles.xml"},
        {"xl/a/b/c.xml", "docProps/app.xml", "../../../docProps/app.xml"},
    };
    for (const auto& p : pairs) {
        CAPTURE(p[0]);
        CHECK(relative_target(p[0], p[1]) == p[2]);
        CHECK(resolve_part(p[0], relative_target(p[0], p[1])) == p[1]);
    }
    CHECK(rels_part_of("xl/worksheets/sheet1.xml") == "xl/worksheets/_rels/sheet1.xml.rels");
}

TEST_CASE("package_edit: relationships and content types are added once, escaped, before the root's end") {
    std::string rels;
    fix::add_relationship(rels, "rId7", "comments", "../comments1.xml");
    CHECK(rels.find("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">") !=
          std::string::npos);
    CHECK(rels.ends_with("<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/comments\" Target=\"../comments1.xml\"/></Relationships>"));

    std::string types = "<Types xmlns=\"x\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    fix::ensure_default(types, "vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
    fix::ensure_default(types, "vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
    fix::ensure_default(types, "xml", "application/xml");
    fix::add_override(types, "xl/a&b.xml", "t");
    CHECK(types == "<Types xmlns=\"x\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
                   "<Override PartName=\"/xl/a&amp;b.xml\" ContentType=\"t\"/></Types>");
}

TEST_CASE("package_edit: new part names skip the package's names and count on per stem") {
    ZipPackage pkg(read_file_bytes(sample("2024-regioner.xlsx")), ReadLimits{});
    REQUIRE(pkg.has("xl/worksheets/sheet1.xml"));
    fix::NewParts names(pkg);
    CHECK(names.name("xl/worksheets/sheet", ".xml") != "xl/worksheets/sheet1.xml");
    const std::string first = names.name("xl/comments", ".xml");
    CHECK(first == "xl/comments1.xml");
    CHECK(names.name("xl/comments", ".xml") == "xl/comments2.xml");
    CHECK(names.name("xl/comments", ".vml") == "xl/comments1.vml");
}

TEST_CASE("package_edit: a part is read once and changed as text; a part with replacements is not rewritten") {
    ZipPackage pkg(read_file_bytes(sample("2024-regioner.xlsx")), ReadLimits{});
    fix::Parts parts(pkg, {{"xl/workbook.xml", "<given/>"}});
    CHECK(parts.get("xl/workbook.xml") == "<given/>");  // the text read already, not the package's
    parts.get("xl/workbook.xml") += "x";
    CHECK(parts.get("xl/workbook.xml") == "<given/>x");
    CHECK(parts.get("xl/not-there.xml").empty());
    parts.edit("[Content_Types].xml").replacements.push_back({0, 1, "<"});
    CHECK_THROWS_AS(parts.get("[Content_Types].xml"), std::logic_error);
    CHECK(parts.all().size() == 3);
}
