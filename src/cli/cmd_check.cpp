// summakoll check FILE... [--format text|json]: every total recomputed, every
// disagreement reported at its cell. Exit 0 no errors, 1 error findings,
// 2 a file could not be read.
#include <iostream>
#include <memory>

#include "app/check_file.hpp"
#include "cli/command.hpp"

namespace sk::cli {

void register_check(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("check", "Kontrollera summor, delsummor, formler och saldon");
    auto files = std::make_shared<std::vector<std::string>>();
    auto format = std::make_shared<std::string>("text");
    cmd->add_option("FILE", *files, "Arbetsböcker och dokument (.xlsx, .xlsm, .xls, .ods, .docx, .pdf, .csv)")->required();
    cmd->add_option("--format", *format, "text eller json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, files, format] {
        std::vector<FileCheck> results;
        bool unreadable = false;
        for (const std::string& path : *files) {
            results.push_back(check_file(path, ctx.lang()));
            unreadable |= results.back().error.has_value();
        }
        if (*format == "json") {
            std::cout << check_json(results, ctx.lang()).dump(1) << "\n";
        } else {
            write_check_text(results, ctx.lang(), std::cout, ctx.show());
        }
        ctx.exit_code = unreadable ? 2 : has_errors(results) ? 1 : 0;
    });
}

}  // namespace sk::cli
