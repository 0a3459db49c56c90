// `summakoll serve`: the drop page and the add-in's API over HTTP (cpp-httplib).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "report/lang.hpp"

namespace sk::serve {

struct ServeOptions {
    std::string host = "127.0.0.1";  // anything but loopback needs allow_remote
    int port = 8750;                 // 0: any free port (the URL line says which)
    bool allow_remote = false;
    std::uint64_t max_upload_bytes = 50ull << 20;
    int timeout_seconds = 30;        // socket read and write timeouts
    int threads = 8;                 // requests handled at once
    bool open_browser = false;       // run xdg-open on the URL once listening
    // HTTPS for the add-in (--cert/--key) goes here: make_server() in
    // http_server.cpp is the one place that picks the server class.
};

// Listens until SIGINT or SIGTERM. Prints "summakoll serve: <URL>" on `out`
// once listening, one line per request (method, path, status; never a file's
// name or contents) on `log`. Uploads live in a private temp directory
// (mkdtemp, 0700) under $TMPDIR, one subdirectory per request, removed when
// the request ends. Returns the exit code: 0, or 2 when the port cannot be bound.
int run_server(const ServeOptions& options, Lang lang, std::ostream& out, std::ostream& log);

}  // namespace sk::serve
