#include "serve/handle_upload.hpp"

#include "app/check_file.hpp"
#include "app/fix_any_file.hpp"
#include "read/read_workbook.hpp"
#include "serve/finding_json.hpp"
#include "serve/preview.hpp"

namespace sk::serve {

namespace {

ApiReply unreadable(const FileCheck& fc, const Upload& upload) {
    return error_reply(422, "unreadable-file", without_dir(*fc.error, upload.dir));
}

}  // namespace

ApiReply handle_check(const Upload& upload, Lang lang) {
    Workbook wb;
    FileCheck fc = check_file(upload.path, lang, &wb);
    fc.path = upload.name;
    if (fc.error) return unreadable(fc, upload);
    nlohmann::json report = check_json({fc}, lang);
    nlohmann::json& findings = report["files"][0]["findings"];
    for (std::size_t i = 0; i < fc.findings.size(); ++i) {
        add_amount_texts(findings[i], fc.findings[i]);
        const Sheet* sheet = wb.sheet(fc.findings[i].sheet);
        findings[i]["preview"] = sheet ? preview_window(wb, *sheet, fc.findings[i]) : nlohmann::json(nullptr);
    }
    return json_reply(report);
}

ApiReply handle_fix(const Upload& upload, Lang lang) {
    // Read once to answer Word and CSV files before the fixer refuses them.
    Workbook wb;
    FileCheck fc = check_file(upload.path, lang, &wb);
    if (fc.error) return unreadable(fc, upload);
    if (!wb.can().patch_in_place && !wb.origin)  // Word and CSV: checked, not corrected
        return error_reply(415, "not-correctable",
                           upload.name + ": " +
                               tr(lang,
                                  "bara Excel-arbetsböcker (.xlsx, .xlsm) kan rättas här ännu; Word- och CSV-filer kan "
                                  "kontrolleras men inte rättas",
                                  "only Excel workbooks (.xlsx, .xlsm) can be corrected here so far; Word and CSV "
                                  "files can be checked, not corrected"));
    const std::string output = upload.dir + "/" + corrected_name("utdata.xlsx");
    fix::FixOutcome outcome = convert::fix_any_file(upload.path, output, {fix::TotalsAs::Formula, true, lang, ""});
    if (!outcome.written) return unreadable(outcome.check, upload);
    ApiReply reply;
    reply.download_name = corrected_name(upload.name);
    reply.content_type =
        reply.download_name.ends_with(".xlsm") ? "application/vnd.ms-excel.sheet.macroEnabled.12" : xlsx_content_type;
    reply.body = read_file_bytes(output);
    reply.headers.emplace_back("X-Summakoll-Changed", std::to_string(outcome.changed));
    return reply;
}

}  // namespace sk::serve
