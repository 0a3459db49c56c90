// summakoll: checks the sums in Swedish funding tables.
#include <iostream>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "base/huge_pages.hpp"
#include "cli/app.hpp"
#include "read/bytes_to_parse.hpp"

int main(int argc, char** argv) {
    // Large inputs: restart once with huge pages. Not on the way to the
    // server (its --office-js folder is no input, and see huge_pages.hpp).
    bool serving = false;
    for (int i = 1; i < argc && !serving; ++i) serving = std::string_view(argv[i]) == "serve";
    if (!serving) sk::process::prefer_huge_pages(argc, argv, sk::big_input);

    sk::cli::Context ctx;
    auto app = sk::cli::make_app(ctx);
    sk::cli::register_dump(*app, ctx);
    sk::cli::register_tables(*app, ctx);
    sk::cli::register_check(*app, ctx);
    sk::cli::register_parse(*app, ctx);
    sk::cli::register_fix(*app, ctx);
    sk::cli::register_convert(*app, ctx);
    sk::cli::register_batch(*app, ctx);
    sk::cli::register_compare(*app, ctx);
    sk::cli::register_serve_launcher(*app, ctx, argv);

    // Files dropped on the program arrive as plain arguments, no command.
    auto is_command = [&](const std::string& name) {
        for (const CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; }))
            if (sub->get_name() == name) return true;
        return false;
    };
    // The global options (--lang en, --visa=fel) may come with dropped files too.
    auto global_option = [&](const std::string& arg, int& i) {
        for (auto [name, value] : {std::pair{"--lang", &ctx.lang_name}, {"--visa", &ctx.show_name}, {"--show", &ctx.show_name}}) {
            if (arg == name && i + 1 < argc) {
                *value = argv[++i];
                return true;
            }
            if (arg.rfind(std::string(name) + "=", 0) == 0) {
                *value = arg.substr(std::string_view(name).size() + 1);
                return true;
            }
        }
        return false;
    };
    std::vector<std::string> dropped;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (global_option(arg, i)) {
        } else if (!arg.empty() && arg[0] != '-' && (!dropped.empty() || !is_command(arg))) {
            dropped.push_back(arg);
        } else {
            dropped.clear();
            break;
        }
    }
    if (!dropped.empty() && !sk::show_from_name(ctx.show_name)) {
        std::cerr << "summakoll: --visa " << ctx.show_name
                  << sk::tr(ctx.lang(), ": ange fel, varningar eller allt", ": give errors, warnings or all") << "\n";
        return 2;
    }
    if (!dropped.empty()) return sk::cli::with_stdout_written(sk::cli::run_dropped_files(dropped, ctx), ctx);

    return sk::cli::with_stdout_written(sk::cli::run_app(*app, argc, argv, ctx), ctx);
}
