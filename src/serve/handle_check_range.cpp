#include "serve/handle_check_range.hpp"

#include "check/check.hpp"
#include "fix/fix_plan.hpp"
#include "read/range_workbook.hpp"
#include "report/check_report.hpp"
#include "serve/finding_json.hpp"

namespace sk::serve {

using nlohmann::json;

namespace {

// The request nests four levels (request, blocks, block, rows, values); deeper
// input is refused before it is built.
constexpr int max_depth = 8;

struct TooDeep {};

json fix_json(const fix::CellEdit& e) {
    return {{"cell", a1(e.row, e.col)},
            {"formula", e.formula.empty() ? json(nullptr) : json("=" + e.formula)},
            {"value", e.value},
            {"numberFormat", e.number_format.empty() ? json(nullptr) : json(e.number_format)},
            {"note", e.note}};
}

}  // namespace

ApiReply handle_check_range(std::string_view body, Lang lang) {
    json request;
    try {
        request = json::parse(body, [](int depth, json::parse_event_t, json&) {
            if (depth > max_depth) throw TooDeep{};
            return true;
        });
    } catch (const json::exception&) {
        return error_reply(400, "bad-json", tr(lang, "begäran är inte giltig JSON", "the request is not valid JSON"));
    } catch (const TooDeep&) {
        return error_reply(400, "bad-json", tr(lang, "begärans JSON är för djupt nästlad", "the request's JSON is nested too deeply"));
    }
    Workbook wb;
    try {
        wb = workbook_from_range(request, lang);
    } catch (const BadRange& e) {
        return error_reply(400, "bad-range", e.what());
    }
    request = json();  // the parsed request is several times the body: gone before the check adds its own
    FileCheck fc;
    fc.path = wb.sheets.front().name;
    fc.format = SourceFormat::Xlsx;
    fc.findings = check::check_sheet(wb, wb.sheets.front());
    fix::FixPlan plan = fix::plan_fixes(wb, fc.findings, fix::TotalsAs::Formula, lang);

    json findings = check_json({fc}, lang)["files"][0]["findings"];
    for (std::size_t i = 0; i < fc.findings.size(); ++i) {
        const check::Finding& f = fc.findings[i];
        add_amount_texts(findings[i], f);
        auto edit = std::find_if(plan.edits.begin(), plan.edits.end(),
                                 [&](const fix::CellEdit& e) { return e.row == f.row && e.col == f.col; });
        findings[i]["fix"] = edit == plan.edits.end() ? json(nullptr) : fix_json(*edit);
    }
    return json_reply({{"tool", "summakoll"}, {"schema", 1}, {"sheet", fc.path}, {"findings", std::move(findings)}});
}

}  // namespace sk::serve
