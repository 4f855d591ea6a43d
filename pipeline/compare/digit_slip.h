// Digit slips: whether two figures are one number mistyped, the way a reporter
// slips: two adjacent digits swapped ($684 million for $648 million) or the
// same digits at another power of ten ($5.95 billion for $595 million).
// Pure arithmetic on values; it knows nothing of what the figures measure.
#pragma once

namespace claimcheck {

enum class DigitSlip { kNone, kTransposed, kScaled };

// How b is a slip of a (symmetric). Values are read to six decimal places,
// and only up to 1e13 in magnitude. kTransposed: digits equal but for one
// adjacent pair that is swapped (so the same magnitude). kScaled: the same
// significant digits, at least two of them, at most a thousand times apart
// (a unit word: million for billion), not further ("$15" is no slip of "$15
// million"). Equal values, a sign against none, and zeros are kNone. Integer
// arithmetic only: the internal pairing asks it for many pairs.
DigitSlip digit_slip(double a, double b);

const char* to_string(DigitSlip slip);

// Whether b is a with one digit changed, the way a finger slips to the next key
// ($202 million for $212 million): the same number of digits, at least three
// of them significant in one of the two, and exactly one place that differs.
// Not a DigitSlip: with fewer shared digits it is how two figures differ by
// chance, so only the internal pairing asks, where the official text tells
// which of the two is right. `min_significant` lowers the three digits to
// two for callers that demand shared words besides ($65 million, $60 million).
bool one_digit_off(double a, double b, int min_significant = 3);

// How many significant digits v has, read as digit_slip reads it: 595,000,000
// and 0.595 have 3, 6.1e9 has 2, 1e9 has 1.
int significant_digits(double v);

}  // namespace claimcheck
