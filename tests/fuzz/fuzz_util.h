// Invariant checks shared by the libFuzzer targets in tests/fuzz: a violated
// invariant prints one line and aborts, so libFuzzer saves the input as a crash.
// It builds nothing and holds no fuzzing policy; each fuzz_*.cpp decides what to feed.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "pipeline/core/types.h"
#include "pipeline/normalise/normalise.h"

namespace claimcheck::fuzz {

#define FUZZ_CHECK(cond, ...)                                             \
  do {                                                                    \
    if (!(cond)) {                                                        \
      std::fprintf(stderr, "invariant failed at %s:%d: %s: ", __FILE__,   \
                   __LINE__, #cond);                                      \
      std::fprintf(stderr, __VA_ARGS__);                                  \
      std::fprintf(stderr, "\n");                                         \
      std::abort();                                                       \
    }                                                                     \
  } while (0)

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// A position is on a UTF-8 boundary when it is the end or does not point at a continuation byte.
inline bool on_boundary(std::string_view text, uint32_t pos) {
  return pos == text.size() || (pos < text.size() && !is_continuation(static_cast<unsigned char>(text[pos])));
}

inline bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    if (n == 2 && c < 0xC2) return false;
    for (size_t k = 1; k < n; ++k)
      if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return false;
    const unsigned char c1 = static_cast<unsigned char>(n > 1 ? s[i + 1] : 0);
    if (n == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))) return false;
    if (n == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) || c > 0xF4)) return false;
    i += n;
  }
  return true;
}

inline void check_span(std::string_view text, Span s, const char* what) {
  FUZZ_CHECK(s.start <= s.end && s.end <= text.size(), "%s span [%u,%u) outside text of %zu bytes", what,
             s.start, s.end, text.size());
  FUZZ_CHECK(on_boundary(text, s.start) && on_boundary(text, s.end), "%s span [%u,%u) not on UTF-8 boundaries",
             what, s.start, s.end);
}

// A normalised span maps back inside the original. When every byte of it is
// unchanged ASCII (each maps to exactly one original byte, and is not a newline,
// which CR/VT/FF also become), the original holds exactly those bytes.
// Same-length spans are not enough ("\u2026" -> "..." is 3:3), hence per byte.
// `fold_case` texts are exempt from the byte check ('A' -> 'a' is a 1:1 change).
inline void check_mapping(std::string_view original, const NormalisedText& norm, Span s, const char* what,
                          bool fold_case = false) {
  const Span o = norm.map.to_original(s);
  FUZZ_CHECK(o.start <= o.end && o.end <= original.size(), "%s [%u,%u) maps to [%u,%u) outside %zu bytes", what,
             s.start, s.end, o.start, o.end, original.size());
  if (fold_case || o.size() != s.size()) return;
  const std::string_view n = std::string_view(norm.text).substr(s.start, s.size());
  for (uint32_t i = s.start; i < s.end; ++i) {
    const unsigned char c = static_cast<unsigned char>(norm.text[i]);
    if (c >= 0x80 || c == '\n') return;
    const Span b = norm.map.to_original({i, i + 1});
    if (b.size() != 1) return;
    FUZZ_CHECK(static_cast<unsigned char>(original[b.start]) == c,
               "%s: unchanged byte %u ('%c') maps to original byte %u ('%c')", what, i, c, b.start, original[b.start]);
  }
  FUZZ_CHECK(original.substr(o.start, o.size()) == n, "%s [%u,%u) '%.*s' maps to different original bytes [%u,%u)",
             what, s.start, s.end, static_cast<int>(n.size() > 60 ? 60 : n.size()), n.data(), o.start, o.end);
}

}  // namespace claimcheck::fuzz
