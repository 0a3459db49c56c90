#include "tables/possible_sums.hpp"

namespace sk::tables {

std::vector<double> possible_sums(const std::vector<const CellValue*>& values, bool excel_view) {
    double base = 0;
    std::vector<const CellValue*> ambiguous;
    for (const CellValue* v : values) {
        if (v->kind == ValueKind::Number) base += v->value;
        else if (excel_view) continue;
        else if (v->kind == ValueKind::TextNumber) base += v->value;
        else if (v->kind == ValueKind::Ambiguous && !v->candidates().empty()) ambiguous.push_back(v);
    }
    std::vector<double> sums{base};
    // At most 4 ambiguous cells are combined (≤ 81 sums); beyond that only the first readings.
    std::size_t combined = 0;
    for (const CellValue* v : ambiguous) {
        std::vector<double> next;
        bool all = combined++ < 4;
        for (double s : sums)
            for (std::size_t k = 0; k < v->candidates().size() && (all || k == 0) && k < 3; ++k)
                next.push_back(s + v->candidates()[k]);
        sums = std::move(next);
    }
    return sums;
}

}  // namespace sk::tables
