// `summakoll serve`: the drop page and the add-in's API over HTTP (cpp-httplib).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "base/lang.hpp"

namespace sk::serve {

struct ServeOptions {
    std::string host = "127.0.0.1";  // anything but loopback needs allow_remote
    int port = 8750;                 // 0: any free port (the URL line says which)
    bool allow_remote = false;
    std::uint64_t max_upload_bytes = 50ull << 20;
    int timeout_seconds = 30;        // a read or write that makes no progress for this long ends the connection
    int request_seconds = 60;        // the headers and body of one request must arrive within this
    int threads = 8;                 // requests worked on at once
    int max_connections = 64;        // connections open at once; beyond: 503 at once
    int max_connections_per_client = 32;  // from one address (every local program is 127.0.0.1)
    bool open_browser = false;       // run xdg-open on the URL once listening
    // HTTPS (Office add-ins require it, even on localhost): a PEM certificate
    // and its private key (scripts/make-localhost-cert). Both empty: plain HTTP.
    std::string cert_file, key_file;
    // The dist/ folder of the npm package @microsoft/office-js, served below
    // /office-js/ for the add-in's task pane; empty: /office-js/ answers 404.
    std::string office_js_dir;
};

// Listens until SIGINT or SIGTERM. Prints "summakoll serve: <URL>" on `out`
// (https:// with a certificate) once listening, one line per request (method,
// path escaped and cut, status; never a file's name or contents) on `log`. Uploads live in a private temp directory
// (mkdtemp, 0700) under $TMPDIR, one subdirectory per request, removed when
// the request ends. Returns the exit code: 0, or 2 when the port cannot be
// bound (another program has the port: said so), the certificate or key
// cannot be loaded, or office_js_dir is not a folder.
int run_server(const ServeOptions& options, Lang lang, std::ostream& out, std::ostream& log);

}  // namespace sk::serve
