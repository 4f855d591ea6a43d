// The extractor seam: text in, claims out. Extractors are pure (no I/O, no
// database, no global state), built once from rule data and safe to call from
// several threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "pipeline/core/types.h"

namespace claimcheck {

struct ExtractInput {
  std::string_view text;               // normalised text (see pipeline/normalise)
  std::vector<Span> sentences;         // body sentences in `text`, in order; boilerplate left out
  std::optional<CivilDate> published;  // anchor for relative dates
};

// Moves claim c, whose span counts from the start of sentence `index` of
// `in`, to offsets in in.text, and fills its text and sentence. For
// extractors that read one sentence at a time.
inline void place_in_sentence(Claim& c, const ExtractInput& in, size_t index) {
  const uint32_t start = in.sentences[index].start;
  c.span = {start + c.span.start, start + c.span.end};
  c.text.assign(in.text.substr(c.span.start, c.span.size()));
  c.sentence = static_cast<int32_t>(index);
}

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual std::string_view name() const = 0;
  // Claims with spans into in.text and Claim::sentence = index into in.sentences.
  // Every span lies inside one sentence and on UTF-8 character boundaries.
  virtual std::vector<Claim> extract(const ExtractInput& in) const = 0;
};

}  // namespace claimcheck
