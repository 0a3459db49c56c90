// Appending text to XML parts being written: escaping, Excel's _xHHHH_ form
// for characters XML cannot carry, and numbers in their shortest exact form.
#pragma once

#include <string>
#include <string_view>

namespace sk {

// What every part begins with; Excel ends the line with CR LF.
inline constexpr std::string_view xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

// Element text (<t>, <f>, <v>): & < > escaped; control characters other than
// tab and line feed as _xHHHH_ (as Excel writes them, carriage return
// included); a literal "_xHHHH_" protected as "_x005F_xHHHH_" so readers do
// not decode it; invalid UTF-8 replaced by U+FFFD.
void append_xml_text(std::string& out, std::string_view s);

// Attribute values: & < > " escaped, tab/line feed/carriage return as
// character references; other control characters cannot be carried by XML
// and are dropped; invalid UTF-8 replaced by U+FFFD.
void append_xml_attr(std::string& out, std::string_view s);

// The same as new strings, for text spliced into existing parts.
inline std::string xml_text(std::string_view s) {
    std::string out;
    append_xml_text(out, s);
    return out;
}
inline std::string xml_attr(std::string_view s) {
    std::string out;
    append_xml_attr(out, s);
    return out;
}

// True when the text begins or ends with a space, tab or line feed, which
// <t> keeps only with xml:space="preserve" (a carriage return is written as
// _x000D_ and needs nothing).
bool needs_space_preserve(std::string_view s);

// The shortest text that reads back as exactly `v` ("0.1", "1234567", "1e+20").
// `v` must be finite.
void append_number(std::string& out, double v);

}  // namespace sk
