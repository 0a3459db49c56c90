// Bytes of a text file → UTF-8, the way old Excel CSV exports need it.
#pragma once

#include <string>
#include <string_view>

namespace sk {

// UTF-8 with or without a BOM is kept (BOM removed); UTF-16 LE/BE with a BOM
// and, when the bytes are not valid UTF-8, Windows-1252 are converted with
// ICU's converters. Throws ReadError: NotText when the result holds NUL
// characters (a binary file, or UTF-16 without a BOM).
std::string text_to_utf8(std::string_view bytes);

// `bytes` in the encoding ICU calls `from` ("UTF-16LE", "ISO-8859-1", …) as
// UTF-8, by ICU's one-call conversion. Throws ReadError NotText when ICU cannot.
std::string convert_to_utf8(std::string_view bytes, const char* from);

}  // namespace sk
