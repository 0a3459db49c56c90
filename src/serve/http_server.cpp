#include "serve/http_server.hpp"

#include <malloc.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <charconv>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <semaphore>
#include <thread>

#include <httplib.h>

#include "base/bytes.hpp"
#include "serve/connection_stream.hpp"
#include "serve/handle_check_range.hpp"
#include "serve/handle_compare.hpp"
#include "serve/handle_upload.hpp"
#include "serve/listener.hpp"
#include "serve/log_line.hpp"
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
    for (unsigned char c : bytes(s)) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_') out += char(c);
        else out += {'%', hex[c >> 4], hex[c & 15]};
    }
    return out;
}

// The same name in plain ASCII, for clients that read only filename= (curl -J).
std::string ascii_fallback(const std::string& s) {
    std::string out;
    for (unsigned char c : bytes(s)) out += (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') ? '_' : char(c);
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

// Set on a connection's thread when its request was refused before its body
// was read to the end: the connection is closed after the answer, since the
// rest of the body cannot be told from a next request.
thread_local bool close_after_response = false;

// A body may carry this much beside the file (multipart headers and boundaries).
constexpr std::uint64_t body_overhead_bytes = 64 << 10;

// The declared Content-Length, when there is one; a malformed one counts as huge.
std::optional<std::uint64_t> declared_length(const Request& req) {
    if (!req.has_header("Content-Length")) return std::nullopt;
    std::string text = req.get_header_value("Content-Length");
    std::uint64_t n = 0;
    auto res = std::from_chars(text.data(), text.data() + text.size(), n);
    if (res.ec != std::errc() || res.ptr != text.data() + text.size()) return UINT64_MAX;
    return n;
}

// httplib's handling of one request, on a connection this server accepted
// itself (listener.hpp) and reads under a deadline (connection_stream.hpp).
class Router : public httplib::Server {
public:
    bool handle(httplib::Stream& stream, bool last, bool& client_closed) {
        return process_request(stream, last, client_closed, nullptr);
    }
};

using TlsContext = std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)>;

// The certificate and key for HTTPS; empty when they cannot be loaded.
TlsContext load_tls(const std::string& cert, const std::string& key) {
    TlsContext ctx(SSL_CTX_new(TLS_server_method()), &SSL_CTX_free);
    if (!ctx) return ctx;
    SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
    SSL_CTX_set_options(ctx.get(), SSL_OP_NO_COMPRESSION);
    if (SSL_CTX_use_certificate_chain_file(ctx.get(), cert.c_str()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx.get(), key.c_str(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx.get()) != 1)
        ctx.reset();
    return ctx;
}

// What a connection beyond the caps gets, at once: 503 with a JSON error.
std::string busy_response(Lang lang) {
    ApiReply reply = error_reply(503, "busy", tr(lang, "servern har för många anslutningar just nu; försök igen om en stund",
                                                 "the server has too many connections right now; try again in a moment"));
    return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + reply.content_type +
           "\r\nContent-Length: " + std::to_string(reply.body.size()) +
           "\r\nRetry-After: 2\r\nConnection: close\r\n\r\n" + reply.body;
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
        : options_(options), lang_(lang), log_(log), uploads_(temp_parent(), "summakoll-serve-"),
          work_slots_(std::max(1, options.threads)) {}

    // The certificate or key could not be loaded, or the Office.js folder is not one: one line in `lang_`.
    std::string install() {
        if (!options_.cert_file.empty() && !(tls_ = load_tls(options_.cert_file, options_.key_file)))
            return tr(lang_, "certifikatet eller nyckeln kunde inte läsas: ", "the certificate or key could not be read: ") +
                   options_.cert_file + ", " + options_.key_file;
        httplib::Server& s = router_;
        // Office.js as the npm package ships it: office.js loads its host files from beside itself.
        if (!options_.office_js_dir.empty() && !s.set_mount_point("/office-js/", options_.office_js_dir))
            return tr(lang_, "--office-js är ingen mapp: ", "--office-js is not a folder: ") + options_.office_js_dir;
        s.set_payload_max_length(options_.max_upload_bytes + body_overhead_bytes);
        s.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}, {"Cache-Control", "no-store"}});
        s.set_pre_routing_handler([this](const Request& req, Response& res) {
            if (!request_allowed(req.get_header_value("Host"), req.get_header_value("Origin"), options_.allow_remote)) {
                send(res, error_reply(403, "forbidden",
                                      tr(lang_of(req, lang_), "begäran kommer inte från den här datorns sida för summakoll",
                                         "the request does not come from summakoll's page on this computer")));
                return httplib::Server::HandlerResponse::Handled;
            }
            // Refused before a byte of the body is read (httplib would read it all first).
            if (auto length = declared_length(req); length && *length > options_.max_upload_bytes + body_overhead_bytes) {
                send(res, too_large(lang_of(req, lang_), options_.max_upload_bytes));
                return httplib::Server::HandlerResponse::Handled;
            }
            return httplib::Server::HandlerResponse::Unhandled;
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
        s.Post("/api/compare", [this](const Request& req, Response& res, const ContentReader& reader) {
            // ?format=xlsx: the comparison workbook instead of the JSON.
            const bool workbook = req.get_param_value("format") == "xlsx";
            send(res, receive_two(req, res, reader, workbook ? handle_compare_workbook : handle_compare));
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
            WorkSlot slot(work_slots_);
            send(res, handle_check_range(std::move(body), lang));
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
        // Called once the answer is sent.
        s.set_logger([this](const Request& req, const Response& res) {
            // An error may leave part of the body unread: the connection ends with it.
            if (res.status >= 400 && req.method != "GET") close_after_response = true;
            std::lock_guard<std::mutex> lock(log_mutex_);
            log_ << log_line(req.method, req.path, res.status) << "\n" << std::flush;
        });
        return {};
    }

    // Serves the connections on `listen_fd` until stop(); returns when the last one has ended.
    void run(int listen_fd) {
        // Big buffers (bodies, cells) always straight from the system and back: glibc's threshold
        // otherwise rises to 32 MB after the first request, and later requests' buffers came from
        // the threads' heaps, fragmented (the peak of six 26 MB ranges was 274 MB against 205 MB for one).
        mallopt(M_MMAP_THRESHOLD, 1 << 20);
        const ConnectionLimits limits{options_.max_connections, options_.max_connections_per_client};
        const StreamTimeouts timeouts{std::chrono::seconds(options_.request_seconds),
                                      std::chrono::seconds(options_.timeout_seconds), std::chrono::seconds(5)};
        accept_connections(listen_fd, limits, tls_ ? std::string() : busy_response(lang_), stopping_,
                           [&](int fd) { serve_connection(fd, timeouts); });
    }
    void stop() { stopping_ = true; }

private:
    // A work slot: at most options_.threads requests are worked on at once,
    // however many connections are open.
    // Memory freed by the work is given back to the system when it ends:
    // glibc keeps it in the thread's arena otherwise (5 GB after six 10 MB
    // ranges was seen).
    struct WorkSlot {
        std::counting_semaphore<>& slots;
        explicit WorkSlot(std::counting_semaphore<>& s) : slots(s) { slots.acquire(); }
        ~WorkSlot() {
            malloc_trim(0);
            slots.release();
        }
    };

    void serve_connection(int fd, const StreamTimeouts& timeouts) {
        ConnectionStream stream(fd, tls_.get(), timeouts);
        if (!stream.handshake()) return;
        constexpr int max_requests = 100;  // per connection, as httplib's own default
        for (int n = 1; n <= max_requests && stream.next_request(stopping_); ++n) {
            close_after_response = false;
            bool client_closed = false;
            if (!router_.handle(stream, n == max_requests || stopping_, client_closed) || client_closed ||
                close_after_response)
                break;
        }
    }

    // Streams the multipart field with a file name into a new private
    // directory, runs `handle` on it and removes the directory, whatever happens.
    // The files of a multipart request, up to `wanted` of them, saved in
    // `dir`; an error reply when they did not arrive whole or too few came.
    std::optional<ApiReply> receive_files(const Request& req, Response& res, const ContentReader& reader,
                                          const PrivateDir& dir, std::size_t wanted, std::vector<Upload>& uploads) {
        Lang lang = lang_of(req, lang_);
        if (!req.is_multipart_form_data())
            return error_reply(400, "no-file", tr(lang, "skicka filen som multipart/form-data i fältet \"file\"",
                                                  "send the file as multipart/form-data in the field \"file\""));
        std::ofstream out;
        bool in_file = false, over = false;
        std::uint64_t received = 0;
        bool ok = reader(
            [&](const httplib::MultipartFormData& part) {
                out.close();
                in_file = uploads.size() < wanted && !part.filename.empty();
                if (!in_file) return true;  // other fields and further files are skipped
                Upload upload;
                upload.dir = dir.path();
                upload.name = safe_upload_name(part.filename);
                // Two files of one name each get their own folder.
                std::string folder = dir.path();
                if (!uploads.empty()) {
                    folder += "/" + std::to_string(uploads.size() + 1);
                    std::filesystem::create_directory(folder);
                }
                upload.path = folder + "/" + upload.name;
                out.open(upload.path, std::ios::binary);
                uploads.push_back(std::move(upload));
                return bool(out);
            },
            [&](const char* data, std::size_t n) {
                received += n;
                over = received > options_.max_upload_bytes;  // also for chunked bodies, which carry no length
                if (in_file && !over) out.write(data, std::streamsize(n));
                return !over && (!in_file || bool(out));
            });
        const bool written = !in_file || bool(out);
        out.close();
        if (over || res.status == 413) return too_large(lang, options_.max_upload_bytes);
        if (!ok) return error_reply(400, "bad-upload", tr(lang, "filen kom inte fram hel", "the file did not arrive whole"));
        if (uploads.size() < wanted)
            return error_reply(400, "no-file", wanted == 1 ? tr(lang, "ingen fil i begäran: skicka den i fältet \"file\"",
                                                                "no file in the request: send it in the field \"file\"")
                                                           : tr(lang, "skicka två filer att jämföra", "send two files to compare"));
        if (!written) return error_reply(500, "internal", tr(lang, "filen kunde inte tas emot", "the file could not be received"));
        return std::nullopt;
    }

    ApiReply receive_upload(const Request& req, Response& res, const ContentReader& reader,
                            ApiReply (*handle)(const Upload&, Lang)) {
        PrivateDir dir(uploads_.path(), "req-");
        std::vector<Upload> uploads;
        if (std::optional<ApiReply> error = receive_files(req, res, reader, dir, 1, uploads)) return *error;
        WorkSlot slot(work_slots_);
        return handle(uploads.front(), lang_of(req, lang_));
    }

    ApiReply receive_two(const Request& req, Response& res, const ContentReader& reader,
                         ApiReply (*handle)(const Upload&, const Upload&, Lang)) {
        PrivateDir dir(uploads_.path(), "req-");
        std::vector<Upload> uploads;
        if (std::optional<ApiReply> error = receive_files(req, res, reader, dir, 2, uploads)) return *error;
        WorkSlot slot(work_slots_);
        return handle(uploads[0], uploads[1], lang_of(req, lang_));
    }

    ServeOptions options_;
    Lang lang_;
    std::ostream& log_;
    std::mutex log_mutex_;
    PrivateDir uploads_;
    Router router_;
    TlsContext tls_{nullptr, &SSL_CTX_free};
    std::counting_semaphore<> work_slots_;
    std::atomic<bool> stopping_{false};
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
    Bound bound = listen_exclusive(options.host, options.port);
    if (bound.fd < 0) {
        log << "summakoll serve: " << tr(lang, "kan inte lyssna på ", "cannot listen on ") << options.host << ":"
            << options.port << ": "
            << (bound.error == EADDRINUSE
                    ? tr(lang, "porten används redan (av en annan summakoll serve?); välj en annan med --port",
                         "the port is already in use (by another summakoll serve?); choose another with --port")
                    : std::strerror(bound.error))
            << "\n";
        return 2;
    }
    std::string url = url_of(options, bound.port);
    out << "summakoll serve: " << url << " " << tr(lang, "(avsluta med Ctrl+C)", "(stop with Ctrl+C)") << "\n" << std::flush;
    if (options.open_browser) open_in_browser(url);

    std::thread waiter([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        server.stop();
        ::shutdown(bound.fd, SHUT_RDWR);  // wakes the accepting thread at once
    });
    server.run(bound.fd);
    ::close(bound.fd);
    waiter.join();
    return 0;
}

}  // namespace sk::serve
