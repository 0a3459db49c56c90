#include "fix/text_amount.hpp"

#include <cmath>
#include <cstdio>

#include <unicode/unistr.h>

#include "normalise/sv_symbols.hpp"

namespace sk::fix {

namespace {

// The text with every space as ' ' and every dash or minus as '-', trimmed.
std::string folded(std::string_view text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), std::int32_t(text.size())));
    icu::UnicodeString out;
    for (std::int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (num::space_family().contains(c)) out.append(UChar32(' '));
        else if (num::dash_family().contains(c)) out.append(UChar32('-'));
        else out.append(c);
    }
    std::string s;
    out.toUTF8String(s);
    std::size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// One way of showing a number: what a format code of ours says.
struct Shape {
    bool grouped = false;
    int decimals = 0;
    int thousands = 0;      // scaling: the value is shown ÷ 1 000 per step (tkr, mkr)
    bool parens = false;    // a negative shown as "(8 436)"
    std::string suffix;     // the literal text after the digits (" kr", ":-"), '%' kept as the percent sign
};

std::string digits_code(const Shape& s) {
    std::string code = s.grouped ? "#,##0" : "0";
    if (s.decimals > 0) code += "." + std::string(std::size_t(s.decimals), '0');
    code += std::string(std::size_t(s.thousands), ',');
    // The suffix as quoted literals, a '%' left bare so that it scales by 100.
    std::string literal;
    auto flush = [&] {
        if (!literal.empty()) code += "\"" + literal + "\"";
        literal.clear();
    };
    for (char c : s.suffix) {
        if (c == '%') {
            flush();
            code += '%';
        } else {
            literal += c;
        }
    }
    flush();
    return code;
}

std::string format_code(const Shape& s) {
    std::string pos = digits_code(s);
    return s.parens ? pos + ";(" + pos + ")" : pos;
}

// What Excel in Swedish shows for `value` in the shape (spaces as ' ').
std::string shown(double value, const Shape& s) {
    double v = std::fabs(value);
    for (int i = 0; i < s.thousands; ++i) v /= 1000;
    if (s.suffix.find('%') != std::string::npos) v *= 100;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", s.decimals, v);
    std::string fixed = buf;
    std::size_t dot = fixed.find('.');
    std::string whole = fixed.substr(0, dot), frac = dot == std::string::npos ? "" : fixed.substr(dot + 1);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (s.grouped && i > 0 && (whole.size() - i) % 3 == 0) out += ' ';
        out += whole[i];
    }
    if (!frac.empty()) out += "," + frac;
    out += s.suffix;
    bool negative = value < 0 && std::llround(std::fabs(value) * 100) != 0;
    if (!negative) return out;
    return s.parens ? "(" + out + ")" : "-" + out;
}

}  // namespace

std::optional<TextAmount> certain_text_amount(std::string_view text, const num::ColumnHint& hint) {
    num::Parsed p = num::parse(text, hint);
    if (!p.ok() || p.reading.approx) return std::nullopt;
    const std::string t = folded(text);
    std::size_t first = t.find_first_of("0123456789"), last = t.find_last_of("0123456789");
    if (first == std::string::npos) return std::nullopt;
    std::string prefix = t.substr(0, first), suffix = t.substr(last + 1);
    Shape s;
    if (prefix == "(" && !suffix.empty() && suffix.back() == ')') {
        s.parens = true;
        suffix.pop_back();
    } else if (!prefix.empty() && prefix != "-") {
        return std::nullopt;  // "ca", "+", a currency sign before: not a shape of ours
    }
    if (suffix.find('"') != std::string::npos || suffix.find('\\') != std::string::npos) return std::nullopt;
    s.suffix = suffix;
    for (double scale = p.reading.scale; scale >= 1000 - 0.5; scale /= 1000) ++s.thousands;
    // The shape whose showing is the text itself, or none.
    for (int decimals = 0; decimals <= 4; ++decimals)
        for (bool grouped : {true, false}) {
            s.decimals = decimals;
            s.grouped = grouped;
            if (shown(p.reading.value, s) == t) return TextAmount{p.reading.value, format_code(s)};
        }
    return std::nullopt;
}

}  // namespace sk::fix
