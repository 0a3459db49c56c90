#include "serve/private_dir.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace sk::serve {

PrivateDir::PrivateDir(const std::string& parent, const std::string& prefix) {
    std::string pattern = parent + "/" + prefix + "XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data())) throw std::runtime_error(pattern + ": " + std::strerror(errno));
    path_ = buf.data();
}

PrivateDir::~PrivateDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string temp_parent() {
    const char* dir = std::getenv("TMPDIR");
    return dir && *dir ? dir : "/tmp";
}

}  // namespace sk::serve
