// The rule data the binary ships (extractors/rules/*.json), built once per
// test executable: tests see exactly what `claimcheck` runs with.
#pragma once

#include <doctest/doctest.h>

#include "pipeline/app/document_pipeline.h"

namespace claimcheck::testing {

inline const Resources& shipped_resources() {
  static const Resources r = [] {
    auto rules = RuleBook::embedded();
    REQUIRE(rules.ok());
    auto res = Resources::build(*rules);
    if (!res.ok()) FAIL(res.error().str());
    return std::move(res.value());
  }();
  return r;
}

}  // namespace claimcheck::testing
