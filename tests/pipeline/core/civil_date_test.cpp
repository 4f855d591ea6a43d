#include <doctest/doctest.h>

#include "pipeline/core/civil_date.h"

namespace claimcheck {

TEST_CASE("parse_iso_date accepts real dates and refuses impossible ones") {
  CHECK(parse_iso_date("2026-04-27") == CivilDate{2026, 4, 27});
  CHECK(parse_iso_date("2024-02-29") == CivilDate{2024, 2, 29});
  CHECK_FALSE(parse_iso_date("2026-02-31"));
  CHECK_FALSE(parse_iso_date("2025-02-29"));
  CHECK_FALSE(parse_iso_date("2026-13-01"));
  CHECK_FALSE(parse_iso_date("2026-4-27"));
  CHECK_FALSE(parse_iso_date("27/04/2026"));
  CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("weekday and day arithmetic") {
  CHECK(iso_weekday({2026, 4, 27}) == 0);  // a Monday
  CHECK(iso_weekday({1970, 1, 1}) == 3);   // a Thursday
  CHECK(add_days({2026, 4, 27}, 2) == CivilDate{2026, 4, 29});
  CHECK(add_days({2024, 2, 28}, 1) == CivilDate{2024, 2, 29});
  CHECK(add_days({2026, 1, 1}, -1) == CivilDate{2025, 12, 31});
  CHECK(to_iso({987, 3, 5}) == "0987-03-05");
}

TEST_CASE("months on keep the day, or the month's last when it lacks it") {
  CHECK(to_iso(add_months({2029, 1, 31}, 1)) == "2029-02-28");
  CHECK(to_iso(add_months({2028, 1, 31}, 1)) == "2028-02-29");
  CHECK(to_iso(add_months({2028, 2, 29}, 12)) == "2029-02-28");
  CHECK(to_iso(add_months({2029, 11, 15}, 3)) == "2030-02-15");
  CHECK(to_iso(add_months({2029, 3, 10}, -15)) == "2027-12-10");
}

TEST_CASE("ISO weeks belong to the year of their Thursday") {
  CHECK(iso_week({2026, 4, 27}).week == 18);
  CHECK(iso_week({2021, 1, 3}).year == 2020);
  CHECK(iso_week({2021, 1, 3}).week == 53);
  CHECK(iso_week({2024, 12, 30}).year == 2025);
}

TEST_CASE("n-th weekdays of a month, counted from either end") {
  CHECK(nth_weekday(2025, 11, 4, 3) == CivilDate{2025, 11, 27});  // US Thanksgiving
  CHECK(nth_weekday(2024, 11, 4, 3) == CivilDate{2024, 11, 28});
  CHECK(nth_weekday(2025, 9, 1, 0) == CivilDate{2025, 9, 1});     // a month that starts on the day
  CHECK(nth_weekday(2025, 5, -1, 0) == CivilDate{2025, 5, 26});   // last Monday of May
  CHECK(nth_weekday(2026, 8, -1, 0) == CivilDate{2026, 8, 31});   // the last day itself
  CHECK(nth_weekday(2026, 3, 5, 1) == CivilDate{2026, 3, 31});    // a fifth Tuesday
  CHECK_FALSE(nth_weekday(2026, 2, 5, 0));                        // no fifth Monday
  CHECK_FALSE(nth_weekday(2026, 13, 1, 0));
  CHECK_FALSE(nth_weekday(2026, 1, 0, 0));
}

TEST_CASE("Easter Sunday, including the earliest and latest possible dates") {
  CHECK(easter_sunday(2024) == CivilDate{2024, 3, 31});
  CHECK(easter_sunday(2025) == CivilDate{2025, 4, 20});
  CHECK(easter_sunday(2026) == CivilDate{2026, 4, 5});
  CHECK(easter_sunday(1998) == CivilDate{1998, 4, 12});
  CHECK(easter_sunday(2000) == CivilDate{2000, 4, 23});
  CHECK(easter_sunday(1818) == CivilDate{1818, 3, 22});
  CHECK(easter_sunday(2038) == CivilDate{2038, 4, 25});
}

}  // namespace claimcheck
