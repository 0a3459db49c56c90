// Uploads for the handler tests: a real file copied into a private directory,
// as the HTTP layer saves it.
#pragma once

#include <filesystem>
#include <string>

#include "serve/private_dir.hpp"
#include "serve/upload.hpp"

namespace sk::test {

inline std::string sample(const std::string& name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/" + name; }
inline std::string test_data(const std::string& name) { return std::string(SUMMAKOLL_TEST_DATA) + "/" + name; }

struct SavedUpload {
    serve::PrivateDir dir{serve::temp_parent(), "summakoll-test-"};
    serve::Upload upload;

    explicit SavedUpload(const std::string& source) {
        upload.dir = dir.path();
        upload.name = std::filesystem::path(source).filename().string();
        upload.path = dir.path() + "/" + upload.name;
        std::filesystem::copy_file(source, upload.path);
    }
};

}  // namespace sk::test
