// The program is a thin layer over the library: each command lives in its own
// cmd_<name>.cpp and registers itself on the CLI11 app.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "grid/grid.hpp"

#include "base/lang.hpp"
#include "report/check_report.hpp"

namespace sk::cli {

struct Context {
    std::string lang_name = "sv";
    Lang lang() const { return lang_name == "en" ? Lang::En : Lang::Sv; }
    std::string show_name = "allt";  // --visa fel|varningar|allt (--show errors|warnings|all)
    Show show() const { return show_from_name(show_name).value_or(Show::All); }
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

// `summakoll batch DIR -o OUT`, also what a folder dropped on the program
// gets: the exit code (2 when the folder has nothing that could be read).
int batch_folder(const std::string& dir, const std::string& out, bool force, unsigned jobs, Lang lang);

// `summakoll FILE...`: what happens when files are dropped on the program.
int run_dropped_files(const std::vector<std::string>& files, const Context& ctx);

}  // namespace sk::cli
