// Finds lengths of time stated as terms ("a 10-year licence", "within 60 days",
// "six months' notice", "three to five years") and emits each as a term claim
// of value "duration". It does not say what a length is of (the comparison
// lines lengths up by the words around them), and it leaves points in time
// ("two years ago", "five years later") to the date extractor and ages ("a
// 45-year-old") to no one.
//
// Data: extractors/rules/durations.json (units, hedges, relations, the words
// that make a length no term) and numbers.json's number words. Its rules name
// the forms the code knows (count, compound, range); a form no rule names is
// switched off.
//
// Claim contract (kind = term, value = "duration"):
//   span   the number and unit ("60 days", "10-year", "three to five years");
//          a hedge or preposition before it is outside the span
//   rule   the rule id of its form
//   attrs:
//     period      ISO 8601 duration of the length (of a range, its high end):
//                 P10Y, P18M, P90D, P2W, PT48H; a fraction of a year is given
//                 in months ("two and a half years" -> P30M)
//     period_low  ranges only: the low end
//     approx      "approx" | "lower_bound" | "upper_bound", from a hedge right
//                 before the span ("about", "at least", "up to")
//     relation    the preposition before the span and its hedge ("within",
//                 "for", "after", ...), when there is one
//     days        the qualifier of "10 business days" ("business", "working")
// Pure and thread-safe; one RE2 scan per sentence.
#pragma once

#include <memory>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

Result<std::unique_ptr<Extractor>> make_duration_extractor(const RuleBook& rules);

}  // namespace claimcheck
