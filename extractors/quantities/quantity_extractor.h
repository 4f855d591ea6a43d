// Finds counts of things ("24 wide-body aircraft", "42,000 agents", "nine
// bids", "a 185-megawatt station") and emits each as a term claim of value
// "count". It does not decide what is counted beyond the words after the
// number (the comparison lines counts up by those words), and it leaves money,
// percentages, dates, years and lengths of time to their own extractors.
//
// Data: extractors/rules/quantities.json (scale words, the words that end or
// rule out a count) and numbers.json's number words and hedges. Its rules name the forms
// the code knows (things, measure); a form no rule names is switched off.
//
// Claim contract (kind = term, value = "count"):
//   span   the number and the words that say what it counts ("24 wide-body
//          aircraft"); for the measure form the number and its unit ("185-megawatt");
//          for the label form the number alone, its fact-box label saying what it
//          counts ("| Rooms | 148 |", "Bidders: 3")
//   rule   the rule id of its form
//   attrs:
//     amount  the number, scale words applied ("1.8 million borrowers" -> 1800000)
//     words   those words, lower-cased, in order (["wide-body", "aircraft"]);
//             for the measure form the unit first (["megawatt", "hydro", "station"]);
//             for the label form the label's (["rooms"])
//     approx  "approx" | "lower_bound" | "upper_bound" from a hedge right
//             before the number ("about", "more than", "up to")
// Pure and thread-safe; one RE2 scan per sentence.
#pragma once

#include <memory>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

Result<std::unique_ptr<Extractor>> make_quantity_extractor(const RuleBook& rules);

}  // namespace claimcheck
