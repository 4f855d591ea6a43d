// PLACEHOLDER (being replaced by the ICU segmenter): one block and sentence per line.
#include "pipeline/segment/segment.h"

namespace claimcheck {

struct SegmentRules::Impl {};
SegmentRules::SegmentRules() : impl_(std::make_unique<Impl>()) {}
SegmentRules::SegmentRules(SegmentRules&&) noexcept = default;
SegmentRules& SegmentRules::operator=(SegmentRules&&) noexcept = default;
SegmentRules::~SegmentRules() = default;

Result<SegmentRules> SegmentRules::from_json(const nlohmann::json&) { return SegmentRules(); }

Segmentation segment(std::string_view text, const SegmentRules&) {
  Segmentation seg;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl > pos) {
      const Span s{static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)};
      seg.blocks.push_back({s, BlockKind::kParagraph, ""});
      seg.sentences.push_back({s, static_cast<uint32_t>(seg.blocks.size() - 1), false});
    }
    pos = nl + 1;
  }
  return seg;
}

}  // namespace claimcheck
