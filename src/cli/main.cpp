// summakoll: checks the sums in Swedish funding tables.
#include <exception>
#include <iostream>

#include "cli/command.hpp"

int main(int argc, char** argv) {
    sk::cli::Context ctx;
    CLI::App app{"summakoll – kontrollerar summor i tabeller över stimulansmedel", "summakoll"};
    app.set_version_flag("--version", "summakoll 0.1.0");
    app.add_option("--lang", ctx.lang_name, "Språk för meddelanden: sv eller en")
        ->check(CLI::IsMember({"sv", "en"}));
    app.fallthrough();
    app.require_subcommand(1);

    sk::cli::register_dump(app, ctx);
    sk::cli::register_check(app, ctx);
    sk::cli::register_parse(app, ctx);

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
