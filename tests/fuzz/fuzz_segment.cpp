// libFuzzer target: the segmenter on the normalised form of arbitrary bytes,
// with the embedded segment.json rules. Checks that blocks and sentences are
// non-empty, trimmed, on UTF-8 boundaries, in order, non-overlapping, and that
// every sentence lies inside its block; and that they map back to the original.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "extractors/rule_book.h"
#include "pipeline/segment/segment.h"
#include "tests/fuzz/fuzz_util.h"

using namespace claimcheck;
using namespace claimcheck::fuzz;

namespace {
const SegmentRules& rules() {
  static const SegmentRules* r = [] {
    auto book = RuleBook::embedded();
    FUZZ_CHECK(book.ok(), "%s", book.error().str().c_str());
    auto seg = SegmentRules::from_json(*book->file("segment.json"));
    FUZZ_CHECK(seg.ok(), "%s", seg.error().str().c_str());
    return new SegmentRules(std::move(seg.value()));
  }();
  return *r;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const NormalisedText norm = normalise(in);
  const std::string_view text = norm.text;
  const Segmentation seg = segment(text, rules());
  Span prev{0, 0};
  for (const Block& b : seg.blocks) {
    check_span(text, b.span, "block");
    FUZZ_CHECK(!b.span.empty(), "empty block at %u", b.span.start);
    FUZZ_CHECK(b.span.start >= prev.end, "block [%u,%u) overlaps or precedes [%u,%u)", b.span.start, b.span.end,
               prev.start, prev.end);
    FUZZ_CHECK(!is_space(text[b.span.start]) && !is_space(text[b.span.end - 1]), "block [%u,%u) not trimmed",
               b.span.start, b.span.end);
    check_mapping(in, norm, b.span, "block");
    prev = b.span;
  }
  prev = {0, 0};
  for (const Sentence& s : seg.sentences) {
    check_span(text, s.span, "sentence");
    FUZZ_CHECK(!s.span.empty(), "empty sentence at %u", s.span.start);
    FUZZ_CHECK(s.span.start >= prev.end, "sentence [%u,%u) overlaps or precedes [%u,%u)", s.span.start, s.span.end,
               prev.start, prev.end);
    FUZZ_CHECK(!is_space(text[s.span.start]) && !is_space(text[s.span.end - 1]), "sentence [%u,%u) not trimmed",
               s.span.start, s.span.end);
    FUZZ_CHECK(s.block < seg.blocks.size(), "sentence block index %u of %zu", s.block, seg.blocks.size());
    FUZZ_CHECK(seg.blocks[s.block].span.contains(s.span), "sentence [%u,%u) outside its block [%u,%u)", s.span.start,
               s.span.end, seg.blocks[s.block].span.start, seg.blocks[s.block].span.end);
    check_mapping(in, norm, s.span, "sentence");
    prev = s.span;
  }
  return 0;
}
