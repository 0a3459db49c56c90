// summakoll serve [--port 8750] [--open] [--max-upload-mb 50] [--request-timeout 60]
// [--max-connections 64] [--max-connections-per-client 32] [--host H --allow-remote]
// [--cert FILE --key FILE] [--office-js DIR]: the drop page, the Excel add-in
// and their API on this computer only. Part of summakoll-serve (serve_main.cpp),
// which summakoll's own `serve` runs (cmd_serve_launcher.cpp).
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "serve/http_server.hpp"
#include "serve/request_guard.hpp"

namespace sk::cli {

void register_serve(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("serve", serve_description);
    auto options = std::make_shared<serve::ServeOptions>();
    auto max_mb = std::make_shared<std::uint64_t>(50);
    cmd->add_option("--port", options->port, "Porten (standard 8750; 0 väljer en ledig)")->check(CLI::Range(0, 65535));
    cmd->add_flag("--open", options->open_browser, "Öppna sidan i webbläsaren");
    cmd->add_option("--max-upload-mb", *max_mb, "Största fil som tas emot, i MB (standard 50)")->check(CLI::Range(1, 4096));
    cmd->add_option("--request-timeout", options->request_seconds,
                    "Sekunder som en begärans huvuden och innehåll får ta att komma fram (standard 60)")
        ->check(CLI::Range(1, 3600));
    cmd->add_option("--max-connections", options->max_connections, "Öppna anslutningar samtidigt (standard 64)")
        ->check(CLI::Range(1, 4096));
    cmd->add_option("--max-connections-per-client", options->max_connections_per_client,
                    "Öppna anslutningar samtidigt från en adress (standard 32)")
        ->check(CLI::Range(1, 4096));
    cmd->add_option("--host", options->host, "Adressen att lyssna på (standard 127.0.0.1)");
    cmd->add_flag("--allow-remote", options->allow_remote, "Tillåt en annan adress än den här datorn (loopback)");
    auto* cert = cmd->add_option("--cert", options->cert_file, "HTTPS: certifikatet (PEM), t.ex. från scripts/make-localhost-cert");
    auto* key = cmd->add_option("--key", options->key_file, "HTTPS: certifikatets privata nyckel (PEM)");
    cert->needs(key);
    key->needs(cert);
    cmd->add_option("--office-js", options->office_js_dir,
                    "Mappen dist/ ur npm-paketet @microsoft/office-js, för tilläggets aktivitetsfönster");
    cmd->callback([&ctx, options, max_mb] {
        Lang lang = ctx.lang();
        if (!options->allow_remote && !serve::is_loopback_host(options->host)) {
            std::cerr << "summakoll serve: "
                      << "--host " << options->host
                      << tr(lang, " gör sidan nåbar från andra datorer; ange --allow-remote om det är meningen",
                            " makes the page reachable from other computers; add --allow-remote if that is intended")
                      << "\n";
            ctx.exit_code = 2;
            return;
        }
        options->max_upload_bytes = *max_mb << 20;
        ctx.exit_code = serve::run_server(*options, lang, std::cout, std::cerr);
    });
}

}  // namespace sk::cli
