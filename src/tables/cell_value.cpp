#include "tables/cell_value.hpp"

#include <optional>
#include <string>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace sk::tables {

namespace {

// Decimals shown by a percent format: "0.0%" → 1.
int percent_decimals(std::string_view fmt) {
    auto dot = fmt.find('.');
    auto pct = fmt.find('%');
    if (dot == std::string_view::npos || pct == std::string_view::npos || dot > pct) return 0;
    int n = 0;
    for (auto i = dot + 1; i < pct && fmt[i] == '0'; ++i) ++n;
    return n;
}

const std::vector<double> no_candidates;
const std::vector<CellValue> no_parts;

}  // namespace

CellValue::CellValue(const CellValue& other)
    : value(other.value), kind(other.kind), unit(other.unit), text_step_exp(other.text_step_exp), decimals(other.decimals),
      readings(other.readings ? std::make_unique<ValueReadings>(*other.readings) : nullptr) {}

CellValue& CellValue::operator=(const CellValue& other) {
    if (this != &other) *this = CellValue(other);
    return *this;
}

CellValue::~CellValue() = default;

const std::vector<double>& CellValue::candidates() const { return readings ? readings->candidates : no_candidates; }
const std::vector<CellValue>& CellValue::parts() const { return readings ? readings->parts : no_parts; }

double kind_scale(num::ColumnKind kind) {
    if (kind == num::ColumnKind::Thousands) return 1e3;
    if (kind == num::ColumnKind::Millions) return 1e6;
    return 1;
}

namespace {

// "2022 1 200 000": a year, then an amount, with only a space between. Most
// likely the amount of that year, but it may be one number typed badly:
// ambiguous, never read silently as either.
std::optional<CellValue> year_then_amount(std::string_view text, const num::Parsed& p, const num::ColumnHint& hint) {
    if (p.parts.size() != 2) return std::nullopt;
    const std::string& year = p.parts[0];
    bool is_year = year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos && year >= "1990" &&
                   year <= "2100";
    auto start = text.find_first_not_of(" \t");
    if (!is_year || start == std::string_view::npos || text.substr(start, 5) != year + " ") return std::nullopt;
    num::Parsed amount = num::parse(p.parts[1], hint);
    if (amount.status != num::Status::Number || amount.reading.value < 1000) return std::nullopt;
    std::string digits = year;
    for (char c : p.parts[1])
        if (c >= '0' && c <= '9') digits += c;
    CellValue v;
    v.kind = ValueKind::Ambiguous;
    v.unit = amount.reading.unit;
    v.readings = std::make_unique<ValueReadings>();
    // The digits only (checked above), so from_chars reads them all.
    auto number = [](std::string_view d) {
        double x = 0;
        std::from_chars(d.data(), d.data() + d.size(), x);
        return x;
    };
    const std::string_view all = digits;
    v.readings->candidates = {amount.reading.value, number(all) * (amount.reading.value / number(all.substr(4)))};
    return v;
}

}  // namespace

CellValue cell_value(const Workbook& wb, const Cell* cell, const num::ColumnHint& hint) {
    CellValue v;
    if (!cell || cell->type == CellType::Empty) return v;
    if (cell->type == CellType::Number) {
        if (cell->is_date) {
            v.kind = ValueKind::Text;
            return v;
        }
        v.kind = ValueKind::Number;
        const std::string& fmt = wb.style_of(*cell).num_format;
        if (fmt.find('%') != std::string::npos) {
            v.unit = num::Unit::Percent;
            v.value = cell->number;
            v.decimals = percent_decimals(fmt);
        } else {
            v.value = cell->number * kind_scale(hint.kind);
            if (fmt.find("kr") != std::string::npos || fmt.find("KR") != std::string::npos ||
                fmt.find("Kr") != std::string::npos)
                v.unit = num::Unit::Kr;
            if (hint.kind == num::ColumnKind::Percent) {
                v.unit = num::Unit::Percent;
                v.value = cell->number / 100;
            }
        }
        return v;
    }
    if (cell->type != CellType::Text) {
        v.kind = ValueKind::Text;
        return v;
    }
    num::Parsed p = num::parse(cell->text, hint);
    switch (p.status) {
        case num::Status::Empty: return v;
        case num::Status::Number:
            v.kind = ValueKind::TextNumber;
            v.value = p.reading.value;
            v.unit = p.reading.unit;
            v.decimals = p.reading.decimals;
            if (p.reading.unit == num::Unit::Kr && p.reading.step > 1)
                v.text_step_exp = std::int8_t(std::clamp(std::lround(std::log10(p.reading.step)), 0L, 18L));
            return v;
        case num::Status::Ambiguous:
            v.kind = ValueKind::Ambiguous;
            v.readings = std::make_unique<ValueReadings>();
            for (const auto& r : p.candidates) v.readings->candidates.push_back(r.value);
            if (!p.candidates.empty()) v.unit = p.candidates.front().unit;
            return v;
        case num::Status::Composite: {
            if (std::optional<CellValue> y = year_then_amount(cell->text.view(), p, hint)) return std::move(*y);
            // Each part read with the column's hint; a part that is not one
            // plain number makes the whole cell text.
            v.readings = std::make_unique<ValueReadings>();
            for (const std::string& part : p.parts) {
                num::Parsed pp = num::parse(part, hint);
                if (pp.status != num::Status::Number) {
                    v.readings.reset();
                    v.kind = ValueKind::Text;
                    return v;
                }
                CellValue pv;
                pv.kind = ValueKind::Number;
                pv.value = pp.reading.value;
                pv.unit = pp.reading.unit;
                pv.decimals = pp.reading.decimals;
                v.readings->parts.push_back(std::move(pv));
            }
            v.kind = ValueKind::Composite;
            return v;
        }
        case num::Status::Rejected:
            v.kind = p.reason == num::Rejection::Code ? ValueKind::Code : ValueKind::Text;
            return v;
        default: v.kind = ValueKind::Text; return v;
    }
}

}  // namespace sk::tables
