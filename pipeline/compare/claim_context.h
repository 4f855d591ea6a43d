// Claim contexts: the words around a money or percent claim that say what it
// is about ("upfront payment", "battery cells"), around a date ("the tariffs
// take effect"), around a length of time ("a 10-year licence"), a count ("24
// wide-body aircraft") or a term of a listed type ("an independent monitor,
// paid for by Harbourlink"), weighted by nearness, so that claims no measure
// word or party names can still be lined up across two documents.
// Pure and verdict-free: it scores how alike two contexts are, nothing more.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "pipeline/core/types.h"

namespace claimcheck {

// The word lists contexts are built with (compare.json "context").
struct ContextLexicon {
  std::unordered_set<std::string> stopwords;               // stems that say nothing about a figure
  std::unordered_map<std::string, std::string> synonyms;   // stem -> the stem it counts as
  std::unordered_set<std::string> breaks;                  // words that end a figure's phrase ("and", "while")
  std::unordered_set<std::string> term_anchors;            // term types given a context of their own ("payment")
  // Phrases of two or three words ("kick in", "come into force", as base()
  // forms joined by spaces) -> the stem they count as: the words of a phrasal
  // verb say little alone.
  std::unordered_map<std::string, std::string> phrases;
  std::unordered_set<std::string> phrase_heads;  // the base of each phrase's first word
  size_t longest_phrase = 0;                     // in words

  // Lower-cased, possessive and plural dropped ("royalties" -> "royalty").
  static std::string base(std::string_view word);
  // base(), then mapped through `synonyms`. Empty for a stopword.
  std::string stem(std::string_view word) const;
  std::string stem_of_base(std::string base) const;
  // Adds a synonym group: every entry counts as the first; entries with
  // spaces are phrases.
  void add_synonyms(const std::vector<std::string>& group);
};

// A context: stems with weights in (0, 1], sorted by stem.
using Context = std::vector<std::pair<std::string, float>>;

// The contexts of the figures (money and percent claims), the dates, the
// lengths and the counts (term claims of value "duration" and "count") of one document, and the sentence
// counts of its stems (for weighting words by rarity).
//
// The kinds are placed apart: a figure's context is read as if the sentence
// held no dates, a date's as if it held no figures, a length's or a count's as
// if it held neither (their own words still count for figures and dates). Within a kind, an
// anchor's words are those of its phrase: words before the first
// anchor of a sentence belong to it; between two anchors, words up to the
// first break (a comma, "and", ...) belong to the left one ("a 25 percent
// levy"), the rest to the right one ("aluminium 12.5 percent"); after the last
// anchor, words up to a break. Every word of the sentence also counts weakly
// for each anchor. Words inside dates and figures are no context.
class ClaimContexts {
 public:
  ClaimContexts(std::string_view bytes, const std::vector<Sentence>* sentences, const std::vector<Claim>& claims,
                const ContextLexicon& lex);
  // Claim i's context; empty for terms other than lengths, counts and lex.term_anchors.
  const Context& of(uint32_t claim) const;
  // Sentences of the document, and in how many of them each stem occurs.
  uint32_t sentence_count() const { return sentence_count_; }
  const std::unordered_map<std::string, uint32_t>& stem_sentences() const { return df_; }

 private:
  std::vector<Context> contexts_;
  std::unordered_map<std::string, uint32_t> df_;
  uint32_t sentence_count_ = 0;
};

// Rarity weights over two documents' sentences: log((N + 1) / (df + 0.5)).
class StemRarity {
 public:
  StemRarity(const ClaimContexts& a, const ClaimContexts& b);
  double of(const std::string& stem) const;

 private:
  const ClaimContexts& a_;
  const ClaimContexts& b_;
  double n_;
};

// How much two contexts share: the sum over common stems of rarity times the
// smaller weight. `shared`, if given, receives the common stems, best first.
double context_overlap(const Context& a, const Context& b, const StemRarity& rarity,
                       std::vector<std::string>* shared = nullptr);

}  // namespace claimcheck
