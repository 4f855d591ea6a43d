// Whole stories outside the demo's domain (tests/pipeline/compare/stories/:
// an acquisition, quarterly results, a product launch, import tariffs, a drug
// licence, contract terms), each an official text,
// one faithful article (b.txt, where present) and one with planted errors
// (a.txt). Extraction and comparison run as `run` does; every planted error
// must be contradicted and nothing in a faithful article may be.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "pipeline/compare/compare.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

struct Loaded {
  std::string bytes;
  ProcessedDocument pd;
  std::optional<CivilDate> published;
  ClaimedDocument view() const { return {bytes, &pd.sentences, &pd.claims, published}; }
};

Loaded load(const std::string& story, const std::string& file, const std::string& published) {
  const fs::path path = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests/pipeline/compare/stories" / story / file;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << path);
  std::stringstream ss;
  ss << in.rdbuf();
  Loaded d;
  d.bytes = ss.str();
  d.published = parse_iso_date(published);
  d.pd = process_document(d.bytes, d.published, testing::shipped_resources());
  return d;
}

// "verdict|claim text|reason" per finding, for failure messages and lookups.
std::vector<std::string> findings(const Loaded& off, const Loaded& cov) {
  std::vector<std::string> out;
  for (const auto& f : compare_document(off.view(), cov.view(), testing::shipped_resources().compare_options))
    out.push_back(std::string(to_string(f.verdict)) + "|" + cov.pd.claims[f.claim].text + "|" + f.reason);
  return out;
}

// The published date story.json gives `file` of `story`.
std::string published_of(const std::string& story, const std::string& file) {
  const fs::path path = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests/pipeline/compare/stories" / story / "story.json";
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, "cannot read " << path);
  const auto meta = nlohmann::json::parse(in);
  for (const auto& d : meta.at("documents"))
    if (d.value("file", "") == file) return d.value("published", "");
  FAIL("no document " << file << " in " << path);
  return {};
}

// The findings of coverage `file` against the official text of `story`, each
// read on the day story.json says it was published.
std::vector<std::string> story_findings(const std::string& story, const std::string& file) {
  return findings(load(story, "official.txt", published_of(story, "official.txt")), load(story, file, published_of(story, file)));
}

int count(const std::vector<std::string>& fs, const std::string& verdict, const std::string& needle) {
  int n = 0;
  for (const auto& f : fs)
    if (f.rfind(verdict + "|", 0) == 0 && f.find(needle) != std::string::npos) ++n;
  return n;
}

std::string all(const std::vector<std::string>& fs) {
  std::string s;
  for (const auto& f : fs) s += "\n  " + f;
  return s;
}

}  // namespace

TEST_CASE("an acquisition: price, premium, per-share price, closing and independence") {
  const Loaded off = load("acme-beta", "official.txt", "2027-03-03");
  const auto a = findings(off, load("acme-beta", "a.txt", "2027-03-03"));
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "$2.4 billion") == 2);  // headline and body
  CHECK(count(a, "contradicted", "premium: official '30%', source '35%'") == 1);
  CHECK(count(a, "contradicted", "closing date: official 2027-Q2, source 2027-Q3") == 1);
  CHECK(count(a, "contradicted", "independence (beta) end date: official 2028-12-31, source 2029") == 1);
  CHECK(count(a, "supported", "price per share: official '$45.00', source '$45'") == 1);
  const auto b = findings(off, load("acme-beta", "b.txt", "2027-03-04"));
  CAPTURE(all(b));
  // The article gives the price twice, one digit apart: no slip (digit_slip.h),
  // so not internal. Real news gives one measure many values (a quarter's and
  // the nine months'); only a slip shows two of them are one number.
  CHECK(count(b, "internal", "") == 0);
  CHECK(count(b, "contradicted", "") == 1);             // $47 against the official $45.00, and nothing else
  CHECK(count(b, "contradicted", "$47") == 1);
}

TEST_CASE("quarterly results: revenue, growth, EPS, buyback and margin") {
  const Loaded off = load("zenith-q3", "official.txt", "2027-10-28");
  const auto a = findings(off, load("zenith-q3", "a.txt", "2027-10-28"));
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "revenue: official '$4.2 billion', source '$4.5 billion'") == 1);
  CHECK(count(a, "contradicted", "revenue: official '12%', source '15%'") == 1);
  CHECK(count(a, "contradicted", "net income per share: official '$1.05', source '$1.15'") == 1);
  CHECK(count(a, "contradicted", "official '$2 billion', source '$3 billion'") == 1);
  CHECK(count(a, "contradicted", "margin: official '18.5%', source '19.5%'") == 1);
  const auto b = findings(off, load("zenith-q3", "b.txt", "2027-10-29"));
  CAPTURE(all(b));
  CHECK(count(b, "contradicted", "") == 0);
  CHECK(count(b, "internal", "") == 0);
  CHECK(count(b, "supported", "net income per share") == 1);
}

TEST_CASE("a product launch: on-sale date and price") {
  const Loaded off = load("nova-launch", "official.txt", "2027-09-08");
  const auto a = findings(off, load("nova-launch", "a.txt", "2027-09-08"));
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "date: official 2027-10-02, source 2027-10-09") == 1);
  CHECK(count(a, "contradicted", "official '$799', source '$899'") == 1);
  CHECK(count(a, "supported", "announcement date") == 1);
}


// Two stories written by someone who had not seen the engine, in domains no
// measure word covers: their figures line up by the words around them.
TEST_CASE("import tariffs: rates and thresholds no measure word names") {
  const Loaded off = load("tariff-2027-05", "official.txt", "2027-05-12");
  const auto a = findings(off, load("tariff-2027-05", "a.txt", "2027-05-12"));
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "official '18%', source '20 percent'") == 1);  // battery cells
  CHECK(count(a, "supported", "official '25%', source '25 percent'") == 1);     // steel levy
  CHECK(count(a, "supported", "official 'US$4.2 billion', source '$4.2 billion'") == 1);
  CHECK(count(a, "contradicted", "") == 1);
  const auto b = findings(off, load("tariff-2027-05", "b.txt", "2027-05-13"));
  CAPTURE(all(b));
  CHECK(count(b, "contradicted", "official 'US$250,000', source '$500,000'") == 1);  // both thresholds
  // "The new duties kick in on June 1" reads like "The tariffs will take effect on
  // July 1, 2027", but the official text gives June 1 to another event (exemption
  // applications open): not flagged, since the source may have meant that one.
  CHECK(count(b, "contradicted", "source 'June 1'") == 0);
  CHECK(count(b, "contradicted", "") == 1);
  const auto c = findings(off, load("tariff-2027-05", "c.txt", "2027-05-14"));
  CAPTURE(all(c));
  CHECK(count(c, "contradicted", "official 'US$4.2 billion', source 'US$2.4 billion'") == 1);
  CHECK(count(c, "supported", "source 'US$9.8 billion'") == 1);
  // The review date, lined up by its words ("formal review of all four tariff lines").
  CHECK(count(c, "contradicted", "official 'June 30, 2028' = 2028-06-30, source '30 June 2029' = 2029-06-30") == 1);
  // The standfirst repeats the receipts error ("set to raise $2.4bn a year, but
  // analysts question ..."): the analysts' clause does not hedge the first one.
  CHECK(count(c, "contradicted", "official 'US$4.2 billion', source '$2.4bn'") == 1);
  CHECK(count(c, "contradicted", "") == 3);
}

TEST_CASE("a drug licence: upfront and milestone payments") {
  const Loaded off = load("pharma-2027-08", "official.txt", "2027-08-09");
  const auto a = findings(off, load("pharma-2027-08", "a.txt", "2027-08-09"));
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "official '$175 million', source '$125 million'") == 1);
  CHECK(count(a, "contradicted", "$90 million") == 0);  // another deal, in 2025
  CHECK(count(a, "contradicted", "source 2025") == 0);  // that deal's licence: an earlier arrangement
  CHECK(count(a, "unverified", "source 2025 is before the announcement's year") == 1);
  const auto c = findings(off, load("pharma-2027-08", "c.txt", "2027-08-11"));
  CAPTURE(all(c));
  CHECK(count(c, "supported", "source 'US$175mn'") >= 1);
  CHECK(count(c, "supported", "source 'US$1.1bn'") == 1);
  CHECK(count(c, "contradicted", "US$") == 0);
}

// Three contract-term stories written, with their answer keys, by someone who
// had not seen the engine (session 8): a technology licence and a concession.
TEST_CASE("a technology licence: who pays whom, the agreement's end, a hedge in another clause") {
  const Loaded off = load("veridian-kaskade-licence-2029-03", "official.txt", "2029-03-14");
  const auto a = findings(off, load("veridian-kaskade-licence-2029-03", "a.txt", "2029-03-14"));
  CAPTURE(all(a));
  // "royalties of 5.3% ..., and Veridian could receive up to ...": "could" hedges its own clause only.
  CHECK(count(a, "contradicted", "official '3.5%', source '5.3%'") == 1);
  // "the agreement runs until 31 December 2041" ends the licence the source says runs until 2039.
  CHECK(count(a, "contradicted", "license end date: official 2041-12-31 (the agreement's end), source 2039") == 1);
  CHECK(count(a, "contradicted", "") == 2);
  const auto b = findings(off, load("veridian-kaskade-licence-2029-03", "b.txt", "2029-03-15"));
  CAPTURE(all(b));
  CHECK(count(b, "supported", "(the agreement's end), source 2041") == 1);  // "runs through the end of 2041"
  CHECK(count(b, "contradicted", "official '€2.4 billion', source '€240 million'") == 1);
  const auto c = findings(off, load("veridian-kaskade-licence-2029-03", "c.txt", "2029-03-19"));
  CAPTURE(all(c));
  CHECK(count(c, "contradicted", "payment direction: official kaskade\u2192veridian, source veridian\u2192kaskade") == 1);
}

TEST_CASE("a concession: a revenue-sharing threshold is a value, not a hedge") {
  const Loaded off = load("punta-brava-desal-concession-2029-09", "official.txt", "2029-09-24");
  const auto b = findings(off, load("punta-brava-desal-concession-2029-09", "b.txt", "2029-09-25"));
  CAPTURE(all(b));
  // "above US$106 million" against "exceeds US$160 million": two thresholds.
  CHECK(count(b, "contradicted", "official 'US$160 million', source 'US$106 million'") == 1);
  const auto c = findings(off, load("punta-brava-desal-concession-2029-09", "c.txt", "2029-09-28"));
  CAPTURE(all(c));
  CHECK(count(c, "contradicted", "160 million") == 0);  // "two-fifths of anything above $160 million"
}

TEST_CASE("a carbon offtake: a term's own sentence gives its years, though not as a bound") {
  const Loaded off = load("mau-ridge-carbon-offtake-ke", "official.txt", "2032-07-28");
  const auto a = findings(off, load("mau-ridge-carbon-offtake-ke", "a.txt", "2032-07-28"));
  CAPTURE(all(a));
  // "will buy ... from the vintages 2033 to 2042" officially, "from the 2033 to
  // 2042 vintages" in the article: the same years, though 2042 also bounds a cap.
  CHECK(count(a, "contradicted", "2042") == 0);
}

TEST_CASE("media rights: a right of first refusal over the next cycle ends no earlier than the agreement") {
  const Loaded off = load("pna-netball-media-rights-au", "official.txt", "2033-03-15");
  const auto a = findings(off, load("pna-netball-media-rights-au", "a.txt", "2033-03-15"));
  CAPTURE(all(a));
  // "a right of first refusal over the 2039-2043 rights cycle" officially; the
  // article's "which covers 2039 to 2043" is that cycle, not the agreement's end.
  CHECK(count(a, "contradicted", "2043") == 0);
}

// Round 12 stories, written with their answer keys by someone who had not seen
// the engine (session 19): what a correct article says must draw no alarm.
TEST_CASE("a lithium offtake: a level its floor allows, an approval of another kind, an option to terminate") {
  const std::string story = "marralinga-hanwon-lithium-offtake";
  const Loaded off = load(story, "official.txt", "2033-11-04");
  const auto a = findings(off, load(story, "a.txt", "2033-11-04"));
  CAPTURE(all(a));
  // "needs FIRB approval" against "does not require shareholder approval": two approvals.
  CHECK(count(a, "contradicted", "FIRB") == 0);
  const auto b = findings(off, load(story, "b.txt", "2033-11-07"));
  CAPTURE(all(b));
  CHECK(count(b, "supported", "source 'US$950'") == 1);  // "never less than US$950 a tonne" is the floor
  const auto c = findings(off, load(story, "c.txt", "2033-11-06"));
  CAPTURE(all(c));
  // "Spot SC6 is sitting around US$1,300/dmt, so the floor isn't in play": a level the floor allows.
  CHECK(count(c, "contradicted", "US$1,300") == 0);
  CHECK(count(c, "internal", "US$1,300") == 0);
  // "Hanwon can terminate and Tranche A has to be paid back within 180 days": an option, no end.
  CHECK(count(c, "contradicted", "Tranche A") == 0);
}

TEST_CASE("a school-bus contract: rival bidders, a start day ahead, a deadline to act") {
  const std::string story = "kestrelmoor-school-bus-contract";
  const Loaded off = load(story, "official.txt", "2034-03-14");
  const auto a = findings(off, load(story, "a.txt", "2034-03-15"));
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "four rival bidders") == 0);  // four rivals and the winner: five bids
  CHECK(count(a, "contradicted", "digits transposed: official '\u00a3186.4 million', source '\u00a3168.4m'") == 1);
  const auto c = findings(off, load(story, "c.txt", "2034-03-19"));
  CAPTURE(all(c));
  CHECK(count(c, "contradicted", "'1 September'") == 0);  // "gets the buses from 1 September": 2034's
  CHECK(count(c, "contradicted", "next Friday") == 0);     // "until next Friday to challenge": no agreement end
}

TEST_CASE("a ferry surcharge settlement: a cap removed on a condition still holds") {
  const std::string story = "harbourlink-ferry-surcharge-settlement";
  const Loaded off = load(story, "official.txt", "2032-08-19");
  const auto a = findings(off, load(story, "a.txt", "2032-08-19"));
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "cap") == 0);
  CHECK(count(a, "supported", "cap figure: official '8 per cent', source '8%'") == 1);
}

// Round 13 stories, written with their answer keys by someone who had not seen
// the engine (session 20).
TEST_CASE("a museum loan: a range's end held to the official range, a funding split told swapped") {
  const std::string story = "lyrenne-hoshizaki-museum-loan";
  const Loaded off = load(story, "official.txt", "2040-11-13");
  const auto b = findings(off, load(story, "b.txt", "2040-11-17"));
  CAPTURE(all(b));
  // "will close from April next year until March 2043" against "from 1 April 2041 to 31 March 2044".
  CHECK(count(b, "contradicted", "range end") == 1);
  const auto c = findings(off, load(story, "c.txt", "2040-11-22"));
  CAPTURE(all(c));
  // "60% from private donors and 40% from the Métropole": the official split the other way round.
  CHECK(count(c, "contradicted", "figures told swapped") >= 1);
}

TEST_CASE("a mining royalty: a price threshold between two rates allows any level") {
  const std::string story = "ellery-yindarra-royalty-agreement";
  const Loaded off = load(story, "official.txt", "2039-02-21");
  for (const auto& [file, published] : {std::pair{"a.txt", "2039-02-22"}, std::pair{"c.txt", "2039-03-02"}}) {
    const auto f = findings(off, load(story, file, published));
    CAPTURE(all(f));
    // "LME copper traded at about US$10,400 a tonne", "copper averaging US$10,500/t".
    CHECK(count(f, "contradicted", "source 'US$10,400'") == 0);
    CHECK(count(f, "contradicted", "source 'US$10,500'") == 0);
  }
  // A threshold told wrong is still a contradiction: "when copper is above US$12,000 a tonne".
  const auto a = findings(off, load(story, "a.txt", "2039-02-22"));
  CHECK(count(a, "contradicted", "official 'US$11,000', source 'US$12,000'") == 1);
}

// Round 16 and earlier internal pairs the engine missed (session 24).
TEST_CASE("a cocoa forward sale: one unofficial sum told two ways with the same words is internal") {
  const auto c = story_findings("asakyiri-cocoa-forward-sale-2036", "c.txt");
  CAPTURE(all(c));
  // "Export earnings were US$2.4 billion last season" and later "the US$2.9
  // billion in export earnings for the last season": the official gives neither.
  CHECK(count(c, "internal", "'US$2.4 billion' and 'US$2.9 billion'") +
            count(c, "internal", "'US$2.9 billion' and 'US$2.4 billion'") ==
        1);
}

TEST_CASE("a minimum wage: a count one digit off the official one is a slip; a bound's amount is none") {
  const auto b = story_findings("thailand-daily-minimum-wage-2032", "b.txt");
  CAPTURE(all(b));
  // "Tier 3 covers 38 provinces", then "The 28 provinces in Tier 3": 28/38 is past count_ratio.
  CHECK(count(b, "internal", "28 provinces") == 1);
  // "options on a further 7.5 million doses" is one digit off "4.5 million firm doses", but it is the
  // official "options on up to 7.5 million additional doses".
  const auto c = story_findings("montravia-helvagen-vaccine-apa", "c.txt");
  CAPTURE(all(c));
  CHECK(count(c, "internal", "7.5 million doses") == 0);
}

// Round 17 stories (session 24).
TEST_CASE("a rail maintenance contract: counts of things set apart are neither one count nor a miscount") {
  const auto b = story_findings("kwl-orlik-maintenance-2034", "b.txt");
  CAPTURE(all(b));
  // "The operator's 31 diesel units stay in-house", then a teaser: "the Czech
  // tender for 30 hydrogen units". The official gives "31 older diesel units".
  CHECK(count(b, "internal", "30 hydrogen units") == 0);
  CHECK(count(b, "contradicted", "30 hydrogen units") == 0);
  CHECK(count(b, "supported", "31 diesel units") == 1);
}

TEST_CASE("a tower lease: the day an announcement reports is not the announcement's day") {
  // "announces that on Monday, 13 April 2048 it signed": Monday is the signing
  // day; "MNB said in the disclosure on Tuesday" tells the release's day right.
  const auto a = story_findings("mnb-ski-tower-colocation-2048", "a.txt");
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "announcement date") == 0);
}

TEST_CASE("a dredging concession and a tower lease: pending conditions told as met") {
  // "must achieve financial closure within 180 days of signing" against "has already achieved financial closure".
  const auto c = story_findings("kavirapattinam-channel-dredging-2035", "c.txt");
  CAPTURE(all(c));
  CHECK(count(c, "contradicted", "condition told as met") == 1);
  // "requires the approval of MNB's shareholders at an EGM to be held on 28 May 2048" against
  // "The transaction was approved by MNB shareholders last month".
  const auto t = story_findings("mnb-ski-tower-colocation-2048", "c.txt");
  CAPTURE(all(t));
  CHECK(count(t, "contradicted", "condition told as met") == 1);
}

TEST_CASE("wine rules: a length said 'previously' is an old level") {
  // Official: "extended from 36 to 48 months, of which at least 18 months in
  // wood (previously 12 months)"; the source's "Ageing goes to 48 months, with
  // 18 in wood" is no new length held to the old 12 months.
  const auto b = story_findings("valdimonte-docg-rules-2041", "b.txt");
  CAPTURE(all(b));
  CHECK(count(b, "contradicted", "'48 months'") == 0);
}

TEST_CASE("an interconnector and a water bond: figures of two parties swapped, points told as per cent") {
  // "NordNet will pay 55 percent of the costs and PSP 45 percent" against
  // "NordNet will bear 45% and PSP 55% of the costs".
  const auto a = story_findings("baltlink-interconnector-2043", "a.txt");
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "figures of two parties told swapped") >= 1);
  // "that cuts leaks by seven percent" against "a reduction of 7 percentage points".
  const auto c = story_findings("lorrac-water-bond-tariff-2036", "c.txt");
  CAPTURE(all(c));
  CHECK(count(c, "contradicted", "percentage points told as per cent") == 1);
}

TEST_CASE("a film licence and a satellite deal: a share of another base, a quarter a year off") {
  // "a distribution fee of 25% of net receipts" against "25% of gross receipts".
  const auto b = story_findings("salt-orchard-meridian-distribution-2033", "b.txt");
  CAPTURE(all(b));
  CHECK(count(b, "contradicted", "share of another base") == 1);
  // "commercial service in Q2 2041" against "the second quarter of 2040".
  const auto d = story_findings("stellaris-andes-kaband-sharing-2039", "d.txt");
  CAPTURE(all(d));
  CHECK(count(d, "contradicted", "'Q2 2041' = 2041-Q2") == 1);
}

TEST_CASE("a naming-rights deal: a sign-off is no signing, and planning permission told as granted is a step told done") {
  const auto c = story_findings("ashgrove-norvik-naming-rights-2044", "c.txt");
  CAPTURE(all(c));
  // "the council has already granted planning permission" against "a decision is expected in November 2044".
  CHECK(count(c, "contradicted", "condition told as met") == 1);
  // "for the first time a week today": a day ahead of the article is no signing day.
  CHECK(count(c, "contradicted", "signing date") == 0);
}

TEST_CASE("a catalogue sale and a port concession: an option told firm, an approval told given, a swapped share") {
  // "Haneul will also buy the masters of his next album" against "Haneul also has an option to acquire".
  const auto d = story_findings("haneul-bluehour-catalogue-2035", "d.txt");
  CAPTURE(all(d));
  CHECK(count(d, "contradicted", "told firm") == 1);
  // "Kang keeps 75% of the writer's share" against Haneul's 75% and Mr Kang's 25%.
  const auto b = story_findings("haneul-bluehour-catalogue-2035", "b.txt");
  CAPTURE(all(b));
  CHECK(count(b, "contradicted", "figures of two parties told swapped") == 1);
  // "The Competition Authority of Kenya has already approved the deal" against "still requires the approval of
  // the Competition Authority of Kenya", beside the Cabinet's approval, given.
  const auto c = story_findings("kipini-igt-terminal-concession-2046", "c.txt");
  CAPTURE(all(c));
  CHECK(count(c, "contradicted", "condition told as met") == 1);
}

TEST_CASE("a rolling-stock lease: a total told per year") {
  // "an $830-million-a-year agreement" against a lease worth CAD 830 million over its term.
  const auto a = story_findings("huronia-mlrsp-bemu-lease-2032", "a.txt");
  CAPTURE(all(a));
  CHECK(count(a, "contradicted", "sum per another period") == 1);
}

}  // namespace claimcheck
