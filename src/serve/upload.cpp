#include "serve/upload.hpp"

#include "base/ascii.hpp"
#include "base/bytes.hpp"

namespace sk::serve {

namespace {

// Cuts `s` to at most `n` bytes without splitting a UTF-8 sequence.
std::string utf8_prefix(const std::string& s, std::size_t n) {
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

// "budget.xlsx" → "budget".
std::string stem_of(const std::string& name) {
    auto dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

std::string safe_upload_name(std::string_view filename) {
    auto slash = filename.find_last_of("/\\");
    if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
    std::string name;
    for (unsigned char c : bytes(filename))
        if (c >= 0x20 && c != 0x7F && c != ':') name += char(c);
    while (!name.empty() && (name.front() == '.' || name.front() == ' ')) name.erase(0, 1);
    auto dot = name.rfind('.');
    std::string ext = dot == std::string::npos ? "" : name.substr(dot);
    if (ext.size() > 8) ext.clear();
    std::string stem = utf8_prefix(name.substr(0, name.size() - ext.size()), 120 - ext.size());
    if (stem.empty()) stem = "fil";
    return stem + ext;
}

std::string without_dir(std::string text, const std::string& dir) {
    const std::string prefix = dir + "/";
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) text.erase(at, prefix.size());
    return text;
}

std::string corrected_name(const std::string& name) {
    auto dot = name.rfind('.');
    std::string ext = dot == std::string::npos ? "" : ascii_lower(name.substr(dot));
    return stem_of(name) + ".kontrollerad" + (ext == ".xlsm" ? ".xlsm" : ".xlsx");
}

std::string comparison_name(const std::string& a_name) { return stem_of(a_name) + ".jämförelse.xlsx"; }

}  // namespace sk::serve
