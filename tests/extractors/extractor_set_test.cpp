// ExtractorSet on whole sentences: how claims of different kinds are joined
// (bounded dates linked to their term, dates inside figures dropped).
#include <doctest/doctest.h>

#include <string>

#include "pipeline/app/document_pipeline.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

std::vector<Claim> claims_of(const std::string& text) {
  return process_document(text, CivilDate{2027, 3, 3}, testing::shipped_resources()).claims;
}

const Claim* find(const std::vector<Claim>& claims, ClaimKind kind, const std::string& text) {
  for (const auto& c : claims)
    if (c.kind == kind && c.text == text) return &c;
  return nullptr;
}

std::string attr(const Claim& c, const char* key) {
  auto it = c.attrs.find(key);
  return it != c.attrs.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The party a figure of `kind` reading `text` was given ("" for none).
std::string party_of(const std::vector<Claim>& claims, ClaimKind kind, const std::string& text) {
  const Claim* c = find(claims, kind, text);
  REQUIRE(c != nullptr);
  return attr(*c, "party");
}

}  // namespace

TEST_CASE("a figure takes the party whose stretch of the sentence holds it") {
  const auto claims = claims_of(
      "Under the deal, Ostrava Energy pays a fee to Halberd Construction. Halberd Construction will bear 45% and "
      "Ostrava Energy 55% of the costs, about DKK 9.6 billion for Halberd Construction, and the site is owned 51 "
      "per cent by Nistowak Holdings.");
  auto party = [&](ClaimKind kind, const std::string& text) { return party_of(claims, kind, text); };
  CHECK(party(ClaimKind::kPercent, "45%") == "halberd_construction");
  CHECK(party(ClaimKind::kPercent, "55%") == "ostrava_energy");
  // A name after the amount ("for X") gets it; the currency code before it is no party.
  CHECK(party(ClaimKind::kMoney, "DKK 9.6 billion") == "halberd_construction");
  // The agent of a passive holds the share.
  CHECK(party(ClaimKind::kPercent, "51 per cent") == "nistowak");  // "Holdings" is a name suffix
  // A bracket or a colon right after a name opens what is told of it.
  const auto listed = claims_of("The venture is owned by Halberd Construction (60 per cent) and Ostrava Energy (40 per "
                                "cent). Kestrel Water: $410 million of new money.");
  auto listed_party = [&](ClaimKind kind, const std::string& text) { return party_of(listed, kind, text); };
  CHECK(listed_party(ClaimKind::kPercent, "60 per cent") == "halberd_construction");
  CHECK(listed_party(ClaimKind::kPercent, "40 per cent") == "ostrava_energy");
  CHECK(listed_party(ClaimKind::kMoney, "$410 million") == "kestrel_water");
  // The stretches say whose a figure is; they are no claims of their own.
  for (const auto& c : claims) CHECK(c.value != "holder");
}

TEST_CASE("a figure no party's stretch holds has none, nor does a range end") {
  const auto claims = claims_of("Tawi Bank lends between KSh 500 and KSh 50,000, and revenue rose 5% in the year.");
  for (const auto& c : claims)
    if (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent) CHECK(attr(c, "party").empty());
}

TEST_CASE("a currency sign, a priced unit or a share's base is no figure's party") {
  const auto claims = claims_of(
      "Kestrel Water will pay the Wapos Nation C$6 million and Corvane R$7.35bn, with Nordal buying power at NOK 410 "
      "per MWh. Marenda targets a primary deficit of 1.1% of GDP.");
  auto party = [&](ClaimKind kind, const std::string& text) { return party_of(claims, kind, text); };
  CHECK(party(ClaimKind::kMoney, "C$6 million") == "wapos_nation");  // not "wapos_nation_c"
  CHECK(party(ClaimKind::kMoney, "R$7.35bn") == "corvane");          // not "r"
  CHECK(party(ClaimKind::kMoney, "NOK 410") == "nordal");            // neither "nok" nor "mwh"
  CHECK(party(ClaimKind::kPercent, "1.1%") != "gdp");
}

TEST_CASE("a figure coordinated with a party's figure by 'and' is that party's too") {
  const auto claims = claims_of(
      "Microsoft will acquire 100% of the publisher's share and 75% of the writer's share of income. The venture "
      "is owned 60 per cent by Alphabet and 40 per cent by the university.");
  auto party = [&](const std::string& text) { return party_of(claims, ClaimKind::kPercent, text); };
  CHECK(party("100%") == "microsoft");
  CHECK(party("75%") == "microsoft");
  CHECK(party("60 per cent") == "alphabet");
  CHECK(party("40 per cent") != "alphabet");  // given by its own stretch to another
}

TEST_CASE("a date the rules read as a bound is linked to the term of its clause") {
  const auto claims = claims_of("Microsoft keeps a license to the models through 2032.");
  const Claim* d = find(claims, ClaimKind::kDate, "2032");
  REQUIRE(d != nullptr);
  CHECK(attr(*d, "bound") == "through");
  CHECK(attr(*d, "bounds_term") == "license");
}

TEST_CASE("a date inside a term's own bound takes the term's bound word") {
  const auto claims = claims_of("The transaction is expected to close in the second quarter of 2027.");
  const Claim* d = find(claims, ClaimKind::kDate, "the second quarter of 2027");
  REQUIRE(d != nullptr);
  CHECK(d->value == "2027-Q2");
  CHECK(attr(*d, "bound") == "in");
  CHECK(attr(*d, "bounds_term") == "closing");
}

TEST_CASE("'on <date>' times the term before it, not the one after") {
  auto claims = claims_of("The headset goes on sale in the U.S. on October 9 for $899.");
  const Claim* d = find(claims, ClaimKind::kDate, "October 9");
  REQUIRE(d != nullptr);
  CHECK(attr(*d, "bound") == "on");
  CHECK(attr(*d, "bounds_term") == "availability");
  // Before the trigger it dates the statement.
  claims = claims_of("Larkspur said on February 4, 2027 that it will invest $900 million in Ashgrove.");
  d = find(claims, ClaimKind::kDate, "February 4, 2027");
  REQUIRE(d != nullptr);
  CHECK_FALSE(d->attrs.contains("bounds_term"));
}

TEST_CASE("a date no term bounds stays unbounded") {
  const auto claims = claims_of("Revenue at the unit rose sharply in 2026 as prices climbed.");
  const Claim* d = find(claims, ClaimKind::kDate, "2026");
  REQUIRE(d != nullptr);
  CHECK_FALSE(d->attrs.contains("bound"));
  CHECK_FALSE(d->attrs.contains("bounds_term"));
}

TEST_CASE("a year inside a money figure is not a date") {
  const auto claims = claims_of("The stake was sold for $2,026 million.");
  CHECK(find(claims, ClaimKind::kMoney, "$2,026 million") != nullptr);
  for (const auto& c : claims) CHECK(c.kind != ClaimKind::kDate);
}

TEST_CASE("an amount in a currency the term patterns do not know becomes the figure of the term of its clause") {
  const auto claims = claims_of("Hanbit will pay Kisaragi an advance of \xC2\xA5" "12 billion within 30 days of signing.");
  const Claim* t = nullptr;
  for (const auto& c : claims)
    if (c.kind == ClaimKind::kTerm && c.value == "payment") t = &c;
  REQUIRE(t != nullptr);
  REQUIRE(t->attrs.contains("figure"));
  CHECK(t->attrs["figure"].value("text", "") == "\xC2\xA5" "12 billion");
  // A percent is left as the term patterns read it: "16bp of headroom" is no cap.
  const auto capped = claims_of("That leaves it only 16bp of headroom under its cap.");
  for (const auto& c : capped)
    if (c.kind == ClaimKind::kTerm && c.value == "cap") CHECK_FALSE(c.attrs.contains("figure"));
}

}  // namespace claimcheck
