#include <doctest/doctest.h>

#include "read/iso_date.hpp"
#include "read/number_format.hpp"

using namespace sk;

TEST_CASE("date formats are told from amount formats") {
    CHECK(is_date_format(14, "mm-dd-yy"));
    CHECK(is_date_format(164, "yyyy-mm-dd"));
    CHECK(is_date_format(165, "[h]:mm:ss"));
    CHECK(is_date_format(166, "[$-41D]d\\ mmmm\\ yyyy"));
    CHECK_FALSE(is_date_format(0, "General"));
    CHECK_FALSE(is_date_format(167, "#,##0 \"kr\""));
    CHECK_FALSE(is_date_format(168, "#,##0\\ \"mkr\""));
    CHECK_FALSE(is_date_format(169, "[Red]#,##0;[Blue]-#,##0"));
    CHECK_FALSE(is_date_format(170, "_-* #,##0\\ _k_r_-;\\-* #,##0\\ _k_r_-"));
    CHECK_FALSE(is_date_format(10, "0.00%"));
    CHECK(builtin_number_format(10) == "0.00%");
    CHECK(builtin_number_format(30).empty());
}

TEST_CASE("ISO dates become Excel serials") {
    CHECK(*iso_date_serial("2021-01-01", false) == doctest::Approx(44197));
    CHECK(*iso_date_serial("1900-01-01", false) == doctest::Approx(1));
    CHECK(*iso_date_serial("1900-03-01", false) == doctest::Approx(61));
    CHECK(*iso_date_serial("1904-01-02", true) == doctest::Approx(1));
    CHECK(*iso_date_serial("2021-01-01T12:00:00", false) == doctest::Approx(44197.5));
    CHECK(*iso_date_serial("06:00:00", false) == doctest::Approx(0.25));
    CHECK_FALSE(iso_date_serial("2021-13-01", false));
    CHECK_FALSE(iso_date_serial("13 302 905", false));
}
