// Finds money claims ("$13 billion", "US$1.2bn", "350m pounds", "50 cents") and
// percent claims ("2.8%", "27 per cent", "3 percentage points") in normalised text.
// It does not decide what a figure means beyond a cheap attrs.measure, and never
// reports bare counts, years, quarters, versions or fractions.
//
// Data: extractors/rules/numbers.json holds the vocabulary (number and scale
// words, currency signs/codes/words, hedges, measure nouns); money.json and
// percent.json hold the rules: each names one grammar "form" the code knows
// (money: prefix, suffix, subunit, compound, range; percent: sign, word, points,
// range, of) and carries examples. A form no rule names is switched off.
//
// Claim fields: number (money in whole units, percent as written), currency
// (ISO 4217; a bare "$" is USD; a word or sign several countries share, such as
// "pesos", "Rs" or "¥", takes the code of the one country the sentence, else its
// datelined section ("TUNIS - ..." in a round-up), else the document, names:
// numbers.json local_currencies; "kr", shared by four crowns, has no
// code unless the text names one of them; a bare sub-unit word, "30 cents", takes the
// code of the nearest money figure in its sentence whose currency has it, "NZ$7.80"),
// rule (the rule id), sentence, and attrs:
//   approx  "approx" | "lower_bound" | "upper_bound" from a hedge just before
//           the span ("about", "more than", "up to"); the hedge is not in the span
//   range   "low" | "high" for the two ends of "$10-12 billion" or "37-38%"
//   unit    "pp" for percentage points
//   measure a short noun phrase from the measures list: the listed noun right
//           after the figure ("a 27% stake" -> "stake", one adjective may sit
//           between) or else the nearest one before it in the same clause
//           ("revenue rose 12%" -> "revenue"); groups marked "direction" add the
//           verb between noun and figure ("shares fell 2.8%" -> "shares fell").
//   party   (set by ExtractorSet, not here) the party whose stretch of the
//           sentence holds the figure ("PSP 55% of the costs" -> "psp")
// Cost is linear in text length: a byte/word prefilter skips sentences without
// a digit, sign or currency/percent word; the rest are tokenised once and
// parsed left to right from each token with hash lookups only.
#pragma once

#include <memory>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

Result<std::unique_ptr<Extractor>> make_number_extractor(const RuleBook& rules);

}  // namespace claimcheck
