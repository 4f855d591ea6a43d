// All extractors built from one RuleBook, run together over a document. It
// resolves overlaps between kinds (a date inside a money or percent span is
// dropped, and a duration inside a date or a figure), links each bounded date to the term whose clause holds it,
// and gives each money or percent figure the party whose stretch of its sentence names it (attrs.party, from the
// term extractor's "holder" claims, which it then drops).
// It does not normalise or segment; see pipeline/app/document_pipeline.h.
#pragma once

#include <memory>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

class ExtractorSet {
 public:
  static Result<ExtractorSet> build(const RuleBook& rules);

  // Claims of every kind, ordered by span start, then end.
  std::vector<Claim> extract(const ExtractInput& in) const;

 private:
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

}  // namespace claimcheck
