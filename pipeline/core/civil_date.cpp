#include "pipeline/core/civil_date.h"

#include <algorithm>

#include <cstdio>

namespace claimcheck {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

bool is_valid(const CivilDate& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n) -> int {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  CivilDate d{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (d.year < 0 || d.month < 0 || d.day < 0 || !is_valid(d)) return std::nullopt;
  return d;
}

std::string to_iso(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

long days_from_civil(const CivilDate& d) {
  const long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (d.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

CivilDate add_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

CivilDate add_months(const CivilDate& d, int n) {
  const int m = d.year * 12 + (d.month - 1) + n;
  const int y = m / 12, mo = m % 12 + 1;
  return {y, mo, std::min(d.day, days_in_month(y, mo))};
}

int iso_weekday(const CivilDate& d) {
  const long z = days_from_civil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

IsoWeek iso_week(const CivilDate& d) {
  // The ISO week belongs to the year of its Thursday.
  const CivilDate thursday = add_days(d, 3 - iso_weekday(d));
  const long jan1 = days_from_civil({thursday.year, 1, 1});
  return {thursday.year, static_cast<int>((days_from_civil(thursday) - jan1) / 7 + 1)};
}

std::optional<CivilDate> nth_weekday(int year, int month, int n, int weekday) {
  if (month < 1 || month > 12 || weekday < 0 || weekday > 6 || n == 0 || n < -1 || n > 5) return std::nullopt;
  if (n == -1) {
    const CivilDate last{year, month, days_in_month(year, month)};
    return add_days(last, -((iso_weekday(last) - weekday + 7) % 7));
  }
  const CivilDate first{year, month, 1};
  const CivilDate d = add_days(first, (weekday - iso_weekday(first) + 7) % 7 + 7L * (n - 1));
  if (d.month != month) return std::nullopt;
  return d;
}

CivilDate easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

}  // namespace claimcheck
