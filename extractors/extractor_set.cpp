#include "extractors/extractor_set.h"

#include <algorithm>

#include "extractors/dates/date_extractor.h"
#include "extractors/numbers/number_extractor.h"
#include "extractors/terms/term_extractor.h"

namespace claimcheck {
namespace {

bool is_number_kind(ClaimKind k) { return k == ClaimKind::kMoney || k == ClaimKind::kPercent; }

// A figure is never also a date: "$2,026" and "2.8%" are money and percent.
void drop_dates_inside_figures(std::vector<Claim>& claims) {
  std::vector<Span> figures;
  for (const auto& c : claims)
    if (is_number_kind(c.kind)) figures.push_back(c.span);
  std::erase_if(claims, [&](const Claim& c) {
    if (c.kind != ClaimKind::kDate) return false;
    return std::any_of(figures.begin(), figures.end(), [&](const Span& f) { return f.overlaps(c.span); });
  });
}

// A bounded date ("through 2032") inside a term's clause bounds that term.
// Term claims carry their clause as attrs.clause = {start, end} in the text.
void link_bounds_to_terms(std::vector<Claim>& claims) {
  for (auto& d : claims) {
    if (d.kind != ClaimKind::kDate || !d.attrs.contains("bound")) continue;
    const Claim* best = nullptr;
    for (const auto& t : claims) {
      if (t.kind != ClaimKind::kTerm || !t.attrs.contains("clause")) continue;
      const Span clause{t.attrs["clause"].value("start", 0u), t.attrs["clause"].value("end", 0u)};
      if (!clause.contains(d.span)) continue;
      // The nearest term before the date wins ("licence ... through 2032").
      if (!best || (t.span.start <= d.span.start && t.span.start > best->span.start)) best = &t;
    }
    if (best) d.attrs["bounds_term"] = best->value;
  }
}

}  // namespace

Result<ExtractorSet> ExtractorSet::build(const RuleBook& rules) {
  ExtractorSet set;
  for (auto make : {make_date_extractor, make_number_extractor, make_term_extractor}) {
    auto e = make(rules);
    if (!e.ok()) return e.error();
    set.extractors_.push_back(std::move(e.value()));
  }
  return set;
}

std::vector<Claim> ExtractorSet::extract(const ExtractInput& in) const {
  std::vector<Claim> all;
  for (const auto& e : extractors_) {
    auto claims = e->extract(in);
    all.insert(all.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
  }
  drop_dates_inside_figures(all);
  std::stable_sort(all.begin(), all.end(), [](const Claim& a, const Claim& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
  link_bounds_to_terms(all);
  return all;
}

}  // namespace claimcheck
