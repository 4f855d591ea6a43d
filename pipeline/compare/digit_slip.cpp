#include "pipeline/compare/digit_slip.h"

#include <cmath>
#include <cstdint>

namespace claimcheck {
namespace {

constexpr double kMicro = 1e6;         // six decimal places are read
constexpr double kLargest = 1e13;      // |v| * 1e6 must fit a uint64_t exactly enough
constexpr double kMostScaled = 1000;   // one unit word: million for billion

// |v| in millionths: 5.5 -> 5500000.
uint64_t millionths(double v) { return static_cast<uint64_t>(std::llround(std::fabs(v) * kMicro)); }

// The digits without trailing zeros: 595,000,000 and 0.595 both 595.
uint64_t significant(uint64_t n) {
  while (n != 0 && n % 10 == 0) n /= 10;
  return n;
}

int digit_count(uint64_t n) {
  int count = 0;
  for (; n != 0; n /= 10) ++count;
  return count;
}

bool transposed(uint64_t a, uint64_t b) {
  if (digit_count(a) != digit_count(b)) return false;  // 20 is no slip of 02
  // Walk the digits from the right; the two must differ in exactly one
  // adjacent pair, swapped, and agree everywhere else (length included).
  int swaps = 0;
  while (a != 0 || b != 0) {
    const uint64_t da = a % 10, db = b % 10;
    if (da == db) {
      a /= 10, b /= 10;
      continue;
    }
    const uint64_t na = a / 10 % 10, nb = b / 10 % 10;
    if (da != nb || db != na || ++swaps > 1) return false;
    a /= 100, b /= 100;
  }
  return swaps == 1;
}

}  // namespace

DigitSlip digit_slip(double a, double b) {
  if (!std::isfinite(a) || !std::isfinite(b) || std::fabs(a) > kLargest || std::fabs(b) > kLargest)
    return DigitSlip::kNone;
  if ((a < 0) != (b < 0)) return DigitSlip::kNone;
  const uint64_t ma = millionths(a), mb = millionths(b);
  if (ma == mb || ma == 0 || mb == 0) return DigitSlip::kNone;
  if (transposed(ma, mb)) return DigitSlip::kTransposed;
  const double ratio = ma > mb ? static_cast<double>(ma) / static_cast<double>(mb)
                               : static_cast<double>(mb) / static_cast<double>(ma);
  const uint64_t sa = significant(ma);
  if (sa >= 10 && sa == significant(mb) && ratio <= kMostScaled * 1.000001) return DigitSlip::kScaled;
  return DigitSlip::kNone;
}

bool one_digit_off(double a, double b, int min_significant) {
  if (!std::isfinite(a) || !std::isfinite(b) || std::fabs(a) > kLargest || std::fabs(b) > kLargest) return false;
  if ((a < 0) != (b < 0)) return false;
  uint64_t ma = millionths(a), mb = millionths(b);
  if (ma == mb || digit_count(ma) != digit_count(mb)) return false;
  if (digit_count(significant(ma)) < min_significant && digit_count(significant(mb)) < min_significant) return false;
  int differing = 0;
  for (; ma != 0; ma /= 10, mb /= 10) differing += ma % 10 != mb % 10;
  return differing == 1;
}

int significant_digits(double v) {
  if (!(std::fabs(v) < kLargest)) return 0;
  return digit_count(significant(millionths(v)));
}

const char* to_string(DigitSlip slip) {
  switch (slip) {
    case DigitSlip::kTransposed: return "digits transposed";
    case DigitSlip::kScaled: return "same digits, another power of ten";
    case DigitSlip::kNone: break;
  }
  return "no slip";
}

}  // namespace claimcheck
