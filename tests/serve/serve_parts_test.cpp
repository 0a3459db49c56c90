#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include "serve/private_dir.hpp"
#include "serve/request_guard.hpp"
#include "serve/upload.hpp"
#include "serve/web_assets.hpp"

namespace fs = std::filesystem;
using namespace sk::serve;

TEST_CASE("a private directory is 0700 and gone with everything in it afterwards") {
    std::string path;
    {
        PrivateDir dir(temp_parent(), "summakoll-test-");
        path = dir.path();
        struct stat st {};
        REQUIRE(stat(path.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0700);
        PrivateDir inner(path, "req-");
        fs::create_directory(inner.path() + "/sub");
        std::ofstream(inner.path() + "/sub/file.xlsx") << "x";
    }
    CHECK_FALSE(fs::exists(path));
    CHECK_THROWS_AS(PrivateDir("/nonexistent-dir-for-summakoll", "x-"), std::runtime_error);
}

TEST_CASE("upload names: the last component, no control characters, the extension kept") {
    CHECK(safe_upload_name("budget.xlsx") == "budget.xlsx");
    CHECK(safe_upload_name("../../etc/passwd") == "passwd");
    CHECK(safe_upload_name("C:\\Users\\Åsa\\Fördelning 2026.xlsx") == "Fördelning 2026.xlsx");
    CHECK(safe_upload_name("..") == "fil");
    CHECK(safe_upload_name("") == "fil");
    CHECK(safe_upload_name(".xlsx") == "xlsx");  // a hidden name, not an extension
    CHECK(safe_upload_name("a\nb\x01.csv") == "ab.csv");
    std::string longname = std::string(300, 'x') + ".xlsx";
    CHECK(safe_upload_name(longname).size() == 120);
    CHECK(safe_upload_name(longname).ends_with(".xlsx"));
    std::string swedish;
    for (int i = 0; i < 100; ++i) swedish += "ö";  // two bytes each: never cut in half
    std::string cut = safe_upload_name(swedish + ".csv");
    CHECK(cut.size() % 2 == 0);

    CHECK(without_dir("/tmp/s-1/req-2/a.xlsx: trasig", "/tmp/s-1/req-2") == "a.xlsx: trasig");
    CHECK(corrected_name("budget.xlsx") == "budget.kontrollerad.xlsx");
    CHECK(corrected_name("budget.XLSM") == "budget.kontrollerad.xlsm");
    CHECK(corrected_name("tabell.csv") == "tabell.kontrollerad.xlsx");
}

TEST_CASE("requests from this computer's own page only") {
    CHECK(is_loopback_host("127.0.0.1"));
    CHECK(is_loopback_host("localhost"));
    CHECK(is_loopback_host("::1"));
    CHECK(is_loopback_host("[::1]"));
    CHECK_FALSE(is_loopback_host("0.0.0.0"));
    CHECK_FALSE(is_loopback_host("192.168.1.10"));

    CHECK(request_allowed("127.0.0.1:8750", "", false));
    CHECK(request_allowed("localhost:8750", "https://localhost:8750", false));
    CHECK(request_allowed("[::1]:8750", "http://[::1]:8750", false));
    CHECK_FALSE(request_allowed("", "", false));
    CHECK_FALSE(request_allowed("evil.example:8750", "", false));            // DNS rebinding
    CHECK_FALSE(request_allowed("127.0.0.1:8750", "https://evil.example", false));  // another site's page
    CHECK_FALSE(request_allowed("127.0.0.1:8750", "null", false));
    CHECK(request_allowed("server.lan:8750", "http://server.lan:8750", true));
    CHECK_FALSE(request_allowed("server.lan:8750", "http://other.lan:8750", true));
}

TEST_CASE("the drop page is built into the program") {
    const WebAsset* page = find_web_asset("/drop/");
    REQUIRE(page != nullptr);
    CHECK(page == find_web_asset("/drop/index.html"));
    CHECK(page->bytes.find("<input type=\"file\"") != std::string_view::npos);
    for (const char* path : {"/drop/drop.css", "/drop/drop.js"}) {
        const WebAsset* a = find_web_asset(path);
        REQUIRE(a != nullptr);
        CHECK(a->bytes.size() == fs::file_size(std::string(SUMMAKOLL_SOURCE_DIR) + "/addin" + path));
    }
    CHECK(find_web_asset("/drop/missing.js") == nullptr);
    CHECK(find_web_asset("/../CMakeLists.txt") == nullptr);
    CHECK(content_type_for("/drop/index.html") == "text/html; charset=utf-8");
    CHECK(content_type_for("/drop/drop.js") == "text/javascript; charset=utf-8");
    CHECK(content_type_for("/x.bin") == "application/octet-stream");
}
