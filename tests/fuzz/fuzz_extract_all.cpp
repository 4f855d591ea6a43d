// libFuzzer target: every extractor together (ExtractorSet, with its overlap
// resolution and term-date linking), then the whole process_document, whose
// spans must land inside the original bytes with claim text equal to them.
#include "extractors/extractor_set.h"
#include "pipeline/app/document_pipeline.h"
#include "tests/fuzz/fuzz_extract_common.h"

using namespace claimcheck;
using namespace claimcheck::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Resources* resources = [] {
    auto r = Resources::build(rule_book());
    FUZZ_CHECK(r.ok(), "%s", r.error().str().c_str());
    return new Resources(std::move(r.value()));
  }();
  fuzz_one(data, size, [](const ExtractInput& in) {
    std::vector<Claim> claims = resources->extractors.extract(in);
    for (size_t i = 1; i < claims.size(); ++i)
      FUZZ_CHECK(claims[i - 1].span.start <= claims[i].span.start, "claims out of order at %zu", i);
    return claims;
  });

  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const ProcessedDocument doc = process_document(in, parse_iso_date("2026-04-27"), *resources);
  for (const Claim& c : doc.claims) {
    FUZZ_CHECK(c.span.start <= c.span.end && c.span.end <= in.size(), "document claim [%u,%u) outside %zu bytes",
               c.span.start, c.span.end, in.size());
    FUZZ_CHECK(c.text == in.substr(c.span.start, c.span.size()), "claim text differs from its bytes [%u,%u)",
               c.span.start, c.span.end);
    FUZZ_CHECK(c.sentence >= -1 && c.sentence < static_cast<int32_t>(doc.sentences.size()),
               "claim sentence %d of %zu", c.sentence, doc.sentences.size());
    if (c.sentence >= 0)
      FUZZ_CHECK(doc.sentences[c.sentence].span.contains(c.span), "claim [%u,%u) outside sentence %d",
                 c.span.start, c.span.end, c.sentence);
  }
  for (const Sentence& s : doc.sentences)
    FUZZ_CHECK(s.span.end <= in.size() && s.block < doc.blocks.size(), "sentence [%u,%u) block %u", s.span.start,
               s.span.end, s.block);
  return 0;
}
