#include "serve/request_guard.hpp"

namespace sk::serve {

namespace {

// "127.0.0.1:8750" → "127.0.0.1"; "[::1]:8750" → "::1".
std::string_view host_part(std::string_view authority) {
    if (authority.starts_with("[")) {
        auto close = authority.find(']');
        return close == std::string_view::npos ? authority : authority.substr(1, close - 1);
    }
    return authority.substr(0, authority.rfind(':'));
}

}  // namespace

bool is_loopback_host(std::string_view host) {
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

bool request_allowed(std::string_view host, std::string_view origin, bool allow_remote) {
    if (host.empty() || (!allow_remote && !is_loopback_host(host_part(host)))) return false;
    if (origin.empty()) return true;
    for (std::string_view scheme : {"http://", "https://"})
        if (origin.starts_with(scheme) && origin.substr(scheme.size()) == host) return true;
    return false;
}

}  // namespace sk::serve
