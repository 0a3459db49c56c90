#include "check/judge.hpp"

#include <cmath>

namespace sk::check {

Verdict judge(double stated, double expected, std::size_t components, double unit) {
    double diff = std::fabs(stated - expected);
    if (diff < 0.005) return Verdict::Exact;
    if (diff <= double(components) * unit + 1e-6) return Verdict::Rounding;
    return Verdict::Mismatch;
}

}  // namespace sk::check
