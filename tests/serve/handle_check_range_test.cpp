#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "check/check.hpp"
#include "read/range_workbook.hpp"
#include "read/read_workbook.hpp"
#include "serve/handle_check_range.hpp"
#include "serve_test_support.hpp"

using nlohmann::json;

namespace {

// One sheet of a real workbook as Office.js's Range gives it: values,
// formulas and number formats as 2-D arrays of rows [first_row, last_row].
json office_arrays(const sk::Workbook& wb, const sk::Sheet& sheet, std::uint32_t first_row, std::uint32_t last_row,
                   std::uint32_t first_col) {
    std::uint32_t last_col = first_col;
    for (const sk::Cell& c : sheet.cells) last_col = std::max(last_col, c.col);
    json values = json::array(), formulas = json::array(), formats = json::array();
    for (std::uint32_t r = first_row; r <= last_row; ++r) {
        json v = json::array(), f = json::array(), n = json::array();
        for (std::uint32_t c = first_col; c <= last_col; ++c) {
            const sk::Cell* cell = sheet.find(r, c);
            json value = "";
            if (cell && cell->type == sk::CellType::Number) value = cell->number;
            else if (cell && cell->type == sk::CellType::Bool) value = cell->boolean;
            else if (cell) value = cell->text;
            v.push_back(value);
            f.push_back(cell && !cell->formula.empty() ? json("=" + std::string(cell->formula)) : value);
            n.push_back(cell ? wb.style_of(*cell).num_format : "General");
        }
        values.push_back(v);
        formulas.push_back(f);
        formats.push_back(n);
    }
    return {{"address", sk::a1(first_row, first_col)}, {"values", values}, {"formulas", formulas}, {"numberFormat", formats}};
}

const sk::Sheet& sheet_named(const sk::Workbook& wb, const std::string& name) {
    for (const sk::Sheet& s : wb.sheets)
        if (s.name == name) return s;
    throw std::runtime_error("no sheet " + name);
}

json check_range(const json& request, int status = 200) {
    sk::serve::ApiReply reply = sk::serve::handle_check_range(request.dump(), sk::Lang::Sv);
    CHECK(reply.status == status);
    return json::parse(reply.body);
}

// code@cell for every finding on `sheet`, in the checker's order.
std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) out += s + " ";
    return out;
}

std::vector<std::string> file_findings(const sk::Workbook& wb, const std::string& sheet) {
    std::vector<std::string> out;
    for (const auto& f : sk::check::check_workbook(wb))
        if (f.sheet == sheet) out.push_back(std::string(sk::check::code_name(f.code)) + "@" + sk::a1(f.row, f.col));
    return out;
}

std::vector<std::string> range_findings(const json& reply) {
    std::vector<std::string> out;
    for (const json& f : reply["findings"]) out.push_back(f["code"].get<std::string>() + "@" + f["cell"].get<std::string>());
    return out;
}

}  // namespace

TEST_CASE("POST /api/check-range: a sheet sent as Office.js arrays gets the findings of the file, at the same cells") {
    sk::Workbook wb = sk::read_workbook(sk::test::sample("2026-jamtland-beslutsunderlag.xlsx"));
    for (const char* name : {"Sammanfattande fördelning", "Ungdomsmottagningen", "Fördelning 2026"}) {
        CAPTURE(name);
        const sk::Sheet& sheet = sheet_named(wb, name);
        json request = office_arrays(wb, sheet, 0, sheet.max_row(), 0);
        request["sheet"] = name;
        // The other sheets come along, as the add-in sends the sheets a formula reads.
        request["referencedSheets"] = json::array();
        for (const sk::Sheet& other : wb.sheets) {
            if (other.name == name) continue;
            json o = office_arrays(wb, other, 0, other.max_row(), 0);
            o["sheet"] = other.name;
            request["referencedSheets"].push_back(o);
        }
        json reply = check_range(request);
        CHECK(reply["sheet"] == name);
        CHECK(joined(range_findings(reply)) == joined(file_findings(wb, name)));
    }
}

TEST_CASE("POST /api/check-range: a formula reading another sheet is recomputed from that sheet, sent along") {
    sk::Workbook wb = sk::read_workbook(sk::test::sample("2026-jamtland-beslutsunderlag.xlsx"));
    const sk::Sheet& sheet = sheet_named(wb, "Sammanfattande fördelning");
    json request = office_arrays(wb, sheet, 0, sheet.max_row(), 0);
    request["sheet"] = "Sammanfattande fördelning";
    // C9 is ='Per kommun'!J10: with 'Per kommun' sent it agrees with it, and no finding is made.
    json per_kommun = office_arrays(wb, sheet_named(wb, "Per kommun"), 0, sheet_named(wb, "Per kommun").max_row(), 0);
    per_kommun["sheet"] = "Per kommun";
    request["referencedSheets"] = json::array({per_kommun});
    for (const std::string& f : range_findings(check_range(request))) CHECK(f.find("@C9") == std::string::npos);
}

TEST_CASE("POST /api/check-range: chunks sent as blocks give the same findings as one block") {
    sk::Workbook wb = sk::read_workbook(sk::test::sample("2026-jamtland-beslutsunderlag.xlsx"));
    const sk::Sheet& sheet = sheet_named(wb, "Ungdomsmottagningen");
    json whole = office_arrays(wb, sheet, 0, sheet.max_row(), 0);
    whole["sheet"] = "Ungdomsmottagningen";
    json one = check_range(whole);
    REQUIRE(one["findings"].size() > 0);

    json chunked = {{"sheet", "Ungdomsmottagningen"}, {"blocks", json::array()}};
    for (std::uint32_t first = 0; first <= sheet.max_row(); first += 17)
        chunked["blocks"].push_back(office_arrays(wb, sheet, first, std::min(first + 16, sheet.max_row()), 0));
    CHECK(joined(range_findings(check_range(chunked))) == joined(range_findings(one)));
}

TEST_CASE("POST /api/check-range: the wrong subtotal, with what the add-in writes to fix it") {
    sk::Workbook wb = sk::read_workbook(sk::test::sample("2026-jamtland-beslutsunderlag.xlsx"));
    const sk::Sheet& sheet = sheet_named(wb, "Sammanfattande fördelning");
    // The used range as Office.js addresses it, sheet name included, from B1.
    json request = office_arrays(wb, sheet, 0, sheet.max_row(), 1);
    request["address"] = "'Sammanfattande fördelning'!" + request["address"].get<std::string>() + ":Z99";
    json reply = check_range(request);
    CHECK(reply["sheet"] == "Sammanfattande fördelning");
    const json* c21 = nullptr;
    for (const json& f : reply["findings"])
        if (f["cell"] == "C21") c21 = &f;
    REQUIRE(c21 != nullptr);
    CHECK((*c21)["code"] == "total-mismatch");
    CHECK((*c21)["expected"] == 481600);
    CHECK((*c21)["range"] == "C19:C20");
    const json& fix = (*c21)["fix"];
    CHECK(fix["cell"] == "C21");
    CHECK(fix["formula"] == "=SUM(C19:C20)");
    CHECK(fix["value"] == 481600);
    CHECK(std::string(fix["note"]).find("481") != std::string::npos);
}

TEST_CASE("POST /api/check-range: text amounts, number formats and error values as Office.js gives them") {
    json request = json::parse(R"json({"sheet": "Blad1", "address": "B2",
        "values": [["Post", "Belopp"], ["A", "1 800 000 kr"], ["B", 200000], ["Totalt", 200000], ["Fel", "#DIV/0!"]],
        "formulas": [["Post", "Belopp"], ["A", "1 800 000 kr"], ["B", 200000], ["Totalt", "=SUM(C3:C4)"], ["Fel", "=1/0"]],
        "numberFormat": [["General", "General"], ["General", "General"], ["General", "#,##0 \"kr\""],
                         ["General", "#,##0 \"kr\""], ["General", "General"]]})json");
    json reply = check_range(request);
    std::vector<std::string> found = range_findings(reply);
    CHECK(std::find(found.begin(), found.end(), "number-as-text@C3") != found.end());
    for (const json& f : reply["findings"]) {
        if (f["cell"] != "C3") continue;
        CHECK(f["fix"]["value"] == 1800000);
        CHECK(f["fix"]["formula"].is_null());
        CHECK(f["fix"]["numberFormat"].is_string());
    }
}

TEST_CASE("POST /api/check-range: requests of the wrong shape are a 400 with one clear line") {
    auto error_of = [](const std::string& body) {
        sk::serve::ApiReply reply = sk::serve::handle_check_range(body, sk::Lang::Sv);
        CHECK(reply.status == 400);
        return json::parse(reply.body)["error"];
    };
    CHECK(error_of("{not json")["code"] == "bad-json");
    CHECK(error_of(std::string(5000, '[') + std::string(5000, ']'))["code"] == "bad-json");
    CHECK(error_of("[1,2]")["code"] == "bad-range");
    CHECK(error_of(R"({"values":[1,2]})")["code"] == "bad-range");
    CHECK(error_of(R"({"address":"A1"})")["code"] == "bad-range");
    CHECK(error_of(R"({"address":"nowhere","values":[[1]]})")["code"] == "bad-range");
    CHECK(error_of(R"({"address":"XFD1048576","values":[[1,2]]})")["code"] == "bad-range");
    CHECK(error_of(R"({"values":[[{"a":1}]]})")["code"] == "bad-range");
    std::string message = error_of(R"({"address":"A1"})")["message"];
    CHECK(message.find("\"values\" saknas") != std::string::npos);
}

TEST_CASE("POST /api/check-range: the grids of a block may come in any order, the address last") {
    sk::Workbook wb = sk::read_workbook(sk::test::sample("2026-jamtland-beslutsunderlag.xlsx"));
    const char* name = "Sammanfattande fördelning";
    const sk::Sheet& sheet = sheet_named(wb, name);
    json arrays = office_arrays(wb, sheet, 0, sheet.max_row(), 0);
    const std::string expected = joined(file_findings(wb, name));
    using Order = std::vector<std::string>;
    for (const Order& order : {Order{"address", "values", "formulas", "numberFormat"}, Order{"numberFormat", "formulas", "values", "address"},
                               Order{"formulas", "address", "numberFormat", "values"}}) {
        CAPTURE(order.front());
        nlohmann::ordered_json request = {{"sheet", name}};
        for (const std::string& key : order) request[key] = arrays[key];
        sk::serve::ApiReply reply = sk::serve::handle_check_range(request.dump(), sk::Lang::Sv);
        REQUIRE(reply.status == 200);
        CHECK(joined(range_findings(json::parse(reply.body))) == expected);
    }
}

TEST_CASE("POST /api/check-range: value types, number formats and formulas reach their cells before or after the values") {
    for (const char* body : {
             R"j({"address":"B2","valueTypes":[["String","Error","Empty","Double"]],"numberFormat":[["General","General","0.00","yyyy-mm-dd"]],
                 "formulas":[["#N/A","=NA()","=C9",""]],"values":[["#N/A","#N/A","",45000]]})j",
             R"j({"values":[["#N/A","#N/A","",45000]],"formulas":[["#N/A","=NA()","=C9",""]],
                 "numberFormat":[["General","General","0.00","yyyy-mm-dd"]],"valueTypes":[["String","Error","Empty","Double"]],"address":"B2"})j"}) {
        CAPTURE(body);
        sk::Workbook wb = sk::workbook_from_range(body, sk::Lang::Sv);
        const sk::Sheet& s = wb.sheets.front();
        REQUIRE(s.cells.size() == 4);
        const sk::Cell* text = s.find(1, 1);
        const sk::Cell* error = s.find(1, 2);
        const sk::Cell* formula = s.find(1, 3);
        const sk::Cell* date = s.find(1, 4);
        REQUIRE((text && error && formula && date));
        CHECK(text->type == sk::CellType::Text);  // "#N/A" typed as text by the user
        CHECK(error->type == sk::CellType::Error);
        CHECK(error->formula == "NA()");
        CHECK(formula->type == sk::CellType::Empty);  // a formula whose value is empty
        CHECK(formula->formula == "C9");
        CHECK(wb.style_of(*formula).num_format == "0.00");
        CHECK(date->type == sk::CellType::Number);
        CHECK(date->is_date);
    }
}

TEST_CASE("POST /api/check-range: where blocks overlap the later one wins; an empty formatted cell is no cell") {
    sk::Workbook wb = sk::workbook_from_range(
        R"({"blocks":[{"address":"A1","values":[[1,2],[3,4]],"numberFormat":[["0.00","0.00"],["0.00","0.00"]]},
                      {"values":[[20,""]],"address":"B1"},{"address":"A5","numberFormat":[["0.00"]],"values":[[null]]}]})",
        sk::Lang::Sv);
    const sk::Sheet& s = wb.sheets.front();
    REQUIRE(s.cells.size() == 4);
    CHECK(s.find(0, 1)->number == 20);
    CHECK(s.find(0, 0)->number == 1);
    CHECK(s.find(4, 0) == nullptr);
}
