#include "serve/web_assets.hpp"

#include <string>

namespace sk::serve {

const WebAsset* find_web_asset(std::string_view url_path) {
    std::string path(url_path);
    if (!path.empty() && path.back() == '/') path += "index.html";
    for (const WebAsset& a : web_assets())
        if (a.path == path) return &a;
    return nullptr;
}

std::string_view content_type_for(std::string_view path) {
    auto ends = [&](std::string_view ext) { return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext; };
    if (ends(".html")) return "text/html; charset=utf-8";
    if (ends(".css")) return "text/css; charset=utf-8";
    if (ends(".js")) return "text/javascript; charset=utf-8";
    if (ends(".svg")) return "image/svg+xml";
    if (ends(".png")) return "image/png";
    if (ends(".ico")) return "image/x-icon";
    if (ends(".xml")) return "application/xml; charset=utf-8";
    return "application/octet-stream";
}

}  // namespace sk::serve
