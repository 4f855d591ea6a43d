// libFuzzer target: the normaliser and its OffsetMap on arbitrary bytes.
// Checks that the output is valid UTF-8, the map covers both texts, every
// normalised character maps back in order, inside the original and (for valid
// UTF-8 input) on its character boundaries, and unchanged ASCII maps to itself.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/fuzz_util.h"

using namespace claimcheck;
using namespace claimcheck::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const bool input_valid = valid_utf8(in);
  for (bool fold : {false, true}) {
    const NormalisedText norm = normalise(in, NormaliseOptions{fold});
    FUZZ_CHECK(valid_utf8(norm.text), "normalised text is not valid UTF-8 (fold_case=%d)", fold);
    FUZZ_CHECK(norm.map.normalised_size() == norm.text.size(), "map covers %u bytes, text has %zu",
               norm.map.normalised_size(), norm.text.size());
    FUZZ_CHECK(norm.map.original_size() == in.size(), "map covers %u original bytes, input has %zu",
               norm.map.original_size(), in.size());
    uint32_t prev_start = 0, prev_end = 0;
    for (uint32_t i = 0; i < norm.text.size();) {
      uint32_t j = i + 1;
      while (j < norm.text.size() && is_continuation(static_cast<unsigned char>(norm.text[j]))) ++j;
      const Span o = norm.map.to_original({i, j});
      check_mapping(in, norm, {i, j}, "character", fold);
      FUZZ_CHECK(o.start >= prev_start && o.end >= prev_end, "character [%u,%u) maps to [%u,%u) before [%u,%u)", i,
                 j, o.start, o.end, prev_start, prev_end);
      if (input_valid) check_span(in, o, "mapped character");
      prev_start = o.start;
      prev_end = o.end;
      i = j;
    }
    // Whole lines (spans the segmenter hands out) map the same way.
    uint32_t line_start = 0;
    for (uint32_t i = 0; i <= norm.text.size(); ++i) {
      if (i == norm.text.size() || norm.text[i] == '\n') {
        check_mapping(in, norm, {line_start, i}, "line", fold);
        line_start = i + 1;
      }
    }
  }
  return 0;
}
