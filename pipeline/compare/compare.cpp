// PLACEHOLDER: every claim is unverified until the comparison engine lands.
#include "pipeline/compare/compare.h"

namespace claimcheck {

std::vector<Finding> compare_document(const ClaimedDocument&, const ClaimedDocument& coverage) {
  std::vector<Finding> out;
  for (uint32_t i = 0; i < coverage.claims->size(); ++i)
    out.push_back({Verdict::kUnverified, i, std::nullopt, "the official document says nothing about it"});
  return out;
}

}  // namespace claimcheck
