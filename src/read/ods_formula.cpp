#include "read/ods_formula.hpp"

#include "base/bytes.hpp"

#include <cctype>

namespace sk {

namespace {

// One side of a reference: "$Blad2.$C$3" → sheet "Blad2", cell "$C$3".
struct RefPart {
    std::string sheet;  // as Excel writes it: quoted when needed; empty when not named
    std::string cell;
};

bool plain_sheet_name(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
    for (unsigned char c : bytes(name))
        if (!(std::isalnum(c) || c == '_' || c >= 0x80)) return false;
    return true;
}

std::string excel_sheet(std::string_view name) {
    if (plain_sheet_name(name)) return std::string(name);
    std::string out = "'";
    for (char c : name) {
        out += c;
        if (c == '\'') out += '\'';
    }
    return out + "'";
}

RefPart ref_part(std::string_view s) {
    RefPart part;
    if (!s.empty() && s.front() == '$') s.remove_prefix(1);  // an absolute sheet: Excel has no such thing
    std::string name;
    std::size_t i = 0;
    if (!s.empty() && s.front() == '\'') {  // 'It''s'.A1
        for (i = 1; i < s.size(); ++i) {
            if (s[i] != '\'') {
                name += s[i];
            } else if (i + 1 < s.size() && s[i + 1] == '\'') {
                name += '\'';
                ++i;
            } else {
                ++i;
                break;
            }
        }
    } else {
        while (i < s.size() && s[i] != '.') name += s[i++];
    }
    if (i < s.size() && s[i] == '.') {
        part.cell = std::string(s.substr(i + 1));
        if (!name.empty()) part.sheet = excel_sheet(name);
    } else {
        part.cell = std::string(s);  // "#REF!" and other forms without a sheet dot
    }
    return part;
}

// Splits the reference at ':' outside quotes.
std::string reference(std::string_view ref) {
    std::size_t colon = std::string_view::npos;
    bool quoted = false;
    for (std::size_t i = 0; i < ref.size(); ++i) {
        if (ref[i] == '\'') quoted = !quoted;
        else if (ref[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon == std::string_view::npos) {
        RefPart p = ref_part(ref);
        return p.sheet.empty() ? p.cell : p.sheet + "!" + p.cell;
    }
    RefPart a = ref_part(ref.substr(0, colon)), b = ref_part(ref.substr(colon + 1));
    std::string sheets = a.sheet;
    if (!b.sheet.empty() && b.sheet != a.sheet) sheets += ":" + b.sheet;  // a 3-D reference
    return (sheets.empty() ? "" : sheets + "!") + a.cell + ":" + b.cell;
}

}  // namespace

std::string ods_formula_to_a1(std::string_view f) {
    bool excel = false;
    if (std::size_t colon = f.find(':'); colon != std::string_view::npos && colon < 8 && f.find('=') == colon + 1) {
        excel = f.substr(0, colon) == "msoxl";
        f.remove_prefix(colon + 1);
    }
    if (!f.empty() && f.front() == '=') f.remove_prefix(1);
    if (excel) return std::string(f);
    std::string out;
    out.reserve(f.size());
    int braces = 0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        char c = f[i];
        if (c == '"') {  // a string literal, "" inside it
            std::size_t end = i + 1;
            while (end < f.size() && !(f[end] == '"' && (end + 1 >= f.size() || f[end + 1] != '"')))
                end += f[end] == '"' ? 2u : 1u;
            out.append(f.substr(i, end + 1 - i));
            i = end;
        } else if (c == '[') {
            std::size_t end = i + 1;
            bool quoted = false;
            while (end < f.size() && (quoted || f[end] != ']')) {
                if (f[end] == '\'') quoted = !quoted;
                ++end;
            }
            out += reference(f.substr(i + 1, end - i - 1));
            i = end;
        } else if (c == ';') {
            out += ',';  // arguments, and columns of an inline array
        } else if (c == '|' && braces > 0) {
            out += ';';  // rows of an inline array
        } else {
            if (c == '{') ++braces;
            if (c == '}' && braces > 0) --braces;
            out += c;
        }
    }
    return out;
}

}  // namespace sk
