// Digit slips: which pairs of values read as one number mistyped.
#include <doctest/doctest.h>

#include "pipeline/compare/digit_slip.h"

namespace claimcheck {
namespace {

TEST_CASE("two adjacent digits swapped are a transposition, at any place") {
  CHECK(digit_slip(684e6, 648e6) == DigitSlip::kTransposed);
  CHECK(digit_slip(13, 31) == DigitSlip::kTransposed);
  CHECK(digit_slip(5.05, 5.50) == DigitSlip::kTransposed);  // the fraction's digits
  CHECK(digit_slip(0.98, 0.89) == DigitSlip::kTransposed);
  CHECK(digit_slip(24.1, 21.4) == DigitSlip::kTransposed);  // across the decimal point
  CHECK(digit_slip(106e6, 160e6) == DigitSlip::kTransposed);  // a zero moved
  CHECK(digit_slip(2.74e9, 2.47e9) == DigitSlip::kTransposed);
  CHECK(digit_slip(-43, -34) == DigitSlip::kTransposed);
}

TEST_CASE("the same significant digits at another power of ten are scaled") {
  CHECK(digit_slip(5.95e9, 595e6) == DigitSlip::kScaled);
  CHECK(digit_slip(450000, 45000) == DigitSlip::kScaled);
  CHECK(digit_slip(240e6, 2.4e9) == DigitSlip::kScaled);
  CHECK(digit_slip(1.5, 15) == DigitSlip::kScaled);
  CHECK(digit_slip(0.025, 25) == DigitSlip::kScaled);
}

TEST_CASE("other differences are no slip") {
  CHECK(digit_slip(42, 45) == DigitSlip::kNone);       // one digit changed
  CHECK(digit_slip(185, 158.5) == DigitSlip::kNone);   // swapped, but another digit added
  CHECK(digit_slip(123, 321) == DigitSlip::kNone);     // swapped, but not adjacent
  CHECK(digit_slip(1234, 2143) == DigitSlip::kNone);   // two swaps
  CHECK(digit_slip(2e6, 20e6) == DigitSlip::kNone);    // one significant digit: too common by chance
  CHECK(digit_slip(648, 648) == DigitSlip::kNone);     // equal
  CHECK(digit_slip(12, 1.2e-7) == DigitSlip::kNone);   // beyond six decimals the digits are not read
  CHECK(digit_slip(13, -31) == DigitSlip::kNone);      // a sign is no slip
  CHECK(digit_slip(0, 0) == DigitSlip::kNone);
  CHECK(digit_slip(2e14, 2.1e14) == DigitSlip::kNone);  // beyond the digits read exactly
  CHECK(digit_slip(15, 15e6) == DigitSlip::kNone);      // a million apart: a price and a sum, not a slip
  CHECK(digit_slip(15, 15e3) == DigitSlip::kScaled);
}

TEST_CASE("one digit changed, among three significant ones, is one digit off") {
  CHECK(one_digit_off(202e6, 212e6));
  CHECK(one_digit_off(585e6, 555e6));
  CHECK(one_digit_off(9.55, 9.65));
  CHECK(one_digit_off(120, 125));       // 12 against 125: three significant digits in one
  CHECK_FALSE(one_digit_off(42, 45));   // two digits: too common by chance
  CHECK_FALSE(one_digit_off(202e6, 223e6));
  CHECK_FALSE(one_digit_off(212, 2120));  // another power of ten
  CHECK_FALSE(one_digit_off(212, -202));  // a sign
  CHECK_FALSE(one_digit_off(212, 212));
}

}  // namespace
}  // namespace claimcheck
