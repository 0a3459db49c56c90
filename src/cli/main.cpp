// summakoll: checks the sums in Swedish funding tables.
#include <string>
#include <string_view>
#include <vector>

#include "base/huge_pages.hpp"
#include "cli/app.hpp"

int main(int argc, char** argv) {
    // Large inputs: restart once with huge pages. Not on the way to the
    // server (its --office-js folder is no input, and see huge_pages.hpp).
    bool serving = false;
    for (int i = 1; i < argc && !serving; ++i) serving = std::string_view(argv[i]) == "serve";
    if (!serving) sk::process::prefer_huge_pages(argc, argv);

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
    if (!dropped.empty()) return sk::cli::with_stdout_written(sk::cli::run_dropped_files(dropped, ctx), ctx);

    return sk::cli::with_stdout_written(sk::cli::run_app(*app, argc, argv, ctx), ctx);
}
