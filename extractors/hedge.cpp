#include "extractors/hedge.h"

#include <algorithm>
#include <cctype>

namespace claimcheck {

void sort_hedges(HedgeList& hedges) {
  std::stable_sort(hedges.begin(), hedges.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::optional<size_t> phrase_ending_at(std::string_view text, size_t end, std::string_view phrase) {
  size_t e = std::min(end, text.size());
  while (e > 0 && text[e - 1] == ' ') --e;
  if (phrase.empty() || e < phrase.size()) return std::nullopt;
  const size_t b = e - phrase.size();
  if (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '\'')) return std::nullopt;
  for (size_t k = 0; k < phrase.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(text[b + k])) != static_cast<unsigned char>(phrase[k])) return std::nullopt;
  return b;
}

const std::pair<std::string, std::string>* find_hedge(std::string_view text, size_t end, const HedgeList& hedges,
                                                      size_t* start) {
  for (const auto& h : hedges)
    if (auto b = phrase_ending_at(text, end, h.first)) {
      if (start) *start = *b;
      return &h;
    }
  return nullptr;
}

}  // namespace claimcheck
