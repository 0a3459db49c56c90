// What both programs share: summakoll and summakoll-serve (which
// `summakoll serve` runs) parse the same command line, so they build the same
// App (title, --version, the global --lang) and report errors the same way.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "cli/command.hpp"

namespace sk::cli {

// The App with the global options; each program registers its commands on it.
std::unique_ptr<CLI::App> make_app(Context& ctx);

// A CLI11 parse error as one line in the language asked for ("-o krävs").
std::string parse_error_text(const CLI::ParseError& e, Lang lang);

// Parses argv, which runs the chosen command; returns the exit code. The
// help's frame and the parse errors are in the language --lang names.
int run_app(CLI::App& app, int argc, char** argv, const Context& ctx);

// `exit_code` once everything for stdout is written out; when it could not be
// (`dump > /dev/full`, a full disk), one line on stderr and 2.
int with_stdout_written(int exit_code, const Context& ctx);

}  // namespace sk::cli
