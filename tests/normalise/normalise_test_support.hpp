// Shared helpers for the normaliser tests: names for statuses, and one check
// of a Parsed against an expected row.
#pragma once

#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include "normalise/amount.hpp"

namespace sk::num::test {

inline const char* status_name(Status s) {
    switch (s) {
        case Status::Number: return "number";
        case Status::Ambiguous: return "ambiguous";
        case Status::Composite: return "composite";
        case Status::Rejected: return "rejected";
        case Status::Empty: return "empty";
    }
    return "";
}

inline const char* unit_name(Unit u) { return u == Unit::Kr ? "kr" : u == Unit::Percent ? "percent" : ""; }

inline bool same_value(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

}  // namespace sk::num::test
