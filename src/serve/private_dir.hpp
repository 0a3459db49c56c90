// A directory only this user can open (mkdtemp, mode 0700), removed with
// everything in it when the object goes: the server's upload area and, inside
// it, one directory per request, so nothing outlives the request that made it.
#pragma once

#include <string>

namespace sk::serve {

class PrivateDir {
public:
    // Creates "<parent>/<prefix>XXXXXX". Throws std::runtime_error on failure.
    PrivateDir(const std::string& parent, const std::string& prefix);
    ~PrivateDir();
    PrivateDir(const PrivateDir&) = delete;
    PrivateDir& operator=(const PrivateDir&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// $TMPDIR, or /tmp.
std::string temp_parent();

}  // namespace sk::serve
