// Lengths of time and counts of things: relate() on its own, then lengths and
// counts compared across an official text and coverage as `run` compares them
// (extraction included).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/compare/compare.h"
#include "pipeline/compare/length.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

Length length(const std::string& period, const std::string& approx = "", const std::string& low = "") {
  nlohmann::json attrs = {{"period", period}};
  if (!approx.empty()) attrs["approx"] = approx;
  if (!low.empty()) attrs["period_low"] = low;
  const auto l = length_of(attrs);
  REQUIRE(l.has_value());
  return *l;
}

struct Doc {
  std::string bytes;
  ProcessedDocument pd;
  std::optional<CivilDate> published;
  ClaimedDocument view() const { return {bytes, &pd.sentences, &pd.claims, published}; }
};

Doc doc(const std::string& text) {
  Doc d;
  d.bytes = text;
  d.published = CivilDate{2027, 3, 10};
  d.pd = process_document(d.bytes, d.published, testing::shipped_resources());
  return d;
}

// Sentences that share no word with the lengths under test, as a press release has.
const std::string kBackground =
    " The company employs 4,000 people. Its shares trade in Toronto. The board met in Calgary. "
    "Analysts follow the stock closely. Weather delayed the ceremony.";

// The verdict and reason on the length `text` of the coverage.
std::string verdict_on(const Doc& off, const Doc& cov, const std::string& text) {
  for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options)) {
    const Claim& c = cov.pd.claims[f.claim];
    if (c.value == "duration" && c.text == text) return std::string(to_string(f.verdict)) + ": " + f.reason;
  }
  return "no finding on " + text;
}

// The verdict and reason on the count `text` of the coverage.
std::string verdict_on_count(const Doc& off, const Doc& cov, const std::string& text) {
  for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options)) {
    const Claim& c = cov.pd.claims[f.claim];
    if (c.value == "count" && c.text == text && f.verdict != Verdict::kInternal)
      return std::string(to_string(f.verdict)) + ": " + f.reason;
  }
  return "no finding on " + text;
}

}  // namespace

TEST_CASE("two lengths are the same, fit together, or cannot both hold") {
  CHECK(relate(length("P3M"), length("P90D")) == LengthRelation::kSame);
  CHECK(relate(length("P1Y"), length("P12M")) == LengthRelation::kSame);
  CHECK(relate(length("P18M"), length("P18M")) == LengthRelation::kSame);
  CHECK(relate(length("P7Y"), length("P10Y")) == LengthRelation::kDiffers);
  CHECK(relate(length("P60D"), length("P90D")) == LengthRelation::kDiffers);
  CHECK(relate(length("P4W"), length("P1M")) == LengthRelation::kDiffers);
  CHECK(relate(length("P5Y", "approx"), length("P4Y")) == LengthRelation::kFits);
  CHECK(relate(length("P30Y", "upper_bound"), length("P20Y")) == LengthRelation::kFits);
  CHECK(relate(length("P30Y", "upper_bound"), length("P40Y")) == LengthRelation::kDiffers);
  CHECK(relate(length("P5Y", "lower_bound"), length("P3Y")) == LengthRelation::kDiffers);
  CHECK(relate(length("P5Y", "", "P3Y"), length("P4Y")) == LengthRelation::kFits);
  CHECK(relate(length("P5Y", "", "P3Y"), length("P5Y", "", "P3Y")) == LengthRelation::kSame);
  CHECK(relate(length("P5Y", "", "P3Y"), length("P7Y")) == LengthRelation::kDiffers);
  CHECK(relate(length("P30Y", "upper_bound"), length("P30Y")) == LengthRelation::kFits);
  // In one unit, exact lengths are equal or differ: 35 hours is no rounding of 36.
  CHECK(relate(length("PT35H"), length("PT36H")) == LengthRelation::kDiffers);
  CHECK(relate(length("P25Y"), length("P26Y")) == LengthRelation::kDiffers);
  CHECK(relate(length("P35D", "approx"), length("P36D")) == LengthRelation::kSame);
  // Two thresholds of one kind are one condition told two ways.
  CHECK(relate(length("P90D", "lower_bound"), length("P180D", "lower_bound")) == LengthRelation::kDiffers);
  CHECK(relate(length("P2Y", "upper_bound"), length("P3Y", "upper_bound")) == LengthRelation::kDiffers);
  CHECK(relate(length("P90D", "lower_bound"), length("P3M", "lower_bound")) == LengthRelation::kSame);
}

TEST_CASE("a period that is not one ISO 8601 designator with a positive number is no length") {
  for (const char* p : {"", "P", "10Y", "P10", "PT10Y", "P10H", "P-3Y", "P0D", "P1Y2M", "Pxy"}) {
    CAPTURE(p);
    CHECK_FALSE(length_of(nlohmann::json{{"period", p}}).has_value());
  }
  CHECK_FALSE(length_of(nlohmann::json{{"period", "P3Y"}, {"period_low", "P5Y"}}).has_value());
  CHECK(period_days("PT48H").value() == doctest::Approx(2.0));
  CHECK(describe_period("P10Y") == "10 years");
  CHECK(describe_period("P1M") == "1 month");
}

TEST_CASE("a coverage length is lined up with the official length its words share") {
  const Doc off = doc("Kestrel Power signed a power purchase agreement with a term of 25 years. "
                      "Invoices are payable within 60 days of delivery." + kBackground);
  const Doc cov = doc("Kestrel Power signed a 20-year power purchase agreement. "
                      "Invoices are payable within 30 days of delivery. "
                      "The talks took eleven months. The site covers 300 hectares.");
  CHECK(verdict_on(off, cov, "20-year").rfind("contradicted: the agreement's length", 0) == 0);
  CHECK(verdict_on(off, cov, "30 days").rfind("contradicted", 0) == 0);
  // A length far from every official one is another thing, not a wrong one.
  CHECK(verdict_on(off, cov, "eleven months").rfind("unverified", 0) == 0);
  const Doc right = doc("Kestrel Power signed a 25-year power purchase agreement. "
                        "Invoices are payable within two months of delivery.");
  CHECK(verdict_on(off, right, "25-year").rfind("supported", 0) == 0);
  CHECK(verdict_on(off, right, "two months").rfind("supported", 0) == 0);
  // Said as a hedge, the length is not checked as fact.
  const Doc hedged = doc("Analysts said Kestrel Power could sign a 20-year power purchase agreement.");
  CHECK(verdict_on(off, hedged, "20-year").rfind("unverified", 0) == 0);
}

TEST_CASE("of two lengths in one official sentence, the words nearest each decide which the source tells") {
  const Doc off = doc("The Treaty enters into force on 1 March. It has an initial term of five years and will renew "
                      "automatically for further periods of three years unless either country gives at least six "
                      "months' written notice of termination." + kBackground);
  const std::string renewal =
      verdict_on(off, doc("The treaty will renew automatically for further five-year periods."), "five-year");
  CAPTURE(renewal);
  CHECK(renewal.rfind("contradicted", 0) == 0);
  CHECK(renewal.find("'three years'") != std::string::npos);
  CHECK(verdict_on(off, doc("The treaty will renew automatically for further three-year periods."), "three-year")
            .rfind("supported", 0) == 0);
  CHECK(verdict_on(off, doc("The treaty has an initial term of five years."), "five years")
            .rfind("supported", 0) == 0);
}

TEST_CASE("a length told twice in one sentence agrees once; the other mention may be told wrong") {
  const Doc off = doc("Orvanta may terminate the research programme for convenience on twelve months' written notice. "
                      "In that case it will pay a wind-down fee equal to six months of research funding." +
                      kBackground);
  const Doc cov = doc("Orvanta can terminate for convenience on 6 months' notice, paying a wind-down fee of six "
                      "months' research funding.");
  const std::string notice = verdict_on(off, cov, "6 months");
  CAPTURE(notice);
  CHECK(notice.rfind("contradicted", 0) == 0);
  CHECK(notice.find("'twelve months'") != std::string::npos);
  CHECK(verdict_on(off, cov, "six months").rfind("supported", 0) == 0);
  // Told once, the same words leave the length supported by the fee's six months.
  const Doc once = doc("Orvanta will pay a wind-down fee of six months' research funding if it terminates.");
  CHECK(verdict_on(off, once, "six months").rfind("supported", 0) == 0);
}

TEST_CASE("a threshold told with another number is wrong") {
  const Doc off = doc("The Nation may terminate the Agreement if any payment is more than 180 days overdue." +
                      kBackground);
  const Doc cov = doc("The Nation may terminate the agreement if a payment is more than 90 days overdue.");
  CAPTURE(verdict_on(off, cov, "90 days"));
  CHECK(verdict_on(off, cov, "90 days").rfind("contradicted", 0) == 0);
}

TEST_CASE("a length the official text gives for something else is still wrong where its words point elsewhere") {
  const Doc off = doc("The ministry's reimbursement decision on Velmitra is valid for three years. "
                      "Aurora will invest in clinical research over five years." + kBackground);
  const Doc cov = doc("The reimbursement decision on Velmitra is valid for five years, the ministry said.");
  CAPTURE(verdict_on(off, cov, "five years"));
  CHECK(verdict_on(off, cov, "five years").rfind("contradicted: length by its context", 0) == 0);
  // Told in words the official text uses for its own five years, it is that one.
  const Doc right = doc("Aurora will fund clinical research over five years.");
  CHECK(verdict_on(off, right, "five years").rfind("supported", 0) == 0);
}

TEST_CASE("a whole agreement's length is held to the official agreement's, whatever words surround it") {
  const Doc off = doc("Term: seven years, from 1 July 2029 to 30 June 2036. "
                      "The parties may extend the agreement by up to three years. "
                      "Hanbit will pay an advance within 30 days of signing." + kBackground);
  const Doc cov = doc("The deal runs for five years and covers the memory fabs. "
                      "Analysts liked it.");
  CHECK(verdict_on(off, cov, "five years").rfind("contradicted: the agreement's length", 0) == 0);
  const Doc hyphen = doc("Kisaragi signed a five-year photoresist supply agreement with Hanbit.");
  CHECK(verdict_on(off, hyphen, "five-year").rfind("contradicted: the agreement's length", 0) == 0);
  const Doc right = doc("The contract, which will last seven years, covers the memory fabs.");
  CHECK(verdict_on(off, right, "seven years").rfind("supported: the agreement's length", 0) == 0);
  // An extension, the arrangement being replaced, or a length of something else is not the agreement's.
  const Doc other = doc("Hanbit can add a five-year extension of the agreement. "
                        "It replaces its current three-year deal with Kisaragi.");
  CHECK(verdict_on(off, other, "five-year").find("the agreement's length") == std::string::npos);
  CHECK(verdict_on(off, other, "three-year").find("the agreement's length") == std::string::npos);
  // "The initial term is nine years" names the agreement's length, so a
  // 15-year maintenance contract beside it leaves which one is meant unclear.
  const Doc franchise = doc("The initial term is nine years, ending on 2 August 2040. "
                            "Trains will be serviced under a 15-year maintenance contract." + kBackground);
  const Doc nine = doc("The contract runs for nine years, until August 2040.");
  CHECK(verdict_on(franchise, nine, "nine years").rfind("supported: the agreement's length", 0) == 0);
  // Two official agreement lengths ("a licence for ten years, supply for five"): which one is meant is unclear.
  const Doc two = doc("The supply agreement runs for seven years. The licence agreement runs for ten years." + kBackground);
  CHECK(verdict_on(two, cov, "five years").find("contradicted: the agreement's length") == std::string::npos);
}

TEST_CASE("one document giving one agreement two lengths contradicts itself") {
  const Doc off = doc("The club signed a 12-year naming rights deal with Harcourt." + kBackground);
  const Doc cov = doc("The club signed a 12-year deal with Harcourt. Fans were surprised. "
                      "The ten-year agreement is the largest in its history.");
  int internal = 0;
  for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options))
    if (f.verdict == Verdict::kInternal && cov.pd.claims[f.claim].value == "duration") ++internal;
  CHECK(internal == 1);
  // Two lengths of the whole agreement are one told twice, whatever words surround them.
  const Doc worded = doc("Council workers accepted a two-year pay deal. Fans were surprised. "
                         "Under the three-year agreement, unions may lodge a new claim next spring.");
  const Doc pay = doc("Unions have accepted a two-year pay agreement for council staff." + kBackground);
  internal = 0;
  for (const auto& f : compare_document(pay.view(), worded.view(), testing::shipped_resources().compare_options))
    if (f.verdict == Verdict::kInternal && worded.pd.claims[f.claim].text == "three-year") ++internal;
  CHECK(internal == 1);
  // Two lengths of two different things are not one told twice.
  const Doc two = doc("The club signed a 12-year deal with Harcourt. Fans were surprised. "
                      "Harcourt can walk away after five years.");
  for (const auto& f : compare_document(off.view(), two.view(), testing::shipped_resources().compare_options))
    CHECK(f.verdict != Verdict::kInternal);
}

}  // namespace claimcheck

namespace claimcheck {

TEST_CASE("a coverage count is lined up with official counts of the same things") {
  const Doc off = doc("Customers can deposit cash at any of the 42,000 agents. The airline ordered 24 aircraft. "
                      "The airline will retire 18 older aircraft." + kBackground);
  // Digits that slip from the official amount's: the same count mistyped.
  const Doc cov = doc("Customers can deposit cash at 24,000 agents. The airline will retire 16 older planes. "
                      "Over 40,000 agents take deposits. Fans counted 500 flags.");
  CHECK(verdict_on_count(off, cov, "24,000 agents").rfind("contradicted", 0) == 0);
  // "planes" counts as "aircraft" (context synonyms); the words around line 16 up with 18.
  CHECK(verdict_on_count(off, cov, "16 older planes").rfind("contradicted", 0) == 0);
  // A hedge that allows the official amount is no contradiction.
  CHECK(verdict_on_count(off, cov, "40,000 agents").rfind("unverified", 0) == 0);
  CHECK(verdict_on_count(off, cov, "500 flags").rfind("unverified", 0) == 0);
  const Doc right = doc("Customers can deposit cash at 42,000 agents.");
  CHECK(verdict_on_count(off, right, "42,000 agents").rfind("supported", 0) == 0);
}

TEST_CASE("a part named by its whole counts what it names, and the rest of a whole is no other telling") {
  const Doc off = doc("The tenant will lease six of the station's eleven antenna sites for 12 years. It keeps a right of "
                      "first refusal on the remaining five antenna sites." + kBackground);
  // "six of the eleven sites" is a count of six sites: the source's six agree.
  const Doc cov = doc("The tenant takes six antenna sites at the station. Rivals may bid for the other five sites.");
  CHECK(verdict_on_count(off, cov, "six antenna sites").rfind("supported", 0) == 0);
  // "the other five sites" beside "six antenna sites" is the rest of the station, not its count told twice.
  for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options))
    CHECK(f.verdict != Verdict::kInternal);
}

TEST_CASE("a count the official text gives as a bound is no slip of another official count") {
  const Doc off = doc("The agreement covers up to 12 million doses. Of these, 4.5 million doses are a firm order. The "
                      "agreement follows the ministry's purchase in 2035 of 1.2 million doses of seasonal influenza "
                      "vaccine at US$9.60 per dose." + kBackground);
  const Doc cov = doc("The ministry has committed to buying 12 million doses of the vaccine.");
  CHECK(verdict_on_count(off, cov, "12 million doses").rfind("contradicted", 0) != 0);
  // Without the bound, 12 million is the 1.2 million mistyped.
  const Doc flu = doc("The ministry bought 1.2 million doses of flu vaccine in 2035." + kBackground);
  CHECK(verdict_on_count(flu, doc("The ministry bought 12 million doses of flu vaccine in 2035."), "12 million doses")
            .rfind("contradicted", 0) == 0);
}

TEST_CASE("an old level of a length is compared only with an old level") {
  const Doc off = doc("The standard working week will be reduced from 37 hours to 36 hours by 1 April 2038." + kBackground);
  const Doc cov = doc("The standard working week will be reduced from 37 hours to 36 hours by April 2038.");
  CHECK(verdict_on(off, cov, "37 hours").rfind("supported", 0) == 0);
  CHECK(verdict_on(off, cov, "36 hours").rfind("contradicted", 0) != 0);
  // The new level told as the old one is not lined up with the new one.
  CHECK(verdict_on(off, doc("The standard working week will be cut from 36 hours next spring."), "36 hours")
            .rfind("supported", 0) != 0);
}

TEST_CASE("a bounded count is held to the official bound of those things") {
  const Doc off = doc("All 88 regular-season matches will be streamed. At least 30 regular-season matches will be "
                      "broadcast on free-to-air. The airline will allocate a block of up to 40 seats per flight." +
                      kBackground);
  // The only official floor of matches: another floor differs.
  CHECK(verdict_on_count(off, doc("Fans will watch at least 40 matches on free-to-air."), "40 matches")
            .rfind("contradicted", 0) == 0);
  CHECK(verdict_on_count(off, doc("Fans will watch at least 30 matches on free-to-air."), "30 matches")
            .rfind("supported", 0) == 0);
  // A ceiling told as a floor at the same amount.
  const std::string floor = verdict_on_count(off, doc("Aerovia will get at least 40 seats per flight."), "40 seats");
  CHECK(floor.rfind("contradicted", 0) == 0);
  CHECK(floor.find("bound turned around") != std::string::npos);
  CHECK(verdict_on_count(off, doc("Aerovia will get up to 40 seats per flight."), "40 seats").rfind("supported", 0) == 0);
  // Of two official floors, the one of exactly the source's things.
  const Doc fleet = doc("The fleet must have at least 42 collection vehicles. At least 12 electric refuse collection "
                        "vehicles must be in service by 2041." + kBackground);
  const std::string electric = verdict_on_count(
      fleet, doc("At least 21 electric refuse collection vehicles must be in service by 2041."),
      "21 electric refuse collection vehicles");
  CHECK(electric.rfind("contradicted", 0) == 0);
  CHECK(electric.find("'12 electric refuse collection vehicles'") != std::string::npos);
}

TEST_CASE("an old level of a count is compared only with an old level") {
  const Doc off = doc("From 1 July, Kosei will increase its Narita service from five flights per week to daily." + kBackground);
  // The new level the official text gives in words ("daily") is no count: unverified, not contradicted.
  CHECK(verdict_on_count(off, doc("Kosei will increase its Narita service to seven flights a week."), "seven flights")
            .rfind("unverified", 0) == 0);
  CHECK(verdict_on_count(off, doc("Kosei will increase its Narita service from six flights a week."), "six flights")
            .rfind("contradicted", 0) == 0);
  CHECK(verdict_on_count(off, doc("Kosei will increase its Narita service from five flights a week."), "five flights")
            .rfind("supported", 0) == 0);
}

TEST_CASE("a count of the rest of a whole is one short of its total; a count per item is not held against one") {
  const Doc off = doc("Three shortlisted bidders took part in the tender. "
                      "The rocket will carry 24 satellites in two batches." + kBackground);
  const Doc cov = doc("Coastlink beat two other shortlisted bidders. Fans cheered. "
                      "Two flights will carry 12 satellites each.");
  CHECK(verdict_on_count(off, cov, "two other shortlisted bidders").rfind("supported", 0) == 0);
  CHECK(verdict_on_count(off, cov, "12 satellites").rfind("unverified", 0) == 0);
  // The official text counts bids once: four others make five.
  const Doc bids = doc("Fjordline received three bids for the route. Nordvik's bid scored highest." + kBackground);
  const Doc four = doc("Nordvik won the route against four other bidders.");
  CHECK(verdict_on_count(bids, four, "four other bidders").rfind("contradicted", 0) == 0);
  CHECK(verdict_on_count(bids, doc("Nordvik won the route ahead of two other bidders."), "two other bidders")
            .rfind("supported", 0) == 0);
  // Where the official text counts the things more than once, one of them may be the whole.
  const Doc twice = doc("Fjordline received three bids for the route. Seven bids came in for the bridge." + kBackground);
  CHECK(verdict_on_count(twice, four, "four other bidders").rfind("contradicted", 0) != 0);
  // The same counts told as totals are held to the official ones.
  const Doc whole = doc("Two shortlisted bidders took part. Fans cheered. The rocket will carry 12 satellites.");
  CHECK(verdict_on_count(off, whole, "Two shortlisted bidders").rfind("contradicted", 0) == 0);
  CHECK(verdict_on_count(off, whole, "12 satellites").rfind("contradicted", 0) == 0);
}

TEST_CASE("the official amount of things set apart by a contrast word is no support for the others") {
  const Doc off = doc("The refunds cover around 412,000 passenger bookings and 38,600 freight bookings made during the "
                      "period." + kBackground);
  auto on = [&](const std::string& text, const std::string& count) { return verdict_on_count(off, doc(text), count); };
  const std::string swapped = on("The refunds cover 38,600 passenger bookings.", "38,600 passenger bookings");
  CHECK(swapped.rfind("contradicted", 0) == 0);
  CHECK(swapped.find("the same number, of other things") != std::string::npos);
  CHECK(on("The refunds cover 38,600 freight bookings.", "38,600 freight bookings").rfind("supported", 0) == 0);
  CHECK(on("The refunds cover 412,000 passenger bookings.", "412,000 passenger bookings").rfind("supported", 0) == 0);
}

TEST_CASE("a count made a modifier is no estimate, though the clause's verb estimates") {
  const Doc off = doc("Brackenfield will deploy 295 vehicles on 412 routes from four depots." + kBackground);
  const Doc cov = doc("Brackenfield will deploy 295 vehicles on 412 routes. Fans cheered. RouteWise estimates the cost "
                      "of converting the 259-vehicle fleet at £38m.");
  bool internal = false;
  for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options))
    if (f.verdict == Verdict::kInternal && cov.pd.claims[f.claim].text == "259-vehicle") internal = true;
  CHECK(internal);
  CHECK(verdict_on_count(off, cov, "259-vehicle").find("hedged or predicted") == std::string::npos);
}

TEST_CASE("a renewal told as renew lines up with its length") {
  const Doc off = doc("The licence runs from 1 July 2036 to 30 June 2040. FAPA may renew it once, for a further period of "
                      "two years, by giving notice no later than 31 December 2039." + kBackground + [] {
                        // Words weigh by rarity: a release's worth of sentences that share none.
                        std::string more;
                        for (int k = 0; k < 20; ++k) more += " Background note " + std::to_string(k) + " covers other matters.";
                        return more;
                      }());
  auto on = [&](const std::string& option, const std::string& length) {
    return verdict_on(off, doc("Term: 1 July 2036 to 30 June 2040, with " + option + " for a further " + length + "."),
                      length);
  };
  CHECK(on("a renewal option", "two years").rfind("supported", 0) == 0);
  CHECK(on("a break clause", "two years").rfind("supported", 0) != 0);  // no word of renewing: nothing lines up
}

TEST_CASE("an offtake is an agreement: its length is the whole term's") {
  const Doc off = doc("Hanwon will buy spodumene from the Marralinga mine. The term is eight years from the first "
                      "commercial shipment." + kBackground);
  CHECK(verdict_on(off, doc("Under the 10-year offtake, Hanwon buys spodumene."), "10-year").rfind("contradicted", 0) == 0);
  CHECK(verdict_on(off, doc("Under the eight-year offtake, Hanwon buys spodumene."), "eight-year").rfind("supported", 0) == 0);
}

TEST_CASE("bounds of the same part of a whole are held to one another") {
  const Doc off = doc("FAPA may share the imagery with up to four other public bodies in Estrava." + kBackground);
  CHECK(verdict_on_count(off, doc("FAPA can share the imagery with up to six other public bodies."), "six other public bodies")
            .rfind("contradicted", 0) == 0);
  CHECK(verdict_on_count(off, doc("FAPA can share the imagery with up to four other public bodies."), "four other public bodies")
            .rfind("supported", 0) == 0);
}

TEST_CASE("'the agreement is for a period of six years' is the whole agreement's length") {
  const Doc off = doc("Meghdoot will distribute the insulin in four states. The agreement is for a period of six years, "
                      "from 1 April 2036." + kBackground);
  CHECK(verdict_on(off, doc("Sarvana has signed a five-year agreement with Meghdoot."), "five-year").rfind("contradicted", 0) == 0);
  CHECK(verdict_on(off, doc("Sarvana has signed a six-year agreement with Meghdoot."), "six-year").rfind("supported", 0) == 0);
}

TEST_CASE("an amount where two official tiers meet is no bound turned around") {
  const Doc tiers = doc("Households pay R19.80 per kilolitre for 0 to 6 kl a month. Use of more than 6 kl up to 15 kl a "
                        "month costs R24.60 per kilolitre." + kBackground);
  CHECK(verdict_on_count(tiers, doc("Households pay R19.80 per kilolitre for up to 6 kl a month."), "6 kl")
            .rfind("contradicted", 0) != 0);
  // With only the floor, the ceiling at its amount is that floor turned around.
  const Doc floor = doc("Use of more than 6 kl a month costs R24.60 per kilolitre." + kBackground);
  CHECK(verdict_on_count(floor, doc("Use of up to 6 kl a month costs R24.60 per kilolitre."), "6 kl")
            .rfind("contradicted", 0) == 0);
}

TEST_CASE("a count or length of history ('the past three seasons') is not compared") {
  const Doc off = doc("The rights were sold to Kheloo for five seasons." + kBackground);
  auto findings_on_six = [&](const std::string& text) {
    const Doc cov = doc("Kheloo bought the rights for five seasons. Fans cheered. " + text);
    std::vector<std::string> out;
    for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options))
      if (cov.pd.claims[f.claim].text == "six seasons") out.push_back(std::string(to_string(f.verdict)) + ": " + f.reason);
    return out;
  };
  const auto told = findings_on_six("Kheloo will show every match over six seasons.");
  REQUIRE(told.size() == 2);
  CHECK(told[0].rfind("contradicted", 0) == 0);
  CHECK(told[1].rfind("internal", 0) == 0);
  CHECK(findings_on_six("Kheloo made losses on cricket in each of the past six seasons.") ==
        std::vector<std::string>{"unverified: 'six seasons' is a stretch of history, not a figure of the announcement"});
  const auto previous = findings_on_six("Kheloo lost money on the rights over the previous six seasons.");
  REQUIRE(previous.size() == 1);
  CHECK(previous[0].rfind("unverified", 0) == 0);
}

TEST_CASE("one document giving one count two amounts, once as the official does, contradicts itself") {
  const Doc off = doc("The league received 11 bids from seven companies." + kBackground);
  const Doc cov = doc("The league received 11 bids. Fans were surprised. The nine bids came from seven companies.");
  int internal = 0;
  for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options))
    if (f.verdict == Verdict::kInternal && cov.pd.claims[f.claim].value == "count") ++internal;
  CHECK(internal == 1);
  // A whole and its part are two counts.
  const Doc part = doc("The league received 11 bids. Fans were surprised. Only four bids came from banks.");
  for (const auto& f : compare_document(off.view(), part.view(), testing::shipped_resources().compare_options))
    CHECK(f.verdict != Verdict::kInternal);
}

TEST_CASE("of two tellings, the one the official text does not give is the wrong one, and it is contradicted too") {
  const Doc off = doc("The rights were sold to Kheloo for five seasons." + kBackground);
  // The right telling comes first: the internal finding is still on the wrong one.
  const Doc cov = doc("Kheloo bought the rights for five seasons. Fans cheered. "
                      "Kheloo will show every match over six seasons.");
  const auto fs = compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options);
  std::vector<std::string> internal_on, contradicted, supported;
  for (const auto& f : fs) {
    const Claim& c = cov.pd.claims[f.claim];
    if (c.value != "count") continue;
    if (f.verdict == Verdict::kInternal) internal_on.push_back(c.text);
    if (f.verdict == Verdict::kContradicted) contradicted.push_back(c.text);
    if (f.verdict == Verdict::kSupported) supported.push_back(c.text);
  }
  CHECK(internal_on == std::vector<std::string>{"six seasons"});
  CHECK(contradicted == std::vector<std::string>{"six seasons"});
  CHECK(supported == std::vector<std::string>{"five seasons"});
  // Findings stay in claim order, each internal one right after its claim's verdict.
  for (size_t k = 1; k < fs.size(); ++k) CHECK(fs[k - 1].claim <= fs[k].claim);
}

}  // namespace claimcheck
