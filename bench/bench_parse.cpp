// bench_parse [N]: parses per second on one core, for N (default 1 000 000)
// strings of the common form ("13 302 905 kr") and for N mixed strings
// (common forms, scale words, percentages, dates, codes, composites, words).
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "normalise/amount.hpp"

namespace {

// The library's own sv-SE spelling, with the group separator swapped.
std::string grouped(std::uint64_t n, const std::string& sep) {
    std::string text = sk::num::format(static_cast<double>(n), sk::num::Unit::None), out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text.compare(i, 2, "\u00A0") == 0) {
            out += sep;
            ++i;
        } else {
            out += text[i];
        }
    return out;
}

std::uint64_t next(std::uint64_t& s) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return s >> 17;
}

std::vector<std::string> common_strings(std::size_t n) {
    const std::string seps[] = {" ", "\u00A0", "\u202F"};
    const char* units[] = {" kr", "", "kr", ""};
    std::vector<std::string> out;
    std::uint64_t s = 1;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t v = next(s) % 100'000'000;
        out.push_back((i % 7 == 0 ? "-" : "") + grouped(v, seps[i % 3]) + units[i % 4]);
    }
    return out;
}

std::vector<std::string> mixed_strings(std::size_t n) {
    const std::vector<std::string> others = {
        "1 150 tkr", "2,48mkr", "-ca 2,7mkr", "12,7 %", "14,1 miljarder kronor", "(8 436)", "\u22121 234",
        "3 038 550:-", "2024-03-27", "0114", "S2024/00330", "08-405 10 00", "Page 57 of 68", "148/10",
        "2022 725 000", "1.000", "Totalt", "-", "", "90,99%"};
    std::vector<std::string> out = common_strings(n);
    // Seven in ten stay the common form, as in real amount columns.
    for (std::size_t i = 0; i < n; ++i)
        if (i % 10 >= 7) out[i] = others[i % others.size()];
    return out;
}

double thread_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Parses per second of this thread's CPU time (the machine may be shared),
// and of wall-clock time.
void measure(const char* what, const std::vector<std::string>& texts, double& checksum) {
    const auto wall = std::chrono::steady_clock::now();
    const double cpu = thread_seconds();
    for (const std::string& t : texts) {
        const sk::num::Parsed p = sk::num::parse(t);
        checksum += p.ok() ? p.reading.value : static_cast<double>(p.status);
    }
    const double cpu_took = thread_seconds() - cpu;
    const std::chrono::duration<double> wall_took = std::chrono::steady_clock::now() - wall;
    const auto n = static_cast<double>(texts.size());
    std::cout << what << ": " << static_cast<long long>(n / cpu_took) << " parses/s of CPU time ("
              << static_cast<long long>(n / wall_took.count()) << " of wall time)\n";
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    double checksum = 0;
    sk::num::parse("1 kr");  // ICU data loaded before timing
    const auto common = common_strings(n);
    const auto mixed = mixed_strings(n);
    measure("common form (\"13 302 905 kr\")", common, checksum);
    measure("mixed (70 % common, 30 % other forms)", mixed, checksum);
    std::cout << "(" << n << " strings each, one thread; checksum " << checksum << ")\n";
}
