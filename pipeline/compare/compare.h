// Compares the claims of one coverage document with the claims of the story's
// official document and returns one Finding per coverage claim (supported,
// contradicted or unverified) plus `internal` findings where the coverage
// document contradicts itself. Pure: no I/O, no database, no report wording
// beyond the one-line reason.
#pragma once

#include <optional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/compare/claim_context.h"
#include "pipeline/core/error.h"
#include "pipeline/core/types.h"

namespace claimcheck {

// One document's claims as the comparison sees them. Spans of claims and
// sentences index `bytes` (the original document bytes).
struct ClaimedDocument {
  std::string_view bytes;
  const std::vector<Sentence>* sentences = nullptr;  // Claim::sentence indexes these
  const std::vector<Claim>* claims = nullptr;
  std::optional<CivilDate> published;
  // The claims' contexts (claim_context.h), when the caller built them once for
  // many comparisons (an official document against each coverage document);
  // else the comparison builds them. Built with the same ContextLexicon.
  const ClaimContexts* contexts = nullptr;
};

// How careful the comparison is. The defaults are what a careful reader
// applies; a caller may load other values from a rules file (from_json) so the
// comparison itself never reads files. Cue lists match lowercased sentence
// text at the start of a word.
struct CompareOptions {
  // Words that make a bare date the date of the announcement ("announced on Monday").
  std::vector<std::string> announce_cues;
  // Words right before a date that put it in the clause an announcement
  // reports ("announces that on Monday, 13 April it signed"): the reported
  // event's day, not the announcement's.
  std::vector<std::string> reported_clause_leads;
  // Words that make an official date of the publication day the signing's
  // ("today signed"): no event a differing source date tells wrong.
  std::vector<std::string> signing_cues;
  // Whole words that make a day named beside them the deal's signing day
  // ("The agreement was signed on Tuesday"), compared with the one day the
  // official text gives for it.
  std::vector<std::string> signing_words;
  // A source's signing day further than this from the official's is another
  // signing ("the previous agreement, signed on 3 May 2030").
  int signing_gap_days = 31;
  // Before an "if" condition these make it an exception ("the only exception: if ...").
  std::vector<std::string> exception_cues;
  // The official text says the announcement happens on its publication date.
  std::vector<std::string> today_cues;
  // A clause with one of these reports a prediction or hedge: never contradicted.
  std::vector<std::string> hedge_cues;
  // Where a hedge's reach ends: the clause of a claim runs between the nearest
  // of these on each side (";", ", and "), so "could" in a second conjunct
  // does not hedge the first.
  std::vector<std::string> clause_breaks;
  // Words that open a relative clause: after a comma and a few words ("...,
  // a buffer that an analyst called generous"; "..., in a decision that could
  // change ..."), one ends the clause of a claim before that comma.
  std::vector<std::string> relative_words;
  // A hedged claim citing others' views ("analysts expect"): never held to an
  // official expectation, which it may differ from on purpose.
  std::vector<std::string> attribution_cues;
  // A bare (no status, no negation) term mention in such a sentence may be history.
  std::vector<std::string> past_cues;
  // Words right before a count or length that make it a stretch of history
  // ("in each of the past three seasons", "over the previous five years"):
  // not a figure of what was announced, so never compared.
  std::vector<std::string> history_leads;
  // Words right before a money figure that make it a change, not a level ("up
  // $200 million", "rose by $5 million"): it is compared with changes only.
  std::vector<std::string> change_words;
  // Hedges that may stand between a change word and its figure ("adds about
  // 920 baht", "up nearly $200 million").
  std::vector<std::string> change_hedges;
  // How often a sum falls due: a period ("year", "month", "total") -> the
  // phrases right after the figure that say so ("a year", "per month", "in
  // any year"; after "per <unit>" too: "per train per month"), and the words
  // among the few before it ("annual fee", "a total of"), nearest first. A
  // sum is also a total where "over" follows it, before any other figure, with
  // one of period_spans among the next four words ("over the five-year term")
  // and none of period_span_past ("over the past five years"). A sum said per
  // year is no telling of the same sum as the total over the term.
  std::map<std::string, std::vector<std::string>> period_after, period_before;
  std::vector<std::string> period_spans, period_span_past;
  // Words right before a figure that make it the level before a change ("to
  // $4.27 billion from $4 billion", "compared with 39 cents"): it is compared
  // only with official figures said so too.
  std::vector<std::string> prior_words;
  // Measures that name a family of quantities ("rate": yields, taxes,
  // tariffs): a figure of one differs from an official figure of it only
  // with a word around them in common, or a slip of the digits.
  std::vector<std::string> family_measures;
  std::vector<std::string> prior_from_needs;  // a bare "from" makes an old level only after one of these
  // Words that name a whole agreement ("agreement", "contract", "concession"):
  // an end date bound to one of them and to no term ends every term of it.
  std::vector<std::string> agreement_words;
  // Words between an agreement word and a length that make the length the
  // agreement's own ("the deal runs for five years", "a term of 25 years").
  std::vector<std::string> agreement_length_leads;
  // Words just before an agreement length that make it the replaced
  // arrangement's ("its current three-year deal").
  std::vector<std::string> prior_agreement_words;
  // Term types that carry a figure without saying what it measures ("agreed
  // to pay $185 million"): an official figure they cite still counts as
  // unnamed when a coverage figure of the same value is weighed.
  std::vector<std::string> carrier_terms;
  // Term types that name one flow of money between the same two parties
  // (payment, revenue_share): a term with no official counterpart of its own
  // type is compared with official terms of the others in its group.
  std::vector<std::vector<std::string>> flow_groups;
  // Words that set apart the things a count counts ("passenger" and
  // "freight" bookings, "construction" and "permanent" jobs): the same
  // amount of things of another of the group is no support. Stems, through
  // the context lexicon.
  std::vector<std::vector<std::string>> contrast_modifiers;
  // What a percentage is of ("25% of net receipts"), in groups of classes
  // of words: a base naming one class of a group against an official base
  // naming another ("net" against "gross", "monthly" against "annual",
  // "profit" against "sales") is a share of another base. Stems.
  std::vector<std::vector<std::vector<std::string>>> base_contrasts;
  // Party ids that name a role, not a party ("shareholders"): ignored when
  // slots are matched. Lower-case.
  std::vector<std::string> generic_parties;
  // Party ids that name a role a named party may be called by in the other
  // text ("city", "company", "government"): a figure is not told of the
  // wrong party on their account. Lower-case.
  std::vector<std::string> role_parties;
  // Term type -> the weaker rights of the kind ("exclusivity" ->
  // "right_of_first_refusal"): a source's stronger right where the official
  // text gives its holder only a weaker one is contradicted.
  std::map<std::string, std::vector<std::string>> weaker_rights;
  // Term types whose subject/object order carries meaning (payer->payee, buyer->target).
  std::vector<std::string> directional_terms;
  uint32_t cue_window = 40;       // max bytes between an announcement cue and the date
  double approx_tolerance = 0.10; // relative slack for "about", "nearly", "roughly", at most ...
  double approx_floor = 0.02;     // ... and at least, beyond three halves of the figure's last digit
  double bound_tolerance = 0.05;  // relative slack for "more than", "up to"

  // A figure no measure word or term lines up is compared by the words around
  // it (claim_context.h): an equal official figure whose context overlaps by
  // context_support supports it; a different one contradicts it when the
  // overlap reaches figure_contradict (a count: context_contradict), beats
  // every other official value's by context_margin times, and the two values
  // are less than context_ratio apart.
  // A measured amount of money that far from every official amount of its
  // measure, and no slip of one, is taken for another quantity, not a wrong one.
  ContextLexicon context;
  double context_support = 1.5;
  double context_contradict = 4.0;
  // A money or percentage figure contradicts at this lower overlap: its
  // context holds no word of its own unit, while two counts ("seven stations",
  // "14 stations") share the noun they count whatever they are counts of.
  double figure_contradict = 3.0;
  double context_margin = 1.5;
  // A figure the official text gives for another item is told swapped when
  // the words around it share context_contradict with the official value of
  // its own item and swap_margin times more than with that other item.
  double swap_margin = 3.0;
  // Two figures of one source sentence told swapped against two the official
  // text tells together: each must share pair_swap_margin times more with the
  // other's official item than with its own (both pointing across is the
  // evidence a single figure's swap_margin asks of one).
  double pair_swap_margin = 1.5;
  double context_ratio = 2.5;
  // A per cent the official text gives only in percentage points ("an
  // increase of 5%" against "five percentage points") is points told as a
  // per cent at this overlap, when it shares more with the points than with
  // any official per cent of the number.
  double points_overlap = 1.0;
  // A differing official value whose digits slip from the figure's
  // (digit_slip.h: swapped, or another power of ten) contradicts it at this
  // overlap, when it leads other slipped values by context_margin; the slip
  // itself is the evidence that the two are one quantity. Two figures of one
  // document whose digits slip are one quantity told twice at context_support.
  double slip_overlap = 0.3;
  // Two figures of one document the same digits at another power of ten
  // apart ("$230 million", "$2.3 billion") are one told twice only with this
  // much overlap: sums of one kind often differ so by chance.
  double scaled_internal_overlap = 1.0;
  // Two sums of money of one coverage document one digit apart, neither the
  // official text's, are one sum told two ways only at this overlap.
  double unofficial_internal_overlap = 3.0;
  // Dates no term bounds are lined up the same way, a differing date
  // contradicting at date_contradict; two dates this many days apart are not
  // one event told two ways ("launch in 2029" is no wrong "2019").
  double date_contradict = 2.5;
  // ... and at this lower overlap when its day slips one written digit from the
  // official day of the same month (day_slip in compare.cpp).
  double date_slip_contradict = 1.2;
  long date_gap_days = 800;
  // Lengths of time ("a seven-year licence") are lined up the same way, a
  // length that cannot be true with the official one contradicting at this overlap.
  double length_contradict = 2.5;
  double length_ratio = 4;  // lengths further apart are taken for two things
  // Two counts of the same words in one document, one the official amount,
  // contradict each other only this close ("11 bids" and "nine bids"); further
  // apart they are a whole and its part.
  double count_ratio = 1.25;

  // Keys as the fields above; absent keys keep their default.
  static Result<CompareOptions> from_json(const nlohmann::json& j);
};

// Findings for `coverage`: Finding::claim indexes coverage.claims; Finding::other
// indexes official.claims, or coverage.claims for Verdict::kInternal. Ordered by
// Finding::claim; a claim's internal finding (at most one, with its nearest
// partner) follows its own finding. Of two tellings of one thing, the internal
// finding is on the one the official text does not give, when it gives the other.
std::vector<Finding> compare_document(const ClaimedDocument& official, const ClaimedDocument& coverage,
                                      const CompareOptions& options);

}  // namespace claimcheck
