#include "check/judge.hpp"

#include <cmath>

namespace sk::check {

Verdict judge(double stated, double expected, std::size_t components, double unit) {
    double diff = std::fabs(stated - expected);
    if (diff < 0.005) return Verdict::Exact;
    if (diff <= double(components) * unit + 1e-6) return Verdict::Rounding;
    return Verdict::Mismatch;
}

std::vector<double> possible_sums(const std::vector<const tables::CellValue*>& values, bool excel_view) {
    double base = 0;
    std::vector<const tables::CellValue*> ambiguous;
    for (const tables::CellValue* v : values) {
        if (v->kind == tables::ValueKind::Number) base += v->value;
        else if (excel_view) continue;
        else if (v->kind == tables::ValueKind::TextNumber) base += v->value;
        else if (v->kind == tables::ValueKind::Ambiguous && !v->candidates().empty()) ambiguous.push_back(v);
    }
    std::vector<double> sums{base};
    // At most 4 ambiguous cells are combined (≤ 81 sums); beyond that only the first readings.
    std::size_t combined = 0;
    for (const tables::CellValue* v : ambiguous) {
        std::vector<double> next;
        bool all = combined++ < 4;
        for (double s : sums)
            for (std::size_t k = 0; k < v->candidates().size() && (all || k == 0) && k < 3; ++k)
                next.push_back(s + v->candidates()[k]);
        sums = std::move(next);
    }
    return sums;
}

}  // namespace sk::check
