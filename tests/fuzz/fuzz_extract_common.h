// The body shared by the extractor fuzz targets: normalise and segment the
// input like process_document does, run one extractor (or the whole set),
// and check every claim: span inside the text, on UTF-8 boundaries, inside
// the sentence it names, mapping back to the same bytes where the text there is
// unchanged ASCII. It holds no extractor choice; each fuzz_extract_*.cpp does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/civil_date.h"
#include "pipeline/segment/segment.h"
#include "tests/fuzz/fuzz_util.h"

namespace claimcheck::fuzz {

inline const RuleBook& rule_book() {
  static const RuleBook* book = [] {
    auto b = RuleBook::embedded();
    FUZZ_CHECK(b.ok(), "%s", b.error().str().c_str());
    return new RuleBook(std::move(b.value()));
  }();
  return *book;
}

inline const SegmentRules& segment_rules() {
  static const SegmentRules* r = [] {
    auto seg = SegmentRules::from_json(*rule_book().file("segment.json"));
    FUZZ_CHECK(seg.ok(), "%s", seg.error().str().c_str());
    return new SegmentRules(std::move(seg.value()));
  }();
  return *r;
}

inline void check_claims(std::string_view original, const NormalisedText& norm, const ExtractInput& input,
                         const std::vector<Claim>& claims) {
  for (const Claim& c : claims) {
    check_span(norm.text, c.span, "claim");
    FUZZ_CHECK(c.sentence >= 0 && static_cast<size_t>(c.sentence) < input.sentences.size(),
               "claim [%u,%u) names sentence %d of %zu", c.span.start, c.span.end, c.sentence,
               input.sentences.size());
    const Span s = input.sentences[c.sentence];
    FUZZ_CHECK(s.contains(c.span), "claim [%u,%u) (%s) outside its sentence [%u,%u)", c.span.start, c.span.end,
               c.rule.c_str(), s.start, s.end);
    check_mapping(original, norm, c.span, "claim");
  }
}

// `Make` returns Result<std::unique_ptr<Extractor>> from a RuleBook, or is
// called with nothing for the full set (see fuzz_extract_all.cpp).
template <typename Run>
int fuzz_one(const uint8_t* data, size_t size, Run&& run) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const NormalisedText norm = normalise(in);
  const Segmentation seg = segment(norm.text, segment_rules());
  ExtractInput input{norm.text, {}, std::nullopt};
  for (const Sentence& s : seg.sentences)
    if (!s.boilerplate) input.sentences.push_back(s.span);
  // Half of the inputs carry a publication date, so relative dates resolve.
  if (size % 2 == 0) input.published = parse_iso_date("2026-04-27");
  check_claims(in, norm, input, run(input));
  return 0;
}

}  // namespace claimcheck::fuzz
