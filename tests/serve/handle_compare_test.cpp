#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

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
