#include "pipeline/core/types.h"

namespace claimcheck {

std::string_view to_string(Role role) { return role == Role::kOfficial ? "official" : "coverage"; }

std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kBoilerplate: return "boilerplate";
  }
  return "paragraph";
}

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDate: return "date";
    case ClaimKind::kMoney: return "money";
    case ClaimKind::kPercent: return "percent";
    case ClaimKind::kTerm: return "term";
  }
  return "date";
}

std::optional<ClaimKind> claim_kind_from_string(std::string_view s) {
  for (ClaimKind k : {ClaimKind::kDate, ClaimKind::kMoney, ClaimKind::kPercent, ClaimKind::kTerm})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::kContradicted: return "contradicted";
    case Verdict::kSupported: return "supported";
    case Verdict::kUnverified: return "unverified";
    case Verdict::kInternal: return "internal";
  }
  return "unverified";
}

std::optional<Verdict> verdict_from_string(std::string_view s) {
  for (Verdict v : {Verdict::kContradicted, Verdict::kSupported, Verdict::kUnverified, Verdict::kInternal})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

}  // namespace claimcheck
