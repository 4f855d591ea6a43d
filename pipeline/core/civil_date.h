// Proleptic Gregorian calendar dates: parsing `YYYY-MM-DD`, validity, weekday
// and day arithmetic. No time zones and no times of day: claimcheck only needs days.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..days_in_month
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid(const CivilDate& d);

// Strict `YYYY-MM-DD`; nullopt for any other shape or an impossible date (2026-02-31).
std::optional<CivilDate> parse_iso_date(std::string_view s);
std::string to_iso(const CivilDate& d);  // "2026-04-27"

// Days since 1970-01-01 and back (H. Hinnant's algorithms).
long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long days);
CivilDate add_days(const CivilDate& d, long n);
// The same day n months on (or back); a day the month lacks falls back to its
// last ("31 January" plus one month is 28 or 29 February).
CivilDate add_months(const CivilDate& d, int n);

// 0 = Monday ... 6 = Sunday (ISO 8601).
int iso_weekday(const CivilDate& d);
// ISO 8601 week-numbering year and week (1..53).
struct IsoWeek { int year; int week; };
IsoWeek iso_week(const CivilDate& d);

// The n-th `weekday` (0 = Monday) of a month, n = 1..5, or n = -1 for the last;
// nullopt when the month has no such day (a fifth Monday). Fixes holidays such
// as "the fourth Thursday of November".
std::optional<CivilDate> nth_weekday(int year, int month, int n, int weekday);
// Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus.
CivilDate easter_sunday(int year);

}  // namespace claimcheck
