// Lengths of time: reads the ISO 8601 periods the duration extractor gives
// ("P10Y", "P18M", "PT48H"; extractors/durations) and says whether two stated
// lengths agree, merely fit together, or cannot both be true. Pure arithmetic
// on the attrs; it knows nothing of what the lengths are of.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace claimcheck {

struct Length {
  double low = 0, high = 0;  // in days (a year 365.25, a month 30.4375); equal unless a range
  enum class Bound { kExact, kApprox, kAtLeast, kAtMost } bound = Bound::kExact;
  char unit = 0;  // the period's designator (Y, M, W, D, H); 0 for counts

  bool range() const { return low != high; }
};

// The length of a duration claim's attrs (period, period_low, approx), or
// nothing when its period is not one ISO 8601 designator with a positive number.
std::optional<Length> length_of(const nlohmann::json& attrs);

// Days in an ISO 8601 period of one designator ("P10Y" -> 3652.5), or nothing.
std::optional<double> period_days(const std::string& period);

// How a source length stands to an official one:
//   kSame      one length told two ways ("three months" and "90 days"; "18
//              months" and "a year and a half"): within 4%, or 15% where
//              either is approximate; exactly where both are exact and in one
//              unit ("35 hours" is no "36 hours"); bounds and ranges only when
//              both say the same bound and ends.
//   kFits      both can be true, neither says the other ("up to 30 years"
//              against "20 years"; "three to five years" against "four years").
//   kDiffers   both cannot be true of one thing ("seven years" against "ten
//              years"; "at least five years" against "three years"; two
//              thresholds of one kind, "more than 90 days" against "more
//              than 180 days").
// `exact_slack` is the slack of two lengths said exactly; counts of things
// ("24 aircraft") are related the same way with none.
enum class LengthRelation { kSame, kFits, kDiffers };
LengthRelation relate(const Length& source, const Length& official, double exact_slack = 0.04);

// A magnitude with the hedge of an "approx" attr ("approx", "lower_bound",
// "upper_bound"; anything else is exact), for relate().
Length hedged_magnitude(double value, const std::string& approx);

// "P10Y" -> "10 years", for reasons; the period itself when it cannot say.
std::string describe_period(const std::string& period);

}  // namespace claimcheck
