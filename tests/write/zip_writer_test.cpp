// The zip writer: what it writes, libzip (the reader's library) reads back:
// deflated parts, entries copied as stored, Zip64 past 65 535 entries, and
// a full disk said as one.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "read/read_error.hpp"
#include "read/zip_package.hpp"
#include "write/parallel_deflate.hpp"
#include "write/write_error.hpp"
#include "write/zip_writer.hpp"

using namespace sk;

namespace {

std::string rows(std::size_t n) {
    std::string s;
    for (std::size_t r = 1; r <= n; ++r) s += "<row r=\"" + std::to_string(r) + "\"><c><v>" + std::to_string(r * 7) + "</v></c></row>";
    return s;
}

DeflatedPart deflated(const std::string& text) {
    CoreDeflaters deflaters;
    return std::move(deflate_on_both_cores({{text}}, deflaters).at(0));
}

}  // namespace

TEST_CASE("a written archive reads back: deflated parts as written, copied entries as they were") {
    const std::string big = rows(200000), small = rows(3), names = "Åre och Östersund";
    ZipWriter first;
    first.add("[Content_Types].xml", deflated(small));
    first.add("xl/worksheets/sheet1.xml", deflated(big));
    first.add("xl/Östersund.xml", deflated(names), dos_time(1700000000));
    first.finish();
    const std::string bytes = first.take_bytes();
    // The part's deflate data is copied as it is, not deflated again.
    const DeflatedPart again = deflated(big);
    std::string raw;
    for (const DeflatedPiece& p : again.pieces)
        for (const DeflatedChunk& c : p.chunks) raw += c.data();
    CHECK(bytes.find(raw) != std::string::npos);

    ZipPackage pkg(bytes, ReadLimits{});
    REQUIRE(pkg.names() == std::vector<std::string>{"[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/Östersund.xml"});
    CHECK(pkg.read("xl/worksheets/sheet1.xml") == big);
    CHECK(pkg.read("XL/Östersund.xml") == names);  // ASCII case does not count

    // Every entry copied as stored into a second archive, in another order.
    ZipWriter second;
    for (std::size_t i : {2u, 0u, 1u}) {
        ZipPackage::StoredEntry e = pkg.stored(i);
        second.add_raw({e.name, e.method, e.crc, e.size, 0, dos_time(e.mtime)}, e.bytes);
    }
    second.finish();
    const std::string copy = second.take_bytes();
    ZipPackage copied(copy, ReadLimits{});
    REQUIRE(copied.names() == std::vector<std::string>{"xl/Östersund.xml", "[Content_Types].xml", "xl/worksheets/sheet1.xml"});
    CHECK(copied.read("[Content_Types].xml") == small);
    CHECK(copied.read("xl/worksheets/sheet1.xml") == big);
    CHECK(copied.stored(0).mtime == pkg.stored(2).mtime);  // the entry's date goes with it
    CHECK(copied.stored(0).mtime == 1700000000);

    // A CRC that does not match the bytes is found by the reader.
    DeflatedPart wrong = deflated(small);
    wrong.crc ^= 1;
    ZipWriter bad;
    bad.add("a.xml", wrong);
    bad.finish();
    ZipPackage damaged(bad.take_bytes(), ReadLimits{});
    CHECK_THROWS_AS(damaged.read("a.xml"), ReadError);
}

TEST_CASE("past 65 535 entries the archive ends with Zip64 records, and every entry reads back") {
    const DeflatedPart part = deflated("<x/>");
    ZipWriter zip;
    const std::size_t n = 70000;
    for (std::size_t i = 0; i < n; ++i) zip.add("p/" + std::to_string(i) + ".xml", part);
    zip.finish();
    const std::string bytes = zip.take_bytes();
    CHECK(bytes.find(std::string("PK\x06\x06", 4)) != std::string::npos);  // the Zip64 end record
    ReadLimits limits;
    limits.max_entries = n;
    ZipPackage pkg(bytes, limits);
    REQUIRE(pkg.names().size() == n);
    CHECK(pkg.names()[69999] == "p/69999.xml");
    CHECK(pkg.read("p/69999.xml") == "<x/>");
    CHECK(pkg.read("p/0.xml") == "<x/>");
}

TEST_CASE("a full disk is a write error with its errno") {
    const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    ZipWriter zip(fd);
    zip.add("a.xml", deflated(rows(10)));
    try {
        zip.finish();
        FAIL("no error on /dev/full");
    } catch (const WriteError& e) {
        CHECK(e.kind == WriteErrorKind::Io);
        CHECK(e.system_error == ENOSPC);
    }
    ::close(fd);
}
