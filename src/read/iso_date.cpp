#include "read/iso_date.hpp"

#include <cstdint>

namespace sk {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

// "HH:MM:SS(.fff)" at the start of s → fraction of a day.
std::optional<double> time_of_day(std::string_view s) {
    int h, m, sec = 0;
    if (!digits(s, 0, 2, h) || s.size() < 5 || s[2] != ':' || !digits(s, 3, 2, m)) return std::nullopt;
    std::size_t i = 5;
    double frac = 0;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, 6, 2, sec)) return std::nullopt;
        i = 8;
        if (i < s.size() && s[i] == '.') {
            double scale = 0.1;
            for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, scale /= 10) frac += (s[i] - '0') * scale;
        }
    }
    if (i < s.size() && s.substr(i) != "Z") return std::nullopt;
    if (h > 24 || m > 59 || sec > 60) return std::nullopt;
    return (h * 3600 + m * 60 + sec + frac) / 86400.0;
}

}  // namespace

std::optional<double> iso_date_serial(std::string_view s, bool date1904) {
    if (s.size() >= 5 && s[2] == ':') return time_of_day(s);
    int y, m, d;
    if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' ||
        !digits(s, 8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    double serial = double(days_from_civil(y, unsigned(m), unsigned(d)) -
                           days_from_civil(date1904 ? 1904 : 1899, date1904 ? 1 : 12, date1904 ? 1 : 30));
    // Excel counts a 29 February 1900 that never was: earlier dates are one lower.
    if (!date1904 && serial < 61) serial -= 1;
    if (s.size() > 10) {
        if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
        auto t = time_of_day(s.substr(11));
        if (!t) return std::nullopt;
        serial += *t;
    }
    return serial;
}

}  // namespace sk
