// Who may talk to the server. It listens on loopback, but a web page in the
// user's browser can still reach 127.0.0.1: requests naming another host (DNS
// rebinding) or posted from another site's page (Origin) are refused.
#pragma once

#include <string_view>

namespace sk::serve {

// "127.0.0.1", "localhost", "::1" (also "[::1]"): the names --host accepts
// without --allow-remote.
bool is_loopback_host(std::string_view host);

// `host` is the Host header ("127.0.0.1:8750"), `origin` the Origin header
// (empty when the browser sent none, as curl and same-page GETs do). Allowed:
// a loopback Host (any Host with `allow_remote`), and no Origin or one whose
// authority is the Host itself.
bool request_allowed(std::string_view host, std::string_view origin, bool allow_remote);

}  // namespace sk::serve
