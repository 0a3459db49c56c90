// summakoll-serve: the program behind `summakoll serve`, which execs it with
// its own arguments (argv[1..] as given to summakoll, so "serve" among them).
// Kept apart so that only the server links cpp-httplib and OpenSSL.
#include "cli/app.hpp"

int main(int argc, char** argv) {
    sk::cli::Context ctx;
    auto app = sk::cli::make_app(ctx);
    sk::cli::register_serve(*app, ctx);
    return sk::cli::run_app(*app, argc, argv, ctx);
}
