// `summakoll serve ...` in summakoll: the server (cpp-httplib, OpenSSL,
// brotli) lives in the sibling program summakoll-serve, so that every other
// command starts without the dynamic loader mapping those libraries
// (measured: 4 ms and 100 page faults of a 29 ms `check`). This command
// only execs it.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.hpp"

namespace sk::cli {

namespace {

constexpr const char* server_program = "summakoll-serve";

// summakoll-serve in the folder of the running binary, not on $PATH: the two
// are built and installed together, and a build folder's summakoll must run
// that build's server.
std::filesystem::path server_path() {
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path(server_program) : self.parent_path() / server_program;
}

}  // namespace

void register_serve_launcher(CLI::App& app, Context& ctx, char** argv) {
    auto* cmd = app.add_subcommand("serve", serve_description);
    // Every argument, --help included (also `summakoll --help serve`), is
    // summakoll-serve's to parse: exec as soon as `serve` is seen. Should the
    // exec fail, the rest must parse without errors here, which only get in
    // the way of the one line that says why.
    cmd->set_help_flag();
    cmd->fallthrough(false);
    cmd->allow_extras();
    cmd->prefix_command();
    cmd->preparse_callback([&ctx, argv](std::size_t) {
        const std::string path = server_path().string();
        std::vector<char*> args{const_cast<char*>(path.c_str())};
        for (char** arg = argv + 1; *arg; ++arg) args.push_back(*arg);
        args.push_back(nullptr);
        execv(path.c_str(), args.data());
        // Only reached when the exec failed.
        const int err = errno;
        const Lang lang = ctx.lang();
        std::cerr << "summakoll serve: ";
        if (err == ENOENT)
            std::cerr << tr(lang, "programmet summakoll-serve saknas bredvid summakoll (",
                            "the program summakoll-serve is missing beside summakoll (")
                      << path << ")\n";
        else
            std::cerr << tr(lang, "kunde inte starta ", "could not start ") << path << ": " << std::strerror(err) << "\n";
        ctx.exit_code = 2;
    });
}

}  // namespace sk::cli
