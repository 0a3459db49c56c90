#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "read/read_workbook.hpp"
#include "serve/handle_compare.hpp"
#include "serve_test_support.hpp"

using nlohmann::json;
using sk::test::SavedUpload;
using sk::test::sample;

TEST_CASE("POST /api/compare: the comparison of two uploads, named as the browser sent them") {
    SavedUpload a(sample("compare/kommun-ostersund-fel.xlsx"));
    SavedUpload b(sample("2024-kommuner.xlsx"));
    sk::serve::ApiReply reply = sk::serve::handle_compare(a.upload, b.upload, sk::Lang::Sv);
    REQUIRE(reply.status == 200);
    const json c = json::parse(reply.body)["comparison"];
    CHECK(c["a"] == "kommun-ostersund-fel.xlsx");
    CHECK(c["b"] == "2024-kommuner.xlsx");
    CHECK(c["differences"] == 1);
    const json& d = c["tables"][0]["differences"][0];
    CHECK(d["kind"] == "amount-differs");
    CHECK(d["a_cell"] == "C3");
    CHECK(d["b_cell"] == "D263");
    CHECK(d["difference"] == -27000);
}

TEST_CASE("POST /api/compare: a file that cannot be read is named, never its temporary folder") {
    SavedUpload a(sample("2024-regioner.xlsx"));
    SavedUpload b(sk::test::test_data("hostile/not_a_zip.xlsx"));
    sk::serve::ApiReply reply = sk::serve::handle_compare(a.upload, b.upload, sk::Lang::Sv);
    CHECK(reply.status == 422);
    CHECK(reply.body.find("not_a_zip.xlsx") != std::string::npos);
    CHECK(reply.body.find(b.upload.dir) == std::string::npos);
}

TEST_CASE("POST /api/compare?format=xlsx: the comparison workbook of compare -o, named after A") {
    SavedUpload a(sample("compare/aktorer-2025.xlsx"));
    SavedUpload b(sample("compare/aktorer-2026.xlsx"));
    sk::serve::ApiReply reply = sk::serve::handle_compare_workbook(a.upload, b.upload, sk::Lang::Sv);
    REQUIRE(reply.status == 200);
    CHECK(reply.download_name == "aktorer-2025.jämförelse.xlsx");
    const sk::Workbook wb = sk::read_workbook_bytes(reply.body, reply.download_name);
    REQUIRE(wb.sheets.size() == 2);
    CHECK(wb.sheets[0].name == "Sammanfattning");
    CHECK(wb.sheets[1].name == "Fördelning 2025 – Fördelning 20");  // both tables' names, cut to Excel's 31 characters
}

TEST_CASE("POST /api/compare?format=xlsx: a file that cannot be read is a 422, not a workbook") {
    SavedUpload a(sample("2024-regioner.xlsx"));
    SavedUpload b(sk::test::test_data("hostile/not_a_zip.xlsx"));
    sk::serve::ApiReply reply = sk::serve::handle_compare_workbook(a.upload, b.upload, sk::Lang::Sv);
    CHECK(reply.status == 422);
    CHECK(reply.download_name.empty());
    CHECK(reply.body.find("not_a_zip.xlsx") != std::string::npos);
}
