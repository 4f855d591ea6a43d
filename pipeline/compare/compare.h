// Compares the claims of one coverage document with the claims of the story's
// official document and returns one Finding per coverage claim (supported,
// contradicted or unverified) plus `internal` findings where the coverage
// document contradicts itself. Pure: no I/O, no database, no report wording
// beyond the one-line reason.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "pipeline/core/types.h"

namespace claimcheck {

// One document's claims as the comparison sees them. Spans of claims and
// sentences index `bytes` (the original document bytes).
struct ClaimedDocument {
  std::string_view bytes;
  const std::vector<Sentence>* sentences = nullptr;  // Claim::sentence indexes these
  const std::vector<Claim>* claims = nullptr;
  std::optional<CivilDate> published;
};

// Findings for `coverage`: Finding::claim indexes coverage.claims; Finding::other
// indexes official.claims, or coverage.claims for Verdict::kInternal.
std::vector<Finding> compare_document(const ClaimedDocument& official, const ClaimedDocument& coverage);

}  // namespace claimcheck
