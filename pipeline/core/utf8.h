// UTF-8 well-formedness, byte by byte. It checks; it never decodes into code
// points or repairs (pipeline/normalise replaces invalid bytes).
#pragma once

#include <cstddef>
#include <string_view>

namespace claimcheck {

// Length (1-4) of the well-formed UTF-8 sequence starting at s[i], or 0 if the
// bytes there are ill-formed (Unicode Table 3-7: no overlongs, no surrogates,
// nothing past U+10FFFF, no truncated sequence). Requires i < s.size().
inline size_t utf8_sequence_length(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned b0 = byte(0);
  const auto cont = [](unsigned b) { return b >= 0x80 && b <= 0xBF; };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(byte(1)) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(byte(2)) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(byte(2)) && cont(byte(3)) ? 4 : 0;
  }
  return 0;
}

}  // namespace claimcheck
