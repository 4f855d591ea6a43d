#include "extractors/hedge.h"

#include <algorithm>
#include <cctype>

namespace claimcheck {

void sort_hedges(HedgeList& hedges) {
  std::stable_sort(hedges.begin(), hedges.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

const std::pair<std::string, std::string>* find_hedge(std::string_view text, size_t end, const HedgeList& hedges,
                                                      size_t* start) {
  size_t e = std::min(end, text.size());
  while (e > 0 && text[e - 1] == ' ') --e;
  for (const auto& h : hedges) {
    const std::string& phrase = h.first;
    if (phrase.empty() || e < phrase.size()) continue;
    const size_t b = e - phrase.size();
    if (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '\'')) continue;
    bool same = true;
    for (size_t k = 0; k < phrase.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(text[b + k])) == static_cast<unsigned char>(phrase[k]);
    if (!same) continue;
    if (start) *start = b;
    return &h;
  }
  return nullptr;
}

}  // namespace claimcheck
