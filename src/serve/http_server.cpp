#include "serve/http_server.hpp"

#include <cctype>
#include <csignal>
#include <fstream>
#include <memory>
#include <mutex>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

#include <httplib.h>

#include "serve/handle_check_range.hpp"
#include "serve/handle_upload.hpp"
#include "serve/private_dir.hpp"
#include "serve/request_guard.hpp"
#include "serve/web_assets.hpp"

extern char** environ;

namespace sk::serve {

namespace {

using httplib::ContentReader;
using httplib::Request;
using httplib::Response;

Lang lang_of(const Request& req, Lang fallback) {
    return req.has_param("lang") ? lang_from_name(req.get_param_value("lang")).value_or(fallback) : fallback;
}

// "Åsa budget.xlsx" → %C3%85sa%20budget.xlsx, for Content-Disposition's filename*.
std::string percent_encoded(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_') out += char(c);
        else out += {'%', hex[c >> 4], hex[c & 15]};
    }
    return out;
}

// The same name in plain ASCII, for clients that read only filename= (curl -J).
std::string ascii_fallback(const std::string& s) {
    std::string out;
    for (unsigned char c : s) out += (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') ? '_' : char(c);
    return out;
}

void send(Response& res, const ApiReply& reply) {
    res.status = reply.status;
    for (const auto& [name, value] : reply.headers) res.set_header(name, value);
    if (!reply.download_name.empty())
        res.set_header("Content-Disposition",
                       "attachment; filename=\"" + ascii_fallback(reply.download_name) + "\"; filename*=UTF-8''" +
                           percent_encoded(reply.download_name));
    res.set_content(reply.body, reply.content_type);
}

ApiReply too_large(Lang lang, std::uint64_t cap) {
    std::string mb = std::to_string(cap >> 20);
    return error_reply(413, "too-large",
                       lang == Lang::Sv ? "Filen är för stor: servern tar emot högst " + mb + " MB (--max-upload-mb)."
                                        : "The file is too large: the server accepts at most " + mb + " MB (--max-upload-mb).");
}

class Server {
public:
    Server(const ServeOptions& options, Lang lang, std::ostream& log)
        : options_(options), lang_(lang), log_(log), uploads_(temp_parent(), "summakoll-serve-") {}

    httplib::Server& http() { return *server_; }

    // The certificate or key could not be loaded, or the Office.js folder is not one: one line in `lang_`.
    std::string install() {
        server_ = make_server();
        if (!server_->is_valid())
            return tr(lang_, "certifikatet eller nyckeln kunde inte läsas: ", "the certificate or key could not be read: ") +
                   options_.cert_file + ", " + options_.key_file;
        httplib::Server& s = *server_;
        // Office.js as the npm package ships it: office.js loads its host files from beside itself.
        if (!options_.office_js_dir.empty() && !s.set_mount_point("/office-js/", options_.office_js_dir))
            return tr(lang_, "--office-js är ingen mapp: ", "--office-js is not a folder: ") + options_.office_js_dir;
        const int threads = options_.threads;
        s.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
        s.set_payload_max_length(options_.max_upload_bytes);
        s.set_read_timeout(options_.timeout_seconds);
        s.set_write_timeout(options_.timeout_seconds);
        s.set_keep_alive_timeout(5);
        s.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}, {"Cache-Control", "no-store"}});
        s.set_pre_routing_handler([this](const Request& req, Response& res) {
            if (request_allowed(req.get_header_value("Host"), req.get_header_value("Origin"), options_.allow_remote))
                return httplib::Server::HandlerResponse::Unhandled;
            send(res, error_reply(403, "forbidden",
                                  tr(lang_of(req, lang_), "begäran kommer inte från den här datorns sida för summakoll",
                                     "the request does not come from summakoll's page on this computer")));
            return httplib::Server::HandlerResponse::Handled;
        });
        s.Get("/api/health", [](const Request&, Response& res) {
            send(res, json_reply({{"tool", "summakoll"}, {"status", "ok"}, {"version", "0.1.0"}}));
        });
        s.Post("/api/check", [this](const Request& req, Response& res, const ContentReader& reader) {
            send(res, receive_upload(req, res, reader, handle_check));
        });
        s.Post("/api/fix", [this](const Request& req, Response& res, const ContentReader& reader) {
            send(res, receive_upload(req, res, reader, handle_fix));
        });
        s.Post("/api/check-range", [this](const Request& req, Response& res, const ContentReader& reader) {
            Lang lang = lang_of(req, lang_);
            std::string body;
            bool over = false;
            bool ok = reader([&](const char* data, std::size_t n) {
                over = body.size() + n > options_.max_upload_bytes;
                if (!over) body.append(data, n);
                return !over;
            });
            if (over || res.status == 413) return send(res, too_large(lang, options_.max_upload_bytes));
            if (!ok) return send(res, error_reply(400, "bad-request", tr(lang, "begäran kom inte fram hel", "the request did not arrive whole")));
            send(res, handle_check_range(body, lang));
        });
        s.Get("/", [](const Request&, Response& res) { res.set_redirect("/drop/"); });
        s.Get(R"(/.+)", [](const Request& req, Response& res) {
            const WebAsset* asset = find_web_asset(req.path);
            if (!asset) {
                res.status = 404;  // the error handler writes the body
                return;
            }
            if (req.path.starts_with("/drop/"))
                res.set_header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
            res.set_content(asset->bytes.data(), asset->bytes.size(), std::string(content_type_for(asset->path)));
        });
        s.set_error_handler([this](const Request& req, Response& res) {
            if (!res.body.empty()) return;
            Lang lang = lang_of(req, lang_);
            if (res.status == 413) return send(res, too_large(lang, options_.max_upload_bytes));
            if (res.status == 404 || res.status == 405)
                return send(res, error_reply(res.status, "not-found", tr(lang, "det finns ingenting här", "there is nothing here")));
            send(res, error_reply(res.status, "bad-request", tr(lang, "begäran kunde inte tolkas", "the request could not be understood")));
        });
        s.set_exception_handler([this](const Request& req, Response& res, std::exception_ptr) {
            // What went wrong may quote the file: it is not logged, only answered with a general line.
            send(res, error_reply(500, "internal", tr(lang_of(req, lang_), "ett internt fel i summakoll; filen sparades inte",
                                                      "an internal error in summakoll; the file was not kept")));
        });
        s.set_logger([this](const Request& req, const Response& res) {
            std::lock_guard<std::mutex> lock(log_mutex_);
            log_ << req.method << " " << req.path << " " << res.status << "\n" << std::flush;
        });
        return {};
    }

private:
    std::unique_ptr<httplib::Server> make_server() const {
        if (options_.cert_file.empty()) return std::make_unique<httplib::Server>();
        return std::make_unique<httplib::SSLServer>(options_.cert_file.c_str(), options_.key_file.c_str());
    }

    // Streams the multipart field with a file name into a new private
    // directory, runs `handle` on it and removes the directory, whatever happens.
    ApiReply receive_upload(const Request& req, Response& res, const ContentReader& reader,
                            ApiReply (*handle)(const Upload&, Lang)) {
        Lang lang = lang_of(req, lang_);
        if (!req.is_multipart_form_data())
            return error_reply(400, "no-file", tr(lang, "skicka filen som multipart/form-data i fältet \"file\"",
                                                  "send the file as multipart/form-data in the field \"file\""));
        PrivateDir dir(uploads_.path(), "req-");
        Upload upload;
        upload.dir = dir.path();
        std::ofstream out;
        bool in_file = false, over = false;
        std::uint64_t received = 0;
        bool ok = reader(
            [&](const httplib::MultipartFormData& part) {
                in_file = upload.path.empty() && !part.filename.empty();
                if (!in_file) return true;  // other fields and further files are skipped
                upload.name = safe_upload_name(part.filename);
                upload.path = dir.path() + "/" + upload.name;
                out.open(upload.path, std::ios::binary);
                return bool(out);
            },
            [&](const char* data, std::size_t n) {
                received += n;
                over = received > options_.max_upload_bytes;  // also for chunked bodies, which carry no length
                if (in_file && !over) out.write(data, std::streamsize(n));
                return !over && (!in_file || bool(out));
            });
        out.close();
        if (over || res.status == 413) return too_large(lang, options_.max_upload_bytes);
        if (!ok) return error_reply(400, "bad-upload", tr(lang, "filen kom inte fram hel", "the file did not arrive whole"));
        if (upload.path.empty())
            return error_reply(400, "no-file", tr(lang, "ingen fil i begäran: skicka den i fältet \"file\"",
                                                  "no file in the request: send it in the field \"file\""));
        if (!out) return error_reply(500, "internal", tr(lang, "filen kunde inte tas emot", "the file could not be received"));
        return handle(upload, lang);
    }

    ServeOptions options_;
    Lang lang_;
    std::ostream& log_;
    std::mutex log_mutex_;
    PrivateDir uploads_;
    std::unique_ptr<httplib::Server> server_;
};

std::string url_of(const ServeOptions& options, int port) {
    std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
    return (options.cert_file.empty() ? "http://" : "https://") + host + ":" + std::to_string(port) + "/";
}

// xdg-open, when the desktop has it; the server does not wait for it.
void open_in_browser(const std::string& url) {
    pid_t pid;
    std::string prog = "xdg-open";
    char* argv[] = {prog.data(), const_cast<char*>(url.c_str()), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) return;
    std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();
}

}  // namespace

int run_server(const ServeOptions& options, Lang lang, std::ostream& out, std::ostream& log) {
    // SIGINT/SIGTERM go to one waiting thread that stops the server, so the
    // upload directory is removed on the way out.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    Server server(options, lang, log);
    if (std::string problem = server.install(); !problem.empty()) {
        log << "summakoll serve: " << problem << "\n";
        return 2;
    }
    httplib::Server& http = server.http();
    int port = options.port == 0 ? http.bind_to_any_port(options.host) : (http.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port <= 0) {
        log << "summakoll serve: "
            << (lang == Lang::Sv ? "kan inte lyssna på " : "cannot listen on ") << options.host << ":" << options.port << "\n";
        return 2;
    }
    std::string url = url_of(options, port);
    out << "summakoll serve: " << url << " " << tr(lang, "(avsluta med Ctrl+C)", "(stop with Ctrl+C)") << "\n" << std::flush;
    if (options.open_browser) open_in_browser(url);

    std::thread waiter([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        http.stop();
    });
    http.listen_after_bind();
    pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter when listening ended on its own
    waiter.join();
    return 0;
}

}  // namespace sk::serve
