// The corrected package: big parts deflated in halves on both cores, small
// ones whole; every part reads back byte for byte with its CRC checked (by
// libzip), and what was not touched is as it was.
#include <doctest/doctest.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <filesystem>
#include <map>
#include <string>

#include "fix/package_writer.hpp"
#include "read/read_workbook.hpp"
#include "read/zip_package.hpp"

using namespace sk;
namespace fs = std::filesystem;

namespace {

// Rows with a changed cell's fill and note, as a corrected sheet looks; cut at `bytes`.
std::string sheet_rows(std::size_t bytes) {
    std::string s = "<worksheet><sheetData>";
    for (std::uint32_t r = 1; s.size() < bytes; ++r)
        s += "<row r=\"" + std::to_string(r) + "\"><c r=\"C" + std::to_string(r) + "\" s=\"" + std::to_string(r % 7) +
             "\"><v>" + std::to_string(r * 104729ull % 99991) + "</v></c></row>";
    s.resize(bytes);
    return s;
}

// Notes, each different, as the comments of many changed cells.
std::string notes(std::size_t bytes) {
    std::string s;
    for (std::uint32_t n = 1; s.size() < bytes; ++n)
        s += "<comment ref=\"D" + std::to_string(n) + "\"><text><t>Var " + std::to_string(n * 7919 % 100000) +
             " kr som text; talet är nu ett tal.</t></text></comment>";
    s.resize(bytes);
    return s;
}

// The entry as libzip stores it: method, size and CRC from the central directory.
zip_stat_t stat_of(const std::string& path, const std::string& name) {
    int error = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_RDONLY, &error);
    REQUIRE(za);
    zip_stat_t st;
    zip_stat_init(&st);
    CHECK(zip_stat(za, name.c_str(), 0, &st) == 0);
    zip_discard(za);
    return st;
}

std::uint32_t crc_of(const std::string& s) {
    return std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef*>(s.data()), s.size()));
}

}  // namespace

TEST_CASE("big parts, replaced or new, read back byte for byte with their CRC; the rest is kept") {
    const std::string in = std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/2024-regioner.xlsx";
    const fs::path dir = fs::temp_directory_path() / ("summakoll-package-writer-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string out = (dir / "stor.xlsx").string();
    fs::remove(out);

    // Sizes that are no multiple of anything: the halves are odd and uneven.
    // The sheet is edited as fix edits one: replacements, an insertion at
    // the start and one across its middle, a deletion at the end.
    const std::string sheet = sheet_rows(3000017);
    const std::map<std::string, fix::PartText> parts = {
        {"xl/worksheets/sheet1.xml",
         {sheet, {{0, 0, "<start/>"}, {17, 40, "<c r=\"A1\"><v>1</v></c>"}, {1500000, 1500000, "<mitt/>"},
                  {1500000, 1500011, ""}, {3000000, 3000017, "</slut>"}}}},  // replaces the sheet
        {"xl/comments1.xml", {notes(1048583), {}}},                          // new, just over the threshold
        {"xl/summakoll.xml", {"<liten/>", {{2, 6, "stor"}}}},                  // new, small: deflated whole
        {"docProps/app.xml", {sheet_rows(2000000), {}}},                     // removed: not written
    };
    std::map<std::string, std::string> expected;
    for (const auto& [name, part] : parts) expected[name] = joined(part.pieces());
    CHECK(expected.at("xl/summakoll.xml") == "<lstor/>");
    CHECK(expected.at("xl/worksheets/sheet1.xml") ==
          "<start/>" + sheet.substr(0, 17) + "<c r=\"A1\"><v>1</v></c>" + sheet.substr(40, 1500000 - 40) + "<mitt/>" +
              sheet.substr(1500011, 3000000 - 1500011) + "</slut>");
    ZipPackage before(read_file_bytes(in), ReadLimits{});
    fix::write_patched_package(before, out, parts, {"docProps/app.xml"});

    ZipPackage after(read_file_bytes(out), ReadLimits{});
    CHECK_FALSE(after.has("docProps/app.xml"));
    for (const char* name : {"xl/worksheets/sheet1.xml", "xl/comments1.xml", "xl/summakoll.xml"}) {
        CAPTURE(name);
        CHECK(after.read(name) == expected.at(name));  // inflated to the end: libzip checks the CRC
        zip_stat_t st = stat_of(out, name);
        CHECK(st.comp_method == ZIP_CM_DEFLATE);
        CHECK(st.size == expected.at(name).size());
        CHECK(st.crc == crc_of(expected.at(name)));
    }
    CHECK(stat_of(out, "xl/worksheets/sheet1.xml").comp_size < 3000017 / 4);  // deflated, not stored
    std::size_t kept = 0;
    for (const std::string& name : before.names()) {
        if (parts.count(name)) continue;
        CHECK_MESSAGE(after.read(name) == before.read(name), name);
        ++kept;
    }
    CHECK(kept == 7);
    CHECK(after.names().size() == 7 + 3);
    fs::remove_all(dir);
}
