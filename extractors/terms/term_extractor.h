// Finds contract-term claims (licence, exclusivity, revenue share, cap, stake,
// acquisition price, closing, revenue, guidance, dividend, ...) in normalised
// text, with who/whom, polarity, status, condition, bound and hedging as
// structured attrs. It does not resolve dates or amounts (the date and number
// extractors do; ExtractorSet links bounded dates to terms through attrs.clause)
// and it does not decide whether two terms agree (pipeline/compare does).
//
// Built once from extractors/rules/terms.json and places.json plus any story overlay
// ({"terms": {"entities": [...], "rules": [...]}} in a story's rules.json).
// Pure and thread-safe; cost is linear in the text: one trigger alternation over
// all rules, then a fixed number of cue scans per sentence.
//
// Claim contract (kind = term), relied on by the comparison:
//   value      normalised term type id: license, exclusivity, revenue_share, cap,
//              stake, investment, purchase_commitment, primary_partner,
//              first_access, right_of_first_refusal, acquisition, price_per_share,
//              consideration, enterprise_value, equity_value, deal_value,
//              exchange_ratio, termination_fee, approval, closing, revenue,
//              growth, margin, eps, net_income, operating_income, guidance,
//              dividend, buyback, milestone (a step the deal waits on: a
//              permit, ratification, financial close, ...), renewal; "condition"
//              for a condition phrase (see attrs.term); and "holder" for a
//              stretch of a sentence naming one party (attrs.subject), whose
//              figures are that party's: ExtractorSet copies it onto them as
//              attrs.party and drops the holder claims, so no caller of the
//              set sees one.
//   span       the words stating the term (trigger, its cues, the entity mentions
//              that fill its slots, bound, figure), inside one clause of one
//              sentence; for a "condition" claim the condition phrase itself
//              ("unless X cannot and chooses not to ...").
//   rule       the rule id ("term.<value>"; "term.condition" for conditions).
//   sentence   index into ExtractInput::sentences.
//   attrs:
//     subject, object  canonical entity ids ("" when unknown). Vocabulary ids
//                      first; an unknown proper name becomes its lower-case slug
//                      ("Acme Corp." -> "acme"). Per type, see each rule's "roles"
//                      in terms.json; the main ones:
//                        license: subject = licensee, object = licensor
//                        exclusivity: subject = holder of the exclusive right/status,
//                                     object = the party granting it
//                        revenue_share, cap, termination_fee: subject = payer, object = payee
//                        stake, investment: subject = holder/investor, object = company
//                        purchase_commitment: subject = buyer, object = seller
//                        primary_partner, first_access, right_of_first_refusal:
//                            subject = the favoured partner, object = the party granting it
//                        acquisition, price_per_share, consideration, *_value,
//                        exchange_ratio, closing: subject = acquirer, object = target
//                        revenue, growth, margin, eps, *_income, guidance, dividend,
//                        buyback: subject = the reporting company
//                        approval: subject = approver, object = the party approved
//     polarity     "positive" | "negative"
//     status       "continues" | "ends" | "new" | ""
//     hedged       bool: prediction, expectation or attribution, not a stated fact
//     past         bool (only when true): describes an earlier state ("previously",
//                  "the old deal", "had been")
//     clause       {"start", "end"}: byte span of the clause in the given text
//     condition    (when present) {"type": "unless"|"if"|"except",
//                  "conjunction": "and"|"or"|"", "text": "<condition phrase>",
//                  "start", "end"}
//     bound        (when present) {"type": "through"|"until"|"by"|"from"|"since"|
//                  "in"|"before"|"after"|"within", "text": "through 2032"}
//     figure       (when present) {"text": "$250 billion"}: the amount or percent
//                  attached to the term in its clause
//     term         (condition claims) the term type the condition qualifies, or ""
//     stage        (approval, milestone; when the clause says) "pending" (still
//                  to come: "subject to", "must achieve") or "done" ("has
//                  already achieved"); event (milestone) names the step:
//                  permit, ratification, financial_close, investment_decision,
//                  guarantee, registration
//     territory    (types in terms.json "territory.terms"; when places.json
//                  names places around the trigger) [[id, regions it lies
//                  in...], ...] (extractors/terms/territory.h)
//     mode         (renewal; when the clause says) "automatic" or "option";
//                  with a negative polarity, not that way ("there is no
//                  automatic renewal")
//     choice       (types in terms.json "option_terms"; only when so) "option":
//                  the holder may do it, not must ("has an option, but no
//                  obligation, to acquire"; "if it exercises its option")
//     plus rule-specific classifications listed in terms.json ("scope",
//     "form", "comparison", "change", "approvals", "record", "payable",
//     "period", "reverse", ...).
#pragma once

#include <memory>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

Result<std::unique_ptr<Extractor>> make_term_extractor(const RuleBook& rules);

}  // namespace claimcheck
