#include "read/text_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "read/read_error.hpp"

namespace sk {

namespace {

bool starts_with(std::string_view s, std::string_view head) { return s.substr(0, head.size()) == head; }

bool valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    int32_t length = int32_t(s.size()), i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(p, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

}  // namespace

std::string convert_to_utf8(std::string_view bytes, const char* from) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t size = ucnv_convert("UTF-8", from, nullptr, 0, bytes.data(), int32_t(bytes.size()), &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) throw ReadError(ReadErrorKind::NotText, from);
    std::string out(std::size_t(size), '\0');
    err = U_ZERO_ERROR;
    ucnv_convert("UTF-8", from, out.data(), size, bytes.data(), int32_t(bytes.size()), &err);
    if (U_FAILURE(err)) throw ReadError(ReadErrorKind::NotText, from);
    return out;
}

std::string text_to_utf8(std::string_view bytes) {
    if (bytes.size() > std::size_t(INT32_MAX / 2)) throw ReadError(ReadErrorKind::TooLarge, std::to_string(bytes.size()) + " byte");
    std::string out;
    if (starts_with(bytes, "\xEF\xBB\xBF")) out = std::string(bytes.substr(3));
    else if (starts_with(bytes, "\xFF\xFE")) out = convert_to_utf8(bytes.substr(2), "UTF-16LE");
    else if (starts_with(bytes, "\xFE\xFF")) out = convert_to_utf8(bytes.substr(2), "UTF-16BE");
    else if (valid_utf8(bytes)) out = std::string(bytes);
    else out = convert_to_utf8(bytes, "windows-1252");
    if (out.find('\0') != std::string::npos) throw ReadError(ReadErrorKind::NotText, "");
    return out;
}

}  // namespace sk
