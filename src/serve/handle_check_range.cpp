#include "serve/handle_check_range.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "check/check.hpp"
#include "fix/fix_plan.hpp"
#include "read/range_workbook.hpp"
#include "report/check_report.hpp"
#include "serve/finding_json.hpp"

namespace sk::serve {

using nlohmann::json;

namespace {

json fix_json(const fix::CellEdit& e) {
    return {{"cell", a1(e.row, e.col)},
            {"formula", e.formula.empty() ? json(nullptr) : json("=" + e.formula)},
            {"value", e.value},
            {"numberFormat", e.number_format.empty() ? json(nullptr) : json(e.number_format)},
            {"note", e.note}};
}

}  // namespace

ApiReply handle_check_range(std::string body, Lang lang) {
    Workbook wb;
    try {
        wb = workbook_from_range(body, lang);
    } catch (const BadRange& e) {
        switch (e.kind) {
            case BadRange::Kind::Json: return error_reply(400, "bad-json", e.what());
            case BadRange::Kind::Shape: return error_reply(400, "bad-range", e.what());
            case BadRange::Kind::TooManyCells: return error_reply(413, "too-many-cells", e.what());
        }
    }
    std::string().swap(body);  // gone before the check adds its own
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
