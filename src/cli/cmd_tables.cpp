// summakoll tables FILE [--format text|json]: the structure read in each
// table – items, group rows, totals and what each total adds.
#include <iostream>

#include "cli/command.hpp"
#include "report/structure_report.hpp"

namespace sk::cli {

void register_tables(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("tables", "Visa hur tabellerna läses: poster, grupper, summor och vad varje summa adderar");
    auto file = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("text");
    cmd->add_option("FILE", *file, "Arbetsbok eller dokument (.xlsx, .xlsm, .xls, .ods, .docx, .pdf, .csv)")->required();
    cmd->add_option("--format", *format, "text eller json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, file, format] {
        std::optional<Workbook> wb = read_or_say(*file, ctx);
        if (!wb) return;
        if (*format == "json")
            std::cout << structure_json(*wb).dump(1) << "\n";
        else
            write_structure_text(*wb, ctx.lang(), std::cout);
    });
}

}  // namespace sk::cli
