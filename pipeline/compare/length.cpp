#include "pipeline/compare/length.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace claimcheck {
namespace {

// Slack of a length said approximately ("about five years").
constexpr double kApproxSlack = 0.15;

double days_per(char designator) {
  switch (designator) {
    case 'Y': return 365.25;
    case 'M': return 30.4375;
    case 'W': return 7;
    case 'D': return 1;
    case 'H': return 1.0 / 24;
  }
  return 0;
}

// What a length allows, in days: [lo, hi].
std::pair<double, double> allowed(const Length& l, double slack) {
  switch (l.bound) {
    case Length::Bound::kExact: return {l.low, l.high};
    case Length::Bound::kApprox: return {l.low * (1 - slack), l.high * (1 + slack)};
    case Length::Bound::kAtLeast: return {l.low, std::numeric_limits<double>::infinity()};
    case Length::Bound::kAtMost: return {0, l.high};
  }
  return {l.low, l.high};
}

}  // namespace

std::optional<double> period_days(const std::string& p) {
  const bool hours = p.rfind("PT", 0) == 0;
  const size_t from = hours ? 2 : 1;
  if (p.size() < from + 2 || p[0] != 'P') return std::nullopt;
  double n = 0;
  auto [end, ec] = std::from_chars(p.data() + from, p.data() + p.size() - 1, n);
  if (ec != std::errc() || end != p.data() + p.size() - 1 || !(n > 0)) return std::nullopt;
  const char d = p.back();
  if (hours != (d == 'H')) return std::nullopt;
  const double per = days_per(d);
  if (per == 0) return std::nullopt;
  return n * per;
}

std::optional<Length> length_of(const nlohmann::json& attrs) {
  if (!attrs.is_object()) return std::nullopt;
  auto text = [&](const char* key) {
    auto it = attrs.find(key);
    return it != attrs.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const auto high = period_days(text("period"));
  if (!high) return std::nullopt;
  Length l;
  l.low = l.high = *high;
  l.unit = text("period").back();
  if (const std::string low = text("period_low"); !low.empty()) {
    const auto d = period_days(low);
    if (!d || *d > *high) return std::nullopt;
    l.low = *d;
  }
  l.bound = hedged_magnitude(0, text("approx")).bound;
  return l;
}

Length hedged_magnitude(double value, const std::string& approx) {
  Length l;
  l.low = l.high = value;
  if (approx == "approx") l.bound = Length::Bound::kApprox;
  if (approx == "lower_bound") l.bound = Length::Bound::kAtLeast;
  if (approx == "upper_bound") l.bound = Length::Bound::kAtMost;
  return l;
}

// The default exact slack: "three months" is 91.3 days and "90 days" is the
// same; "four weeks" (28) is no month (30.4).
LengthRelation relate(const Length& s, const Length& o, double exact_slack) {
  const bool loose = s.bound == Length::Bound::kApprox || o.bound == Length::Bound::kApprox;
  const double slack = loose ? kApproxSlack : s.unit != 0 && s.unit == o.unit ? 0 : exact_slack;
  auto near = [&](double x, double y) { return std::abs(x - y) <= slack * std::max(x, y); };
  const bool same_shape = s.bound == o.bound || loose;
  if (same_shape && s.range() == o.range() && near(s.low, o.low) && near(s.high, o.high)) return LengthRelation::kSame;
  // Two thresholds of one kind ("more than 90 days overdue" against "more than
  // 180 days overdue") are one condition told two ways, not two that fit.
  if (s.bound == o.bound && (s.bound == Length::Bound::kAtLeast || s.bound == Length::Bound::kAtMost) &&
      !s.range() && !o.range())
    return LengthRelation::kDiffers;
  const auto [slo, shi] = allowed(s, slack);
  const auto [olo, ohi] = allowed(o, slack);
  if (shi * (1 + slack) < olo || ohi * (1 + slack) < slo) return LengthRelation::kDiffers;
  return LengthRelation::kFits;
}

std::string describe_period(const std::string& p) {
  const bool hours = p.rfind("PT", 0) == 0;
  if (p.size() < (hours ? 4u : 3u)) return p;
  const std::string n = p.substr(hours ? 2 : 1, p.size() - (hours ? 3 : 2));
  const char* unit = nullptr;
  switch (p.back()) {
    case 'Y': unit = "year"; break;
    case 'M': unit = "month"; break;
    case 'W': unit = "week"; break;
    case 'D': unit = "day"; break;
    case 'H': unit = "hour"; break;
    default: return p;
  }
  return n + " " + unit + (n == "1" ? "" : "s");
}

}  // namespace claimcheck
