// libFuzzer target: the quantity extractor alone on normalised, segmented
// arbitrary bytes (see fuzz_extract_common.h for the invariants checked).
#include "extractors/quantities/quantity_extractor.h"
#include "tests/fuzz/fuzz_extract_common.h"

using namespace claimcheck;
using namespace claimcheck::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Extractor* extractor = [] {
    auto e = make_quantity_extractor(rule_book());
    FUZZ_CHECK(e.ok(), "%s", e.error().str().c_str());
    return e.value().release();
  }();
  return fuzz_one(data, size, [](const ExtractInput& in) { return extractor->extract(in); });
}
