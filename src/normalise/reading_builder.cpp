#include "normalise/reading_builder.hpp"

#include <algorithm>
#include <array>

namespace sk::num {

namespace {

// Powers of ten that doubles hold exactly (10^22 is the last one).
constexpr std::array<double, 23> pow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                          1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

UnitWord column_unit(ColumnKind kind) {
    switch (kind) {
        case ColumnKind::Amount: return {Unit::Kr, 0};
        case ColumnKind::Thousands: return {Unit::Kr, 3};
        case ColumnKind::Millions: return {Unit::Kr, 6};
        case ColumnKind::Percent: return {Unit::Percent, 0};
        case ColumnKind::Unknown:
        case ColumnKind::Code:
        case ColumnKind::Year:
        case ColumnKind::Rate:
        case ColumnKind::Count: return {Unit::None, 0};
    }
    return {Unit::None, 0};
}

}  // namespace

Reading make_reading(bool negative, Decimal d, std::optional<UnitWord> unit, bool approx, const ColumnHint& hint) {
    const UnitWord u = unit ? *unit : column_unit(hint.kind);
    Reading r;
    r.unit = u.unit;
    r.approx = approx;
    r.scale = pow10[static_cast<std::size_t>(u.scale_exp)];
    const auto m = static_cast<double>(d.mantissa);
    // One multiplication and one division keep 2,48 mkr exactly 2 480 000 and
    // 12,7 % the double nearest 0.127.
    if (u.unit == Unit::Percent) {
        r.value = m / pow10[static_cast<std::size_t>(d.decimals) + 2];
        r.decimals = d.decimals;
    } else {
        r.value = m * r.scale / pow10[static_cast<std::size_t>(d.decimals)];
        r.decimals = std::max(0, d.decimals - u.scale_exp);
        r.step = r.scale / pow10[static_cast<std::size_t>(d.decimals)];
    }
    if (negative && d.mantissa != 0) r.value = -r.value;
    return r;
}

Parsed finish(const Reading& reading, const ColumnHint& hint) {
    if (hint.kind == ColumnKind::Code) return rejected(Rejection::Code);
    if (hint.kind == ColumnKind::Year) return rejected(Rejection::Year);
    Parsed p;
    p.status = Status::Number;
    p.reading = reading;
    return p;
}

Parsed finish(std::vector<Reading> readings, const ColumnHint& hint) {
    if (readings.size() == 1) return finish(readings.front(), hint);
    if (hint.kind == ColumnKind::Code) return rejected(Rejection::Code);
    if (hint.kind == ColumnKind::Year) return rejected(Rejection::Year);
    Parsed p;
    p.status = Status::Ambiguous;
    p.candidates = std::move(readings);
    return p;
}

Parsed rejected(Rejection why, std::vector<std::string> parts) {
    Parsed p;
    p.status = Status::Rejected;
    p.reason = why;
    p.parts = std::move(parts);
    return p;
}

}  // namespace sk::num
