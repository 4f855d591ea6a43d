// Table-driven checks of the term extractor through the whole document
// pipeline: term types, slots (direction), polarity, status, conditions,
// bounds, hedging, and paraphrases that must yield the same slots.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/app/document_pipeline.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

const Resources& resources() { return testing::shipped_resources(); }

std::vector<Claim> terms(const std::string& text) {
  auto pd = process_document(text, std::nullopt, resources());
  std::vector<Claim> out;
  for (auto& c : pd.claims)
    if (c.kind == ClaimKind::kTerm) out.push_back(std::move(c));
  return out;
}

std::string dump(const std::vector<Claim>& cs) {
  std::string s;
  for (const auto& c : cs) s += "\n  " + c.value + " '" + c.text + "' " + c.attrs.dump();
  return s.empty() ? " (none)" : s;
}

// The first claim of `value`, or nullptr.
const Claim* find(const std::vector<Claim>& cs, const std::string& value) {
  for (const auto& c : cs)
    if (c.value == value) return &c;
  return nullptr;
}

struct Case {
  const char* text;
  const char* value;
  const char* subject;   // nullptr: not checked
  const char* object;
  const char* polarity;
  const char* status;
};

void check_case(const Case& k) {
  const std::string text_ = k.text;
  CAPTURE(text_);
  const auto cs = terms(k.text);
  const Claim* c = find(cs, k.value);
  REQUIRE_MESSAGE(c != nullptr, "no " << k.value << " claim; got" << dump(cs));
  CAPTURE(c->attrs.dump());
  if (k.subject) CHECK(c->attrs.value("subject", "?") == k.subject);
  if (k.object) CHECK(c->attrs.value("object", "?") == k.object);
  if (k.polarity) CHECK(c->attrs.value("polarity", "?") == k.polarity);
  if (k.status) CHECK(c->attrs.value("status", "?") == k.status);
}

}  // namespace

TEST_CASE("revenue share direction: paraphrases give the same payer and payee") {
  const Case cases[] = {
      {"Revenue share payments from OpenAI to Microsoft continue through 2030.", "revenue_share", "openai", "microsoft", "positive", "continues"},
      {"OpenAI will continue to pay Microsoft a revenue share until 2030.", "revenue_share", "openai", "microsoft", "positive", "continues"},
      {"The new terms unwind the revenue-sharing mechanics that had flowed from OpenAI to Redmond.", "revenue_share", "openai", "microsoft", "negative", "ends"},
      {"Microsoft receives a revenue share from the ChatGPT maker.", "revenue_share", "openai", "microsoft", "positive", nullptr},
      {"OpenAI pays Microsoft a share of its revenue.", "revenue_share", "openai", "microsoft", "positive", nullptr},
      {"OpenAI will keep sharing revenue with Microsoft.", "revenue_share", "openai", "microsoft", "positive", "continues"},
      {"Microsoft will no longer pay a revenue share to OpenAI.", "revenue_share", "microsoft", "openai", "negative", "ends"},
      {"Microsoft will no longer pay OpenAI a share of revenue.", "revenue_share", "microsoft", "openai", "negative", "ends"},
      {"The agreement removes revenue sharing from Microsoft to OpenAI.", "revenue_share", "microsoft", "openai", "negative", "ends"},
  };
  for (const auto& k : cases) check_case(k);
}

TEST_CASE("who pays whom; a payment yields to the revenue share of its clause") {
  const Case cases[] = {
      {"Under the deal, Kaskade will pay Veridian an upfront fee.", "payment", "kaskade", "veridian", "positive", nullptr},
      {"In return, OpenAI pays Microsoft for compute.", "payment", "openai", "microsoft", "positive", nullptr},
      // A cue in a leading condition is the condition's: the payment after its comma holds.
      {"If Brightmoor terminates the agreement to accept a superior proposal, Brightmoor will pay Halvorsen a fee.",
       "payment", "brightmoor", "halvorsen", "positive", ""},
      // Without the condition's comma the cue still ends the payment.
      {"Brightmoor terminates its agreement to pay Halvorsen a fee.", "payment", nullptr, "halvorsen", "negative", "ends"},
  };
  for (const auto& k : cases) check_case(k);
  for (const char* text : {"Microsoft will no longer pay OpenAI a share of revenue.",
                           "OpenAI will continue to pay Microsoft a revenue share until 2030."}) {
    CAPTURE(text);
    const auto cs = terms(text);
    CHECK_MESSAGE(find(cs, "payment") == nullptr, "got" << dump(cs));
    CHECK_MESSAGE(find(cs, "revenue_share") != nullptr, "got" << dump(cs));
  }
}

TEST_CASE("'the end' after a time preposition, and 'cease-and-desist', end no term") {
  const Case cases[] = {
      {"Lestari will pay Bluegum an upfront fee and must open 150 outlets by the end of the term.", "payment", nullptr,
       nullptr, "positive", ""},
      {"The Commission imposed a cease-and-desist order on how Velmora licenses its TV software to makers.", "license",
       nullptr, nullptr, "positive", ""},
      // A termination stays one: the cue has no time preposition before it.
      {"The amendment brings an end to the licence Velmora grants its partners.", "license", nullptr, nullptr,
       "negative", "ends"},
      {"Velmora will cease licensing its TV software to makers.", "license", nullptr, nullptr, "negative", "ends"},
      {"By removing exclusivity, Velmora can license its TV software to any maker.", "exclusivity", nullptr, nullptr,
       "negative", "ends"},
  };
  for (const auto& k : cases) check_case(k);
}

TEST_CASE("exclusivity polarity and status") {
  const Case cases[] = {
      {"Microsoft's license will now be non-exclusive.", "exclusivity", "microsoft", nullptr, "negative", nullptr},
      {"Microsoft's license is no longer exclusive.", "exclusivity", "microsoft", nullptr, "negative", "ends"},
      {"Microsoft will no longer hold exclusive rights to license OpenAI's models.", "exclusivity", "microsoft", "openai", "negative", "ends"},
      {"Azure will be the exclusive cloud provider for OpenAI.", "exclusivity", "microsoft", "openai", "positive", nullptr},
      {"The deal ends cloud exclusivity.", "exclusivity", "", "", "negative", "ends"},
      {"Microsoft loses its exclusivity.", "exclusivity", "microsoft", nullptr, "negative", "ends"},
      {"The move removes exclusivity.", "exclusivity", nullptr, nullptr, "negative", "ends"},
  };
  for (const auto& k : cases) check_case(k);
}

TEST_CASE("licence, partner, first access, stake slots") {
  const Case cases[] = {
      {"Microsoft will continue to have a license to OpenAI IP through 2032.", "license", "microsoft", "openai", "positive", "continues"},
      {"Microsoft retains a license to OpenAI's models and products until 2032.", "license", "microsoft", "openai", "positive", "continues"},
      {"Microsoft keeps a non-exclusive license through 2032.", "license", "microsoft", nullptr, "positive", "continues"},
      {"Microsoft remains OpenAI's primary cloud partner.", "primary_partner", "microsoft", "openai", "positive", "continues"},
      {"Microsoft retains the status of OpenAI's primary cloud partner.", "primary_partner", "microsoft", "openai", "positive", "continues"},
      {"OpenAI products will ship first on Azure.", "first_access", "microsoft", "openai", "positive", nullptr},
      {"Azure still gets first shot at new OpenAI products.", "first_access", "microsoft", "openai", "positive", "continues"},
      {"Microsoft secures first access to OpenAI models.", "first_access", "microsoft", "openai", "positive", nullptr},
      {"Microsoft remains a major shareholder in OpenAI.", "stake", "microsoft", "openai", "positive", "continues"},
  };
  for (const auto& k : cases) check_case(k);
}

TEST_CASE("bounds are recorded with their type and text") {
  const auto cs = terms("Microsoft keeps a license to OpenAI IP through 2032.");
  const Claim* c = find(cs, "license");
  REQUIRE_MESSAGE(c, dump(cs));
  CHECK(c->attrs["bound"]["type"] == "through");
  CHECK(c->attrs["bound"]["text"] == "through 2032");
  const auto cs2 = terms("OpenAI will continue to share revenue with Microsoft until 2030 at the previous rate.");
  const Claim* c2 = find(cs2, "revenue_share");
  REQUIRE_MESSAGE(c2, dump(cs2));
  CHECK(c2->attrs["bound"]["type"] == "until");
  // The clause span holds the bound so ExtractorSet can link the date claim.
  const uint32_t cs_start = c2->attrs["clause"]["start"], cs_end = c2->attrs["clause"]["end"];
  const std::string text = "OpenAI will continue to share revenue with Microsoft until 2030 at the previous rate.";
  const auto at = static_cast<uint32_t>(text.find("2030"));
  CHECK(cs_start <= at);
  CHECK(at + 4 <= cs_end);
}

TEST_CASE("conditions keep their type and conjunction") {
  struct C {
    const char* text;
    const char* type;
    const char* conjunction;
    const char* term;
  };
  const C cases[] = {
      {"OpenAI products will ship first on Azure, unless Microsoft cannot and chooses not to support the necessary capabilities.", "unless", "and", "first_access"},
      {"OpenAI products ship first on Azure. There is only one exception: if Microsoft cannot or does not want to support the necessary capabilities.", "if", "or", "first_access"},
      {"OpenAI products ship first on Azure unless Microsoft cannot - and chooses not to - support the needed capabilities.", "unless", "and", "first_access"},
      {"OpenAI products ship first on Azure unless Microsoft declines needed support.", "unless", "", "first_access"},
  };
  for (const auto& k : cases) {
    const std::string text_ = k.text;
  CAPTURE(text_);
    const auto cs = terms(k.text);
    const Claim* c = find(cs, "condition");
    REQUIRE_MESSAGE(c, dump(cs));
    CHECK(c->attrs["condition"]["type"] == k.type);
    CHECK(c->attrs["condition"]["conjunction"] == k.conjunction);
    CHECK(c->attrs["term"] == k.term);
    CHECK(c->attrs["subject"] == "microsoft");
    CHECK(c->text.rfind(k.type, 0) == 0);  // the span starts at the cue
  }
  // A hypothetical "if" with no term and no exception cue is no condition.
  CHECK(find(terms("If a new model lands on a cloud before it appears elsewhere, customers notice."), "condition") == nullptr);
}

TEST_CASE("hedged: expectations, predictions and attributions") {
  const Case hedged[] = {
      {"The company is also expected to maintain priority access to new models.", "first_access", nullptr, nullptr, nullptr, nullptr},
      {"Analysts expect Microsoft to keep a license to OpenAI IP.", "license", nullptr, nullptr, nullptr, nullptr},
      {"Reports on the broader rewrite point to OpenAI revenue-share payments to Microsoft being capped.", "revenue_share", "openai", "microsoft", nullptr, nullptr},
      {"Microsoft could lose its exclusivity.", "exclusivity", nullptr, nullptr, "negative", nullptr},
  };
  for (const auto& k : hedged) {
    check_case(k);
    const auto cs = terms(k.text);
    CHECK_MESSAGE(find(cs, k.value)->attrs["hedged"] == true, k.text);
  }
  const auto cs = terms("Microsoft will continue to have a license to OpenAI IP.");
  REQUIRE(find(cs, "license"));
  CHECK(find(cs, "license")->attrs["hedged"] == false);
}

TEST_CASE("acquisition and earnings vocabulary") {
  const Case cases[] = {
      {"Acme Corp will acquire Beta Inc for $4.2 billion.", "acquisition", "acme", "beta", "positive", nullptr},
      {"Beta Inc will be acquired by Acme Corp.", "acquisition", "acme", "beta", nullptr, nullptr},
      {"Acme Corp would pay Beta Inc a $1 billion termination fee.", "termination_fee", "acme", "beta", nullptr, nullptr},
      {"Beta Inc would receive a $2 billion breakup fee from Acme Corp.", "termination_fee", "acme", "beta", nullptr, nullptr},
      {"Acme Corp will acquire Beta Inc for $45 per share in cash.", "price_per_share", "acme", "beta", nullptr, nullptr},
      {"Intel suspended its dividend.", "dividend", "intel", nullptr, "negative", "ends"},
  };
  for (const auto& k : cases) check_case(k);
  const auto cs = terms("Revenue rose 4% sequentially to $35 billion, while gross margin was 75.0%.");
  REQUIRE_MESSAGE(find(cs, "revenue"), dump(cs));
  CHECK(find(cs, "revenue")->attrs["comparison"] == "sequential");
  REQUIRE(find(cs, "margin"));
  CHECK(find(cs, "margin")->attrs["scope"] == "gross");
  const auto yoy = terms("Revenue grew 13% year-over-year to $70 billion.");
  REQUIRE_MESSAGE(find(yoy, "revenue"), dump(yoy));
  CHECK(find(yoy, "revenue")->attrs["comparison"] == "year_over_year");
}

TEST_CASE("traps: no term claims from unrelated wording") {
  for (const char* text : {"Apple's market cap rose to $3 trillion.", "The first quarter was strong.",
                           "The team met on Tuesday to discuss the weather.", "Sales teams were reorganised."}) {
    const std::string text_ = text;
    CAPTURE(text_);
    const auto cs = terms(text);
    CHECK_MESSAGE(cs.empty(), dump(cs));
  }
}

TEST_CASE("negation after a term does not flip it; a possessive owns its phrase") {
  const Case cases[] = {
      {"OpenAI pays Microsoft a revenue share, but the payments are limited by an overall ceiling and do not depend on growth.", "cap", "openai", "microsoft", "positive", nullptr},
      {"OpenAI breaks free from Microsoft's exclusive grip.", "exclusivity", "microsoft", nullptr, nullptr, nullptr},
      {"Microsoft retains its position as OpenAI's primary cloud partner.", "primary_partner", "microsoft", "openai", "positive", "continues"},
      {"Microsoft continues to share in OpenAI's growth as a major shareholder.", "stake", "microsoft", nullptr, "positive", "continues"},
  };
  for (const auto& k : cases) check_case(k);
}

TEST_CASE("history: a sentence set before publication marks its terms past") {
  auto pd = process_document("When Microsoft began investing in OpenAI in 2019, Microsoft would be the exclusive cloud provider for OpenAI.",
                             CivilDate{2026, 4, 27}, resources());
  const Claim* c = nullptr;
  for (const auto& x : pd.claims)
    if (x.kind == ClaimKind::kTerm && x.value == "exclusivity") c = &x;
  REQUIRE(c);
  CHECK(c->attrs.value("past", false) == true);
  // A term that states its own change is not history.
  auto pd2 = process_document("Microsoft, which invested in 2019, remains OpenAI's primary cloud partner.", CivilDate{2026, 4, 27},
                              resources());
  const Claim* p = nullptr;
  for (const auto& x : pd2.claims)
    if (x.kind == ClaimKind::kTerm && x.value == "primary_partner") p = &x;
  REQUIRE(p);
  CHECK_FALSE(p->attrs.contains("past"));
}

TEST_CASE("story overlay adds aliases to a known entity") {
  auto rules = RuleBook::embedded();
  REQUIRE(rules.ok());
  auto st = rules->add_overlay("rules.json", nlohmann::json::parse(
      R"({"terms": {"entities": [{"id": "openai", "aliases": ["the San Francisco lab"]}]}})"));
  REQUIRE(st.ok());
  auto res = Resources::build(*rules);
  REQUIRE(res.ok());
  auto pd = process_document("Microsoft will no longer pay the San Francisco lab a revenue share.", std::nullopt, *res);
  const Claim* c = nullptr;
  for (const auto& x : pd.claims)
    if (x.kind == ClaimKind::kTerm && x.value == "revenue_share") c = &x;
  REQUIRE(c);
  CHECK(c->attrs["object"] == "openai");
  CHECK(c->attrs["subject"] == "microsoft");
}

TEST_CASE("bad vocabulary is an error value naming terms.json") {
  auto rules = RuleBook::embedded();
  REQUIRE(rules.ok());
  auto st = rules->add_overlay("rules.json", nlohmann::json::parse(
      R"({"terms": {"rules": [{"id": "term.bad", "value": "bad", "triggers": ["(unclosed"], "examples": []}]}})"));
  REQUIRE(st.ok());
  auto res = Resources::build(*rules);
  REQUIRE_FALSE(res.ok());
  CHECK(res.error().str().find("terms.json") != std::string::npos);
}

}  // namespace claimcheck

namespace claimcheck {

TEST_CASE("a run-on sentence is scanned in windows: terms deep inside it are found, in its own sentence") {
  // 12 KB with no full stop: one sentence to the segmenter, three scan windows.
  std::string text;
  while (text.size() < 9000) text += "the parties met again and talked at length ";
  text += "Acme granted Widget an exclusive licence ";
  while (text.size() < 12000) text += "and the talks went on ";
  text += ".";
  const auto pd = process_document(text, std::nullopt, resources());
  std::vector<const Claim*> licences;
  for (const auto& c : pd.claims)
    if (c.kind == ClaimKind::kTerm && c.value == "license") licences.push_back(&c);
  REQUIRE(licences.size() == 1);
  const Claim& c = *licences[0];
  CHECK(c.span.start > 9000);
  REQUIRE(c.sentence >= 0);
  const Span sentence = pd.sentences[static_cast<size_t>(c.sentence)].span;
  CHECK(sentence.size() > 12000);  // the whole run-on sentence, not a window
  CHECK(sentence.start <= c.span.start);
  CHECK(c.span.end <= sentence.end);
  CHECK(c.text.find("licence") != std::string::npos);
}

}  // namespace claimcheck
