#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "app/check_file.hpp"
#include "normalise/amount.hpp"
#include "serve/handle_upload.hpp"
#include "serve_test_support.hpp"

using nlohmann::json;
using sk::test::SavedUpload;
using sk::test::sample;

namespace {

const json* finding_at(const json& findings, const std::string& sheet, const std::string& cell) {
    for (const json& f : findings)
        if (f.value("sheet", json()) == sheet && f["cell"] == cell) return &f;
    return nullptr;
}

const json& preview_cell(const json& preview, const std::string& col, int row) {
    std::size_t c = 0;
    while (c < preview["columns"].size() && preview["columns"][c] != col) ++c;
    for (const json& r : preview["rows"])
        if (r["row"] == row) return r["cells"].at(c);
    throw std::runtime_error("row not in preview");
}

}  // namespace

TEST_CASE("POST /api/check: the report of an upload, with the cells around each finding") {
    SavedUpload up(sample("2026-jamtland-beslutsunderlag.xlsx"));
    sk::serve::ApiReply reply = sk::serve::handle_check(up.upload, sk::Lang::Sv);
    REQUIRE(reply.status == 200);
    CHECK(reply.content_type.starts_with("application/json"));
    json report = json::parse(reply.body);
    CHECK(report["schema"] == 1);
    const json& file = report["files"][0];
    CHECK(file["path"] == "2026-jamtland-beslutsunderlag.xlsx");
    CHECK(file["format"] == "xlsx");

    // The same findings as `summakoll check` on the file, in the same order.
    sk::FileCheck direct = sk::check_file(sample("2026-jamtland-beslutsunderlag.xlsx"), sk::Lang::Sv);
    REQUIRE(file["findings"].size() == direct.findings.size());

    const json* c21 = finding_at(file["findings"], "Sammanfattande fördelning", "C21");
    REQUIRE(c21 != nullptr);
    CHECK((*c21)["code"] == "total-mismatch");
    CHECK((*c21)["expected"] == 481600);
    CHECK((*c21)["actual"] == 481000);
    CHECK((*c21)["expected_text"] == sk::num::format(481600, sk::num::Unit::Kr));
    CHECK((*c21)["actual_text"] == sk::num::format(481000, sk::num::Unit::Kr));

    const json& preview = (*c21)["preview"];
    CHECK(preview["columns"] == json({"A", "B", "C", "D", "E"}));
    REQUIRE(preview["rows"].size() == 5);
    CHECK(preview["rows"][0]["row"] == 19);
    const json& target = preview_cell(preview, "C", 21);
    CHECK(target.value("target", false));
    CHECK(target["number"] == true);
    std::string shown = target["text"];
    CHECK(shown.find("481") == 0);
    CHECK(shown.find(",") == std::string::npos);  // whole kronor without decimals
    CHECK(preview_cell(preview, "C", 19).value("summed", false));
    CHECK(preview_cell(preview, "C", 20).value("summed", false));
    CHECK_FALSE(preview_cell(preview, "C", 22).value("summed", false));
    CHECK_FALSE(preview_cell(preview, "B", 20).value("target", false));
}

TEST_CASE("POST /api/check: a Word file's findings name its tables") {
    SavedUpload up(sample("docx/2024-jamtland-beslutsunderlag.docx"));
    sk::serve::ApiReply reply = sk::serve::handle_check(up.upload, sk::Lang::En);
    REQUIRE(reply.status == 200);
    json file = json::parse(reply.body)["files"][0];
    CHECK(file["format"] == "docx");
    for (const json& f : file["findings"]) {
        CHECK(f["table"].is_number_integer());
        CHECK_FALSE(f.contains("sheet"));
        CHECK(f["preview"].is_object());
    }
}

TEST_CASE("POST /api/check and /api/fix: a hostile file is a 422 naming the file, never the temp dir") {
    for (const char* name : {"zip_bomb.xlsx", "truncated.xlsx", "entity_bomb.xlsx", "dotdot_entry.xlsx", "encrypted.xlsx"}) {
        CAPTURE(name);
        SavedUpload up(sk::test::test_data(std::string("hostile/") + name));
        for (auto handle : {sk::serve::handle_check, sk::serve::handle_fix}) {
            sk::serve::ApiReply reply = handle(up.upload, sk::Lang::Sv);
            CHECK(reply.status == 422);
            json body = json::parse(reply.body);
            CHECK(body["error"]["code"] == "unreadable-file");
            std::string message = body["error"]["message"];
            CHECK(message.starts_with(std::string(name) + ": "));
            CHECK(message.find(up.dir.path()) == std::string::npos);
        }
    }
}

TEST_CASE("POST /api/fix: the corrected workbook, whose only errors are those left for a person") {
    SavedUpload up(sample("2026-jamtland-beslutsunderlag.xlsx"));
    sk::serve::ApiReply reply = sk::serve::handle_fix(up.upload, sk::Lang::Sv);
    REQUIRE(reply.status == 200);
    CHECK(reply.content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(reply.download_name == "2026-jamtland-beslutsunderlag.kontrollerad.xlsx");
    REQUIRE(reply.headers.size() == 1);
    CHECK(reply.headers[0].first == "X-Summakoll-Changed");
    CHECK(std::stoi(reply.headers[0].second) > 0);

    std::string out = up.dir.path() + "/downloaded.xlsx";
    std::ofstream(out, std::ios::binary) << reply.body;
    sk::Workbook wb;
    sk::FileCheck again = sk::check_file(out, sk::Lang::Sv, &wb);
    REQUIRE_FALSE(again.error);
    sk::FileCheck before = sk::check_file(sample("2026-jamtland-beslutsunderlag.xlsx"), sk::Lang::Sv);
    for (const auto& f : again.findings) {
        if (f.severity != sk::check::Severity::Error) continue;
        CAPTURE(f.sheet);
        CAPTURE(sk::a1(f.row, f.col));
        // An error fix did not change (counts, statistics, a composite cell
        // "5975/453") was in the input and is marked for a person.
        CHECK(std::any_of(before.findings.begin(), before.findings.end(), [&](const sk::check::Finding& b) {
            return b.sheet == f.sheet && b.row == f.row && b.col == f.col && b.code == f.code;
        }));
        const sk::Sheet* sheet = nullptr;
        for (const sk::Sheet& s : wb.sheets)
            if (s.name == f.sheet) sheet = &s;
        REQUIRE(sheet);
        REQUIRE(sheet->find(f.row, f.col));
        CHECK(wb.style_of(*sheet->find(f.row, f.col)).filled);
    }
}

TEST_CASE("POST /api/fix: Word and CSV files are checked, not corrected (415, in Swedish)") {
    for (std::string source : {sample("docx/2024-jamtland-beslutsunderlag.docx"), sk::test::test_data("csv/excel_sv.csv")}) {
        CAPTURE(source);
        SavedUpload up(source);
        sk::serve::ApiReply reply = sk::serve::handle_fix(up.upload, sk::Lang::Sv);
        CHECK(reply.status == 415);
        json body = json::parse(reply.body);
        CHECK(body["error"]["code"] == "not-correctable");
        CHECK(std::string(body["error"]["message"]).find("bara Excel-arbetsböcker") != std::string::npos);
    }
}

TEST_CASE("POST /api/fix: an .ods or a PDF comes back as a converted and corrected .xlsx") {
    for (const char* name : {"hostile/valid.ods", "hostile/valid.pdf"}) {
        CAPTURE(name);
        SavedUpload up(sk::test::test_data(name));
        sk::serve::ApiReply reply = sk::serve::handle_fix(up.upload, sk::Lang::Sv);
        REQUIRE(reply.status == 200);
        CHECK(reply.download_name == "valid.kontrollerad.xlsx");
        std::string out = up.dir.path() + "/downloaded.xlsx";
        std::ofstream(out, std::ios::binary) << reply.body;
        sk::FileCheck again = sk::check_file(out, sk::Lang::Sv);
        REQUIRE_FALSE(again.error);
        CHECK(again.format == sk::SourceFormat::Xlsx);
    }
}
