// summakoll dump FILE [--format tsv|json]: every non-empty cell as summakoll sees it.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "report/dump.hpp"

namespace sk::cli {

void register_dump(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("dump", "Visa varje icke-tom cell som summakoll läser den");
    auto file = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("tsv");
    cmd->add_option("FILE", *file, "Arbetsbok eller tabellfil (.xlsx, .xlsm, .xls, .ods, .docx, .pdf, .csv)")->required();
    cmd->add_option("--format", *format, "tsv eller json")->check(CLI::IsMember({"tsv", "json"}));
    cmd->callback([&ctx, file, format] {
        std::optional<Workbook> wb = read_or_say(*file, ctx);
        if (!wb) return;
        if (*format == "json")
            std::cout << dump_json(*wb).dump(1) << "\n";
        else
            dump_tsv(*wb, std::cout);
    });
}

}  // namespace sk::cli
