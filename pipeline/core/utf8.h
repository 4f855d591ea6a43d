// UTF-8 well-formedness, one sequence at a time, by ICU's U8_NEXT: the same
// rule the normaliser applies; and the encoding of one code point. It never
// repairs text (callers decide what replaces an ill-formed sequence).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <unicode/utf8.h>

namespace claimcheck {

// The sequence starting at s[i] (requires i < s.size()): its length in bytes,
// and whether it is well-formed (Unicode Table 3-7: no overlongs, no
// surrogates, nothing past U+10FFFF, nothing truncated). An ill-formed one
// is its maximal subpart: the lead byte and the continuation bytes that fit
// it before the byte that breaks it, which is what one U+FFFD replaces under
// Unicode's recommended practice (and nlohmann's dump).
struct Utf8Sequence {
  size_t length;
  bool well_formed;
};
inline Utf8Sequence utf8_sequence(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int64_t>(s.size());
  auto j = static_cast<int64_t>(i);
  UChar32 c = 0;
  U8_NEXT(p, j, length, c);
  return {static_cast<size_t>(j) - i, c >= 0};
}

// Length (1-4) of the well-formed sequence starting at s[i], or 0 if the bytes
// there are ill-formed. Requires i < s.size().
inline size_t utf8_sequence_length(std::string_view s, size_t i) {
  const Utf8Sequence q = utf8_sequence(s, i);
  return q.well_formed ? q.length : 0;
}

// Appends code point `c` (a scalar value: not a surrogate, at most U+10FFFF) as UTF-8.
inline void append_utf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, static_cast<size_t>(n));
}

}  // namespace claimcheck
