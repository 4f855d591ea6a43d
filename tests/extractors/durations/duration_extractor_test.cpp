// The duration extractor through the whole document pipeline: what it reads
// as a length of time and what it leaves alone, with byte offsets into the
// original text. Its rules' own examples run in rule_examples_test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/app/document_pipeline.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

std::vector<Claim> lengths(const std::string& text, std::vector<Claim>* all = nullptr) {
  auto pd = process_document(text, CivilDate{2027, 3, 10}, testing::shipped_resources());
  std::vector<Claim> out;
  for (const auto& c : pd.claims)
    if (c.kind == ClaimKind::kTerm && c.value == "duration") out.push_back(c);
  if (all) *all = pd.claims;
  return out;
}

std::string periods(const std::vector<Claim>& cs) {
  std::string s;
  for (const auto& c : cs) s += (s.empty() ? "" : " ") + c.text + "=" + c.attrs.value("period", "?");
  return s;
}

}  // namespace

TEST_CASE("lengths of time are read with their period, hedge and preposition") {
  struct Case {
    const char* text;
    const char* expected;  // text=period of each length, in order
  };
  const Case cases[] = {
      {"Fees fall due within 90 days, and the licence lasts ten years.", "90 days=P90D ten years=P10Y"},
      {"A 25-year power purchase agreement was signed.", "25-year=P25Y"},
      {"The lock-up ends after three months; notice is 180 days.", "three months=P3M 180 days=P180D"},
      {"It takes one and a half years, or 18 months.", "one and a half years=P18M 18 months=P18M"},
      {"Outages must be reported within 48 hours.", "48 hours=PT48H"},
      {"Approval could take 2-3 years.", "2-3 years=P3Y"},
      {"It has a 1.5-year grace period.", "1.5-year=P18M"},
  };
  for (const auto& k : cases) {
    CAPTURE(k.text);
    CHECK(periods(lengths(k.text)) == k.expected);
  }
  const auto cs = lengths("Refunds arrive within 10 working days, or at least 30 days for cheques.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].attrs.value("days", "") == "working");
  CHECK(cs[0].attrs.value("relation", "") == "within");
  CHECK(cs[1].attrs.value("approx", "") == "lower_bound");
  CHECK(cs[1].text == "30 days");
}

TEST_CASE("points in time, ages, rates and schedules are no lengths") {
  for (const char* text : {"The firm was founded two years ago.", "Three weeks later the plant reopened.",
                           "A 45-year-old engineer was hired.", "He was 45 years old.",
                           "Rent is $5,000 a month.", "Staff work five days a week.", "The mill ran 24 hours a day.",
                           "Last year sales rose.", "It cost 1,000 days of wages."}) {
    CAPTURE(text);
    std::vector<Claim> all;
    CHECK(periods(lengths(text, &all)).empty());
  }
  // "two years ago" is the date extractor's, whole.
  std::vector<Claim> all;
  CHECK(lengths("The plant opened two years ago.", &all).empty());
  CHECK(std::any_of(all.begin(), all.end(), [](const Claim& c) { return c.kind == ClaimKind::kDate && c.text == "two years ago"; }));
}

TEST_CASE("spans are byte offsets into the original text") {
  const std::string text = "Zürich’s “10-year” deal — and a term of five years.";
  auto pd = process_document(text, std::nullopt, testing::shipped_resources());
  int seen = 0;
  for (const auto& c : pd.claims) {
    if (c.value != "duration") continue;
    ++seen;
    CHECK(text.substr(c.span.start, c.span.size()) == c.text);
  }
  CHECK(seen == 2);
}

}  // namespace claimcheck
