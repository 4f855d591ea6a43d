// Figure contexts: which words a figure owns, how stems are formed, and how
// overlaps rank official figures for a coverage figure.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/compare/claim_context.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

ContextLexicon lexicon() {
  ContextLexicon lex;
  for (const char* w : {"a", "the", "and", "will", "of", "on", "percent", "million", "for"}) lex.stopwords.insert(w);
  lex.synonyms["duty"] = "tariff";
  lex.synonyms["levy"] = "tariff";
  lex.breaks = {"and", "or", "while"};
  lex.add_synonyms({"take effect", "kicks in", "come into force", "effective"});
  return lex;
}

struct Doc {
  std::string bytes;
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;
  void sentence(const std::string& text, const std::vector<std::string>& figures) {
    if (!bytes.empty()) bytes += ' ';
    const auto start = static_cast<uint32_t>(bytes.size());
    bytes += text;
    sentences.push_back({{start, static_cast<uint32_t>(bytes.size())}, 0, false});
    for (const auto& f : figures) {
      const auto at = bytes.find(f, start);
      REQUIRE(at != std::string::npos);
      Claim c;
      c.kind = f.find("percent") != std::string::npos ? ClaimKind::kPercent : ClaimKind::kMoney;
      c.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + f.size())};
      c.text = f;
      c.sentence = static_cast<int32_t>(sentences.size() - 1);
      claims.push_back(c);
    }
  }
};

float weight(const Context& ctx, const std::string& stem) {
  for (const auto& [s, w] : ctx)
    if (s == stem) return w;
  return 0;
}

}  // namespace

TEST_CASE("stems drop plurals and possessives, map synonyms and drop stopwords") {
  const ContextLexicon lex = lexicon();
  CHECK(lex.stem("Royalties") == "royalty");
  CHECK(lex.stem("cells") == "cell");
  CHECK(lex.stem("Lumora's") == "lumora");
  CHECK(lex.stem("Lumora\xE2\x80\x99s") == "lumora");  // typographic apostrophe
  CHECK(lex.stem("duties") == "tariff");  // the plural rule first, then the synonym
  CHECK(lex.stem("levies") == "tariff");
  CHECK(lex.stem("The") == "");
  CHECK(lex.stem("class") == "class");  // "ss" is no plural
}

TEST_CASE("a figure owns the words of its own phrase in a list of figures") {
  Doc d;
  d.sentence("Steel products will face a 25 percent levy, aluminium 12.5 percent and battery cells 20 percent.",
             {"25 percent", "12.5 percent", "20 percent"});
  const ClaimContexts fc(d.bytes, &d.sentences, d.claims, lexicon());
  const Context& steel = fc.of(0);
  const Context& aluminium = fc.of(1);
  const Context& battery = fc.of(2);
  CHECK(weight(steel, "tariff") == doctest::Approx(1.0));     // "levy" right after it
  CHECK(weight(steel, "steel") > weight(aluminium, "steel"));  // before the first figure
  CHECK(weight(aluminium, "aluminium") == doctest::Approx(1.0));
  CHECK(weight(aluminium, "battery") == doctest::Approx(0.25));  // only as a word of the sentence
  CHECK(weight(battery, "battery") > 0.5f);
  CHECK(weight(battery, "cell") == doctest::Approx(1.0));
}

TEST_CASE("words inside other claims are no context, and sentences stay apart") {
  Doc d;
  d.sentence("Revenue rose 5 percent on Monday.", {"5 percent"});
  d.claims.push_back([&] {
    Claim date;
    date.kind = ClaimKind::kDate;
    const auto at = d.bytes.find("Monday");
    date.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)};
    date.sentence = 0;
    return date;
  }());
  d.sentence("Costs fell 3 percent.", {"3 percent"});
  const ClaimContexts fc(d.bytes, &d.sentences, d.claims, lexicon());
  CHECK(weight(fc.of(0), "monday") == 0);
  CHECK(weight(fc.of(0), "revenue") > 0);
  CHECK(weight(fc.of(0), "cost") == 0);
  CHECK(weight(fc.of(2), "cost") > 0);
  // The date has a context of its own, read as if the sentence held no figures.
  CHECK(weight(fc.of(1), "revenue") > 0);
  CHECK(weight(fc.of(1), "cost") == 0);
  CHECK(fc.sentence_count() == 2);
}

TEST_CASE("phrases of two or three words count as one stem, plural or not, never across a claim") {
  const ContextLexicon lex = lexicon();
  CHECK(lex.longest_phrase == 3);
  auto date_doc = [](const std::string& text, const std::string& date) {
    Doc d;
    d.sentence(text, {});
    Claim c;
    c.kind = ClaimKind::kDate;
    const auto at = d.bytes.find(date);
    c.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + date.size())};
    c.sentence = 0;
    d.claims.push_back(c);
    return d;
  };
  const Doc off = date_doc("The tariffs will take effect on July 1.", "July 1");
  const Doc cov = date_doc("The new duties kick in on June 1.", "June 1");
  const Doc force = date_doc("The rules come into force on May 2.", "May 2");
  const Doc apart = date_doc("They kick June 1 in the teeth.", "June 1");
  const ClaimContexts o(off.bytes, &off.sentences, off.claims, lex), c(cov.bytes, &cov.sentences, cov.claims, lex),
      f(force.bytes, &force.sentences, force.claims, lex), a(apart.bytes, &apart.sentences, apart.claims, lex);
  CHECK(weight(o.of(0), "take effect") > 0.5f);
  CHECK(weight(c.of(0), "take effect") > 0.5f);  // "kick in": the group's first entry
  CHECK(weight(c.of(0), "tariff") > 0.5f);
  CHECK(weight(c.of(0), "kick") == 0);
  CHECK(weight(f.of(0), "take effect") > 0.5f);
  CHECK(weight(a.of(0), "take effect") == 0);  // the date between "kick" and "in"
  CHECK(lex.stem("effective") == "take effect");
  // A claim with no letters in it still keeps the phrase apart.
  Doc figure_between;
  figure_between.sentence("Rates kick 25% in on June 1.", {"25%"});
  {
    Claim date;
    date.kind = ClaimKind::kDate;
    const auto at = figure_between.bytes.find("June 1");
    date.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)};
    date.sentence = 0;
    figure_between.claims.push_back(date);
  }
  const ClaimContexts fb(figure_between.bytes, &figure_between.sentences, figure_between.claims, lex);
  CHECK(weight(fb.of(1), "kick") > 0);
  CHECK(weight(fb.of(1), "take effect") == 0);
}

TEST_CASE("overlap ranks the official figure about the same thing first") {
  Doc off;
  off.sentence("Norrbridge will pay an upfront payment of $175 million.", {"$175 million"});
  off.sentence("Halvern may receive up to $240 million in regulatory milestones.", {"$240 million"});
  off.sentence("The company employs 300 people in Boston.", {});
  Doc cov;
  cov.sentence("The deal includes a $125 million upfront payment.", {"$125 million"});
  const ContextLexicon lex = lexicon();
  const ClaimContexts o(off.bytes, &off.sentences, off.claims, lex), c(cov.bytes, &cov.sentences, cov.claims, lex);
  const StemRarity rarity(o, c);
  std::vector<std::string> shared;
  const double upfront = context_overlap(c.of(0), o.of(0), rarity, &shared);
  const double milestones = context_overlap(c.of(0), o.of(1), rarity);
  CHECK(upfront > 2 * milestones);
  REQUIRE(shared.size() >= 2);
  CHECK((shared[0] == "upfront" || shared[0] == "payment"));
  CHECK(rarity.of("boston") > rarity.of("upfront"));  // one sentence against two
}

TEST_CASE("the shipped synonyms join words news uses for one thing") {
  const ContextLexicon& lex = testing::shipped_resources().compare_options.context;
  CHECK(lex.stem("bidders") == lex.stem("bids"));
  CHECK(lex.stem("frozen") == lex.stem("stabilised"));
  CHECK(lex.stem("planes") == lex.stem("aircraft"));
  CHECK(lex.stem("dockers") == lex.stem("workers"));
  CHECK(lex.stem("t") == lex.stem("tonnes"));  // a unit letter, kept through its synonym
  CHECK_FALSE(lex.stem("t").empty());
  CHECK(lex.stem("bids") != lex.stem("planes"));
}

}  // namespace claimcheck
