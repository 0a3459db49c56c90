// summakoll check FILE... [--format text|json]: every total recomputed, every
// disagreement reported at its cell. Exit 0 no errors, 1 error findings,
// 2 a file could not be read.
#include <iostream>
#include <memory>

#include "check/check.hpp"
#include "cli/command.hpp"
#include "read/read_workbook.hpp"
#include "report/check_report.hpp"

namespace sk::cli {

void register_check(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("check", "Kontrollera summor, delsummor, formler och saldon");
    auto files = std::make_shared<std::vector<std::string>>();
    auto format = std::make_shared<std::string>("text");
    cmd->add_option("FILE", *files, "Arbetsböcker (.xlsx, .xlsm)")->required();
    cmd->add_option("--format", *format, "text eller json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, files, format] {
        std::vector<FileCheck> results;
        bool unreadable = false;
        for (const std::string& path : *files) {
            FileCheck fc;
            fc.path = path;
            try {
                Workbook wb = read_workbook(path);
                fc.format = wb.format;
                fc.findings = check::check_workbook(wb);
            } catch (const ReadError& e) {
                unreadable = true;
                fc.error = describe(e, path, ctx.lang());
                check::Finding f;
                f.code = check::Code::UnreadableFile;
                f.severity = check::severity_of(f.code);
                f.detail = *fc.error;
                fc.findings.push_back(std::move(f));
            }
            results.push_back(std::move(fc));
        }
        if (*format == "json") {
            std::cout << check_json(results, ctx.lang()).dump(1) << "\n";
        } else {
            write_check_text(results, ctx.lang(), std::cout);
        }
        ctx.exit_code = unreadable ? 2 : has_errors(results) ? 1 : 0;
    });
}

}  // namespace sk::cli
