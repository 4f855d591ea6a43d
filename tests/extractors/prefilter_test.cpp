// The document-wide prefilter: which sentences a pattern touches.
#include <doctest/doctest.h>

#include <string>

#include "extractors/prefilter.h"

namespace claimcheck {

TEST_CASE("sentences_touched marks exactly the sentences a match overlaps") {
  const std::string text = "One fee here. Nothing at all. A fee and a fee. Last one.";
  const std::vector<Span> sentences = {{0, 13}, {14, 29}, {30, 46}, {47, 56}};
  const RE2 fee("\\bfee\\b");
  CHECK(sentences_touched(text, sentences, {&fee}) == std::vector<char>{1, 0, 1, 0});

  // Several patterns: the union of what each touches.
  const RE2 last("Last");
  CHECK(sentences_touched(text, sentences, {&fee, &last}) == std::vector<char>{1, 0, 1, 1});

  // A match across a boundary touches both sentences.
  const RE2 across("here\\. Nothing");
  CHECK(sentences_touched(text, sentences, {&across}) == std::vector<char>{1, 1, 0, 0});

  // Every start position is tried: the match "xa" does not hide "a b", which
  // starts inside it and reaches the next sentence (a scan resuming after each
  // match would miss it).
  const std::string t2 = "xa b";
  const std::vector<Span> s2 = {{0, 2}, {3, 4}};
  const RE2 xa("xa|a b");
  CHECK(sentences_touched(t2, s2, {&xa}) == std::vector<char>{1, 1});

  // No match, no sentences, and sentences out of order (all touched, to be safe).
  const RE2 none("zebra");
  CHECK(sentences_touched(text, sentences, {&none}) == std::vector<char>{0, 0, 0, 0});
  CHECK(sentences_touched(text, {}, {&fee}).empty());
  CHECK(sentences_touched(text, {{14, 29}, {0, 13}}, {&none}) == std::vector<char>{1, 1});
}

}  // namespace claimcheck
