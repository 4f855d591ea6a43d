#include "extractors/prefilter.h"

#include <algorithm>
#include <cstdint>

namespace claimcheck {

std::vector<char> sentences_touched(std::string_view text, const std::vector<Span>& sentences,
                                    std::initializer_list<const RE2*> res) {
  const bool ordered = std::is_sorted(sentences.begin(), sentences.end(), [](const Span& a, const Span& b) {
    return a.end < b.end || (a.end == b.end && a.start < b.start);
  });
  if (!ordered) return std::vector<char>(sentences.size(), 1);
  std::vector<char> touched(sentences.size(), 0);
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  for (const RE2* re : res) {
    size_t pos = 0;
    while (pos < text.size() && re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const auto s = static_cast<uint32_t>(m.data() - text.data());
      const uint32_t e = std::max<uint32_t>(s + static_cast<uint32_t>(m.size()), s + 1);
      // The first sentence that ends after s, and on while they start before e.
      auto it = std::upper_bound(sentences.begin(), sentences.end(), s,
                                 [](uint32_t v, const Span& sp) { return v < sp.end; });
      for (; it != sentences.end() && it->start < e; ++it) touched[static_cast<size_t>(it - sentences.begin())] = 1;
      pos = s + 1;
    }
  }
  return touched;
}

}  // namespace claimcheck
