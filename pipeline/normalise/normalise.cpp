// PLACEHOLDER (being replaced by the ICU normaliser): copies bytes unchanged.
#include "pipeline/normalise/normalise.h"

#include <algorithm>

namespace claimcheck {

void OffsetMap::append(uint32_t norm_len, uint32_t orig_len, bool identity) {
  pieces_.push_back({norm_total_, orig_total_, norm_len, orig_len, identity});
  norm_total_ += norm_len;
  orig_total_ += orig_len;
}

const OffsetMap::Piece& OffsetMap::piece_at(uint32_t pos) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                             [](uint32_t p, const Piece& pc) { return p < pc.norm_start; });
  return *(it - 1);
}

Span OffsetMap::to_original(Span s) const {
  if (pieces_.empty()) return {0, 0};
  auto map_start = [&](uint32_t p) -> uint32_t {
    if (p >= norm_total_) return orig_total_;
    const Piece& pc = piece_at(p);
    return pc.identity ? pc.orig_start + (p - pc.norm_start) : pc.orig_start;
  };
  auto map_end = [&](uint32_t p) -> uint32_t {
    if (p == 0) return 0;
    const Piece& pc = piece_at(p - 1);
    return pc.identity ? pc.orig_start + (p - pc.norm_start) : pc.orig_start + pc.orig_len;
  };
  return {map_start(s.start), std::max(map_start(s.start), map_end(s.end))};
}

NormalisedText normalise(std::string_view bytes, const NormaliseOptions&) {
  NormalisedText out;
  out.text.assign(bytes);
  out.map.append(static_cast<uint32_t>(bytes.size()), static_cast<uint32_t>(bytes.size()), true);
  return out;
}

}  // namespace claimcheck
