#include "normalise/several_numbers.hpp"

#include <algorithm>
#include <string>

#include "normalise/reading_builder.hpp"
#include "normalise/unit_words.hpp"

namespace sk::num {

namespace {

bool is_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

bool valid_day_month(std::string_view d, std::string_view m) {
    return is_digits(d) && is_digits(m) && d.size() <= 2 && m.size() <= 2 && to_int(d) >= 1 && to_int(d) <= 31 &&
           to_int(m) >= 1 && to_int(m) <= 12;
}

bool is_year(std::string_view y) { return is_digits(y) && (y.size() == 4 || y.size() == 2); }

// y-m-d, d-m-y, d/m/y
bool is_date(std::string_view a, std::string_view b, std::string_view c) {
    return (a.size() == 4 && is_year(a) && valid_day_month(c, b)) || (is_year(c) && valid_day_month(a, b));
}

// "3 2024" in "27/3 2024"
bool is_month_then_year(std::string_view run) {
    const auto space = run.find(' ');
    return space != std::string_view::npos && run.substr(space + 1).size() == 4 &&
           valid_day_month("1", run.substr(0, space)) && is_digits(run.substr(space + 1));
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

// The parts of a text split at every `sep`, if each is a number.
std::optional<std::vector<std::string>> numeric_parts(std::string_view c, char sep, const ColumnHint& hint,
                                                      ReadPart read_part, Parsed& first_failure) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = c.find(sep, start);
        const std::string_view part = trim(c.substr(start, end == std::string_view::npos ? end : end - start));
        Parsed p = read_part(part, hint);
        if (p.status != Status::Number) {
            first_failure = p.status == Status::Rejected ? p : rejected(Rejection::Malformed);
            return std::nullopt;
        }
        parts.emplace_back(part);
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

std::size_t digit_count(const std::vector<Token>& tokens) {
    std::size_t n = 0;
    for (const Token& t : tokens)
        if (t.kind == Token::Kind::Digits)
            n += static_cast<std::size_t>(std::count_if(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; }));
    return n;
}

}  // namespace

Parsed not_a_number(std::string_view c, const std::vector<Token>& tokens) {
    bool letters = false, digits = false;
    for (const Token& t : tokens) {
        if (t.kind == Token::Kind::Word && is_month_word(t.text)) return rejected(Rejection::Date);
        letters |= t.kind == Token::Kind::Word;
        digits |= t.kind == Token::Kind::Digits;
    }
    if (letters && digits && c.find(' ') == std::string_view::npos) return rejected(Rejection::Code);
    return rejected(letters ? Rejection::Words : Rejection::Malformed);
}

Parsed classify_several(std::string_view c, const std::vector<Token>& tokens, const ColumnHint& hint,
                        ReadPart read_part) {
    // The shape: "n" for a digit run, "w" for a word, the symbol itself otherwise.
    std::string shape;
    std::vector<std::string_view> runs;
    for (const Token& t : tokens) {
        if (t.kind == Token::Kind::Word && is_month_word(t.text)) return rejected(Rejection::Date);
        if (t.kind == Token::Kind::Digits) runs.push_back(t.text);
        shape += t.kind == Token::Kind::Digits ? 'n' : t.kind == Token::Kind::Word ? 'w' : t.text[0];
    }
    if ((shape == "n-n-n" || shape == "n/n/n") && is_date(runs[0], runs[1], runs[2])) return rejected(Rejection::Date);
    if (shape == "n-n-n") return rejected(runs[0][0] == '0' ? Rejection::Phone : Rejection::Malformed);
    if ((shape == "n/n" && is_month_then_year(runs[1])) || (shape == "n/n-n" && is_date(runs[0], runs[1], runs[2])))
        return rejected(Rejection::Date);
    if (shape == "n:n") {
        const bool time = runs[0].size() <= 2 && to_int(runs[0]) <= 23 && runs[1].size() == 2 && to_int(runs[1]) <= 59;
        return rejected(time ? Rejection::Time : Rejection::Ratio);
    }
    // "2007/08:110": a reference, not numbers.
    if (shape.find('/') != std::string::npos && shape.find(':') != std::string::npos) return rejected(Rejection::Code);
    if (runs[0].size() > 1 && runs[0][0] == '0' && shape.starts_with("n-") && digit_count(tokens) >= 7)
        return rejected(Rejection::Phone);
    Parsed failure = rejected(Rejection::Malformed);
    if (std::count(shape.begin(), shape.end(), '/') >= 1 && shape.find('-') == std::string::npos) {
        if (auto parts = numeric_parts(c, '/', hint, read_part, failure)) {
            Parsed p;
            p.status = Status::Composite;
            p.parts = std::move(*parts);
            return p;
        }
        return failure;
    }
    if (std::count(shape.begin(), shape.end(), '-') == 1 && shape.find('-') > 0 && shape.find('/') == std::string::npos) {
        if (auto parts = numeric_parts(c, '-', hint, read_part, failure)) return rejected(Rejection::Range, std::move(*parts));
    }
    return not_a_number(c, tokens);
}

}  // namespace sk::num
