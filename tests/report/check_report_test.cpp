#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string_view>
#include <vector>

#include "normalise/amount.hpp"
#include "report/check_messages.hpp"
#include "report/check_report.hpp"
#include "report/code_titles.hpp"

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
    CHECK(sv.str().find("\nFel – Summan stämmer inte – Tabell 5!E23: Totalt") != std::string::npos);
    CHECK(sv.str().find("Blad") == std::string::npos);
    CHECK(en.str().find("\nError – Total does not add up – Table 5!E23: Totalt") != std::string::npos);
    CHECK(en.str().find("Sheet") == std::string::npos);
    CHECK(sk::check_json({fc}, sk::Lang::Sv)["files"][0]["findings"][0]["table"] == 5);
}

namespace {

sk::check::Finding at(sk::check::Code code, const char* cell, std::string sheet = "Blad1") {
    sk::check::Finding f = mismatch();
    f.code = code;
    f.severity = sk::check::severity_of(code);
    f.sheet = std::move(sheet);
    sk::parse_a1(cell, f.row, f.col);
    return f;
}

// The lines of a text report, without the ending newline.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) out.push_back(text.substr(start, nl - start));
    return out;
}

}  // namespace

TEST_CASE("the text report says the counts first, then errors, warnings and notes, each line led by its severity") {
    using sk::check::Code;
    // In sheet order: a note, a warning, an error, another note, another error.
    sk::FileCheck fc{"beslut.xlsx", sk::SourceFormat::Xlsx, std::nullopt,
                     {at(Code::HardcodedTotal, "C3"), at(Code::NumberAsText, "C5"), at(Code::TotalMismatch, "E23"),
                      at(Code::TotalUnproven, "B4", "Blad2"), at(Code::BalanceMismatch, "D9", "Blad2")},
                     {}};
    std::ostringstream sv;
    sk::write_check_text({fc}, sk::Lang::Sv, sv);
    auto lines = lines_of(sv.str());
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "beslut.xlsx: 2 fel, 1 varning, 2 noteringar.");
    CHECK(lines[1].rfind("Fel – Summan stämmer inte – Blad1!E23: ", 0) == 0);
    CHECK(lines[2].rfind("Fel – Saldot stämmer inte – Blad2!D9: ", 0) == 0);
    CHECK(lines[3].rfind("Varning – Belopp som text – Blad1!C5: ", 0) == 0);
    CHECK(lines[4].rfind("Notering – Inskriven summa – Blad1!C3: ", 0) == 0);
    CHECK(lines[5].rfind("Notering – Summan kan inte bedömas – Blad2!B4: ", 0) == 0);

    std::ostringstream en;
    sk::write_check_text({fc}, sk::Lang::En, en, sk::Show::Warnings);
    lines = lines_of(en.str());
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "beslut.xlsx: 2 errors, 1 warning, 2 notes.");
    CHECK(lines[1].rfind("Error – Total does not add up – Blad1!E23: ", 0) == 0);
    CHECK(lines[3].rfind("Warning – Amount stored as text – Blad1!C5: ", 0) == 0);
    CHECK(lines[4] == "(2 not shown: --show all shows all.)");

    std::ostringstream errors;
    sk::write_check_text({fc}, sk::Lang::Sv, errors, sk::Show::Errors);
    lines = lines_of(errors.str());
    REQUIRE(lines.size() == 4);
    CHECK(lines[3] == "(3 visas inte: --visa allt visar alla.)");

    // JSON keeps its fields and the checker's order, with the title of the code.
    auto j = sk::check_json({fc}, sk::Lang::Sv)["files"][0]["findings"];
    REQUIRE(j.size() == 5);
    std::vector<std::string> cells;
    for (const auto& f : j) cells.push_back(f["cell"]);
    CHECK(cells == std::vector<std::string>{"C3", "C5", "E23", "B4", "D9"});
    CHECK(j[2]["title"] == "Summan stämmer inte");
    CHECK(j[0]["title"] == "Inskriven summa");
    CHECK(j[2]["code"] == "total-mismatch");
}

TEST_CASE("--visa takes the Swedish and the English names") {
    CHECK(sk::show_from_name("fel") == sk::Show::Errors);
    CHECK(sk::show_from_name("errors") == sk::Show::Errors);
    CHECK(sk::show_from_name("varningar") == sk::Show::Warnings);
    CHECK(sk::show_from_name("warnings") == sk::Show::Warnings);
    CHECK(sk::show_from_name("allt") == sk::Show::All);
    CHECK(sk::show_from_name("all") == sk::Show::All);
    CHECK_FALSE(sk::show_from_name("noteringar"));
}

TEST_CASE("every finding code has a Swedish and an English title, all different") {
    using sk::check::Code;
    std::set<std::string_view> sv, en;
    for (int c = 0; c <= int(Code::UnreadableFile); ++c) {
        std::string_view s = sk::code_title(Code(c), sk::Lang::Sv), e = sk::code_title(Code(c), sk::Lang::En);
        CHECK_FALSE(s.empty());
        CHECK_FALSE(e.empty());
        sv.insert(s);
        en.insert(e);
    }
    CHECK(sv.size() == std::size_t(Code::UnreadableFile) + 1);
    CHECK(en.size() == std::size_t(Code::UnreadableFile) + 1);
    CHECK(sk::code_title(Code::TotalRounding, sk::Lang::Sv) == "Avrundning");
    CHECK(sk::code_title(Code::NumberAsText, sk::Lang::Sv) == "Belopp som text");
    CHECK(sk::severity_title(sk::check::Severity::Info, sk::Lang::Sv) == "Notering");
    CHECK(sk::severity_title(sk::check::Severity::Warning, sk::Lang::En) == "Warning");
}

TEST_CASE("a column of many amounts typed as text is one line of the text report; a few keep a line each") {
    using sk::check::Code;
    std::vector<sk::check::Finding> findings{at(Code::TotalMismatch, "C40")};
    for (int r = 3; r < 15; ++r) findings.push_back(at(Code::NumberAsText, ("C" + std::to_string(r)).c_str()));
    for (int r = 3; r < 6; ++r) findings.push_back(at(Code::NumberAsText, ("D" + std::to_string(r)).c_str()));
    sk::FileCheck fc{"kommuner.xlsx", sk::SourceFormat::Xlsx, std::nullopt, findings, {}};
    std::ostringstream sv;
    sk::write_check_text({fc}, sk::Lang::Sv, sv);
    auto lines = lines_of(sv.str());
    REQUIRE(lines.size() == 6);  // counts, the error, column C in one line, D3, D4, D5
    CHECK(lines[0] == "kommuner.xlsx: 1 fel, 15 varningar, 0 noteringar.");
    CHECK(lines[2].rfind("Varning – Belopp som text – Blad1!C3:C14: 12 belopp i kolumnen är inskrivna som text", 0) == 0);
    CHECK(lines[3].rfind("Varning – Belopp som text – Blad1!D3: ", 0) == 0);
    CHECK(lines[5].rfind("Varning – Belopp som text – Blad1!D5: ", 0) == 0);
}

TEST_CASE("a rounding difference names the unit its column rounds to") {
    sk::check::Finding f = mismatch();
    f.code = sk::check::Code::TotalRounding;
    f.severity = sk::check::Severity::Warning;
    f.expected = 481000;
    f.actual = 482000;
    CHECK(sk::finding_message(f, sk::Lang::Sv).find("(högst 1 kr per post, 2 poster)") != std::string::npos);
    f.scale = 1000;  // "Belopp (tkr)"
    CHECK(sk::finding_message(f, sk::Lang::Sv).find("(högst 1 tkr per post, 2 poster)") != std::string::npos);
    CHECK(sk::finding_message(f, sk::Lang::En).find("(at most 1 tkr per item, 2 items)") != std::string::npos);
    f.scale = 1e6;
    CHECK(sk::finding_message(f, sk::Lang::Sv).find("(högst 1 mkr per post, 2 poster)") != std::string::npos);
    // "196 tkr" among kronor: the room is more than a krona a post.
    f.scale = 1;
    f.rounding = 1001;
    CHECK(sk::finding_message(f, sk::Lang::Sv).find("(högst " + kr(1001) + " för 2 poster, några belopp angivna i tkr eller mkr)") !=
          std::string::npos);
}
