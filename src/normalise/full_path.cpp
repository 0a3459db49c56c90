#include "normalise/full_path.hpp"

#include <algorithm>
#include <string>

#include "normalise/canonical_text.hpp"
#include "normalise/digit_run.hpp"
#include "normalise/icu_decimal.hpp"
#include "normalise/reading_builder.hpp"
#include "normalise/several_numbers.hpp"
#include "normalise/tokens.hpp"
#include "normalise/unit_words.hpp"

namespace sk::num {

namespace {

bool is_symbol(const Token& t, char c) { return t.kind == Token::Kind::Symbol && t.text[0] == c; }

std::string without_spaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ') out += c;
    return out;
}

// What stands before the digits: a sign, "(", "ca"/"cirka"/"~", or "kr"/"SEK".
struct Prefix {
    bool negative = false, sign = false, paren = false, approx = false;
    std::optional<UnitWord> unit;
};

// Reads the prefix tokens; the index of the digit run, or nothing when a
// token is none of the above.
std::optional<std::size_t> read_prefix(const std::vector<Token>& t, Prefix& p) {
    std::size_t i = 0;
    for (; i < t.size() && t[i].kind != Token::Kind::Digits; ++i) {
        const bool dot_follows = i + 1 < t.size() && is_symbol(t[i + 1], '.');
        if (is_symbol(t[i], '-') || is_symbol(t[i], '+')) {
            if (p.sign) return std::nullopt;
            p.sign = true;
            p.negative = is_symbol(t[i], '-');
        } else if (is_symbol(t[i], '(') && !p.paren && !p.sign) {
            p.paren = true;
        } else if (is_symbol(t[i], '~')) {
            p.approx = true;
        } else if (t[i].kind == Token::Kind::Word && is_approx_word(t[i].text)) {
            p.approx = true;
            i += dot_follows ? 1 : 0;
        } else if (t[i].text == "c" && i + 2 < t.size() && is_symbol(t[i + 1], ':') && t[i + 2].text == "a") {
            p.approx = true;  // "c:a"
            i += 2;
        } else if (auto u = unit_before(t[i].text); u && !p.unit) {
            p.unit = u;
            i += dot_follows ? 1 : 0;
        } else {
            return std::nullopt;
        }
    }
    if (i == t.size()) return std::nullopt;
    return i;
}

Parsed read_canonical(std::string_view c, const ColumnHint& hint);

Parsed read_one_run(std::string_view c, const std::vector<Token>& tokens, const ColumnHint& hint) {
    Prefix pre;
    const auto at = read_prefix(tokens, pre);
    if (!at) return not_a_number(c, tokens);
    const Token& run = tokens[*at];
    std::string suffix = without_spaces(c.substr(static_cast<std::size_t>(run.text.data() + run.text.size() - c.data())));
    if (pre.paren) {
        // "(8 436)", "(8 436 kr)", "(8 436) kr": the parentheses make it negative.
        if (pre.sign) return rejected(Rejection::Malformed);
        if (!suffix.empty() && suffix.back() == ')')
            suffix.pop_back();
        else if (!suffix.empty() && suffix.front() == ')')
            suffix.erase(0, 1);
        else
            return rejected(Rejection::Malformed);
        pre.negative = true;
    }
    std::optional<UnitWord> unit = pre.unit;
    if (!suffix.empty()) {
        unit = unit_after(suffix);
        if (unit && pre.unit) return rejected(Rejection::Malformed);  // "kr 5 kr"
        if (!unit) {
            const bool words = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(*at), tokens.end(),
                                           [](const Token& t) { return t.kind == Token::Kind::Word; });
            return words ? not_a_number(c, tokens) : rejected(Rejection::Malformed);
        }
    }
    const bool prefer_decimal = unit && (unit->scale_exp >= 6 || unit->unit == Unit::Percent);
    DigitRun d = read_digit_run(run.text, hint.separator, prefer_decimal);
    if (d.readings.empty()) {
        if (!d.year.empty()) {
            Parsed p;
            p.status = Status::Composite;
            p.parts = {d.year, d.rest};
            return p;
        }
        // "+46 8 405 10 00"
        if (pre.sign && !pre.negative && run.text.starts_with("46") && run.text.size() >= 10)
            return rejected(Rejection::Phone);
        return rejected(d.reason);
    }
    std::vector<Reading> readings;
    for (const CleanNumber& n : d.readings) {
        auto dec = icu_decimal(n);
        if (!dec) return rejected(Rejection::Malformed);
        readings.push_back(make_reading(pre.negative, *dec, unit, pre.approx, hint));
    }
    Parsed p = finish(std::move(readings), hint);
    if (p.status == Status::Ambiguous && !d.year.empty()) p.parts = {d.year, d.rest};
    return p;
}

Parsed read_canonical(std::string_view c, const ColumnHint& hint) {
    if (c.empty() || c == "-") return {};  // a lone dash: nothing entered
    const std::vector<Token> tokens = tokenize(c);
    const auto runs = std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == Token::Kind::Digits; });
    if (runs == 0) return not_a_number(c, tokens);
    if (runs > 1) return classify_several(c, tokens, hint, &read_canonical);
    return read_one_run(c, tokens, hint);
}

}  // namespace

Parsed parse_full(std::string_view text, const ColumnHint& hint) { return read_canonical(canonical_text(text), hint); }

}  // namespace sk::num
