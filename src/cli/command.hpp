// The program is a thin layer over the library: each command lives in its own
// cmd_<name>.cpp and registers itself on the CLI11 app.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "grid/grid.hpp"

#include "base/lang.hpp"

namespace sk::cli {

struct Context {
    std::string lang_name = "sv";
    Lang lang() const { return lang_name == "en" ? Lang::En : Lang::Sv; }
    int exit_code = 0;
};

// The file read, or nullopt after its one-line error (exit code 2): what
// every command that shows a file's contents starts with.
std::optional<Workbook> read_or_say(const std::string& file, Context& ctx);

void register_dump(CLI::App& app, Context& ctx);
void register_tables(CLI::App& app, Context& ctx);
void register_check(CLI::App& app, Context& ctx);
void register_parse(CLI::App& app, Context& ctx);
void register_fix(CLI::App& app, Context& ctx);
void register_convert(CLI::App& app, Context& ctx);
void register_batch(CLI::App& app, Context& ctx);
void register_compare(CLI::App& app, Context& ctx);
void register_serve(CLI::App& app, Context& ctx);  // the server itself, in summakoll-serve

// `summakoll serve ...` in summakoll: runs summakoll-serve from the same
// folder with the same arguments, so only that program links the HTTP server.
void register_serve_launcher(CLI::App& app, Context& ctx, char** argv);
inline constexpr const char* serve_description = "Starta släppsidan och tilläggets API på den här datorn";

// `summakoll FILE...`: what happens when files are dropped on the program.
int run_dropped_files(const std::vector<std::string>& files, const Context& ctx);

}  // namespace sk::cli
