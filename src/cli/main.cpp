// summakoll: checks the sums in Swedish funding tables.
#include <exception>
#include <iostream>
#include <string_view>

#include "cli/command.hpp"
#include "process/huge_pages.hpp"

int main(int argc, char** argv) {
    // Large inputs and the long-running server: restart once with huge pages.
    bool serving = false;
    for (int i = 1; i < argc && !serving; ++i) serving = std::string_view(argv[i]) == "serve";
    sk::process::prefer_huge_pages(argc, argv, serving);

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
    sk::cli::register_fix(app, ctx);
    sk::cli::register_convert(app, ctx);
    sk::cli::register_batch(app, ctx);
    sk::cli::register_serve(app, ctx);

    // Files dropped on the program arrive as plain arguments, no command.
    auto is_command = [&](const std::string& name) {
        for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
            if (sub->get_name() == name) return true;
        return false;
    };
    std::vector<std::string> dropped;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) {
            ctx.lang_name = argv[++i];
        } else if (arg.rfind("--lang=", 0) == 0) {
            ctx.lang_name = arg.substr(7);
        } else if (!arg.empty() && arg[0] != '-' && (!dropped.empty() || !is_command(arg))) {
            dropped.push_back(arg);
        } else {
            dropped.clear();
            break;
        }
    }
    if (!dropped.empty()) return sk::cli::run_dropped_files(dropped, ctx);

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
