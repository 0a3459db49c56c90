#include <doctest/doctest.h>

#include <sstream>

#include "normalise/amount.hpp"
#include "report/check_messages.hpp"
#include "report/check_report.hpp"

namespace {

sk::check::Finding mismatch() {
    sk::check::Finding f;
    f.code = sk::check::Code::TotalMismatch;
    f.severity = sk::check::Severity::Error;
    f.sheet = "Blad1";
    sk::parse_a1("E23", f.row, f.col);
    f.summed = {*sk::parse_range("E20:E21")};
    f.expected = 481600;
    f.actual = 481000;
    f.label = "Totalt:";
    f.components = 2;
    return f;
}

std::string kr(double v) { return sk::num::format(v, sk::num::Unit::Kr); }

}  // namespace

TEST_CASE("the text report reads like a colleague wrote it, in Swedish and English") {
    sk::FileCheck fc{"beslut.xlsx", sk::SourceFormat::Xlsx, std::nullopt, {mismatch()}, {}};
    std::ostringstream sv, en;
    sk::write_check_text({fc}, sk::Lang::Sv, sv);
    sk::write_check_text({fc}, sk::Lang::En, en);
    CHECK(sv.str().find("Blad1!E23: Totalt " + kr(481000) + ", men posterna ger " + kr(481600) + " (skillnad " + kr(600) +
                        "). Summerade celler: E20:E21.") != std::string::npos);
    CHECK(sv.str().find("1 fel, 0 varningar, 0 noteringar.") != std::string::npos);
    CHECK(en.str().find("Blad1!E23: Totalt " + kr(481000) + ", but the items add up to " + kr(481600)) != std::string::npos);
}

TEST_CASE("JSON schema 1: the fields of DESIGN.md, whole kronor as integers") {
    sk::FileCheck ok{"beslut.xlsx", sk::SourceFormat::Xlsx, std::nullopt, {mismatch()}, {}};
    sk::FileCheck bad{"trasig.xlsx", std::nullopt, std::string("trasig.xlsx: inte en zip-fil"), {}, {}};
    auto j = sk::check_json({ok, bad}, sk::Lang::Sv);
    CHECK(j["tool"] == "summakoll");
    CHECK(j["schema"] == 1);
    const auto& f = j["files"][0]["findings"][0];
    CHECK(f["code"] == "total-mismatch");
    CHECK(f["severity"] == "error");
    CHECK(f["sheet"] == "Blad1");
    CHECK(f["cell"] == "E23");
    CHECK(f["range"] == "E20:E21");
    CHECK(f["expected"].is_number_integer());
    CHECK(f["expected"] == 481600);
    CHECK(f["actual"] == 481000);
    CHECK(j["files"][0]["error"].is_null());
    CHECK(j["files"][0]["format"] == "xlsx");
    CHECK(j["files"][1]["error"] == "trasig.xlsx: inte en zip-fil");
    CHECK(sk::has_errors({bad}));
}

TEST_CASE("a Word file's findings are placed in its tables, not in sheets") {
    sk::check::Finding f = mismatch();
    f.sheet = "Tabell 5";
    sk::FileCheck fc{"beslut.docx", sk::SourceFormat::Docx, std::nullopt, {f}, {}};
    std::ostringstream sv, en;
    sk::write_check_text({fc}, sk::Lang::Sv, sv);
    sk::write_check_text({fc}, sk::Lang::En, en);
    CHECK(sv.str().find("\n  Tabell 5\n    Tabell 5!E23: Totalt") != std::string::npos);
    CHECK(sv.str().find("Blad") == std::string::npos);
    CHECK(en.str().find("\n  Table 5\n    Table 5!E23: Totalt") != std::string::npos);
    CHECK(en.str().find("Sheet") == std::string::npos);
    CHECK(sk::check_json({fc}, sk::Lang::Sv)["files"][0]["findings"][0]["table"] == 5);
}
