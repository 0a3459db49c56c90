// The web pages under addin/, compiled into the program at build time
// (src/serve/embed_web_assets.cmake), so `summakoll serve` needs no files.
#pragma once

#include <span>
#include <string_view>

namespace sk::serve {

struct WebAsset {
    std::string_view path;   // "/drop/index.html": the file's path below addin/
    std::string_view bytes;
};

// Every embedded file, sorted by path (generated).
std::span<const WebAsset> web_assets();

// The file for a URL path; "/drop/" gives "/drop/index.html". nullptr when none.
const WebAsset* find_web_asset(std::string_view url_path);

// "text/html; charset=utf-8" and so on, by the name's extension.
std::string_view content_type_for(std::string_view path);

}  // namespace sk::serve
