#include <doctest/doctest.h>

#include <string>

#include "serve/log_line.hpp"

using namespace sk::serve;

TEST_CASE("a log line shows the path escaped: no forged line, no terminal escape") {
    CHECK(log_line("GET", "/api/health", 200) == "GET /api/health 200");
    std::string forged = log_line("GET", "/x\nGET /forged 200\x1b[31m", 404);
    CHECK(forged == "GET /x%0AGET%20/forged%20200%1B[31m 404");
    CHECK(forged.find('\n') == std::string::npos);
    CHECK(log_line("GET", "/Åsa%", 404) == "GET /%C3%85sa%25 404");  // non-ASCII and '%' too
    CHECK(log_line("G\rET", "/", 400) == "G%0DET / 400");
}

TEST_CASE("a long path is cut after the limit, marked") {
    std::string line = log_line("GET", "/" + std::string(5000, 'a'), 404);
    CHECK(line.size() < log_path_bytes + 20);
    CHECK(line.find("... 404") != std::string::npos);
    CHECK(log_safe(std::string(10, '\n'), 6) == "%0A%0A...");
}
