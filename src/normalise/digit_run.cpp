#include "normalise/digit_run.hpp"

#include <algorithm>
#include <optional>

#include "normalise/reading_builder.hpp"

namespace sk::num {

namespace {

struct Split {
    std::vector<std::string_view> groups;
    std::string seps;
};

Split split_run(std::string_view run) {
    Split s;
    std::size_t start = 0;
    for (std::size_t i = 0; i < run.size(); ++i)
        if (run[i] < '0' || run[i] > '9') {
            s.groups.push_back(run.substr(start, i - start));
            s.seps.push_back(run[i]);
            start = i + 1;
        }
    s.groups.push_back(run.substr(start));
    return s;
}

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

// Groups [first, last) joined by a grouping separator: "1", "234", "567".
bool well_grouped(const std::vector<std::string_view>& g, std::size_t first, std::size_t last) {
    if (last - first == 1) return g[first].size() == 1 || g[first][0] != '0';
    if (g[first].empty() || g[first].size() > 3 || g[first][0] == '0') return false;
    for (std::size_t i = first + 1; i < last; ++i)
        if (g[i].size() != 3) return false;
    return true;
}

std::string joined(const std::vector<std::string_view>& g, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i < last; ++i) out += g[i];
    return out;
}

// How the separators read with `group` as grouping and `decimal` as the
// decimal mark ('\0': not used); nothing when they cannot.
std::optional<CleanNumber> interpret(const Split& s, char group, char decimal) {
    const bool has_decimal = decimal != '\0' && s.seps.back() == decimal;
    const std::size_t int_seps = s.seps.size() - (has_decimal ? 1 : 0);
    for (std::size_t i = 0; i < int_seps; ++i)
        if (s.seps[i] != group) return std::nullopt;
    if (!well_grouped(s.groups, 0, int_seps + 1)) return std::nullopt;
    CleanNumber n{joined(s.groups, 0, int_seps + 1), has_decimal ? std::string(s.groups.back()) : std::string()};
    if (n.integer.size() + n.fraction.size() > static_cast<std::size_t>(max_digits)) return std::nullopt;
    return n;
}

bool is_date(const Split& s) {
    if (s.groups.size() != 3 || s.seps != "..") return false;
    auto valid = [](std::string_view y, std::string_view m, std::string_view d) {
        return y.size() == 4 && m.size() <= 2 && d.size() <= 2 && to_int(m) >= 1 && to_int(m) <= 12 && to_int(d) >= 1 &&
               to_int(d) <= 31;
    };
    return valid(s.groups[2], s.groups[1], s.groups[0]) || valid(s.groups[0], s.groups[1], s.groups[2]);
}

std::size_t digit_count(std::string_view run) {
    return static_cast<std::size_t>(std::count_if(run.begin(), run.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

DigitRun no_reading(std::string_view run, const Split& s) {
    DigitRun out;
    const bool spaced = s.seps.find_first_not_of(' ') == std::string::npos;
    const int year = s.groups[0].size() == 4 ? to_int(s.groups[0]) : 0;
    if (spaced && year >= 1900 && year <= 2099 && well_grouped(s.groups, 1, s.groups.size())) {
        out.year = std::string(s.groups[0]);
        out.rest = std::string(run.substr(5));
        // Both readings when the whole also looks like one grouped amount.
        if (s.groups[1].size() == 3 && digit_count(run) <= static_cast<std::size_t>(max_digits))
            out.readings = {{joined(s.groups, 1, s.groups.size()), ""}, {joined(s.groups, 0, s.groups.size()), ""}};
        return out;
    }
    if (is_date(s))
        out.reason = Rejection::Date;
    else if (run[0] == '0' && digit_count(run) >= 7 && digit_count(run) <= 13)
        out.reason = Rejection::Phone;
    else
        out.reason = Rejection::Malformed;
    return out;
}

// Whether a reading treats "." as grouping or "," as a decimal (the
// Swedish/continental habit) rather than the English one.
bool dot_groups(const Split& s, const CleanNumber& n) {
    const char sep = s.seps.back();
    return (sep == ',') == !n.fraction.empty();
}

}  // namespace

DigitRun read_digit_run(std::string_view run, ColumnHint::Separator separator, bool prefer_decimal) {
    const Split s = split_run(run);
    DigitRun out;
    if (s.seps.empty()) {
        if (run.size() > 1 && run[0] == '0')
            out.reason = Rejection::Code;
        else if (run.size() > static_cast<std::size_t>(max_digits))
            out.reason = Rejection::Malformed;
        else
            out.readings.push_back({std::string(run), ""});
        return out;
    }
    for (char group : {' ', '.', ',', '\0'})
        for (char decimal : {',', '.', '\0'}) {
            if (group == decimal) continue;
            auto n = interpret(s, group, decimal);
            if (n && std::find(out.readings.begin(), out.readings.end(), *n) == out.readings.end())
                out.readings.push_back(*n);
        }
    if (out.readings.empty()) return no_reading(run, s);
    if (out.readings.size() == 1) return out;
    // Two readings: one "." or "," followed by three digits ("1.000", "1,234").
    std::stable_partition(out.readings.begin(), out.readings.end(),
                          [&](const CleanNumber& n) { return dot_groups(s, n); });
    auto keep = [&](auto pred) {
        std::erase_if(out.readings, [&](const CleanNumber& n) { return !pred(n); });
    };
    if (prefer_decimal)
        keep([](const CleanNumber& n) { return !n.fraction.empty(); });
    else if (separator == ColumnHint::Separator::DotGroups)
        keep([&](const CleanNumber& n) { return dot_groups(s, n); });
    else if (separator == ColumnHint::Separator::CommaGroups)
        keep([&](const CleanNumber& n) { return !dot_groups(s, n); });
    return out;
}

}  // namespace sk::num
