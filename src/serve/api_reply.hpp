// What every request handler returns: a status, a body and its type. Handlers
// are plain functions from bytes to an ApiReply, so the tests need no sockets.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace sk::serve {

struct ApiReply {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    std::string download_name;  // a file to save: sent as Content-Disposition: attachment
    std::vector<std::pair<std::string, std::string>> headers;
};

// The type of an .xlsx body.
inline constexpr const char* xlsx_content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

ApiReply json_reply(const nlohmann::json& body, int status = 200);

// Every error has one shape: {"tool":"summakoll","error":{"code":"…","message":"…"}},
// the message one line in the request's language.
ApiReply error_reply(int status, const std::string& code, const std::string& message);

}  // namespace sk::serve
