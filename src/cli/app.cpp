#include "cli/app.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <exception>
#include <iostream>

#include "write/write_error.hpp"

namespace sk::cli {

std::unique_ptr<CLI::App> make_app(Context& ctx) {
    auto app = std::make_unique<CLI::App>("summakoll – kontrollerar summor i tabeller över stimulansmedel", "summakoll");
    app->set_version_flag("--version", "summakoll 0.1.0");
    app->add_option("--lang", ctx.lang_name, "Språk för meddelanden: sv eller en")
        ->check(CLI::IsMember({"sv", "en"}));
    app->fallthrough();
    app->require_subcommand(1);
    return app;
}

int run_app(CLI::App& app, int argc, char** argv, const Context& ctx) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "summakoll: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "summakoll: " << e.what() << "\n";
        return 2;
    }
    return ctx.exit_code;
}

int with_stdout_written(int exit_code, const Context& ctx) {
    errno = 0;
    std::cout.flush();
    if (std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout)) return exit_code;
    int error = errno;
    // The write that failed may have been long ago, its errno gone: one more byte tells.
    if (error == 0 && ::write(STDOUT_FILENO, "\n", 1) < 0) error = errno;
    std::cerr << "summakoll: " << tr(ctx.lang(), "kan inte skriva till standard ut: ", "cannot write to standard output: ")
              << system_reason(error ? error : EIO, ctx.lang()) << "\n";
    return 2;
}

}  // namespace sk::cli
