// The quantity extractor through the whole document pipeline: what it reads
// as a count of things, what it leaves to the other extractors or to no one,
// and byte offsets into the original text. Its rules' own examples run in
// rule_examples_test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/app/document_pipeline.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

std::string counts(const std::string& text) {
  auto pd = process_document(text, CivilDate{2029, 11, 20}, testing::shipped_resources());
  std::string s;
  for (const auto& c : pd.claims) {
    if (c.kind != ClaimKind::kTerm || c.value != "count") continue;
    CHECK(text.substr(c.span.start, c.span.size()) == c.text);
    char amount[32];
    std::snprintf(amount, sizeof amount, "%g", c.attrs.value("amount", 0.0));
    s += (s.empty() ? "" : "; ") + c.text + "=" + amount + c.attrs.value("approx", "");
    if (c.attrs.contains("part")) s += " part:" + c.attrs.value("part", "");
  }
  return s;
}

}  // namespace

TEST_CASE("counts of things: the number, what it counts and its hedge") {
  CHECK(counts("The airline ordered 24 Meridian M-350-1000 wide-body aircraft.") ==
        "24 Meridian M-350-1000 wide-body aircraft=24");
  CHECK(counts("Cash is handled by over 40,000 agents in 47 counties.") == "40,000 agents=40000lower_bound; 47 counties=47");
  CHECK(counts("The league took nine bids and sold 76 matches per season.") == "nine bids=9; 76 matches=76");
  CHECK(counts("It aims for 1.8 million borrowers.") == "1.8 million borrowers=1.8e+06");
  CHECK(counts("A 185-megawatt station will be built.") == "185-megawatt=185");
}

TEST_CASE("the rest of a whole and a count per item are marked; a rate per period is neither") {
  CHECK(counts("Coastlink beat two other bidders.") == "two other bidders=2 part:other");
  CHECK(counts("The rockets will carry 12 satellites each.") == "12 satellites=12 part:each");
  CHECK(counts("At least 30 regular-season matches each season go to free-to-air.") ==
        "30 regular-season matches=30lower_bound");
  CHECK(counts("Crews work 12 shifts each month.") == "12 shifts=12");
}

TEST_CASE("money, percentages, dates, lengths, years, scores and models are no counts") {
  for (const char* text : {"Revenue rose 12% to $24 million.", "The 24-year deal starts in 2031.",
                           "The final ended 3-1 on March 4.", "The M-350 burns less fuel.",
                           "Doors open at 10 a.m. for one of the partners.", "It ranked 2nd of 30.",
                           "Shares fell 4.5 percent.", "The deal runs for five years."}) {
    CAPTURE(text);
    CHECK(counts(text).empty());
  }
}

}  // namespace claimcheck
