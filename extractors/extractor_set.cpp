#include "extractors/extractor_set.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "extractors/dates/date_extractor.h"
#include "extractors/durations/duration_extractor.h"
#include "extractors/quantities/quantity_extractor.h"
#include "extractors/numbers/number_extractor.h"
#include "extractors/terms/term_extractor.h"

namespace claimcheck {
namespace {

bool is_number_kind(ClaimKind k) { return k == ClaimKind::kMoney || k == ClaimKind::kPercent; }

bool is_duration(const Claim& c) { return c.kind == ClaimKind::kTerm && c.value == "duration"; }
bool is_count(const Claim& c) { return c.kind == ClaimKind::kTerm && c.value == "count"; }

// Drops the claims `inner` picks that overlap a claim `outer` picks: a figure
// is never also a date ("$2,026", "2.8%"), and a length inside a date or a
// figure is that date's ("two years ago") or that figure's. The outer spans are
// sorted and found by binary search, so the cost stays O(claims log outer)
// however long the document; outer spans of one kind do not overlap one
// another, so only the last one starting before a claim's end can overlap it.
template <typename Outer, typename Inner>
void drop_overlapping(std::vector<Claim>& claims, Outer outer, Inner inner) {
  std::vector<Span> spans;
  for (const auto& c : claims)
    if (outer(c)) spans.push_back(c.span);
  if (spans.empty()) return;
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  std::erase_if(claims, [&](const Claim& c) {
    if (!inner(c)) return false;
    auto it = std::lower_bound(spans.begin(), spans.end(), c.span.end,
                               [](const Span& f, uint32_t end) { return f.start < end; });
    return it != spans.begin() && std::prev(it)->overlaps(c.span);
  });
}

struct TermClause {
  size_t index;
  Span clause;
};

void adopt_term_bound(const std::vector<Claim>& claims, const std::vector<TermClause>& terms, Claim& date) {
  if (date.text.empty()) return;
  for (const auto& tc : terms) {
    const Claim& t = claims[tc.index];
    auto b = t.attrs.find("bound");
    if (!tc.clause.contains(date.span) || b == t.attrs.end() || !b->is_object()) continue;
    const std::string text = b->value("text", "");
    const std::string type = b->value("type", "");
    if (type.empty() || text.find(date.text) == std::string::npos) continue;
    date.attrs["bound"] = type;
    date.attrs["bounds_term"] = t.value;
    return;
  }
}

// A bounded date ("through 2032") inside a term's clause bounds that term.
// Term claims carry their clause as attrs.clause = {start, end} in the text;
// only terms of the date's own sentence are candidates.
void link_bounds_to_terms(std::vector<Claim>& claims) {
  std::unordered_map<int32_t, std::vector<TermClause>> terms_by_sentence;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& t = claims[i];
    // A step a deal waits on ("the permit, which PSP expects by 30 June")
    // and a renewal ("runs from January 2032 to December 2036 and renews
    // automatically") are compared by their stage and mode only, so they
    // bound nothing: the date stays with the deal's terms.
    if (t.kind != ClaimKind::kTerm || t.value == "milestone" || t.value == "renewal") continue;
    auto clause = t.attrs.find("clause");
    if (clause == t.attrs.end()) continue;
    terms_by_sentence[t.sentence].push_back({i, {clause->value("start", 0u), clause->value("end", 0u)}});
  }
  for (auto& d : claims) {
    if (d.kind != ClaimKind::kDate) continue;
    auto candidates = terms_by_sentence.find(d.sentence);
    if (candidates == terms_by_sentence.end()) continue;
    if (!d.attrs.contains("bound")) {
      // A date inside a term's own bound that the date rules do not read as a
      // bound ("expected to close in the second quarter of 2027": "in"
      // times the closing) takes the term's bound word.
      adopt_term_bound(claims, candidates->second, d);
      continue;
    }
    const Claim* best = nullptr;
    for (const auto& tc : candidates->second) {
      if (!tc.clause.contains(d.span)) continue;
      const Claim& t = claims[tc.index];
      // The nearest term before the date wins ("licence ... through 2032").
      if (!best || (t.span.start <= d.span.start && t.span.start > best->span.start)) best = &t;
    }
    if (best) d.attrs["bounds_term"] = best->value;
  }
}

// A term with no figure of its own whose clause holds an amount the number
// extractor found ("will pay Kisaragi an advance of ¥12 billion"): the term
// extractor's figure pattern knows the common signs only, the number extractor
// every currency, so the nearest such amount becomes the term's. Percents
// stay as the term extractor read them ("16bp of headroom under its cap" is
// no cap).
void link_figures_to_terms(std::vector<Claim>& claims) {
  std::unordered_map<int32_t, std::vector<size_t>> figures_by_sentence;
  for (size_t i = 0; i < claims.size(); ++i)
    if (claims[i].kind == ClaimKind::kMoney) figures_by_sentence[claims[i].sentence].push_back(i);
  for (auto& t : claims) {
    if (t.kind != ClaimKind::kTerm || t.attrs.contains("figure")) continue;
    auto clause = t.attrs.find("clause");
    auto figures = figures_by_sentence.find(t.sentence);
    if (clause == t.attrs.end() || figures == figures_by_sentence.end()) continue;
    const Span within{clause->value("start", 0u), clause->value("end", 0u)};
    const Claim* nearest = nullptr;
    for (size_t i : figures->second) {
      const Claim& f = claims[i];
      if (within.contains(f.span) && (!nearest || t.span.distance(f.span) < t.span.distance(nearest->span))) nearest = &f;
    }
    if (nearest) t.attrs["figure"] = {{"text", nearest->text}};
  }
}

// Gives each money or percent figure (not a range end) inside a holder
// stretch (term value "holder", see term_extractor.h) the stretch's party as
// attrs.party, then drops the holders: they say whose a figure is, not a term
// of the deal. Stretches do not overlap and `claims` is sorted by start, so
// the stretch that may hold a figure is the last one starting at or before it.
void attach_figure_holders(std::vector<Claim>& claims) {
  auto is_holder = [](const Claim& c) { return c.kind == ClaimKind::kTerm && c.value == "holder"; };
  std::vector<std::pair<Span, std::string>> stretches;  // in order of start
  for (const auto& c : claims)
    if (is_holder(c)) stretches.emplace_back(c.span, c.attrs.value("subject", ""));
  if (stretches.empty()) return;
  for (auto& f : claims) {
    // The ends of a range ("between KSh 500 and KSh 50,000") are one figure's.
    if (!is_number_kind(f.kind) || f.attrs.contains("range")) continue;
    auto it = std::upper_bound(stretches.begin(), stretches.end(), f.span.start,
                               [](uint32_t start, const auto& st) { return start < st.first.start; });
    if (it != stretches.begin() && std::prev(it)->first.contains(f.span)) f.attrs["party"] = std::prev(it)->second;
  }
  std::erase_if(claims, is_holder);
}

}  // namespace

Result<ExtractorSet> ExtractorSet::build(const RuleBook& rules) {
  ExtractorSet set;
  for (auto make : {make_date_extractor, make_number_extractor, make_term_extractor, make_duration_extractor,
                    make_quantity_extractor}) {
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
  drop_overlapping(all, [](const Claim& c) { return is_number_kind(c.kind); },
                   [](const Claim& c) { return c.kind == ClaimKind::kDate || is_duration(c); });
  drop_overlapping(all, [](const Claim& c) { return c.kind == ClaimKind::kDate; }, is_duration);
  // A count is what is left: a number no figure, date or length has claimed
  // (those no longer overlap one another here).
  drop_overlapping(all, [](const Claim& c) { return is_number_kind(c.kind) || c.kind == ClaimKind::kDate || is_duration(c); },
                   is_count);
  std::stable_sort(all.begin(), all.end(), [](const Claim& a, const Claim& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
  link_bounds_to_terms(all);
  link_figures_to_terms(all);
  attach_figure_holders(all);
  return all;
}

}  // namespace claimcheck
