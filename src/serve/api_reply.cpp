#include "serve/api_reply.hpp"

namespace sk::serve {

ApiReply json_reply(const nlohmann::json& body, int status) {
    ApiReply r;
    r.status = status;
    // Replace, never throw, on invalid UTF-8 in a cell's text.
    r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

ApiReply error_reply(int status, const std::string& code, const std::string& message) {
    return json_reply({{"tool", "summakoll"}, {"error", {{"code", code}, {"message", message}}}}, status);
}

}  // namespace sk::serve
