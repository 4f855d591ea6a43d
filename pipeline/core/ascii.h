// ASCII case folding for rule words and cue matching: bytes A-Z become a-z,
// every other byte (UTF-8 included) is kept. Not Unicode case folding, which
// the normaliser does with ICU.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace claimcheck
