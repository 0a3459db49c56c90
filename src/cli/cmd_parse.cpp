// summakoll parse TEXT | - [--format text|json] [--header RUBRIK]: one Swedish
// number read the way every other command reads it.
#include <iostream>
#include <string>

#include "cli/command.hpp"
#include "normalise/amount.hpp"
#include "normalise/column_hint.hpp"
#include "normalise/parsed_text.hpp"

namespace sk::cli {

namespace {

std::string json_line(const nlohmann::ordered_json& j) {
    // Replace invalid UTF-8 rather than throw: input lines may be anything.
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

void register_parse(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("parse", "Läs ett svenskt tal eller belopp (\"-\": en text per rad från stdin, JSON ut)");
    auto text = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("text");
    auto header = std::make_shared<std::string>();
    cmd->add_option("TEXT", *text, "Texten, t.ex. \"1 150 tkr\", eller - för stdin")->required();
    cmd->add_option("--format", *format, "text eller json")->check(CLI::IsMember({"text", "json"}));
    cmd->add_option("--header", *header, "Kolumnens rubrik, t.ex. \"Belopp (tkr)\"");
    cmd->callback([&ctx, text, format, header] {
        const num::ColumnHint hint = num::hint_from_header(*header);
        if (*text == "-") {
            std::string line;
            while (std::getline(std::cin, line)) {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                std::cout << json_line(num::parsed_json(line, num::parse(line, hint), ctx.lang())) << "\n";
            }
            return;
        }
        const num::Parsed p = num::parse(*text, hint);
        if (!p.ok()) ctx.exit_code = 2;
        if (*format == "json")
            std::cout << json_line(num::parsed_json(*text, p, ctx.lang())) << "\n";
        else if (p.ok())
            std::cout << num::describe_reading(p.reading) << "\n";
        else
            std::cerr << "summakoll: " << num::explain_refusal(*text, p, ctx.lang()) << "\n";
    });
}

}  // namespace sk::cli
