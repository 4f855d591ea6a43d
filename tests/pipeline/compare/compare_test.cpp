// The comparison engine on hand-built documents: small texts split into
// sentences, with the claims an extractor would put on them. One case per
// contradiction type the coverage shows and one per trap that must not be flagged.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "extractors/rule_book.h"
#include "pipeline/compare/compare.h"

namespace claimcheck {
namespace {

struct TestDoc {
  std::string bytes;
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;
  std::optional<CivilDate> published;

  int sentence(const std::string& text) {
    if (!bytes.empty()) bytes += " ";
    const auto start = static_cast<uint32_t>(bytes.size());
    bytes += text;
    sentences.push_back({{start, static_cast<uint32_t>(bytes.size())}, 0, false});
    return static_cast<int>(sentences.size()) - 1;
  }
  // A claim on the first occurrence of `text` in sentence `s`.
  Claim& claim(ClaimKind kind, int s, const std::string& text) {
    const Span sp = sentences.at(static_cast<size_t>(s)).span;
    const auto at = bytes.find(text, sp.start);
    REQUIRE(at != std::string::npos);
    REQUIRE(at + text.size() <= sp.end);
    Claim c;
    c.kind = kind;
    c.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + text.size())};
    c.text = text;
    c.sentence = s;
    claims.push_back(c);
    return claims.back();
  }
  Claim& term(int s, const std::string& text, const std::string& type, const std::string& subject,
              const std::string& object, const std::string& polarity = "positive", const std::string& status = "") {
    Claim& c = claim(ClaimKind::kTerm, s, text);
    c.value = type;
    if (!subject.empty()) c.attrs["subject"] = subject;
    if (!object.empty()) c.attrs["object"] = object;
    c.attrs["polarity"] = polarity;
    c.attrs["status"] = status;
    const Span sp = sentences.at(static_cast<size_t>(s)).span;
    c.attrs["clause"] = {{"start", sp.start}, {"end", sp.end}};
    return c;
  }
  // A term of `type` between two parties whose figure is the money `fig`,
  // and that figure: "Tessaro will pay Halcyra ... $65 million".
  Claim& term_with_money(int s, const std::string& text, const std::string& type, const std::string& subject,
                     const std::string& object, const std::string& fig, double value) {
    term(s, text, type, subject, object).attrs["figure"] = {{"text", fig}};
    return figure(ClaimKind::kMoney, s, fig, value, "");
  }
  Claim& date(int s, const std::string& text, const std::string& value, const std::string& bound = "",
              const std::string& bounds_term = "") {
    Claim& c = claim(ClaimKind::kDate, s, text);
    c.value = value;
    if (!bound.empty()) c.attrs["bound"] = bound;
    if (!bounds_term.empty()) c.attrs["bounds_term"] = bounds_term;
    return c;
  }
  Claim& figure(ClaimKind kind, int s, const std::string& text, double number, const std::string& measure,
                const std::string& approx = "") {
    Claim& c = claim(kind, s, text);
    c.number = number;
    if (kind == ClaimKind::kMoney) c.currency = "USD";
    if (!measure.empty()) c.attrs["measure"] = measure;
    if (!approx.empty()) c.attrs["approx"] = approx;
    return c;
  }
  ClaimedDocument view() const { return {bytes, &sentences, &claims, published}; }
};

// The official document of the tests, written like a partnership announcement.
TestDoc official() {
  TestDoc d;
  d.published = CivilDate{2026, 4, 27};
  int s = d.sentence("Today, we are announcing an amended agreement.");
  d.date(s, "Today", "2026-04-27");
  s = d.sentence(
      "Microsoft remains the primary cloud partner, and products will ship first on Azure, unless Microsoft "
      "cannot and chooses not to support the necessary capabilities.");
  d.term(s, "primary cloud partner", "primary_partner", "microsoft", "openai", "positive", "continues");
  Claim& first = d.term(s, "ship first on Azure", "first_access", "microsoft", "openai");
  first.attrs["condition"] = {{"type", "unless"}, {"conjunction", "and"}, {"text", "cannot and chooses not to"}};
  s = d.sentence("Microsoft will continue to have a license to OpenAI IP through 2032.");
  d.term(s, "license", "license", "microsoft", "openai", "positive", "continues");
  d.date(s, "through 2032", "2032", "through", "license");
  s = d.sentence("Microsoft's license will now be non-exclusive.");
  d.term(s, "non-exclusive", "exclusivity", "microsoft", "openai", "negative").attrs["scope"] = "license";
  s = d.sentence("Microsoft will no longer pay a revenue share to OpenAI.");
  d.term(s, "no longer pay a revenue share", "revenue_share", "microsoft", "openai", "positive", "ends");
  s = d.sentence("Revenue share payments from OpenAI to Microsoft continue through 2030.");
  d.term(s, "Revenue share payments", "revenue_share", "openai", "microsoft", "positive", "continues");
  d.date(s, "through 2030", "2030", "through", "revenue_share");
  s = d.sentence("The payments are subject to a total cap.");
  d.term(s, "total cap", "cap", "openai", "microsoft");
  s = d.sentence("Microsoft invested $134.6 billion for a 27% stake, and OpenAI committed US$250bn to Azure.");
  d.figure(ClaimKind::kMoney, s, "$134.6 billion", 134.6e9, "investment");
  d.figure(ClaimKind::kPercent, s, "27%", 27, "stake");
  d.figure(ClaimKind::kMoney, s, "US$250bn", 250e9, "azure commitment");
  s = d.sentence("Shares fell 2.8% on the day.");
  d.figure(ClaimKind::kPercent, s, "2.8%", 2.8, "shares fell");
  s = d.sentence("Revenue grew 20% in 2026.");
  d.figure(ClaimKind::kPercent, s, "20%", 20, "revenue grew");
  d.date(s, "2026", "2026");
  return d;
}

struct Case {
  const char* name;
  std::function<void(TestDoc&)> build;  // adds sentences and claims to the coverage
  Verdict verdict;                      // expected for the coverage's last claim
  std::vector<const char*> reason_has;  // substrings the reason must contain
};

// The options the application uses: extractors/rules/compare.json.
const CompareOptions& shipped_options() {
  static const CompareOptions options = [] {
    auto book = RuleBook::embedded();
    REQUIRE(book.ok());
    REQUIRE(book->file("compare.json"));
    auto o = CompareOptions::from_json(*book->file("compare.json"));
    REQUIRE(o.ok());
    return o.value();
  }();
  return options;
}

std::vector<Finding> run(const TestDoc& off, const TestDoc& cov) {
  return compare_document(off.view(), cov.view(), shipped_options());
}

const Finding& finding_for(const std::vector<Finding>& fs, uint32_t claim) {
  for (const auto& f : fs)
    if (f.claim == claim && f.verdict != Verdict::kInternal) return f;
  FAIL("no finding for claim " << claim);
  return fs.front();
}

// The verdict on the coverage's first claim; a contradiction must say `why` in its reason.
Verdict first_claim_verdict(const TestDoc& off, const TestDoc& cov, const std::string& why) {
  const Finding f = finding_for(run(off, cov), 0);
  CAPTURE(f.reason);
  if (f.verdict == Verdict::kContradicted) CHECK(f.reason.find(why) != std::string::npos);
  return f.verdict;
}

// Sentences that share no word with anything under test: rarity weighs shared
// words by how few sentences of a press release's length hold them.
// A sentence of d that holds one date.
void add_dated(TestDoc& d, const std::string& sentence, const std::string& date, const std::string& value) {
  d.date(d.sentence(sentence), date, value);
}

void add_background(TestDoc& d, int n) {
  for (int k = 0; k < n; ++k) d.sentence("Background note " + std::to_string(k) + " covers other matters.");
}

// The finding on the one figure of a coverage document of one sentence.
Finding figure_finding(const TestDoc& off, const std::string& sentence, ClaimKind kind, const std::string& fig,
                       double value, const std::string& measure, const std::string& approx) {
  TestDoc cov;
  const int cs = cov.sentence(sentence);
  cov.figure(kind, cs, fig, value, measure, approx);
  const Finding f = finding_for(run(off, cov), 0);
  CAPTURE(f.reason);
  return f;
}

// The finding on the one date of a coverage document of one sentence (and a
// filler), published the day after `off`.
// The finding on the money of a one-sentence coverage `text`, whose words up
// to its figure make a term of `type` from payer to payee with money `fig`.
Finding payment_figure_finding(const TestDoc& off, const std::string& text, const std::string& type,
                               const std::string& payer, const std::string& payee, const std::string& fig, double value) {
  TestDoc cov;
  const int cs = cov.sentence(text);
  cov.term_with_money(cs, text.substr(0, text.find(" $")), type, payer, payee, fig, value);
  for (const auto& f : run(off, cov))
    if (cov.claims[f.claim].kind == ClaimKind::kMoney) return f;
  FAIL("no finding on the figure");
  return Finding{};
}

Finding date_finding(const TestDoc& off, const std::string& sentence, const std::string& date, const std::string& value) {
  TestDoc cov;
  cov.published = add_days(*off.published, 1);
  const int cs = cov.sentence(sentence);
  cov.date(cs, date, value);
  cov.sentence("Shares were flat.");
  const auto fs = run(off, cov);
  REQUIRE(!fs.empty());
  return fs[0];
}

void check_cases(const std::vector<Case>& cases) {
  const TestDoc off = official();
  for (const auto& c : cases) {
    CAPTURE(c.name);
    TestDoc cov;
    cov.published = CivilDate{2026, 4, 28};
    c.build(cov);
    const auto fs = run(off, cov);
    const auto& f = finding_for(fs, static_cast<uint32_t>(cov.claims.size() - 1));
    CAPTURE(f.reason);
    CHECK(to_string(f.verdict) == to_string(c.verdict));
    if (f.verdict == Verdict::kUnverified) CHECK_FALSE(f.other.has_value());
    if (f.verdict == Verdict::kContradicted) CHECK(f.other.has_value() != (f.reason.rfind("announcement date", 0) == 0));
    for (const char* part : c.reason_has) CHECK(f.reason.find(part) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("contradictions the coverage shows are caught") {
  check_cases({
      {"wrong end year of a bound",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft keeps a license to OpenAI models until 2030.");
         d.term(s, "license", "license", "microsoft", "openai", "positive", "continues");
         d.date(s, "until 2030", "2030", "until", "license");
       },
       Verdict::kContradicted, {"license", "2032", "2030"}},
      {"licence end year said of another right",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft secures first access to OpenAI models through 2032.");
         d.term(s, "first access", "first_access", "microsoft", "openai");
         d.date(s, "through 2032", "2032", "through", "first_access");
       },
       Verdict::kContradicted, {"first access", "2032", "license"}},
      {"revenue share end year said of the other direction",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft will pay OpenAI a revenue share through 2030.");
         d.term(s, "pay OpenAI a revenue share", "revenue_share", "microsoft", "openai");
         d.date(s, "through 2030", "2030", "through", "revenue_share");
       },
       Verdict::kContradicted, {"2030"}},
      {"reversed payment direction",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft will continue to pay OpenAI a revenue share.");
         d.term(s, "pay OpenAI a revenue share", "revenue_share", "microsoft", "openai", "positive", "continues");
       },
       Verdict::kContradicted, {"revenue share microsoft\u2192openai", "ends", "continues"}},
      {"exclusive where the official says non-exclusive",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft's license stays exclusive.");
         d.term(s, "exclusive", "exclusivity", "microsoft", "openai");
       },
       Verdict::kContradicted, {"exclusivity", "does not hold", "holds"}},
      {"'no longer' dropped",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft will pay a revenue share to OpenAI.");
         d.term(s, "pay a revenue share", "revenue_share", "microsoft", "openai");
       },
       Verdict::kContradicted, {"ends"}},
      {"a plain 'not' against a stated continuation",
       [](TestDoc& d) {
         int s = d.sentence("OpenAI will not pay Microsoft a revenue share.");
         d.term(s, "not pay Microsoft a revenue share", "revenue_share", "openai", "microsoft", "negative");
       },
       Verdict::kContradicted, {"continues", "does not hold"}},
      {"'no longer' added",
       [](TestDoc& d) {
         int s = d.sentence("OpenAI will no longer pay Microsoft a revenue share.");
         d.term(s, "no longer pay Microsoft a revenue share", "revenue_share", "openai", "microsoft", "positive",
                "ends");
       },
       Verdict::kContradicted, {"openai\u2192microsoft", "continues", "ends"}},
      {"payments unwound where they continue",
       [](TestDoc& d) {
         int s = d.sentence("The deal unwinds the revenue sharing that had flowed from OpenAI to Microsoft.");
         d.term(s, "revenue sharing", "revenue_share", "openai", "microsoft", "positive", "ends");
       },
       Verdict::kContradicted, {"official continues", "ends"}},
      {"'and' turned into 'or' in the exception",
       [](TestDoc& d) {
         int s = d.sentence("Products ship first on Azure unless Microsoft cannot or does not want to support them.");
         Claim& c = d.term(s, "ship first on Azure", "first_access", "microsoft", "openai");
         c.attrs["condition"] = {{"type", "unless"}, {"conjunction", "or"}, {"text", "cannot or does not want to"}};
       },
       Verdict::kContradicted, {"exception condition", "'cannot and chooses not to'", "'cannot or does not want to'"}},
      {"scale error in an amount",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft invested $1.35 billion in OpenAI.");
         d.figure(ClaimKind::kMoney, s, "$1.35 billion", 1.35e9, "investment");
       },
       Verdict::kContradicted, {"scale", "$134.6 billion", "$1.35 billion"}},
      {"wrong amount",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft invested $150 billion in OpenAI.");
         d.figure(ClaimKind::kMoney, s, "$150 billion", 150e9, "investment");
       },
       Verdict::kContradicted, {"investment"}},
      {"wrong percentage",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft holds a 32% stake.");
         d.figure(ClaimKind::kPercent, s, "32%", 32, "stake");
       },
       Verdict::kContradicted, {"27%", "32%"}},
      {"weekday resolving to another day than the announcement",
       [](TestDoc& d) {
         int s = d.sentence("The companies announced on Tuesday that they rewrote the deal.");
         d.date(s, "Tuesday", "2026-04-28");
       },
       Verdict::kContradicted, {"announcement date", "2026-04-27", "2026-04-28"}},
      {"unanchored weekday of another day",
       [](TestDoc& d) {
         int s = d.sentence("OpenAI announced the new terms on Friday.");
         d.date(s, "Friday", "XXXX-WXX-5");
       },
       Verdict::kContradicted, {"Monday", "Friday"}},
      {"the exception restated as 'if' with 'or', in a condition claim of its own",
       [](TestDoc& d) {
         int s = d.sentence(
             "There is only one exception: if Microsoft cannot or does not want to support the capabilities.");
         Claim& c = d.claim(ClaimKind::kTerm, s, "if Microsoft cannot or does not want to support the capabilities");
         c.value = "condition";
         c.attrs["term"] = "multi_cloud";  // the extractor may pin it to a neighbouring term
         c.attrs["subject"] = "microsoft";
         c.attrs["condition"] = {{"type", "if"}, {"conjunction", "or"}, {"text", c.text}};
       },
       Verdict::kContradicted, {"exception condition", "cannot and chooses not to", "cannot or does not want to"}},
      {"full date of another day",
       [](TestDoc& d) {
         int s = d.sentence("On April 21, 2026, OpenAI announced a revised agreement.");
         d.date(s, "April 21, 2026", "2026-04-21");
       },
       Verdict::kContradicted, {"2026-04-27", "2026-04-21"}},
  });
}

TEST_CASE("what a careful reader accepts is not flagged") {
  check_cases({
      {"'nearly 3%' for 2.8%",
       [](TestDoc& d) {
         int s = d.sentence("Shares fell nearly 3%.");
         d.figure(ClaimKind::kPercent, s, "nearly 3%", 3, "shares fell", "approx");
       },
       Verdict::kSupported, {"2.8%"}},
      {"'about $135 billion' for $134.6 billion",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft invested about $135 billion.");
         d.figure(ClaimKind::kMoney, s, "about $135 billion", 135e9, "investment", "approx");
       },
       Verdict::kSupported, {}},
      {"'$135 billion' rounds $134.6 billion",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft invested $135 billion.");
         d.figure(ClaimKind::kMoney, s, "$135 billion", 135e9, "investment");
       },
       Verdict::kSupported, {}},
      {"'$250 billion' for US$250bn",
       [](TestDoc& d) {
         int s = d.sentence("OpenAI committed $250 billion to Azure.");
         d.figure(ClaimKind::kMoney, s, "$250 billion", 250e9, "Azure commitment");
       },
       Verdict::kSupported, {}},
      {"'until 2032' for 'through 2032'",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft retains a license to OpenAI's models until 2032.");
         d.term(s, "license", "license", "microsoft", "openai", "positive", "continues");
         d.date(s, "until 2032", "2032", "until", "license");
       },
       Verdict::kSupported, {"2032"}},
      {"'no longer exclusive' for 'non-exclusive'",
       [](TestDoc& d) {
         int s = d.sentence("This license is no longer exclusive.");
         d.term(s, "no longer exclusive", "exclusivity", "", "", "positive", "ends");
       },
       Verdict::kSupported, {}},
      {"the exception restated",
       [](TestDoc& d) {
         int s = d.sentence("Products ship first on Azure unless Microsoft cannot - and chooses not to - support them.");
         Claim& c = d.term(s, "ship first on Azure", "first_access", "microsoft", "openai");
         c.attrs["condition"] = {{"type", "unless"}, {"conjunction", "and"}, {"text", "cannot - and chooses not to"}};
       },
       Verdict::kSupported, {}},
      {"a term the official never mentions",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft holds a board seat.");
         d.term(s, "board seat", "board_seat", "microsoft", "openai");
       },
       Verdict::kUnverified, {}},
      {"a figure the official never mentions",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft committed roughly $13 billion across tranches.");
         d.figure(ClaimKind::kMoney, s, "roughly $13 billion", 13e9, "commitment", "approx");
       },
       Verdict::kUnverified, {}},
      {"a figure about another year",
       [](TestDoc& d) {
         int s = d.sentence("Revenue grew 35% in 2024.");
         d.date(s, "2024", "2024");
         d.figure(ClaimKind::kPercent, s, "35%", 35, "revenue grew");
       },
       Verdict::kUnverified, {}},
      {"a bound on a deal the official never mentions",
       [](TestDoc& d) {
         int s = d.sentence("The AWS cloud deal runs through 2030.");
         d.term(s, "cloud deal", "cloud_deal", "amazon", "openai");
         d.date(s, "through 2030", "2030", "through", "cloud_deal");
       },
       Verdict::kUnverified, {}},
      {"a hedged claim that disagrees",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft may keep exclusivity.");
         Claim& c = d.term(s, "keep exclusivity", "exclusivity", "microsoft", "openai", "positive", "continues");
         c.attrs["hedged"] = true;
       },
       Verdict::kUnverified, {"hedged"}},
      {"an analyst's prediction",
       [](TestDoc& d) {
         int s = d.sentence("Analysts expect Microsoft to hold a 35% stake.");
         d.figure(ClaimKind::kPercent, s, "35%", 35, "stake");
       },
       Verdict::kUnverified, {"hedged"}},
      {"history: the old exclusive setup",
       [](TestDoc& d) {
         int s = d.sentence("The old setup made Microsoft the exclusive cloud home for OpenAI.");
         d.term(s, "exclusive", "exclusivity", "microsoft", "openai");
       },
       Verdict::kUnverified, {}},
      {"a date that is not the announcement",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft reports earnings on Wednesday, April 29.");
         d.date(s, "Wednesday, April 29", "2026-04-29");
       },
       Verdict::kUnverified, {}},
      {"the right weekday",
       [](TestDoc& d) {
         int s = d.sentence("OpenAI and Microsoft announced on Monday that they restructured the deal.");
         d.date(s, "Monday", "2026-04-27");
       },
       Verdict::kSupported, {"2026-04-27"}},
      {"the right date",
       [](TestDoc& d) {
         int s = d.sentence("According to details disclosed on April 27, 2026, the rights change.");
         d.date(s, "April 27, 2026", "2026-04-27");
       },
       Verdict::kSupported, {}},
      {"a plain 'if' condition is not the official exception",
       [](TestDoc& d) {
         int s = d.sentence("Prices rise if Microsoft cannot or will not add capacity.");
         Claim& c = d.claim(ClaimKind::kTerm, s, "if Microsoft cannot or will not add capacity");
         c.value = "condition";
         c.attrs["subject"] = "microsoft";
         c.attrs["condition"] = {{"type", "if"}, {"conjunction", "or"}, {"text", c.text}};
       },
       Verdict::kUnverified, {}},
      {"a bound the extractor tied to the neighbouring term",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft keeps a non-exclusive license through 2032.");
         d.term(s, "non-exclusive", "exclusivity", "microsoft", "", "negative");
         Claim& l = d.term(s, "license through 2032", "license", "microsoft", "", "positive", "continues");
         l.attrs["bound"] = {{"type", "through"}, {"text", "through 2032"}};
         d.date(s, "through 2032", "2032", "through", "exclusivity");
       },
       Verdict::kSupported, {"license", "2032"}},
      {"an offset from another event is not the announcement date",
       [](TestDoc& d) {
         int s = d.sentence("The announcement, made one day before earnings, moved shares.");
         d.date(s, "one day before", "2026-04-26");
       },
       Verdict::kUnverified, {}},
      {"a generic mention with no party",
       [](TestDoc& d) {
         int s = d.sentence("Partnerships are measured not only by rights to models.");
         d.term(s, "not only by rights to models", "license", "", "", "negative");
       },
       Verdict::kUnverified, {}},
      {"exclusivity of another thing than the licence",
       [](TestDoc& d) {
         int s = d.sentence("Microsoft stays the exclusive cloud provider for OpenAI.");
         d.term(s, "exclusive cloud provider", "exclusivity", "microsoft", "openai").attrs["scope"] = "cloud";
       },
       Verdict::kUnverified, {}},
      {"a negation that may belong to another verb",
       [](TestDoc& d) {
         int s = d.sentence("The payments are limited by a ceiling and do not depend on progress.");
         d.term(s, "limited by a ceiling and do not depend", "cap", "openai", "microsoft", "negative");
       },
       Verdict::kUnverified, {}},
      {"a statement dated years before the announcement",
       [](TestDoc& d) {
         int s = d.sentence("In 2019 the deal made Microsoft the exclusive licensee of OpenAI.");
         d.date(s, "2019", "2019");
         d.term(s, "exclusive licensee", "exclusivity", "microsoft", "openai");
       },
       Verdict::kUnverified, {}},
      {"a term the extractor marks as past",
       [](TestDoc& d) {
         int s = d.sentence("Azure served as the exclusive cloud for OpenAI.");
         Claim& c = d.term(s, "exclusive cloud", "exclusivity", "microsoft", "openai");
         c.attrs["past"] = true;
       },
       Verdict::kUnverified, {"earlier"}},
      {"another party's investment",
       [](TestDoc& d) {
         int s = d.sentence("Amazon's $50 billion investment reshapes the market.");
         Claim& t = d.term(s, "$50 billion investment", "investment", "amazon", "openai");
         t.attrs["figure"] = {{"text", "$50 billion"}};
         d.figure(ClaimKind::kMoney, s, "$50 billion", 50e9, "investment");
       },
       Verdict::kUnverified, {}},
      {"a coarse date around the announcement",
       [](TestDoc& d) {
         int s = d.sentence("The deal was announced in early 2026.");
         d.date(s, "early 2026", "2026");
       },
       Verdict::kUnverified, {}},
  });
}

TEST_CASE("a document whose lead contradicts its body is internal") {
  const TestDoc off = official();
  TestDoc cov;
  int s = cov.sentence("The deal unwinds the revenue sharing that had flowed from OpenAI to Microsoft.");
  cov.term(s, "revenue sharing", "revenue_share", "openai", "microsoft", "positive", "ends");
  s = cov.sentence("OpenAI will continue to pay Microsoft a revenue share through 2030.");
  cov.term(s, "pay Microsoft a revenue share", "revenue_share", "openai", "microsoft", "positive", "continues");
  cov.date(s, "through 2030", "2030", "through", "revenue_share");
  const auto fs = run(off, cov);
  REQUIRE(fs.size() == 4);
  CHECK(fs[0].claim == 0);
  CHECK(fs[0].verdict == Verdict::kContradicted);
  CHECK(fs[1].claim == 0);
  CHECK(fs[1].verdict == Verdict::kInternal);
  REQUIRE(fs[1].other.has_value());
  CHECK(*fs[1].other == 1);
  CHECK(fs[1].reason.find("ends") != std::string::npos);
  CHECK(fs[1].reason.find("continues") != std::string::npos);
  CHECK(fs[2].verdict == Verdict::kSupported);
  CHECK(fs[3].verdict == Verdict::kSupported);  // the 2030 bound of OpenAI's payments
}

// An acquisition announcement: the second domain the engine must read
// without story-specific code. Its figures carry the terms that claim them
// (attrs.figure), as the term extractor links them.
TestDoc official_deal() {
  TestDoc d;
  d.published = CivilDate{2027, 3, 3};
  int s = d.sentence("On March 3, 2027 Acme announced it will acquire Beta Systems for $2.1 billion in cash.");
  d.date(s, "March 3, 2027", "2027-03-03");
  d.term(s, "acquire Beta Systems", "acquisition", "acme", "beta_systems").attrs["figure"] = {{"text", "$2.1 billion"}};
  d.term(s, "$2.1 billion in cash", "consideration", "acme", "beta_systems").attrs["figure"] = {{"text", "$2.1 billion"}};
  d.figure(ClaimKind::kMoney, s, "$2.1 billion", 2.1e9, "deal");
  s = d.sentence("Beta shareholders will receive $45.00 per share.");
  d.term(s, "shareholders will receive $45.00 per share", "price_per_share", "shareholders", "")
      .attrs["figure"] = {{"text", "$45.00"}};
  d.figure(ClaimKind::kMoney, s, "$45.00", 45, "price").attrs["unit"] = "per share";
  s = d.sentence("The transaction is expected to close in the second quarter of 2027.");
  Claim& closing = d.term(s, "expected to close", "closing", "", "");
  closing.attrs["hedged"] = true;
  d.date(s, "the second quarter of 2027", "2027-Q2", "in", "closing");
  return d;
}

TEST_CASE("an acquisition's price, per-share price and closing are compared like any term") {
  const TestDoc off = official_deal();
  auto last_finding = [&](const TestDoc& cov) {
    const auto fs = run(off, cov);
    return finding_for(fs, static_cast<uint32_t>(cov.claims.size() - 1));
  };
  auto coverage = [] {
    TestDoc cov;
    cov.published = CivilDate{2027, 3, 3};
    return cov;
  };
  SUBCASE("a short name for the target is the same party; the announcement date does not date the figure") {
    TestDoc cov = coverage();
    int s = cov.sentence("Acme said on March 3 it would buy Beta for $2.4 billion.");
    cov.date(s, "March 3", "2027-03-03");
    cov.term(s, "buy Beta", "acquisition", "acme", "beta").attrs["figure"] = {{"text", "$2.4 billion"}};
    cov.figure(ClaimKind::kMoney, s, "$2.4 billion", 2.4e9, "deal");
    const Finding f = last_finding(cov);
    CAPTURE(f.reason);
    CHECK(f.verdict == Verdict::kContradicted);
    CHECK(f.reason.find("$2.1 billion") != std::string::npos);
  }
  SUBCASE("a figure no measure word names compares as the figure of its term") {
    TestDoc cov = coverage();
    int s = cov.sentence("Acme will pay $2.1 billion in cash for Beta Systems.");
    cov.term_with_money(s, "$2.1 billion in cash", "consideration", "acme", "beta_systems", "$2.1 billion", 2.1e9);
    const Finding f = last_finding(cov);
    CAPTURE(f.reason);
    CHECK(f.verdict == Verdict::kSupported);
    CHECK(f.reason.find("consideration figure") != std::string::npos);
  }
  SUBCASE("without a term or a measure the figure stays unverified") {
    TestDoc cov = coverage();
    int s = cov.sentence("It is $2.4 billion.");
    cov.figure(ClaimKind::kMoney, s, "$2.4 billion", 2.4e9, "");
    CHECK(last_finding(cov).verdict == Verdict::kUnverified);
  }
  SUBCASE("'shareholders' names a role, not a party: the per-share price still compares") {
    // Were "shareholders" a party, the official figure would name one and
    // this one none: too unlike to contradict.
    TestDoc cov = coverage();
    int s = cov.sentence("The price is $47 a share.");
    cov.term(s, "$47 a share", "price_per_share", "", "").attrs["figure"] = {{"text", "$47"}};
    cov.figure(ClaimKind::kMoney, s, "$47", 47, "price").attrs["unit"] = "per share";
    const Finding f = last_finding(cov);
    CAPTURE(f.reason);
    CHECK(f.verdict == Verdict::kContradicted);
  }
  SUBCASE("a per-share price is not compared with a total") {
    TestDoc cov = coverage();
    int s = cov.sentence("Acme is paying $47 for Beta Systems.");
    cov.figure(ClaimKind::kMoney, s, "$47", 47, "price");
    CHECK(last_finding(cov).verdict == Verdict::kUnverified);
  }
  SUBCASE("an expectation restated wrongly contradicts the official expectation") {
    TestDoc cov = coverage();
    int s = cov.sentence("The deal is expected to close in the third quarter of 2027.");
    cov.term(s, "expected to close", "closing", "", "").attrs["hedged"] = true;
    cov.date(s, "the third quarter of 2027", "2027-Q3", "in", "closing");
    const Finding f = last_finding(cov);
    CAPTURE(f.reason);
    CHECK(f.verdict == Verdict::kContradicted);
    CHECK(f.reason.find("closing date: official 2027-Q2, source 2027-Q3") != std::string::npos);
  }
  SUBCASE("others' expectations may differ from the official one") {
    TestDoc cov = coverage();
    int s = cov.sentence("Analysts expect the deal to close in the third quarter of 2027.");
    cov.term(s, "close", "closing", "", "").attrs["hedged"] = true;
    cov.date(s, "the third quarter of 2027", "2027-Q3", "in", "closing");
    const Finding f = last_finding(cov);
    CAPTURE(f.reason);
    CHECK(f.verdict == Verdict::kUnverified);
    CHECK(f.reason.find("hedged") != std::string::npos);
  }
}

TEST_CASE("rounded figures in one document are not internal") {
  const TestDoc off = official();
  TestDoc cov;
  int s = cov.sentence("The news sent shares down nearly 3% on Monday.");
  cov.figure(ClaimKind::kPercent, s, "nearly 3%", 3, "shares fell", "approx");
  s = cov.sentence("Shares fell 2.8% on Monday.");
  cov.figure(ClaimKind::kPercent, s, "2.8%", 2.8, "shares fell");
  const auto fs = run(off, cov);
  REQUIRE(fs.size() == 2);
  for (const auto& f : fs) CHECK(f.verdict != Verdict::kInternal);
}

TEST_CASE("two figures of one sentence are about two things, not internal") {
  const TestDoc off = official();
  TestDoc cov;
  int s = cov.sentence("Shares fell 2.8% on Monday and are down roughly 12% this year.");
  cov.figure(ClaimKind::kPercent, s, "2.8%", 2.8, "shares fell");
  cov.figure(ClaimKind::kPercent, s, "roughly 12%", 12, "shares fell", "approx");
  const auto fs = run(off, cov);
  REQUIRE(fs.size() == 2);
  for (const auto& f : fs) CHECK(f.verdict != Verdict::kInternal);
}

TEST_CASE("figures of one measure whose digits slip are internal; other differing ones are other things") {
  const TestDoc off = official();
  TestDoc cov;
  int s = cov.sentence("Microsoft took a 27% stake.");
  cov.figure(ClaimKind::kPercent, s, "27%", 27, "stake");
  s = cov.sentence("Its stake is 72%.");
  cov.figure(ClaimKind::kPercent, s, "72%", 72, "stake");
  auto fs = run(off, cov);
  REQUIRE(fs.size() == 3);
  CHECK(fs[0].verdict == Verdict::kSupported);
  CHECK(fs[1].verdict == Verdict::kContradicted);
  // The internal finding is on the telling the official text does not give.
  CHECK(fs[2].verdict == Verdict::kInternal);
  CHECK(fs[2].claim == 1);
  CHECK(fs[2].reason.find("digits transposed") != std::string::npos);

  // Real news gives one measure many values (the quarter's net income and the
  // nine months'; a division's): without a slip they are not one number.
  TestDoc earnings;
  s = earnings.sentence("Net income rose to $94.2 million in the quarter.");
  earnings.figure(ClaimKind::kMoney, s, "$94.2 million", 94.2e6, "net income");
  s = earnings.sentence("In the first nine months, net income was $306 million.");
  earnings.figure(ClaimKind::kMoney, s, "$306 million", 306e6, "net income");
  s = earnings.sentence("Its insurance division earned net income of $24.9 million.");
  earnings.figure(ClaimKind::kMoney, s, "$24.9 million", 24.9e6, "net income");
  fs = run(off, earnings);
  CHECK(std::none_of(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; }));
  // A slip with another power of ten is one: $9.42 million against $94.2 million.
  s = earnings.sentence("That lifted net income to $9.42 million.");
  earnings.figure(ClaimKind::kMoney, s, "$9.42 million", 9.42e6, "net income");
  fs = run(off, earnings);
  CHECK(std::count_if(fs.begin(), fs.end(), [](const Finding& f) {
          return f.verdict == Verdict::kInternal && f.reason.find("another power of ten") != std::string::npos;
        }) == 1);
}

TEST_CASE("two sums of one kind another power of ten apart are one told twice only when their words agree") {
  TestDoc off;
  int s = off.sentence("The authority sold $230 million of Series 2030A green bonds.");
  off.figure(ClaimKind::kMoney, s, "$230 million", 230e6, "debt");
  add_background(off, 20);
  TestDoc cov;
  s = cov.sentence("The authority sold $230 million of Series 2030A green bonds.");
  cov.figure(ClaimKind::kMoney, s, "$230 million", 230e6, "debt");
  s = cov.sentence("Its outstanding sales tax debt will stand at about $2.3 billion after the deal closes.");
  cov.figure(ClaimKind::kMoney, s, "$2.3 billion", 2.3e9, "debt", "approx");
  auto fs = run(off, cov);
  CHECK(std::none_of(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; }));
  s = cov.sentence("Buyers took $2.3 billion of Series 2030A green bonds.");
  cov.figure(ClaimKind::kMoney, s, "$2.3 billion", 2.3e9, "debt");
  fs = run(off, cov);
  CHECK(std::count_if(fs.begin(), fs.end(), [](const Finding& f) {
          return f.verdict == Verdict::kInternal && f.reason.find("another power of ten") != std::string::npos;
        }) == 1);
}

TEST_CASE("unnamed figures whose digits slip are one quantity told twice when their words agree") {
  const TestDoc off = official();
  auto internal_count = [&](const std::string& first, const std::string& fig1, double v1, const std::string& second,
                            const std::string& fig2, double v2) {
    TestDoc cov;
    int s = cov.sentence(first);
    cov.figure(ClaimKind::kMoney, s, fig1, v1, "");
    cov.sentence("The league has twelve clubs and plays its final in April.");
    s = cov.sentence(second);
    cov.figure(ClaimKind::kMoney, s, fig2, v2, "");
    const auto fs = run(off, cov);
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; });
  };
  CHECK(internal_count("Corvex Sports paid the league about $31 million a year.", "$31 million", 31e6,
                       "The league is now paid three times the old $13 million-a-year Corvex deal.", "$13 million",
                       13e6) == 1);
  // Digits that do not slip: two things.
  CHECK(internal_count("Corvex Sports paid the league about $31 million a year.", "$31 million", 31e6,
                       "The league is now paid three times the old $19 million-a-year Corvex deal.", "$19 million",
                       19e6) == 0);
  // A slip, but no words in common: chance.
  CHECK(internal_count("Corvex Sports paid the league about $31 million a year.", "$31 million", 31e6,
                       "Ticket sales brought in $13 million.", "$13 million", 13e6) == 0);
}

TEST_CASE("a right told over places the official text does not give it is a territory enlarged") {
  using nlohmann::json;
  const json japan = json::array({"japan", "east_asia", "asia"}), korea = json::array({"south_korea", "east_asia", "asia"}),
             taiwan = json::array({"taiwan", "east_asia", "asia"}), asia = json::array({"asia"}),
             europe = json::array({"europe"}), world = json::array({"world"});
  auto verdicts = [](const json& official, const json& source, const std::string& source_polarity = "positive") {
    TestDoc off;
    off.term(off.sentence("Tessaro gets exclusive rights in the territory."), "exclusive rights", "exclusivity", "tessaro", "")
        .attrs["territory"] = official;
    TestDoc cov;
    cov.term(cov.sentence("Tessaro gets exclusive rights in the region."), "exclusive rights", "exclusivity", "tessaro", "",
             source_polarity)
        .attrs["territory"] = source;
    return run(off, cov);
  };
  auto enlarged = [](const std::vector<Finding>& fs) {
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) {
      return f.verdict == Verdict::kContradicted && f.reason.find("territory enlarged") != std::string::npos;
    });
  };
  CHECK(enlarged(verdicts(json::array({japan, korea}), json::array({japan, korea, taiwan}))) == 1);
  CHECK(enlarged(verdicts(json::array({japan, korea}), json::array({world}))) == 1);
  CHECK(enlarged(verdicts(json::array({japan, korea}), json::array({europe}))) == 1);
  CHECK(enlarged(verdicts(json::array({japan, korea}), json::array({japan}))) == 0);        // narrower: not enlarged
  CHECK(enlarged(verdicts(json::array({japan, korea}), json::array({asia}))) == 0);         // a region holding them: loose
  CHECK(enlarged(verdicts(json::array({asia}), json::array({japan, taiwan}))) == 0);        // within an official region
  CHECK(enlarged(verdicts(json::array({world}), json::array({europe}))) == 0);              // worldwide officially
  CHECK(enlarged(verdicts(json::array({japan}), json::array({taiwan}), "negative")) == 0);  // another polarity
}

TEST_CASE("a renewal told automatic against an official option is contradicted, and the other way round") {
  auto renewal = [](TestDoc& d, const std::string& sentence, const std::string& text, const std::string& mode,
                    const std::string& polarity = "positive") {
    Claim& c = d.term(d.sentence(sentence), text, "renewal", "", "", polarity);
    if (!mode.empty()) c.attrs["mode"] = mode;
  };
  auto verdict = [&](const std::string& off_mode, const std::string& off_polarity, const std::string& cov_mode) {
    TestDoc off;
    renewal(off, "The licence may be renewed once, for a further three years.", "renewed", off_mode, off_polarity);
    TestDoc cov;
    renewal(cov, "The licence then renews automatically for three years.", "renews", cov_mode);
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    return fs.front().verdict;
  };
  CHECK(verdict("option", "positive", "automatic") == Verdict::kContradicted);
  CHECK(verdict("automatic", "negative", "automatic") == Verdict::kContradicted);  // "there is no automatic renewal"
  CHECK(verdict("automatic", "positive", "option") == Verdict::kContradicted);
  CHECK(verdict("automatic", "positive", "automatic") == Verdict::kSupported);
  CHECK(verdict("option", "positive", "option") == Verdict::kSupported);
  CHECK(verdict("", "positive", "automatic") == Verdict::kUnverified);  // the official text does not say
  CHECK(verdict("option", "positive", "") != Verdict::kContradicted);  // "renews": no mode told wrong
}

TEST_CASE("a step the official text still waits on, told done, is a condition told as met") {
  auto step = [](TestDoc& d, const std::string& sentence, const std::string& text, const std::string& event,
                 const std::string& stage) {
    Claim& c = d.term(d.sentence(sentence), text, "milestone", "", "");
    c.attrs["event"] = event;
    c.attrs["stage"] = stage;
  };
  auto verdicts = [&](const std::string& official_stage, const std::string& source_stage, bool danish_done) {
    TestDoc off;
    step(off, "The concession is conditional on the environmental permit for the Polish landing point.",
         "environmental permit", "permit", official_stage);
    if (danish_done)
      step(off, "The environmental permit for the Danish cable route was granted in March.", "environmental permit",
           "permit", "done");
    TestDoc cov;
    step(cov, "The operator has already received the environmental permit for the Polish landing point.",
         "environmental permit", "permit", source_stage);
    return run(off, cov);
  };
  auto contradicted = [](const std::vector<Finding>& fs) {
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) {
      return f.verdict == Verdict::kContradicted && f.reason.find("condition told as met") != std::string::npos;
    });
  };
  CHECK(contradicted(verdicts("pending", "done", false)) == 1);
  CHECK(contradicted(verdicts("pending", "pending", false)) == 0);  // both wait: nothing told wrong
  CHECK(contradicted(verdicts("done", "done", false)) == 0);        // the official text has it done too
  // Another permit done officially: the words say the source means the Polish one, still to come.
  CHECK(contradicted(verdicts("pending", "done", true)) == 1);
  // A step of another kind is no candidate.
  TestDoc off;
  step(off, "The concession is conditional on financial close within 180 days.", "financial close", "financial_close",
       "pending");
  TestDoc cov;
  step(cov, "The operator has already received the environmental permit for the Polish landing point.",
       "environmental permit", "permit", "done");
  CHECK(contradicted(run(off, cov)) == 0);
}

TEST_CASE("of official approvals, the one naming the source's approver is the one a source tells as given") {
  auto approval = [](TestDoc& d, const std::string& sentence, const std::string& text, const std::string& subject,
                     const std::string& object, const std::string& stage) {
    d.term(d.sentence(sentence), text, "approval", subject, object).attrs["stage"] = stage;
  };
  auto contradicted = [&](bool cabinet_named_in_source) {
    TestDoc off;
    approval(off, "The transaction still requires the approval of the Competition Authority of Kenya.",
             "requires the approval of the Competition Authority of Kenya", "", "kenya", "pending");
    approval(off, "The Cabinet approved the concession on Tuesday.", "Cabinet approved", "cabinet", "", "done");
    TestDoc cov;
    approval(cov, "The Competition Authority of Kenya has already approved the deal.",
             "Competition Authority of Kenya has already approved", cabinet_named_in_source ? "cabinet" : "competition_authority",
             cabinet_named_in_source ? "" : "kenya", "done");
    const auto fs = run(off, cov);
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) {
      return f.verdict == Verdict::kContradicted && f.reason.find("condition told as met") != std::string::npos;
    });
  };
  // Words alone cannot tell the two apart (a step's names are its own words); the approver does.
  CHECK(contradicted(false) == 1);
  CHECK(contradicted(true) == 0);  // the Cabinet's approval, done in both
  // An approval told given against the approver's milestone still to come ("subject to TGA registration").
  TestDoc off;
  Claim& registration = off.term(off.sentence("Subject to TGA registration, the vaccine will be free for people over 70."),
                                 "TGA registration", "milestone", "tga", "");
  registration.attrs["event"] = "registration";
  registration.attrs["stage"] = "pending";
  TestDoc cov;
  approval(cov, "The vaccine was approved by the TGA in January.", "approved by the TGA", "tga", "", "done");
  const auto fs = run(off, cov);
  CHECK(std::count_if(fs.begin(), fs.end(), [](const Finding& f) {
          return f.verdict == Verdict::kContradicted && f.reason.find("condition told as met") != std::string::npos;
        }) == 1);
}

TEST_CASE("a sum told per year where the official text gives it as the deal's worth is a sum per another period") {
  TestDoc off;
  off.published = CivilDate{2040, 5, 2};
  const int s = off.sentence("At the 2041 price, the firm order is worth $390.6 million.");
  off.figure(ClaimKind::kMoney, s, "$390.6 million", 390.6e6, "");
  add_background(off, 10);
  auto verdict = [&](const std::string& sentence, const std::string& text) {
    TestDoc cov;
    cov.published = CivilDate{2040, 5, 3};
    cov.figure(ClaimKind::kMoney, cov.sentence(sentence), text, 390.6e6, "");
    cov.sentence("Shares were flat.");
    return first_claim_verdict(off, cov, "sum per another period");
  };
  CHECK(verdict("The firm order implies revenue of $390.6m a year.", "$390.6m") == Verdict::kContradicted);
  CHECK(verdict("The authority calls it a $390.6-million-a-year order.", "$390.6-million") == Verdict::kContradicted);
  CHECK(verdict("The firm order is worth $390.6m at the 2041 price.", "$390.6m") != Verdict::kContradicted);
}

TEST_CASE("an official option told as firm is contradicted") {
  auto verdicts = [](const std::string& source_choice, bool source_hedged, bool firm_too) {
    TestDoc off;
    Claim& option = off.term(off.sentence("At the end of the lease, Nordline has an option to buy the fleet of "
                                          "eighteen trains from the lessor."),
                             "buy the fleet", "acquisition", "nordline", "");
    option.attrs["choice"] = "option";
    if (firm_too)
      off.term(off.sentence("At the end of the lease, Nordline will buy the fleet of eighteen trains from the "
                            "lessor's parent."),
               "buy the fleet", "acquisition", "nordline", "");
    add_background(off, 6);
    TestDoc cov;
    add_background(cov, 2);
    Claim& told = cov.term(cov.sentence("When the lease ends, Nordline buys the fleet of eighteen trains."),
                           "buys the fleet", "acquisition", "nordline", "");
    if (!source_choice.empty()) told.attrs["choice"] = source_choice;
    told.attrs["hedged"] = source_hedged;
    const auto fs = run(off, cov);
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) {
      return f.verdict == Verdict::kContradicted && f.reason.find("told firm") != std::string::npos;
    });
  };
  CHECK(verdicts("", false, false) == 1);
  CHECK(verdicts("option", false, false) == 0);  // told as the option it is
  CHECK(verdicts("", true, false) == 0);         // hedged: not told as fact
  // The official text also tells a firm purchase in the same words: the source may mean that one.
  CHECK(verdicts("", false, true) == 0);
}

TEST_CASE("two sums one digit apart, neither official, are one told twice only on words shared strongly") {
  const TestDoc off = official();
  auto internal_count = [&](ClaimKind kind, const std::string& first, const std::string& fig1, double v1,
                            const std::string& second, const std::string& fig2, double v2) {
    TestDoc cov;
    int s = cov.sentence(first);
    cov.figure(kind, s, fig1, v1, "");
    cov.sentence("The league has twelve clubs and plays its final in April.");
    s = cov.sentence(second);
    cov.figure(kind, s, fig2, v2, "");
    const auto fs = run(off, cov);
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; });
  };
  CHECK(internal_count(ClaimKind::kMoney, "Cocoa export earnings were US$2.4 billion last season.", "US$2.4 billion",
                       2.4e9, "The US$2.9 billion in cocoa export earnings for the last season went to repay loans.",
                       "US$2.9 billion", 2.9e9) == 1);
  // Few words in common: two sums.
  CHECK(internal_count(ClaimKind::kMoney, "Cocoa export earnings were US$2.4 billion last season.", "US$2.4 billion",
                       2.4e9, "The board borrowed US$2.9 billion to repay loans.", "US$2.9 billion", 2.9e9) == 0);
  // Two digits changed: two sums, whatever the words.
  CHECK(internal_count(ClaimKind::kMoney, "Cocoa export earnings were US$2.4 billion last season.", "US$2.4 billion",
                       2.4e9, "The US$3.9 billion in cocoa export earnings for the last season went to repay loans.",
                       "US$3.9 billion", 3.9e9) == 0);
  // Rates one digit apart with the same words are a document's several rates.
  CHECK(internal_count(ClaimKind::kPercent, "The cocoa export earnings margin was 2.4% last season.", "2.4%", 2.4,
                       "The 2.9% cocoa export earnings margin for the last season went to repay loans.", "2.9%",
                       2.9) == 0);
}

TEST_CASE("an article that gives the official figure once and a slip of it once contradicts itself") {
  TestDoc off;
  int s = off.sentence("Halvorsen will acquire Brightmoor for an enterprise value of $2.35 billion.");
  off.figure(ClaimKind::kMoney, s, "$2.35 billion", 2.35e9, "deal value");
  s = off.sentence("The province will contribute $1.2 billion.");
  off.figure(ClaimKind::kMoney, s, "$1.2 billion", 1.2e9, "");
  auto internal_count = [&](const std::string& first, const std::string& fig1, double v1, const std::string& measure1,
                            const std::string& second, const std::string& fig2, double v2, const std::string& measure2,
                            const std::string& year = "") {
    TestDoc cov;
    int c = cov.sentence(first);
    cov.figure(ClaimKind::kMoney, c, fig1, v1, measure1);
    cov.sentence("Shares rose in early trading.");
    c = cov.sentence(second);
    cov.figure(ClaimKind::kMoney, c, fig2, v2, measure2);
    if (!year.empty()) cov.date(c, year, year);
    const auto fs = run(off, cov);
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; });
  };
  // A headline and a body with no words in common: the official figure anchors the pair.
  CHECK(internal_count("Halvorsen agrees $2.35bn swoop on Brightmoor", "$2.35bn", 2.35e9, "",
                       "The deal values Brightmoor at $2.53bn including net debt.", "$2.53bn", 2.53e9,
                       "deal value") == 1);
  // Neither is the official figure: no anchor, and no words in common.
  CHECK(internal_count("Halvorsen agrees $2.45bn swoop on Brightmoor", "$2.45bn", 2.45e9, "",
                       "The deal values Brightmoor at $2.54bn including net debt.", "$2.54bn", 2.54e9,
                       "deal value") == 0);
  // Digits that do not slip are two things.
  CHECK(internal_count("Halvorsen agrees $2.35bn swoop on Brightmoor", "$2.35bn", 2.35e9, "",
                       "The deal values Brightmoor at $2.75bn including net debt.", "$2.75bn", 2.75e9,
                       "deal value") == 0);
  // The slipped figure is dated where the official one is not: history.
  CHECK(internal_count("The province will put in $1.2 billion.", "$1.2 billion", 1.2e9, "",
                       "A study in 2014 put the cost at $2.1 billion.", "$2.1 billion", 2.1e9, "cost", "2014") == 0);
  // One digit changed, neither figure named by a measure word: a slip of the official figure.
  CHECK(internal_count("Halvorsen agrees $2.35bn swoop on Brightmoor", "$2.35bn", 2.35e9, "",
                       "With $2.45bn on the table, rivals stayed away.", "$2.45bn", 2.45e9, "") == 1);
  // A year nearer another figure of the sentence dates that figure, not the slip.
  TestDoc cov;
  int c = cov.sentence("Halvorsen agrees $2.35bn swoop on Brightmoor");
  cov.figure(ClaimKind::kMoney, c, "$2.35bn", 2.35e9, "");
  cov.sentence("Shares rose in early trading.");
  c = cov.sentence("The $2.53bn price is steep for a firm that earned $40m in 2014.");
  cov.figure(ClaimKind::kMoney, c, "$2.53bn", 2.53e9, "");
  cov.figure(ClaimKind::kMoney, c, "$40m", 40e6, "earnings");
  cov.date(c, "2014", "2014");
  const auto fs = run(off, cov);
  CHECK(std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; }) == 1);
  // A year that opens the sentence dates every figure in it: history again.
  TestDoc past;
  c = past.sentence("Halvorsen agrees $2.35bn swoop on Brightmoor");
  past.figure(ClaimKind::kMoney, c, "$2.35bn", 2.35e9, "");
  past.sentence("Shares rose in early trading.");
  c = past.sentence("In 2014, a firm that earned $40m was sold for $2.53bn.");
  past.date(c, "2014", "2014");
  past.figure(ClaimKind::kMoney, c, "$40m", 40e6, "earnings");
  past.figure(ClaimKind::kMoney, c, "$2.53bn", 2.53e9, "");
  const auto ps = run(off, past);
  CHECK(std::none_of(ps.begin(), ps.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; }));
}

TEST_CASE("one digit changed is no slip where two official figures are one digit off it") {
  TestDoc off;
  int s = off.sentence("Fares start from A$399 for Adelaide-Singapore and A$249 for Hobart-Auckland.");
  off.figure(ClaimKind::kMoney, s, "A$399", 399, "").currency = "AUD";
  off.figure(ClaimKind::kMoney, s, "A$249", 249, "").currency = "AUD";
  TestDoc cov;
  int c = cov.sentence("Sale alert: Adelaide to Singapore from $349");
  cov.figure(ClaimKind::kMoney, c, "$349", 349, "");
  cov.sentence("Here is what we know.");
  c = cov.sentence("Hobart travellers can fly to Auckland from $249.");
  cov.figure(ClaimKind::kMoney, c, "$249", 249, "");
  const auto fs = run(off, cov);
  CHECK(std::none_of(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; }));
}

TEST_CASE("a month a year or two off an official date of that month needs fewer shared words to contradict it") {
  TestDoc off;
  off.published = CivilDate{2036, 5, 13};
  add_dated(off, "The castle hotel is scheduled to reopen on 1 April 2038.", "1 April 2038", "2038-04-01");
  add_dated(off, "Building consent runs until 31 December 2036.", "31 December 2036", "2036-12-31");
  add_dated(off, "The spa will be finished by 30 June 2039.", "30 June 2039", "2039-06-30");
  auto verdict = [&](const std::string& date, const std::string& value) {
    return date_finding(off, "The castle hotel is due to reopen in " + date + ".", date, value).verdict;
  };
  CHECK(verdict("April 2037", "2037-04") == Verdict::kContradicted);
  CHECK(verdict("April 2040", "2040-04") == Verdict::kContradicted);
  CHECK(verdict("April 2041", "2041-04") == Verdict::kUnverified);
  // Another month, as far off: the same few words are not enough.
  CHECK(verdict("October 2037", "2037-10") == Verdict::kUnverified);
}

TEST_CASE("a quarter or half a year or two off the official one needs fewer shared words to contradict it") {
  TestDoc off;
  off.published = CivilDate{2039, 10, 20};
  add_dated(off, "The satellite is expected to start commercial service in the second quarter of 2040.",
            "the second quarter of 2040", "2040-Q2");
  add_dated(off, "Building consent runs until 31 December 2036.", "31 December 2036", "2036-12-31");
  add_dated(off, "The ground station will be finished by 30 June 2041.", "30 June 2041", "2041-06-30");
  auto verdict = [&](const std::string& date, const std::string& value) {
    return date_finding(off, "The satellite starts commercial service in " + date + ".", date, value).verdict;
  };
  CHECK(verdict("Q2 2041", "2041-Q2") == Verdict::kContradicted);
  CHECK(verdict("Q2 2040", "2040-Q2") == Verdict::kSupported);
  // Another quarter, as far off: the same few words are not enough.
  CHECK(verdict("Q4 2041", "2041-Q4") == Verdict::kUnverified);
}

TEST_CASE("one agreement end told twice, as a year and as a day of it, still holds a source end to it") {
  TestDoc off;
  off.published = CivilDate{2044, 8, 4};
  int s = off.sentence("The agreement runs until 2054.");
  off.date(s, "2054", "2054", "until");
  s = off.sentence("The naming-rights deal runs until 30 June 2054.");
  off.date(s, "30 June 2054", "2054-06-30", "until");
  add_background(off, 10);
  auto finding = [&](const std::string& year) {
    TestDoc cov;
    cov.published = CivilDate{2044, 8, 5};
    cov.date(cov.sentence("The deal, which runs until " + year + ", is the first of its kind."), year, year, "until");
    cov.sentence("Shares were flat.");
    return finding_for(run(off, cov), 0);
  };
  Finding f = finding("2056");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("agreement") != std::string::npos);
  f = finding("2054");
  CHECK(f.verdict == Verdict::kSupported);
}

TEST_CASE("a sum said per year against the same sum as the official total over the term is contradicted") {
  auto verdict = [](const std::string& official, const std::string& source) {
    TestDoc off;
    int s = off.sentence(official);
    off.figure(ClaimKind::kMoney, s, "R850 million", 850e6, "fund").currency = "ZAR";
    TestDoc cov;
    s = cov.sentence(source);
    cov.figure(ClaimKind::kMoney, s, "R850 million", 850e6, "fund").currency = "ZAR";
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    return fs[0].verdict;
  };
  const std::string fund = "Umoya will set up a supplier development fund of R850 million";
  CHECK(verdict(fund + ", to be spent over five years.", "Umoya will commit R850 million a year to the fund.") ==
        Verdict::kContradicted);
  CHECK(verdict(fund + " in total.", "Umoya will put R850 million per project per month into the fund.") ==
        Verdict::kContradicted);
  CHECK(verdict(fund + " a year.", "Umoya will commit R850 million annually to the fund.") != Verdict::kContradicted);
  CHECK(verdict(fund + " a year.", "Umoya will commit R850 million for the five-year term.") == Verdict::kContradicted);
  CHECK(verdict(fund + " a year.", "Umoya will commit R850 million for the year.") != Verdict::kContradicted);
  // History is no term: "over the past five years" says nothing of the new fund's period.
  CHECK(verdict(fund + ", as it did over the past five years.", "Umoya will commit R850 million a year to the fund.") !=
        Verdict::kContradicted);
  // A headline that gives the sum per no period does not shield a source's wrong one.
  {
    TestDoc off;
    int s = off.sentence("Umoya sets up R850 million supplier fund.");
    off.figure(ClaimKind::kMoney, s, "R850 million", 850e6, "fund").currency = "ZAR";
    s = off.sentence(fund + ", to be spent over five years.");
    off.figure(ClaimKind::kMoney, s, "R850 million", 850e6, "fund").currency = "ZAR";
    TestDoc cov;
    s = cov.sentence("Umoya will commit R850 million a year to the fund.");
    cov.figure(ClaimKind::kMoney, s, "R850 million", 850e6, "fund").currency = "ZAR";
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    CHECK(fs[0].verdict == Verdict::kContradicted);
  }
  // An amount of two or more significant digits is the official one though no words line them up.
  {
    TestDoc off;
    int s = off.sentence("The total of these payments shall be not less than US$3.2 million in any agreement year.");
    off.figure(ClaimKind::kMoney, s, "US$3.2 million", 3.2e6, "").currency = "USD";
    add_background(off, 6);
    TestDoc cov;
    s = cov.sentence("There is also a minimum payment of US$3.2 million over the three years.");
    cov.figure(ClaimKind::kMoney, s, "US$3.2 million", 3.2e6, "").currency = "USD";
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    CAPTURE(fs[0].reason);
    CHECK(fs[0].verdict == Verdict::kContradicted);
  }
  // A source that says no period is not held to one.
  CHECK(verdict(fund + ", to be spent over five years.", "Umoya will commit R850 million to the fund.") !=
        Verdict::kContradicted);
}

TEST_CASE("of two official dates the words line up about as well, the one the source's slips from is its event") {
  TestDoc off;
  off.published = CivilDate{2043, 6, 24};
  add_dated(off, "Commercial service on the Amatsu-9 satellite is expected to start on 1 October 2044.", "1 October 2044",
            "2044-10-01");
  add_dated(off,
            "If commercial service on the Amatsu-9 satellite has not started by 31 December 2045, either party may "
            "end the lease.",
            "31 December 2045", "2045-12-31");
  add_dated(off, "The fee was agreed on 2 May 2043 after talks in Tokyo.", "2 May 2043", "2043-05-02");
  for (int k = 1; k <= 8; ++k) {
    const std::string day = std::to_string(k) + " March 2043";
    add_dated(off, "Board meeting " + std::to_string(k) + " of the lessor was held on " + day + ".", day,
              "2043-03-0" + std::to_string(k));
  }
  auto finding = [&](const std::string& date, const std::string& value) {
    return date_finding(off, "Commercial service on the Amatsu-9 satellite will start " + date + ".", date, value);
  };
  const Finding slipped = finding("this October", "2043-10");
  CHECK(slipped.verdict == Verdict::kContradicted);
  REQUIRE(slipped.other.has_value());
  CHECK(off.claims[*slipped.other].value == "2044-10-01");
  // No slip to tell the two apart: no verdict.
  CHECK(finding("this November", "2043-11").verdict == Verdict::kUnverified);
}

TEST_CASE("a rise of percentage points told as a rise in per cent is contradicted") {
  TestDoc off;
  int s = off.sentence("Employer pension contributions will increase from 12% to 13.5% of pay on 1 January 2034.");
  off.figure(ClaimKind::kPercent, s, "12%", 12, "");
  off.figure(ClaimKind::kPercent, s, "13.5%", 13.5, "");
  s = off.sentence("The union dropped its claim for a shorter week.");
  for (const double rate : {3.2, 4.0, 2.5, 7.0, 9.5, 1.25}) {
    s = off.sentence("Another scheme pays " + std::to_string(rate) + "% to its members.");
    off.figure(ClaimKind::kPercent, s, std::to_string(rate) + "%", rate, "");
  }
  auto verdict = [&](const std::string& sentence, const std::string& fig, double value, const std::string& unit) {
    TestDoc cov;
    const int cs = cov.sentence(sentence);
    Claim& c = cov.figure(ClaimKind::kPercent, cs, fig, value, "");
    if (!unit.empty()) c.attrs["unit"] = unit;
    return finding_for(run(off, cov), 0).reason;
  };
  auto told_as_percent = [](const std::string& reason) { return reason.rfind("percentage points told as per cent", 0) == 0; };
  CHECK(told_as_percent(verdict("Employer pension contributions increase by 1.5 per cent from January.", "1.5 per cent", 1.5, "")));
  // A hedge of compare.json's change_hedges may stand between "by" and the figure.
  CHECK(told_as_percent(verdict("Employer pension contributions increase by approximately 1.5 per cent.", "1.5 per cent", 1.5, "")));
  CHECK_FALSE(told_as_percent(verdict("Employer pension contributions increase by 1.5 points from January.", "1.5 points", 1.5, "pp")));
  // 12% to 13.5% is a rise of 12.5 per cent: right as per cent.
  CHECK_FALSE(told_as_percent(verdict("Employer pension contributions increase by 12.5% from January.", "12.5%", 12.5, "")));
  // Two rates of one sentence compared: 65% is 30 points more than 35%, and 86 per cent more.
  TestDoc split;
  s = split.sentence("The fee is split with 65% going to Tawi Bank and 35% to Jumla Pay.");
  split.figure(ClaimKind::kPercent, s, "65%", 65, "");
  split.figure(ClaimKind::kPercent, s, "35%", 35, "");
  add_background(split, 4);
  for (const double rate : {3.2, 4.0, 2.5, 7.0, 9.5, 1.25}) {
    s = split.sentence("Another fee pays " + std::to_string(rate) + "% to agents.");
    split.figure(ClaimKind::kPercent, s, std::to_string(rate) + "%", rate, "");
  }
  auto compared = [&](const std::string& fig, double value) {
    TestDoc cov;
    const int cs = cov.sentence("Tawi Bank takes " + fig + " more of the fee than Jumla Pay.");
    cov.figure(ClaimKind::kPercent, cs, fig, value, "");
    return finding_for(run(split, cov), 0).reason;
  };
  CHECK(told_as_percent(compared("30 per cent", 30)));
}

TEST_CASE("two significant digits, one changed, slip from the official figure only with words in common") {
  TestDoc off;
  int s = off.sentence("Arbor will make an upfront payment of $60 million to Pellatrix.");
  off.figure(ClaimKind::kMoney, s, "$60 million", 60e6, "");
  s = off.sentence("Milestones of up to $410 million depend on regulatory approvals in Japan.");
  off.figure(ClaimKind::kMoney, s, "$410 million", 410e6, "");
  s = off.sentence("Royalties of 8% apply to net sales in the licensed territory.");
  off.figure(ClaimKind::kPercent, s, "8%", 8, "royalty");
  auto internal_count = [&](const std::string& second) {
    TestDoc cov;
    int c = cov.sentence("Pellatrix gets a $60 million upfront payment from Arbor.");
    cov.figure(ClaimKind::kMoney, c, "$60 million", 60e6, "");
    cov.sentence("Shares rose in early trading.");
    c = cov.sentence(second);
    cov.figure(ClaimKind::kMoney, c, "$65 million", 65e6, "");
    const auto fs = run(off, cov);
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; });
  };
  CHECK(internal_count("The $65 million upfront payment from Arbor is the key number.") == 1);
  // No words in common: two sums that happen to differ in one digit.
  CHECK(internal_count("Rival bidders had offered $65 million for the laboratory site.") == 0);
}

TEST_CASE("the official figure told with payer and payee the other way round is contradicted") {
  TestDoc off;
  int s = off.sentence("Brightmoor will pay Halvorsen a termination fee of $82 million.");
  off.term_with_money(s, "Brightmoor will pay Halvorsen", "payment", "brightmoor", "halvorsen", "$82 million", 82e6);
  s = off.sentence("Halvorsen will pay Brightmoor a reverse termination fee of $141 million if approvals fail.");
  off.term_with_money(s, "Halvorsen will pay Brightmoor", "payment", "halvorsen", "brightmoor", "$141 million", 141e6);
  auto figure_finding = [&](const std::string& text, const std::string& payer, const std::string& payee) {
    return payment_figure_finding(off, text, "payment", payer, payee, "$141mn", 141e6);
  };
  const Finding swapped = figure_finding("Brightmoor has agreed to pay Halvorsen $141mn should regulators block it.",
                                         "brightmoor", "halvorsen");
  CAPTURE(swapped.reason);
  CHECK(swapped.verdict == Verdict::kContradicted);
  CHECK(swapped.reason.find("direction") != std::string::npos);
  CHECK(figure_finding("Halvorsen has agreed to pay Brightmoor $141mn should regulators block it.", "halvorsen",
                       "brightmoor")
            .verdict == Verdict::kSupported);
  // A figure of another term's type is no swapped payment: a stake is no fee.
  TestDoc cov;
  const int cs = cov.sentence("Brightmoor takes a stake in Halvorsen worth $141mn.");
  cov.term_with_money(cs, "Brightmoor takes a stake in Halvorsen", "stake", "brightmoor", "halvorsen", "$141mn", 141e6);
  for (const auto& f : run(off, cov)) CHECK(f.reason.find("direction") == std::string::npos);
}

TEST_CASE("a payment told with one party on the wrong side flows backwards, whatever lined its value up") {
  TestDoc off;
  int s = off.sentence("Tessaro will pay Halcyra an upfront payment of $65 million within 30 days.");
  off.term_with_money(s, "Tessaro will pay Halcyra", "payment", "tessaro", "halcyra", "$65 million", 65e6);
  s = off.sentence("Headline: Tessaro to pay $65 million for Asian rights.");
  off.term_with_money(s, "Tessaro to pay", "payment", "tessaro", "", "$65 million", 65e6);
  auto finding = [&](const std::string& text, const std::string& type, const std::string& payer,
                     const std::string& payee) {
    return payment_figure_finding(off, text, type, payer, payee, "$65 million", 65e6);
  };
  // The payee named only, and it is the official payer.
  const Finding payee_only = finding("The cash: paying Tessaro $65 million upfront.", "payment", "", "tessaro");
  CAPTURE(payee_only.reason);
  CHECK(payee_only.verdict == Verdict::kContradicted);
  CHECK(payee_only.reason.find("direction") != std::string::npos);
  // The payer named only, and it is the official payee.
  CHECK(finding("Halcyra is paying $65 million upfront.", "payment", "halcyra", "").verdict == Verdict::kContradicted);
  // The payer named only, rightly.
  CHECK(finding("Tessaro is paying $65 million upfront.", "payment", "tessaro", "").verdict == Verdict::kSupported);
  // Both named the other way round, where the parties kept the value from lining up at all.
  CHECK(finding("Halcyra will receive $65 million from Tessaro.", "payment", "tessaro", "halcyra").verdict ==
        Verdict::kSupported);
  CHECK(finding("Halcyra is paying Tessaro $65 million upfront.", "payment", "halcyra", "tessaro").verdict ==
        Verdict::kContradicted);
  // One named side says nothing of the way a stake or a licence runs: their parties are read less surely.
  TestDoc off2;
  s = off2.sentence("Tessaro will take a stake of $65 million in Halcyra.");
  off2.term_with_money(s, "Tessaro will take a stake", "stake", "tessaro", "halcyra", "$65 million", 65e6);
  TestDoc cov;
  const int cs = cov.sentence("Halcyra takes a stake worth $65 million.");
  cov.term_with_money(cs, "Halcyra takes a stake", "stake", "", "halcyra", "$65 million", 65e6);
  for (const auto& f : run(off2, cov)) CHECK(f.reason.find("direction") == std::string::npos);
}

TEST_CASE("an official figure of the source's value in like words agrees though its parties were read otherwise") {
  TestDoc off;
  int s = off.sentence("Sargam Records and Tarang Music sign licence with minimum guarantee of Rs 1,150 crore.");
  off.term_with_money(s, "Tarang Music sign licence", "license", "tarang_music", "", "Rs 1,150 crore", 11.5e9).currency =
      "INR";
  s = off.sentence("The current licence carried a minimum guarantee of Rs 610 crore and expires in March.");
  off.figure(ClaimKind::kMoney, s, "Rs 610 crore", 6.1e9, "").currency = "INR";
  add_background(off, 8);
  TestDoc cov;
  s = cov.sentence("Sargam Records has signed a licence with Tarang Music carrying a minimum guarantee of Rs 1,150 crore.");
  cov.term_with_money(s, "Sargam Records has signed a licence with Tarang Music", "license", "sargam_records",
                      "tarang_music", "Rs 1,150 crore", 11.5e9)
      .currency = "INR";
  const Finding f = finding_for(run(off, cov), 1);
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kSupported);
  CHECK(f.other == 1u);
}

TEST_CASE("a level in basis points is a rate like any percent; basis points of a change stay points") {
  TestDoc off;
  int s = off.sentence("Altavia will receive a base fee of 14 basis points a year.");
  off.figure(ClaimKind::kPercent, s, "14 basis points", 0.14, "base fee").attrs["unit"] = "pp";
  s = off.sentence("Yields were cut by 5 basis points from preliminary pricing.");
  off.figure(ClaimKind::kPercent, s, "5 basis points", 0.05, "yield").attrs["unit"] = "pp";
  add_background(off, 6);
  auto finding = [&](const std::string& text, const std::string& fig, double value, const std::string& measure) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kPercent, cs, fig, value, measure);
    const Finding f = finding_for(run(off, cov), 0);
    CAPTURE(f.reason);
    return f.verdict;
  };
  CHECK(finding("Altavia will be paid a base fee of 1.4% a year.", "1.4%", 1.4, "base fee") == Verdict::kContradicted);
  CHECK(finding("Altavia will be paid a base fee of 0.14% a year.", "0.14%", 0.14, "base fee") == Verdict::kSupported);
  // A yield of 0.05% is no telling of a cut of 5 basis points.
  CHECK(finding("The yield was 0.05% on the day.", "0.05%", 0.05, "yield") != Verdict::kSupported);
}

TEST_CASE("a figure lined up by its term alone is outweighed by the same value said of anything officially") {
  auto finding_with = [](bool official_gives_value) {
    TestDoc off;
    int s = off.sentence("Employees on the lowest pay point currently earn £13.70 an hour.");
    off.term_with_money(s, "currently earn", "payment", "", "", "£13.70", 13.70);
    if (official_gives_value) {
      s = off.sentence("The minimum hourly rate for council staff will be £14.85 from April.");
      off.figure(ClaimKind::kMoney, s, "£14.85", 14.85, "staff");
    }
    add_background(off, 20);
    TestDoc cov;
    const int cs = cov.sentence("The lowest paid will see their hourly rate rise to £14.85.");
    cov.term(cs, "paid will see their hourly rate rise", "payment", "", "").attrs["figure"] = {{"text", "£14.85"}};
    cov.figure(ClaimKind::kMoney, cs, "£14.85", 14.85, "rate");
    for (const auto& f : run(off, cov))
      if (cov.claims[f.claim].kind == ClaimKind::kMoney) return f;
    FAIL("no finding on the figure");
    return Finding{};
  };
  const Finding alone = finding_with(false);
  CAPTURE(alone.reason);
  CHECK(alone.verdict == Verdict::kContradicted);  // the payment's only official figure
  const Finding elsewhere = finding_with(true);
  CAPTURE(elsewhere.reason);
  CHECK(elsewhere.verdict == Verdict::kUnverified);
  CHECK(elsewhere.reason.find("for something else") != std::string::npos);
}

TEST_CASE("list prices: a bare '$' is the paper's dollar, 'from' starts a price, a listed value is no error") {
  TestDoc off;
  int s = off.sentence("Introductory one-way economy fares start from A$399 for Adelaide-Singapore and A$249 for "
                       "Hobart-Auckland, including taxes.");
  off.figure(ClaimKind::kMoney, s, "A$399", 399, "").currency = "AUD";
  off.figure(ClaimKind::kMoney, s, "A$249", 249, "").currency = "AUD";
  add_background(off, 20);
  auto findings = [&](const std::string& text, const std::vector<std::pair<std::string, double>>& figures) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    for (const auto& [fig, v] : figures) cov.figure(ClaimKind::kMoney, cs, fig, v, "");
    cov.sentence("Shares were flat.");
    return run(off, cov);
  };
  // "$249" after "from" (a starting price, no change before it) in an
  // Australian paper is the official A$249; "$349" is the Singapore fare told wrong.
  auto fs = findings("One-way economy fares to Singapore start at $349 including taxes, with Hobart to Auckland "
                     "from $249.",
                     {{"$349", 349}, {"$249", 249}});
  REQUIRE(fs.size() == 2);
  CAPTURE(fs[0].reason);
  CAPTURE(fs[1].reason);
  CHECK(fs[0].verdict == Verdict::kContradicted);
  CHECK(fs[0].reason.find("A$399") != std::string::npos);
  CHECK(fs[1].verdict != Verdict::kContradicted);
  // Both told right, each beside the other: neither is taken for the other.
  fs = findings("Introductory fares go on sale, starting at $399 one-way to Singapore and $249 to Auckland, "
                "including taxes.",
                {{"$399", 399}, {"$249", 249}});
  for (const auto& f : fs) CHECK(f.verdict != Verdict::kContradicted);
  // A dollar named as another currency's is not the paper's own.
  fs = findings("One-way economy fares to Singapore start at US$349 including taxes.", {{"US$349", 349}});
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].verdict == Verdict::kUnverified);
}

TEST_CASE("a bare cent is the paper's own cent, as a bare '$' is its dollar") {
  TestDoc off;
  int s = off.sentence("The co-operative will pay a final dividend of 40 cents a share, taking the total to NZ$0.55.");
  off.figure(ClaimKind::kMoney, s, "40 cents", 0.4, "dividend").currency = "NZD";
  off.figure(ClaimKind::kMoney, s, "NZ$0.55", 0.55, "dividend").currency = "NZD";
  add_background(off, 20);
  auto finding_on = [&](const std::string& text, const std::string& fig) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kMoney, cs, fig, 0.4, "dividend");  // USD: no sign or figure names the dollar
    const auto fs = run(off, cov);
    REQUIRE(fs.size() == 1);
    return fs[0];
  };
  Finding f = finding_on("Farmers will get a final dividend of 40c a share.", "40c");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kSupported);
  CHECK(finding_on("Farmers will get a final dividend of 40 cents a share.", "40 cents").verdict == Verdict::kSupported);
  // Cents named as another country's are not the paper's own.
  f = finding_on("Farmers will get a final dividend of US40c a share.", "US40c");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("currency") == 0);
}

TEST_CASE("a threshold the official text gives as floor and ceiling allows any level") {
  auto level = [](bool both_sides) {
    TestDoc off;
    int s = off.sentence("The rate is 1.5% in any quarter in which the average copper price is below US$11,000 a tonne.");
    if (both_sides) off.figure(ClaimKind::kMoney, s, "US$11,000", 11000, "", "upper_bound");
    s = off.sentence("The rate is 2.25% in any quarter in which the average copper price is at or above US$11,000 a tonne.");
    off.figure(ClaimKind::kMoney, s, "US$11,000", 11000, "", "lower_bound");
    add_background(off, 20);
    return figure_finding(off, "Copper traded at about US$10,400 a tonne in the quarter, below the average price that sets the rate.",
                          ClaimKind::kMoney, "US$10,400", 10400, "", "approx");
  };
  const Finding one_sided = level(false), threshold = level(true);
  CAPTURE(one_sided.reason);
  CAPTURE(threshold.reason);
  // A floor alone is a level the price is said to reach; with the ceiling beside it, a threshold.
  CHECK(one_sided.verdict == Verdict::kContradicted);
  CHECK(threshold.verdict != Verdict::kContradicted);
}

TEST_CASE("a distinctive sum the official text gives once, in another currency, is the currency told wrong") {
  TestDoc off;
  int s = off.sentence("Total value: R$6.1 billion over five seasons.");
  off.figure(ClaimKind::kMoney, s, "R$6.1 billion", 6.1e9, "").currency = "BRL";
  s = off.sentence("The league keeps a reserve of R$1 billion for the clubs.");
  off.figure(ClaimKind::kMoney, s, "R$1 billion", 1e9, "").currency = "BRL";
  s = off.sentence("Exports reached 560 billion Chilean pesos in the year.");
  off.figure(ClaimKind::kMoney, s, "560 billion Chilean pesos", 560e9, "").currency = "CLP";
  add_background(off, 20);
  auto finding_on = [&](const std::string& text, const std::string& fig, double value, const std::string& currency) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kMoney, cs, fig, value, "").currency = currency;
    cov.sentence("Shares were flat.");
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    return fs[0];
  };
  // No word shared with the official sentence: the number, two digits and given once, is enough.
  Finding f = finding_on("StreamaBR has paid US$6.1 billion for Package A.", "US$6.1 billion", 6.1e9, "USD");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("currency") == 0);
  // A round sum recurs by chance.
  CHECK(finding_on("StreamaBR has raised US$1 billion in debt.", "US$1 billion", 1e9, "USD").verdict !=
        Verdict::kContradicted);
  // A currency word several countries share is the extractor's guess, not the writer's.
  CHECK(finding_on("The miner paid 560 billion pesos in taxes.", "560 billion pesos", 560e9, "MXN").verdict !=
        Verdict::kContradicted);
}

TEST_CASE("an unnamed figure whose digits slip from an official one is contradicted on little shared context") {
  TestDoc off;
  int s = off.sentence("Brightwave will pay the league a total guaranteed minimum of US$595 million over the term.");
  off.figure(ClaimKind::kMoney, s, "US$595 million", 595e6, "");
  s = off.sentence("The league keeps its radio rights, worth about $40 million.");
  off.figure(ClaimKind::kMoney, s, "$40 million", 40e6, "", "approx");
  add_background(off, 20);
  auto finding_on = [&](const std::string& text, const std::string& fig, double value) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kMoney, cs, fig, value, "");
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    return fs[0];
  };
  Finding f = finding_on("The league gets a guaranteed floor of $5.95 billion.", "$5.95 billion", 5.95e9);
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("another power of ten") != std::string::npos);
  CHECK(f.reason.find("US$595 million") != std::string::npos);
  f = finding_on("The league gets a guaranteed floor of $559 million.", "$559 million", 559e6);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("digits transposed") != std::string::npos);
  // The same weak context without a slip says nothing.
  CHECK(finding_on("The league gets a guaranteed floor of $480 million.", "$480 million", 480e6).verdict ==
        Verdict::kUnverified);
  // A slip with no word in common is chance.
  CHECK(finding_on("Shares of the company closed at $5.95.", "$5.95", 5.95).verdict == Verdict::kUnverified);
}

TEST_CASE("an unnamed money or percentage figure contradicts at figure_contradict, below what counts need") {
  TestDoc off;
  int s = off.sentence("A release clause of €120 million is included in the contract.");
  off.figure(ClaimKind::kMoney, s, "€120 million", 120e6, "");
  add_background(off, 24);
  TestDoc cov;
  s = cov.sentence("The striker secured a release clause of €100m.");
  cov.figure(ClaimKind::kMoney, s, "€100m", 100e6, "");
  CHECK(shipped_options().figure_contradict < shipped_options().context_contradict);
  const auto fs = run(off, cov);
  REQUIRE(fs.size() == 1);
  CAPTURE(fs[0].reason);
  CHECK(fs[0].verdict == Verdict::kContradicted);
  CHECK(fs[0].reason.find("figure by its context (clause, release)") != std::string::npos);
  // The same two shared words would not be enough at the counts' threshold.
  CompareOptions strict = shipped_options();
  strict.figure_contradict = strict.context_contradict;
  CHECK(compare_document(off.view(), cov.view(), strict)[0].verdict == Verdict::kUnverified);
}

TEST_CASE("a percentage a power of ten from an official one is a slip only on the words of a match") {
  TestDoc off;
  int s = off.sentence("The founders together own 62% of the shares.");
  off.figure(ClaimKind::kPercent, s, "62%", 62, "");
  add_background(off, 20);
  auto verdict_on = [&](const std::string& text) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kPercent, cs, "6.2%", 6.2, "");
    const auto fs = run(off, cov);
    REQUIRE(fs.size() == 1);
    return fs[0].verdict;
  };
  // One word in common: percentages are so often each other's tenth that this is chance.
  CHECK(verdict_on("Nordkaap shares rose 6.2% by noon.") == Verdict::kUnverified);
  CHECK(verdict_on("The founders together own 6.2% of the shares.") == Verdict::kContradicted);
}

TEST_CASE("one official figure contradicted by one telling and agreed with by another: the document tells it two ways") {
  TestDoc off;
  int s = off.sentence("Borealis must give every prepaid customer a service credit of $20.");
  off.figure(ClaimKind::kMoney, s, "$20", 20, "");
  add_background(off, 24);
  auto internal_on = [&](const std::string& right_sentence) -> std::optional<Finding> {
    TestDoc cov;
    int cs = cov.sentence("Borealis must give every prepaid customer a service credit of $35.");
    cov.figure(ClaimKind::kMoney, cs, "$35", 35, "");
    cs = cov.sentence(right_sentence);
    cov.figure(ClaimKind::kMoney, cs, "$20", 20, "");
    const auto fs = run(off, cov);
    CHECK(finding_for(fs, 0).verdict == Verdict::kContradicted);
    CHECK(finding_for(fs, 1).verdict == Verdict::kSupported);
    for (const auto& f : fs)
      if (f.verdict == Verdict::kInternal) return f;
    return std::nullopt;
  };
  // $35 and $20 do not slip, so only the official figure ties the two together.
  const auto f = internal_on("Each prepaid customer gets the $20 service credit on the next bill.");
  REQUIRE(f.has_value());
  CHECK(f->claim == 0);
  REQUIRE(f->other.has_value());
  CHECK(*f->other == 1);
  CHECK(f->reason == "told two ways: '$35' here, '$20' elsewhere, as the official '$20'");
  // An agreeing telling with too few words in common may be another thing.
  CHECK_FALSE(internal_on("Borealis must give $20 to each of them.").has_value());
}

TEST_CASE("a negation in the term's own word contradicts a plain official term, unless officially said of another") {
  auto verdict_on = [](bool in_word, bool other_party_non_exclusive) {
    TestDoc off;
    int s = off.sentence("Halvard grants Sumikawa an exclusive licence for Japan.");
    off.term(s, "exclusive licence", "exclusivity", "halvard", "sumikawa");
    if (other_party_non_exclusive) {
      s = off.sentence("The licence granted to Corvel for Europe is non-exclusive.");
      off.term(s, "non-exclusive", "exclusivity", "halvard", "corvel", "negative").attrs["negation"] = "in_word";
    }
    add_background(off, 10);
    TestDoc cov;
    s = cov.sentence("The deal gives Sumikawa a non-exclusive licence for Japan.");
    Claim& c = cov.term(s, "Sumikawa a non-exclusive", "exclusivity", "", "sumikawa", "negative");
    if (in_word) c.attrs["negation"] = "in_word";
    const auto fs = run(off, cov);
    REQUIRE(fs.size() == 1);
    CAPTURE(fs[0].reason);
    return fs[0].verdict;
  };
  CHECK(verdict_on(true, false) == Verdict::kContradicted);
  // A bare "not" may belong to another verb of the clause: not clear enough.
  CHECK(verdict_on(false, false) == Verdict::kUnverified);
  // The official text calls another party's licence non-exclusive: the source may mean that one.
  CHECK(verdict_on(true, true) == Verdict::kUnverified);
}

TEST_CASE("a bound is held to the official bound its words point to, not to a value it merely holds") {
  auto finding_on = [](bool official_cap) {
    TestDoc off;
    int s = off.sentence("Late delivery: liquidated damages of 0.5% of the value of the late consignment per week" +
                         std::string(official_cap ? ", capped at 10% of that consignment's value." : "."));
    off.figure(ClaimKind::kPercent, s, "0.5%", 0.5, "");
    if (official_cap) off.figure(ClaimKind::kPercent, s, "10%", 10, "", "upper_bound");
    add_background(off, 20);
    TestDoc cov;
    const int cs = cov.sentence("Liquidated damages run at 0.5% of the late consignment's value per week, capped at 15%.");
    cov.figure(ClaimKind::kPercent, cs, "0.5%", 0.5, "");
    cov.figure(ClaimKind::kPercent, cs, "15%", 15, "", "upper_bound");
    const Finding f = finding_for(run(off, cov), 1);
    CAPTURE(f.reason);
    return f.verdict;
  };
  CHECK(finding_on(true) == Verdict::kContradicted);  // a cap of 15% for the official cap of 10%
  CHECK(finding_on(false) != Verdict::kContradicted);  // no official cap: 0.5% a week may well stop at 15%
}

TEST_CASE("a floor told for an official ceiling at the same amount contradicts it; tiers meeting there do not") {
  TestDoc off;
  int s = off.sentence("Sumikawa will contribute to trial costs, with its total contribution capped at USD 40 million.");
  off.figure(ClaimKind::kMoney, s, "USD 40 million", 40e6, "contribution", "upper_bound");
  s = off.sentence("The royalty is 10% on sales up to $200 million and 15% on sales above US$200 million.");
  off.figure(ClaimKind::kMoney, s, "$200 million", 200e6, "sales", "upper_bound");
  off.figure(ClaimKind::kMoney, s, "US$200 million", 200e6, "sales", "lower_bound");
  add_background(off, 20);
  auto finding_on = [&](const std::string& text, const std::string& fig, double value, const std::string& approx) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kMoney, cs, fig, value, "contribution", approx);
    if (text.find("sales") != std::string::npos) cov.claims.back().attrs["measure"] = "sales";
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    return fs[0];
  };
  const Finding wrong = finding_on("Sumikawa contributes at least $40m of the trial costs.", "$40m", 40e6, "lower_bound");
  CHECK(wrong.verdict == Verdict::kContradicted);
  CHECK(wrong.reason ==
        "bound turned around: official 'USD 40 million' is a ceiling (at most), source '$40m' a floor (at least)");
  CHECK(finding_on("Sumikawa contributes up to $40m of the trial costs.", "$40m", 40e6, "upper_bound").verdict ==
        Verdict::kSupported);
  // Below the cap a floor may be true: no contradiction from the bound.
  CHECK(finding_on("Sumikawa contributes at least $30m of the trial costs.", "$30m", 30e6, "lower_bound").verdict !=
        Verdict::kContradicted);
  // Official tiers bound $200 million both ways: "above $200 million" is the upper tier, not a cap turned around.
  CHECK(finding_on("The top rate applies to sales above $200 million.", "$200 million", 200e6, "lower_bound").verdict ==
        Verdict::kSupported);
}

TEST_CASE("a floor told where the official sentence gives a floor and a cap is held to the official floor") {
  TestDoc off;
  const int s = off.sentence(
      "From 1 August rent will be indexed annually to CPI, with each annual increase subject to a floor of 1 per cent "
      "and a cap of 4 per cent.");
  off.figure(ClaimKind::kPercent, s, "1 per cent", 1, "", "lower_bound");
  off.figure(ClaimKind::kPercent, s, "4 per cent", 4, "", "upper_bound");
  add_background(off, 20);
  auto finding_on = [&](const std::string& fig, double value, const std::string& approx) {
    return figure_finding(off, "After that the rent is linked to CPI, with annual increases subject to a minimum of " + fig + ".",
                          ClaimKind::kPercent, fig, value, "", approx);
  };
  const Finding wrong = finding_on("4 per cent", 4, "lower_bound");
  CHECK(wrong.verdict == Verdict::kContradicted);
  CHECK(wrong.reason.find("official a floor (at least) '1 per cent' beside a ceiling (at most) '4 per cent'") !=
        std::string::npos);
  CHECK(finding_on("1 per cent", 1, "lower_bound").verdict == Verdict::kSupported);
}

TEST_CASE("a level an official floor allows is no contradiction of it; one below the floor is") {
  TestDoc off;
  const int s = off.sentence("The price is set by a formula linked to the SC6 index, subject to a floor of US$950/dmt.");
  off.figure(ClaimKind::kMoney, s, "US$950", 950, "", "lower_bound");
  add_background(off, 20);
  auto verdict_on = [&](const std::string& fig, double value) {
    return figure_finding(off, "The SC6 index price under the formula is around " + fig + "/dmt.", ClaimKind::kMoney, fig,
                          value, "", "approx")
        .verdict;
  };
  CHECK(verdict_on("US$1,300", 1300) != Verdict::kContradicted);
  CHECK(verdict_on("US$800", 800) == Verdict::kContradicted);
}

TEST_CASE("a payer told wrong where neither side names a payee is found by the words around the two") {
  TestDoc off;
  int s = off.sentence("An independent monitor, appointed by the Authority and paid for by Harbourlink, will review "
                       "the surcharge calculations for three years.");
  off.term(s, "paid for by Harbourlink", "payment", "harbourlink", "");
  s = off.sentence("The Department will fund a grant for new buses.");
  off.term(s, "fund a grant", "payment", "department", "");
  add_background(off, 20);
  auto finding_on = [&](const std::string& payer, const std::string& id) {
    TestDoc cov;
    const int cs = cov.sentence("An independent monitor, paid for by " + payer +
                                ", will check the surcharge calculations for three years.");
    cov.term(cs, "paid for by " + payer, "payment", id, "");
    const Finding f = finding_for(run(off, cov), 0);
    CAPTURE(f.reason);
    return f;
  };
  const Finding wrong = finding_on("the Authority", "authority");
  CHECK(wrong.verdict == Verdict::kContradicted);
  CHECK(wrong.reason.find("official harbourlink, source authority") != std::string::npos);
  CHECK(finding_on("Harbourlink", "harbourlink").verdict == Verdict::kSupported);
}

TEST_CASE("a figure the official text gives for another item, told of an item its words point to, is swapped") {
  TestDoc off;
  int s = off.sentence("Phase one, the Kuantan port spur, will cost RM4.26 billion.");
  off.figure(ClaimKind::kMoney, s, "RM4.26 billion", 4.26e9, "");
  s = off.sentence("The Gemas extension of the coastal line will cost RM2.6 billion.");
  off.figure(ClaimKind::kMoney, s, "RM2.6 billion", 2.6e9, "");
  add_background(off, 20);
  auto finding_on = [&](const std::string& fig, double value, const std::string& more = "") {
    TestDoc cov;
    const int cs = cov.sentence("The Gemas extension of the coastal line will cost " + fig + more + ".");
    cov.figure(ClaimKind::kMoney, cs, fig, value, "");
    if (!more.empty()) cov.figure(ClaimKind::kMoney, cs, "RM1 billion", 1e9, "");
    const Finding f = finding_for(run(off, cov), 0);
    CAPTURE(f.reason);
    return f;
  };
  const Finding swapped = finding_on("RM4.26 billion", 4.26e9);
  CHECK(swapped.verdict == Verdict::kContradicted);
  CHECK(swapped.reason.find("the official 'RM4.26 billion' is another item's") != std::string::npos);
  CHECK(finding_on("RM2.6 billion", 2.6e9).verdict == Verdict::kSupported);
  // In a list of values the phrases are split less surely: not held swapped.
  CHECK(finding_on("RM4.26 billion", 4.26e9, " and the depot RM1 billion").verdict != Verdict::kContradicted);
  // A value the official text repeats is an item the source may well mean.
  TestDoc twice = off;
  s = twice.sentence("Of the total, RM4.26 billion is due in the first year.");
  twice.figure(ClaimKind::kMoney, s, "RM4.26 billion", 4.26e9, "");
  TestDoc cov;
  const int cs = cov.sentence("The Gemas extension of the coastal line will cost RM4.26 billion.");
  cov.figure(ClaimKind::kMoney, cs, "RM4.26 billion", 4.26e9, "");
  const Finding repeated = finding_for(run(twice, cov), 0);
  CAPTURE(repeated.reason);
  CHECK(repeated.verdict != Verdict::kContradicted);
}

TEST_CASE("a ceiling told at the amount of the official floor beside the official ceiling is a bound turned around") {
  TestDoc off;
  const int s = off.sentence("Prices follow the Thai export index, subject to a floor of US$520 per ton and a ceiling "
                             "of US$640 per ton.");
  off.figure(ClaimKind::kMoney, s, "US$520", 520, "price", "lower_bound");
  off.figure(ClaimKind::kMoney, s, "US$640", 640, "price", "upper_bound");
  add_background(off, 20);
  auto finding_on = [&](const std::string& fig, double value) {
    return figure_finding(off, "Prices follow the Thai export index, capped at a ceiling of " + fig + " a tonne.",
                          ClaimKind::kMoney, fig, value, "price", "upper_bound");
  };
  const Finding wrong = finding_on("US$520", 520);
  CHECK(wrong.verdict == Verdict::kContradicted);
  CHECK(wrong.reason.find("bound turned around: official 'US$520' is a floor (at least)") != std::string::npos);
  CHECK(finding_on("US$640", 640).verdict == Verdict::kSupported);
}

TEST_CASE("a slip needs a value the official text does not give, and a figure not rounded to another power of ten") {
  TestDoc off;
  int s = off.sentence("Harcourt will pay the club a guaranteed minimum of £42 million over the term.");
  off.figure(ClaimKind::kMoney, s, "£42 million", 42e6, "");
  s = off.sentence("A tenth of that money, £4.2 million, goes to the Castlebridge community trust.");
  off.figure(ClaimKind::kMoney, s, "£4.2 million", 4.2e6, "");
  s = off.sentence("Serious side effects: 3% of patients on the 15 mg dose and 1.5% on placebo.");
  off.figure(ClaimKind::kPercent, s, "3%", 3, "");
  off.figure(ClaimKind::kPercent, s, "1.5%", 1.5, "");
  add_background(off, 20);
  auto verdict_on = [&](ClaimKind kind, const std::string& text, const std::string& fig, double value,
                        const std::string& approx = "") {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(kind, cs, fig, value, "", approx);
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    return fs[0].verdict;
  };
  // £42m is the official total, not its tenth mistyped.
  CHECK(verdict_on(ClaimKind::kMoney, "The Castlebridge community trust lands £42m.", "£42m", 42e6) !=
        Verdict::kContradicted);
  CHECK(verdict_on(ClaimKind::kMoney, "The Castlebridge community trust lands £420m.", "£420m", 420e6) ==
        Verdict::kContradicted);
  // "about 15%" rounds some other figure; a bare 15% may be 1.5% mistyped.
  CHECK(verdict_on(ClaimKind::kPercent, "Side effects hit about 15% on placebo.", "15%", 15, "approx") !=
        Verdict::kContradicted);
  CHECK(verdict_on(ClaimKind::kPercent, "Side effects hit 15% on placebo.", "15%", 15) == Verdict::kContradicted);
}

TEST_CASE("another currency, another measure word, an appositive's hedge") {
  TestDoc off;
  int s = off.sentence("The Commission has fined Velmora EUR 1,384,250,000 for abusing its dominant position in smart TV systems.");
  off.figure(ClaimKind::kMoney, s, "EUR 1,384,250,000", 1384250000, "").currency = "EUR";
  s = off.sentence("The notes pay a fixed coupon of 10.85% per annum.");
  off.figure(ClaimKind::kPercent, s, "10.85%", 10.85, "coupon");
  s = off.sentence("The budget includes a contingency reserve equal to 12 percent of the total.");
  off.figure(ClaimKind::kPercent, s, "12 percent", 12, "");
  add_background(off, 20);
  auto finding_on = [&](ClaimKind kind, const std::string& text, const std::string& fig, double value,
                        const std::string& measure, const std::string& currency = "USD") {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(kind, cs, fig, value, measure).currency = kind == ClaimKind::kMoney ? currency : "";
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    return fs[0];
  };
  // The fine's number in dollars: the wrong currency.
  Finding f = finding_on(ClaimKind::kMoney, "Velmora was hit with a $1.38 billion fine for abusing its dominant position.",
                         "$1.38 billion", 1.38e9, "fine");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("currency") == 0);
  // The number in euros is the fine; a converted dollar figure is another number.
  CHECK(finding_on(ClaimKind::kMoney, "Velmora was hit with a 1.38 billion euro fine for abusing its dominant position.",
                   "1.38 billion euro", 1.38e9, "fine", "EUR")
            .verdict != Verdict::kContradicted);
  CHECK(finding_on(ClaimKind::kMoney, "Velmora was hit with a $1.5 billion fine for abusing its dominant position.",
                   "$1.5 billion", 1.5e9, "fine")
            .verdict != Verdict::kContradicted);
  // Another measure word: compared only when the digits swap.
  CHECK(finding_on(ClaimKind::kPercent, "The seven-year notes were priced at a fixed 10.58%.", "10.58%", 10.58, "price")
            .verdict == Verdict::kContradicted);
  CHECK(finding_on(ClaimKind::kPercent, "The seven-year notes were priced at a fixed 10.5%.", "10.5%", 10.5, "price")
            .verdict == Verdict::kUnverified);
  // An analyst in an appositive after the figure does not hedge it.
  f = finding_on(ClaimKind::kPercent,
                 "The authority has set aside a contingency reserve equal to 21 percent of the total, a buffer that "
                 "one analyst described as generous.",
                 "21 percent", 21, "");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  // Nor does an analyst in an aside after a spaced dash; before it, in the figure's clause, one does.
  f = finding_on(ClaimKind::kPercent,
                 "The authority has set aside a contingency reserve equal to 21 percent of the total - a buffer "
                 "analysts said was generous.",
                 "21 percent", 21, "");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(finding_on(ClaimKind::kPercent,
                   "Analysts said the authority has set aside a contingency reserve equal to 21 percent of the total.",
                   "21 percent", 21, "")
            .verdict == Verdict::kUnverified);
}

TEST_CASE("two figures the official text also gives are two things, not internal") {
  TestDoc off;
  int s = off.sentence("The deposit facility rate will be 1.75%.");
  off.figure(ClaimKind::kPercent, s, "1.75%", 1.75, "rate");
  s = off.sentence("The main refinancing rate will be 1.90%.");
  off.figure(ClaimKind::kPercent, s, "1.90%", 1.9, "rate");
  TestDoc cov;
  s = cov.sentence("The ECB cut its deposit rate to 1.75 percent.");
  cov.figure(ClaimKind::kPercent, s, "1.75 percent", 1.75, "rate");
  s = cov.sentence("The refinancing rate falls to 1.90 percent.");
  cov.figure(ClaimKind::kPercent, s, "1.90 percent", 1.9, "rate");
  for (const auto& f : run(off, cov)) CHECK(f.verdict != Verdict::kInternal);
  // Values the official text does not give are still one thing said twice.
  s = cov.sentence("Its deposit rate is now 1.57 percent.");
  cov.figure(ClaimKind::kPercent, s, "1.57 percent", 1.57, "rate");
  const auto fs = run(off, cov);
  CHECK(std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.verdict == Verdict::kInternal; }) >= 1);
}

TEST_CASE("a measure word does not contradict a value the official text gives unnamed") {
  TestDoc off;
  int s = off.sentence("Headline inflation is projected to average 2.3% in 2027.");
  off.figure(ClaimKind::kPercent, s, "2.3%", 2.3, "inflation");
  s = off.sentence("Excluding energy and food, prices are projected to rise 2.4% in 2027.");
  off.figure(ClaimKind::kPercent, s, "2.4%", 2.4, "");
  s = off.sentence("The bank holds a revenue share of 10%.");
  off.figure(ClaimKind::kPercent, s, "10%", 10, "revenue share");
  s = off.sentence("It takes a 5% stake.");
  off.figure(ClaimKind::kPercent, s, "5%", 5, "stake");
  TestDoc cov;
  s = cov.sentence("Core inflation is forecast at 2.4 percent.");
  cov.figure(ClaimKind::kPercent, s, "2.4 percent", 2.4, "inflation");
  s = cov.sentence("It takes a 10% stake.");
  cov.figure(ClaimKind::kPercent, s, "10%", 10, "stake");
  const auto fs = run(off, cov);
  REQUIRE(fs.size() >= 2);
  CHECK(fs[0].verdict == Verdict::kUnverified);
  CHECK(fs[0].reason.find("gives '2.4 percent' for something else") != std::string::npos);
  CHECK(fs[1].verdict == Verdict::kContradicted);  // the official 10% is a revenue share, named as such
}

TEST_CASE("a measure names a family: a differing figure of it with no word in common is another member") {
  TestDoc off;
  int s = off.sentence("The standard VAT rate will increase from 15% to 16.5% from 1 January 2032.");
  off.figure(ClaimKind::kPercent, s, "16.5%", 16.5, "rate");
  add_background(off, 20);
  auto finding_on = [&](const std::string& text, const std::string& fig, double value) {
    TestDoc cov;
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kPercent, cs, fig, value, "rate");
    const auto fs = run(off, cov);
    REQUIRE(fs.size() == 1);
    return fs[0];
  };
  Finding f = finding_on("The package implies debt relief at a 10% exit yield.", "10%", 10);
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kUnverified);
  CHECK(f.reason.find("share no words") != std::string::npos);
  f = finding_on("The VAT rate goes up to 17.5%.", "17.5%", 17.5);
  CHECK(f.verdict == Verdict::kContradicted);
  // A slip of the digits is evidence of its own.
  CHECK(finding_on("Bond investors expect 61.5% next year.", "61.5%", 61.5).verdict == Verdict::kContradicted);
}

TEST_CASE("'about' stretches a figure only as far as its digits allow; history is not the announced figure") {
  TestDoc off;
  off.published = CivilDate{2027, 10, 20};
  int s = off.sentence("Gross proceeds are expected to be approximately $648 million.");
  off.figure(ClaimKind::kMoney, s, "$648 million", 648e6, "proceeds", "approx");
  s = off.sentence("Lumora will have a market capitalization of approximately $5.1 billion.");
  off.figure(ClaimKind::kMoney, s, "$5.1 billion", 5.1e9, "valuation", "approx");
  auto verdict_on = [&](const std::string& text, const std::string& fig, double value, const std::string& measure,
                        const std::string& approx, const std::string& year = "") {
    TestDoc cov;
    cov.published = CivilDate{2027, 10, 20};
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kMoney, cs, fig, value, measure, approx);
    if (!year.empty()) cov.date(cs, year, year);
    const auto fs = run(off, cov);
    REQUIRE(!fs.empty());
    CAPTURE(fs[0].reason);
    return fs[0].verdict;
  };
  CHECK(verdict_on("It raised about $684 million.", "$684 million", 684e6, "proceeds", "approx") == Verdict::kContradicted);
  CHECK(verdict_on("It raised about $650 million.", "$650 million", 650e6, "proceeds", "approx") == Verdict::kSupported);
  CHECK(verdict_on("It raised $640 million.", "$640 million", 640e6, "proceeds", "") == Verdict::kSupported);
  CHECK(verdict_on("It is valued at $5.6 billion.", "$5.6 billion", 5.6e9, "valuation", "") == Verdict::kContradicted);
  CHECK(verdict_on("It is valued at about $5 billion.", "$5 billion", 5e9, "valuation", "approx") == Verdict::kSupported);
  // A valuation the source dates two years before the announcement.
  CHECK(verdict_on("In 2025 it was valued at $3.2 billion.", "$3.2 billion", 3.2e9, "valuation", "", "2025") ==
        Verdict::kUnverified);
}

// A document of one sentence holding `figures` (text, value), all measuring
// revenue: a figure whose text has '%' is a percentage, any other money.
TestDoc revenue_sentence(const std::string& text, const std::vector<std::pair<std::string, double>>& figures) {
  TestDoc d;
  const int s = d.sentence(text);
  for (const auto& [fig, value] : figures)
    d.figure(fig.find('%') != std::string::npos ? ClaimKind::kPercent : ClaimKind::kMoney, s, fig, value, "revenue");
  return d;
}

TEST_CASE("an old level is compared only with an old level; a range's start is no old level") {
  const TestDoc off = revenue_sentence("Sales rose 6.2% to $1.45 billion from $1.37 billion.",
                                       {{"6.2%", 6.2}, {"$1.45 billion", 1.45e9}, {"$1.37 billion", 1.37e9}});
  auto finding_on = [&](const std::string& text, const std::string& fig, double value) {
    const auto fs = run(off, revenue_sentence(text, {{fig, value}}));
    REQUIRE(!fs.empty());
    CAPTURE(fs[0].reason);
    return fs[0];
  };
  // "from $1.29 billion" is the old level: the official old level is $1.37 billion.
  Finding f = finding_on("Sales climbed to $1.5 billion from $1.29 billion.", "$1.29 billion", 1.29e9);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("$1.37 billion") != std::string::npos);
  CHECK(finding_on("Sales climbed to $1.5 billion from $1.37 billion.", "$1.37 billion", 1.37e9).verdict ==
        Verdict::kSupported);
  // As the current level it differs from the official one, but the official
  // text gives that very value as the old level: not flagged.
  f = finding_on("Sales are now $1.37 billion.", "$1.37 billion", 1.37e9);
  CHECK(f.verdict == Verdict::kUnverified);
  CHECK(f.reason.find("'$1.45 billion'") != std::string::npos);
  CHECK(f.reason.find("for something else") != std::string::npos);
  CHECK(finding_on("Sales are now $1.39 billion.", "$1.39 billion", 1.39e9).verdict == Verdict::kContradicted);
  // "from X to Y" is a range: X is no old level.
  CHECK(finding_on("Sales will range from $1.45 billion to $1.6 billion.", "$1.45 billion", 1.45e9).verdict ==
        Verdict::kSupported);
}

TEST_CASE("amounts far apart, and figures said beside them, are taken for other quantities") {
  const TestDoc off = revenue_sentence("Revenue rose 15% to $2.17 billion from $1.89 billion.",
                                       {{"15%", 15}, {"$2.17 billion", 2.17e9}, {"$1.89 billion", 1.89e9}});
  auto findings_on = [&](const std::string& text, const std::vector<std::pair<std::string, double>>& figures) {
    return run(off, revenue_sentence(text, figures));
  };
  // A division's revenue: its amount is far from the group's, so its growth is another quantity too.
  auto fs = findings_on("The unit's revenue rose 21% to $243.4 million.", {{"21%", 21}, {"$243.4 million", 243.4e6}});
  REQUIRE(fs.size() == 2);
  CAPTURE(fs[0].reason);
  CAPTURE(fs[1].reason);
  CHECK(fs[0].verdict == Verdict::kUnverified);
  CHECK(fs[0].reason.find("is said of '$2.17 billion'") != std::string::npos);
  CHECK(fs[1].verdict == Verdict::kUnverified);
  CHECK(fs[1].reason.find("far from it in size") != std::string::npos);
  // The same amount beside another growth figure: that figure is wrong.
  fs = findings_on("Revenue rose 12% to $2.17 billion.", {{"12%", 12}, {"$2.17 billion", 2.17e9}});
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].verdict == Verdict::kContradicted);
  CHECK(fs[1].verdict == Verdict::kSupported);
  // Far apart, but a slip of the digits: the figure mistyped.
  fs = findings_on("Revenue reached $21.7 billion.", {{"$21.7 billion", 21.7e9}});
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].verdict == Verdict::kContradicted);
  CHECK(fs[0].reason.find("scale error") != std::string::npos);
}

TEST_CASE("a change is no level, overlapping periods are one time, a month alone names no day") {
  TestDoc off;
  off.published = CivilDate{2028, 8, 3};
  int s = off.sentence("Corvane announced today that revenue was $2.47 billion.");
  off.date(s, "today", "2028-08-03");
  off.figure(ClaimKind::kMoney, s, "$2.47 billion", 2.47e9, "revenue");
  s = off.sentence("It expects restructuring charges of approximately $65 million in the second half of 2028.");
  off.figure(ClaimKind::kMoney, s, "$65 million", 65e6, "cost", "approx");
  off.date(s, "the second half of 2028", "2028-H2");
  TestDoc cov;
  cov.published = CivilDate{2028, 8, 4};
  s = cov.sentence("Full-year sales will be $10.2 billion, up $200 million from the previous range.");
  cov.figure(ClaimKind::kMoney, s, "$200 million", 200e6, "revenue");
  s = cov.sentence("It will book restructuring charges of about $65 million in the July-December period.");
  cov.figure(ClaimKind::kMoney, s, "$65 million", 65e6, "cost", "approx");
  cov.date(s, "July", "2028-07");
  cov.date(s, "December", "2028-12");
  const auto fs = run(off, cov);
  CHECK(finding_for(fs, 0).verdict == Verdict::kUnverified);  // "up $200 million" is no revenue level
  CHECK(finding_for(fs, 1).verdict == Verdict::kSupported);   // July-December lies in the second half
  CAPTURE(finding_for(fs, 2).reason);
  CHECK(finding_for(fs, 2).verdict != Verdict::kContradicted);  // "July" near "restructuring" is no announcement day
  // A hedge between the change word and the figure leaves it a change.
  TestDoc hedged;
  s = hedged.sentence("Full-year sales will be $10.2 billion, up about $1.9 billion from the previous range.");
  hedged.figure(ClaimKind::kMoney, s, "$1.9 billion", 1.9e9, "revenue", "approx");
  CAPTURE(run(off, hedged)[0].reason);
  CHECK(run(off, hedged)[0].verdict == Verdict::kUnverified);
  TestDoc level;
  s = level.sentence("Full-year sales will be about $1.9 billion.");
  level.figure(ClaimKind::kMoney, s, "$1.9 billion", 1.9e9, "revenue", "approx");
  CAPTURE(run(off, level)[0].reason);
  CHECK(run(off, level)[0].verdict == Verdict::kContradicted);
}

TEST_CASE("a date contradicted beside the official day told where nothing lines it up: two ways") {
  TestDoc off;
  off.published = CivilDate{2033, 10, 1};
  int s = off.sentence("The ratification vote of the longshore union closes on 16 October 2033.");
  off.date(s, "16 October 2033", "2033-10-16");
  add_background(off, 24);
  auto internal_on = [&](const std::string& other_sentence) -> std::optional<Finding> {
    TestDoc cov;
    cov.published = CivilDate{2033, 10, 2};
    int cs = cov.sentence("The ratification vote closes on October 18, ending the dockside strike.");
    cov.date(cs, "October 18", "2033-10-18");
    cs = cov.sentence(other_sentence);
    cov.date(cs, "October 16", "2033-10-16", "by");
    const auto fs = run(off, cov);
    CHECK(finding_for(fs, 0).verdict == Verdict::kContradicted);
    CHECK(finding_for(fs, 1).verdict == Verdict::kUnverified);
    for (const auto& f : fs)
      if (f.verdict == Verdict::kInternal) return f;
    return std::nullopt;
  };
  const auto f = internal_on("Ending the dockside strike needs ratification ballots by October 16.");
  REQUIRE(f.has_value());
  CHECK(f->claim == 0);
  CHECK(f->reason == "told two ways: 'October 18' here, 'October 16' elsewhere, as the official '16 October 2033'");
  // The official day told of something else is no second telling.
  CHECK_FALSE(internal_on("Harbour pilots get their new rosters by October 16.").has_value());
}

TEST_CASE("an official date said with 'since' runs to the official's day") {
  auto verdict_on = [](const std::string& bound) {
    TestDoc off;
    off.published = CivilDate{2031, 5, 1};
    const int s = off.sentence("Total green bond issuance by the city " + std::string(bound.empty() ? "in" : bound) +
                               " 2027 stands at C$780 million.");
    off.date(s, "2027", "2027", bound);
    add_background(off, 24);
    const Finding f = date_finding(off, "Green bond issuance by the city reached a record in 2030.", "2030", "2030");
    CAPTURE(f.reason);
    return f.verdict;
  };
  CHECK(verdict_on("since") == Verdict::kUnverified);
  CHECK(verdict_on("") == Verdict::kContradicted);  // a year on its own is that year
}

TEST_CASE("a date no term bounds is lined up by its words: same event, other day") {
  TestDoc off;
  off.published = CivilDate{2027, 5, 12};
  int s = off.sentence("Production at the Aberdale smelter will restart on March 3, 2028.");
  off.date(s, "March 3, 2028", "2028-03-03");
  s = off.sentence("The company was founded in 1990 and employs 300 people.");
  off.date(s, "1990", "1990");
  s = off.sentence("Hiring for the new jobs begins in 2027.");
  off.date(s, "2027", "2027");
  off.sentence("Kestrel also runs two mines and a port.");
  off.sentence("Its chief executive is Dana Morel.");
  add_background(off, 30);
  auto verdict_on = [&](const std::string& text, const std::string& date, const std::string& value) {
    return date_finding(off, text, date, value);
  };
  const Finding moved = verdict_on("The Aberdale smelter will restart production on March 10, 2028.", "March 10, 2028", "2028-03-10");
  CAPTURE(moved.reason);
  CHECK(moved.verdict == Verdict::kContradicted);
  CHECK(moved.reason.find("date by its context") == 0);
  CHECK(moved.reason.find("2028-03-03") != std::string::npos);
  // The month holds the official day.
  CHECK(verdict_on("The Aberdale smelter will restart production in March 2028.", "March 2028", "2028-03").verdict ==
        Verdict::kSupported);
  // No shared words: another event.
  CHECK(verdict_on("The annual picnic is on March 10, 2028.", "March 10, 2028", "2028-03-10").verdict ==
        Verdict::kUnverified);
  // "2027" neither confirms nor denies a Thursday.
  CHECK(verdict_on("Hiring for the new jobs begins on Thursday.", "Thursday", "2027-05-13").verdict ==
        Verdict::kUnverified);
  // The source's own publication day is the telling's, not the event's.
  CHECK(verdict_on("The Aberdale smelter will restart production, the company said on May 13, 2027.", "May 13, 2027",
                   "2027-05-13")
            .verdict == Verdict::kUnverified);
  // Decades apart: not one event told two ways.
  CHECK(verdict_on("The Aberdale smelter will restart production in 2038.", "2038", "2038").verdict ==
        Verdict::kUnverified);
}

TEST_CASE("an official period's end is the day a source's 'year-end' names") {
  TestDoc off;
  off.published = CivilDate{2034, 3, 14};
  int s = off.sentence("The first three antennas are to be operational by the end of 2034 and the remaining three by 30 June 2035.");
  Claim& end = off.date(s, "the end of 2034", "2034");
  end.attrs["mod"] = "END";
  off.date(s, "30 June 2035", "2035-06-30");
  add_background(off, 30);
  const Finding f = date_finding(off, "The first three antennas will be operational by year-end.", "year-end", "2034-12-31");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kSupported);
  // Another day of that year is no end of it: the differing official date still lines up by its words.
  CHECK(date_finding(off, "The first three antennas will be operational by 30 September 2034.", "30 September 2034",
                     "2034-09-30")
            .verdict != Verdict::kSupported);
}

TEST_CASE("a date over before the source was published is background beside an official date still to come") {
  TestDoc off;
  off.published = CivilDate{2031, 5, 16};
  int s = off.sentence("The council will fund 1,200 additional nursing posts by the end of 2032.");
  off.date(s, "the end of 2032", "2032");
  add_background(off, 30);
  auto verdict_on = [&](const std::string& sentence, const std::string& date, const std::string& value) {
    const Finding f = date_finding(off, sentence, date, value);
    CAPTURE(f.reason);
    return f.verdict;
  };
  CHECK(verdict_on("The council's report on additional nursing posts found gaps last year.", "last year", "2030") ==
        Verdict::kUnverified);
  CHECK(verdict_on("The council will fund 1,200 additional nursing posts by the end of 2033.", "the end of 2033",
                   "2033") == Verdict::kContradicted);
}

TEST_CASE("a day one written digit off the official's needs fewer shared words") {
  TestDoc off;
  off.published = CivilDate{2028, 2, 26};
  int s = off.sentence("The next policy meeting of the council will take place on 22 July 2028.");
  off.date(s, "22 July 2028", "2028-07-22");
  add_background(off, 30);
  auto verdict_on = [&](const std::string& date, const std::string& value) {
    const Finding f = date_finding(off, "The rate meeting of the council is on " + date + ".", date, value);
    CAPTURE(f.reason);
    return f.verdict;
  };
  CHECK(verdict_on("Thursday July 29", "2028-07-29") == Verdict::kContradicted);  // 29 for 22
  CHECK(verdict_on("July 2", "2028-07-02") == Verdict::kContradicted);            // a digit dropped
  // The same few words, a day no slip of the official's: another event, maybe.
  CHECK(verdict_on("July 15", "2028-07-15") == Verdict::kUnverified);
  CHECK(verdict_on("July 9", "2028-07-09") == Verdict::kUnverified);
  CHECK(verdict_on("August 22", "2028-08-22") == Verdict::kUnverified);
}

TEST_CASE("a fiscal year may begin in the calendar year before the one it is valued at") {
  TestDoc off;
  off.published = CivilDate{2027, 8, 24};
  int s = off.sentence("The earlier three-year licence carried a minimum guarantee and expires on 31 March 2028.");
  off.date(s, "31 March 2028", "2028-03-31");
  add_background(off, 30);
  auto verdict_on = [&](const std::string& date, const std::string& value) {
    return date_finding(off, "The deal starts in " + date + " and replaces a three-year licence with a minimum guarantee.",
                        date, value)
        .verdict;
  };
  CHECK(verdict_on("fiscal 2029", "2029") != Verdict::kContradicted);  // April 2028 to March 2029
  CHECK(verdict_on("2028-29", "2029") != Verdict::kContradicted);
  CHECK(verdict_on("calendar 2029", "2029") == Verdict::kContradicted);
}

TEST_CASE("an official date the source's sentence also gives is another event's, not a candidate") {
  TestDoc off;
  off.published = CivilDate{2028, 2, 26};
  int s = off.sentence(
      "The outside date for completion is December 15, 2028, which will be automatically extended by three months, "
      "to March 15, 2029, if only antitrust approvals are outstanding.");
  off.date(s, "December 15, 2028", "2028-12-15");
  off.date(s, "March 15, 2029", "2029-03-15");
  add_background(off, 30);
  auto verdict_on = [&](const std::string& text, const std::string& beside, const std::string& beside_value,
                        const std::string& date, const std::string& value) {
    TestDoc cov;
    cov.published = CivilDate{2028, 2, 27};
    const int cs = cov.sentence(text);
    cov.date(cs, beside, beside_value);
    cov.date(cs, date, value);
    const auto fs = run(off, cov);
    REQUIRE(fs.size() == 2);
    return fs[1];
  };
  // December 15 is told beside June 15, so June 15 is the extended date told wrong.
  const Finding f = verdict_on(
      "The outside date is December 15, 2028, but it automatically rolls forward three months, to June 15, 2029.",
      "December 15, 2028", "2028-12-15", "June 15, 2029", "2029-06-15");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("2029-03-15") != std::string::npos);
  // Told right, it is supported.
  CHECK(verdict_on("The outside date is December 15, 2028, but it automatically rolls forward three months, to March "
                   "15, 2029.",
                   "December 15, 2028", "2028-12-15", "March 15, 2029", "2029-03-15")
            .verdict == Verdict::kSupported);
}

TEST_CASE("a day whose weekday the source names wrong contradicts the official day") {
  TestDoc off;
  off.published = CivilDate{2030, 8, 20};
  int s = off.sentence("The new fares take effect on Sunday, Sept. 1, 2030.");
  off.date(s, "Sunday, Sept. 1, 2030", "2030-09-01");
  s = off.sentence("Mass production is scheduled to start by 31 March 2031.");
  off.date(s, "31 March 2031", "2031-03-31");
  add_background(off, 20);
  // Sept. 1, 2030 is a Sunday.
  Finding f = date_finding(off, "The new fares take effect Monday, Sept. 1.", "Monday, Sept. 1", "2030-09-01");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.reason.find("is a Sunday") != std::string::npos);
  CHECK(date_finding(off, "The new fares take effect Sunday, Sept. 1.", "Sunday, Sept. 1", "2030-09-01").verdict ==
        Verdict::kSupported);
  CHECK(date_finding(off, "The new fares take effect Sun., Sept. 1.", "Sun., Sept. 1", "2030-09-01").verdict ==
        Verdict::kSupported);
  // No official date of that day: the source may have the day wrong, not the weekday.
  CHECK(date_finding(off, "Talks resume Monday, Sept. 8.", "Monday, Sept. 8", "2030-09-08").verdict !=
        Verdict::kContradicted);
  // The end of a quarter is its last day.
  f = date_finding(off, "Mass production would start by the end of the first quarter of 2031.",
                   "the first quarter of 2031", "2031-Q1");
  CAPTURE(f.reason);
  CHECK(f.verdict == Verdict::kSupported);
}

TEST_CASE("two figures of one sentence told swapped are contradicted; told right they are supported") {
  TestDoc off;
  off.published = CivilDate{2040, 6, 9};
  int s = off.sentence("The new concert hall is funded 60 per cent by the city council and 40 per cent by private donors.");
  off.figure(ClaimKind::kPercent, s, "60 per cent", 60, "");
  off.figure(ClaimKind::kPercent, s, "40 per cent", 40, "");
  add_background(off, 20);
  auto pair = [&](const std::string& text) {
    TestDoc cov;
    cov.published = CivilDate{2040, 6, 10};
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kPercent, cs, "60%", 60, "");
    cov.figure(ClaimKind::kPercent, cs, "40%", 40, "");
    cov.sentence("Shares were flat.");
    return run(off, cov);
  };
  auto fs = pair("Funding comes 60% from private donors and 40% from the city council.");
  {
    const Finding f = finding_for(fs, 0);
    CAPTURE(f.reason);
    CHECK(f.verdict == Verdict::kContradicted);
    CHECK(f.reason.find("swapped") != std::string::npos);
  }
  fs = pair("Funding comes 60% from the city council and 40% from private donors.");
  CHECK(finding_for(fs, 0).verdict == Verdict::kSupported);
  CHECK(finding_for(fs, 1).verdict == Verdict::kSupported);
}

TEST_CASE("a figure given to the party the official text gives another figure is the two parties' figures swapped") {
  TestDoc off;
  off.published = CivilDate{2043, 3, 2};
  int s = off.sentence("Under the regulators' decision NordNet will bear 45% and PSP 55% of the cable costs.");
  off.figure(ClaimKind::kPercent, s, "45%", 45, "").attrs["party"] = "nordnet";
  off.figure(ClaimKind::kPercent, s, "55%", 55, "").attrs["party"] = "psp";
  add_background(off, 20);
  auto verdict = [&](const std::string& text, const std::string& party) {
    TestDoc cov;
    cov.published = CivilDate{2043, 3, 3};
    const int cs = cov.sentence(text);
    cov.figure(ClaimKind::kPercent, cs, "55 percent", 55, "").attrs["party"] = party;
    cov.sentence("Shares were flat.");
    return first_claim_verdict(off, cov, "two parties");
  };
  CHECK(verdict("NordNet will pay 55 percent of the cable costs.", "nordnet") == Verdict::kContradicted);
  CHECK(verdict("PSP will pay 55 percent of the cable costs.", "psp") != Verdict::kContradicted);
  // A role may be the other text's name for a party.
  CHECK(verdict("The Company will pay 55 percent of the cable costs.", "company") != Verdict::kContradicted);
  // Told of something else, the figure is no share of these costs.
  CHECK(verdict("NordNet said 55 percent of its staff work abroad.", "nordnet") != Verdict::kContradicted);
}

TEST_CASE("two parties' figures of one thing in two official sentences: words close to both still tell the swap") {
  TestDoc off;
  off.published = CivilDate{2035, 5, 20};
  int s = off.sentence(
      "Haneul will acquire 100% of the publisher's share and 75% of the writer's share of income from the songs and "
      "recordings.");
  off.figure(ClaimKind::kPercent, s, "100%", 100, "").attrs["party"] = "haneul";
  off.figure(ClaimKind::kPercent, s, "75%", 75, "").attrs["party"] = "haneul";
  s = off.sentence("Mr Kang will retain the remaining 25% of the writer's share of income.");
  off.figure(ClaimKind::kPercent, s, "25%", 25, "").attrs["party"] = "mr_kang";
  add_background(off, 20);
  TestDoc cov;
  cov.published = CivilDate{2035, 5, 21};
  cov.figure(ClaimKind::kPercent,
             cov.sentence("Kang keeps 75% of the writer's share of income from the songs and recordings."), "75%", 75, "")
      .attrs["party"] = "kang";
  cov.sentence("Shares were flat.");
  CHECK(first_claim_verdict(off, cov, "two parties") == Verdict::kContradicted);
}

TEST_CASE("a per cent the official text gives only in percentage points is points told as a per cent") {
  TestDoc off;
  off.published = CivilDate{2044, 8, 4};
  int s = off.sentence("Lounge occupancy is forecast to rise from 22% to 27%, an increase of five percentage points.");
  off.figure(ClaimKind::kPercent, s, "22%", 22, "");
  off.figure(ClaimKind::kPercent, s, "27%", 27, "");
  off.figure(ClaimKind::kPercent, s, "five percentage points", 5, "").attrs["unit"] = "pp";
  s = off.sentence("Members get a 5% discount at the club shop.");
  off.figure(ClaimKind::kPercent, s, "5%", 5, "");
  add_background(off, 20);
  auto verdict = [&](const std::string& text) {
    TestDoc cov;
    cov.published = CivilDate{2044, 8, 5};
    cov.figure(ClaimKind::kPercent, cov.sentence(text), "5%", 5, "");
    cov.sentence("Shares were flat.");
    return first_claim_verdict(off, cov, "percentage points told as per cent");
  };
  CHECK(verdict("Lounge occupancy is forecast to see an increase of 5%.") == Verdict::kContradicted);
  // The official per cent of that number is what these words are about.
  CHECK(verdict("Members will get a 5% discount at the club shop.") != Verdict::kContradicted);
}

TEST_CASE("a share of another base (net against gross, monthly against annual) is contradicted") {
  TestDoc off;
  off.published = CivilDate{2033, 9, 7};
  int s = off.sentence("Meridian will charge a distribution fee of 25% of gross receipts in each territory.");
  off.figure(ClaimKind::kPercent, s, "25%", 25, "");
  add_background(off, 20);
  auto verdict = [&](const std::string& text) {
    TestDoc cov;
    cov.published = CivilDate{2033, 9, 8};
    cov.figure(ClaimKind::kPercent, cov.sentence(text), "25%", 25, "");
    cov.sentence("Shares were flat.");
    return first_claim_verdict(off, cov, "another base");
  };
  CHECK(verdict("Meridian takes a distribution fee of 25% of net receipts in each territory.") == Verdict::kContradicted);
  CHECK(verdict("Meridian takes a distribution fee of 25% of gross receipts in each territory.") == Verdict::kSupported);
  // A base the official text does not set apart says nothing against it.
  CHECK(verdict("Meridian takes a distribution fee of 25% of receipts in each territory.") == Verdict::kSupported);
}

TEST_CASE("an exclusive right where the official text gives the holder only a right of first refusal is contradicted") {
  TestDoc off;
  off.published = CivilDate{2047, 4, 16};
  int s = off.sentence("Wapos businesses will have a right of first refusal on camp and catering contracts.");
  off.term(s, "Wapos businesses will have a right of first refusal", "right_of_first_refusal", "wapos", "");
  add_background(off, 10);
  auto verdict = [&](const std::string& text, const std::string& subject, const std::string& polarity) {
    TestDoc cov;
    cov.published = CivilDate{2047, 4, 17};
    cov.term(cov.sentence(text), text, "exclusivity", subject, "", polarity);
    cov.sentence("Shares were flat.");
    return first_claim_verdict(off, cov, "weaker right");
  };
  CHECK(verdict("Wapos businesses get exclusive rights to camp contracts", "wapos", "positive") == Verdict::kContradicted);
  // Another holder's exclusivity, or none, is not this right told stronger.
  CHECK(verdict("Corvane keeps exclusive rights to camp contracts", "corvane", "positive") != Verdict::kContradicted);
  CHECK(verdict("Wapos businesses get no exclusive rights", "wapos", "negative") != Verdict::kContradicted);
}

TEST_CASE("the official publication day, when it dates the signing, is no event a differing date tells wrong") {
  auto verdict = [](const std::string& official, const std::string& source, const std::string& date,
                    const std::string& value) {
    TestDoc off;
    off.published = CivilDate{2045, 1, 24};
    add_dated(off, official, "today", "2045-01-24");
    add_background(off, 12);
    TestDoc cov;
    cov.published = CivilDate{2045, 1, 26};
    cov.date(cov.sentence(source), date, value);
    cov.sentence("Shares were flat.");
    const Finding f = finding_for(run(off, cov), 0);
    CAPTURE(f.reason);
    return f.verdict;
  };
  // The deal's words line the two up, but the day was the signing's.
  CHECK(verdict("The ministry and the tuna association today signed an access agreement for the exclusive economic zone.",
                "Vessels have been out of the exclusive economic zone since January 1, when the old access agreement "
                "expired.",
                "January 1", "2045-01-01") != Verdict::kContradicted);
  // A day something else happens is still held to.
  CHECK(verdict("Public consultation on the station designs opens today.",
                "Public consultation on the station designs opens on January 20.", "January 20", "2045-01-20") ==
        Verdict::kContradicted);
}

TEST_CASE("one end of a range is held to the official range whose other end lines up") {
  TestDoc off;
  off.published = CivilDate{2040, 6, 9};
  int s = off.sentence("The museum will close for renovation from 1 April 2041 to 31 March 2044.");
  off.date(s, "1 April 2041", "2041-04-01", "from");
  off.date(s, "31 March 2044", "2044-03-31", "until");
  s = off.sentence("A travelling show opens in Osaka on 2 May 2042.");
  off.date(s, "2 May 2042", "2042-05-02");
  add_background(off, 20);
  auto range = [&](const std::string& text, const std::string& from, const std::string& from_value,
                   const std::string& until, const std::string& until_value) {
    TestDoc cov;
    cov.published = CivilDate{2040, 6, 10};
    const int cs = cov.sentence(text);
    cov.date(cs, from, from_value, "from");
    cov.date(cs, until, until_value, "until");
    cov.sentence("Shares were flat.");
    return run(off, cov);
  };
  // No word of the end is shared ("shut", "works" against "close", "renovation"):
  // the start, April 2041, ties it to the official range.
  auto fs = range("Doors shut from April next year until March 2043 for the works.", "April next year", "2041-04",
                  "March 2043", "2043-03");
  {
    const Finding end = finding_for(fs, 1);
    CAPTURE(end.reason);
    CHECK(end.verdict == Verdict::kContradicted);
    CHECK(end.reason.find("range end") != std::string::npos);
  }
  fs = range("Doors shut from April next year until March 2044 for the works.", "April next year", "2041-04",
             "March 2044", "2044-03");
  CHECK(finding_for(fs, 1).verdict == Verdict::kSupported);
  // A start that lines up with no official start ties the end to nothing.
  fs = range("Doors shut from June 2045 until March 2043 for the works.", "June 2045", "2045-06", "March 2043",
             "2043-03");
  CHECK(finding_for(fs, 1).verdict != Verdict::kContradicted);
  // The start told wrong, the end right: the start is held to the official start.
  fs = range("Doors shut from May 2041 until 31 March 2044 for the works.", "May 2041", "2041-05",
             "31 March 2044", "2044-03-31");
  CHECK(finding_for(fs, 0).verdict == Verdict::kContradicted);
  // A start no bound word marks, right before the end in its clause, starts the range
  // where it names the official start's day or month; a year that holds it does not.
  auto unmarked = [&](const std::string& text, const std::string& from, const std::string& from_value,
                      const std::string& until, const std::string& until_value) {
    TestDoc cov;
    cov.published = CivilDate{2040, 6, 10};
    const int cs = cov.sentence(text);
    cov.date(cs, from, from_value);
    cov.date(cs, until, until_value, "until");
    cov.sentence("Shares were flat.");
    return finding_for(run(off, cov), 1);
  };
  const Finding shut = unmarked("Doors shut on 1 April 2041 and stay shut until March 2043.", "1 April 2041",
                                "2041-04-01", "March 2043", "2043-03");
  CAPTURE(shut.reason);
  CHECK(shut.verdict == Verdict::kContradicted);
  CHECK(shut.reason.find("range end") != std::string::npos);
  CHECK(unmarked("Doors shut in 2041 and stay shut until March 2043.", "2041", "2041", "March 2043", "2043-03")
            .verdict != Verdict::kContradicted);
}

// A coverage document of thousands of like claims (a table, a scraped page):
// every claim still gets the verdict it gets alone, against the first official
// claim that agrees, and the internal pairing looks at the claims that follow
// each claim (at most 256 of its kind), one sentence each here.
TEST_CASE("a document of 5,000 like claims: verdicts as for one claim, internal pairs near each odd one") {
  constexpr uint32_t kClaims = 5000, kPartners = 256;
  TestDoc off = official();
  const uint32_t stake = 11, license = 3, license_end = 4;  // indices in official()
  REQUIRE(off.claims[stake].text == "27%");
  REQUIRE(off.claims[license].value == "license");
  REQUIRE(off.claims[license_end].value == "2032");
  // Later official claims that agree as well: the first one is still the one reported.
  int s = off.sentence("The stake is 27%, and the license continues through 2032.");
  off.figure(ClaimKind::kPercent, s, "27%", 27, "stake");
  off.term(s, "license", "license", "microsoft", "openai", "positive", "continues");
  off.date(s, "through 2032", "2032", "through", "license");

  auto count = [](const std::vector<Finding>& fs, Verdict v) {
    return std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.verdict == v; });
  };
  const std::vector<uint32_t> odd = {1000, 2000, 3000, 4000};

  SUBCASE("percentages") {
    TestDoc cov;
    for (uint32_t i = 0; i < kClaims; ++i) {
      const bool is_odd = std::find(odd.begin(), odd.end(), i) != odd.end();
      s = cov.sentence(is_odd ? "The stake is 72%." : "The stake is 27%.");
      cov.figure(ClaimKind::kPercent, s, is_odd ? "72%" : "27%", is_odd ? 72 : 27, "stake");
    }
    const auto fs = run(off, cov);
    CHECK(count(fs, Verdict::kSupported) == kClaims - odd.size());
    CHECK(count(fs, Verdict::kContradicted) == odd.size());
    CHECK(count(fs, Verdict::kUnverified) == 0);
    // Each 72% (the telling the official text does not give) with its nearest 27%.
    CHECK(count(fs, Verdict::kInternal) == odd.size());
    uint32_t last = 0;
    for (const auto& f : fs) {
      CHECK(f.claim >= last);
      last = f.claim;
      REQUIRE(f.other.has_value());
      if (f.verdict == Verdict::kSupported) CHECK(*f.other == stake);
      if (f.verdict == Verdict::kContradicted) CHECK(*f.other == stake);
      if (f.verdict != Verdict::kInternal) continue;
      CHECK(std::find(odd.begin(), odd.end(), f.claim) != odd.end());
      CHECK(*f.other == f.claim - 1);
    }
  }

  SUBCASE("terms and their bounds") {
    TestDoc cov;
    for (uint32_t i = 0; i < kClaims; ++i) {
      const bool is_odd = i == 2500;
      s = cov.sentence(is_odd ? "Microsoft keeps its license to OpenAI models until 2030."
                              : "Microsoft keeps its license to OpenAI models through 2032.");
      cov.term(s, "license", "license", "microsoft", "openai", "positive", "continues");
      if (is_odd) cov.date(s, "until 2030", "2030", "until", "license");
      else cov.date(s, "through 2032", "2032", "through", "license");
    }
    const auto fs = run(off, cov);
    CHECK(count(fs, Verdict::kSupported) == 2 * kClaims - 1);
    CHECK(count(fs, Verdict::kContradicted) == 1);
    // Dates are paired among dates: the 256 before 2030, and 2030 with the next.
    CHECK(count(fs, Verdict::kInternal) == kPartners + 1);
    for (const auto& f : fs) {
      REQUIRE(f.other.has_value());
      const bool date = f.claim % 2 == 1;
      if (f.verdict == Verdict::kSupported) CHECK(*f.other == (date ? license_end : license));
      if (f.verdict == Verdict::kContradicted) {
        CHECK(f.claim == 2 * 2500 + 1);
        CHECK(*f.other == license_end);
      }
      if (f.verdict == Verdict::kInternal) {
        CHECK(date);
        if (f.claim == 2 * 2500 + 1) CHECK(*f.other == f.claim + 2);
        else CHECK(*f.other == 2 * 2500 + 1);
      }
    }
  }
}

TEST_CASE("one finding per claim in claim order, and missing attributes are tolerated") {
  const TestDoc off = official();
  TestDoc cov;
  int s = cov.sentence("Something about a license and $5 and 2031.");
  Claim& t = cov.claim(ClaimKind::kTerm, s, "license");
  t.value = "license";  // no subject, object, polarity or status
  cov.claim(ClaimKind::kMoney, s, "$5").number = 5;  // no measure
  Claim& d = cov.claim(ClaimKind::kDate, s, "2031");
  d.value = "2031";
  d.attrs["bound"] = "through";  // no bounds_term
  const auto fs = run(off, cov);
  REQUIRE(fs.size() == 3);
  for (uint32_t i = 0; i < fs.size(); ++i) CHECK(fs[i].claim == i);
  CHECK(fs[0].verdict == Verdict::kSupported);
  CHECK(fs[1].verdict == Verdict::kUnverified);
  CHECK(fs[2].verdict == Verdict::kUnverified);
  CHECK(run(off, cov).size() == fs.size());
}

TEST_CASE("the publication date is the announcement date when the official says 'today'") {
  TestDoc off;
  off.published = CivilDate{2026, 4, 27};
  off.sentence("Today, we are announcing an amended agreement.");  // no date claim at all
  TestDoc cov;
  int s = cov.sentence("The firms announced on Tuesday a new deal.");
  cov.date(s, "Tuesday", "XXXX-WXX-2");
  const auto fs = run(off, cov);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].verdict == Verdict::kContradicted);
  off.published.reset();
  CHECK(run(off, cov)[0].verdict == Verdict::kUnverified);
}

TEST_CASE("a day told beside a signing word is held to the one day the official text says the deal was signed") {
  TestDoc off;
  off.published = CivilDate{2034, 3, 14};
  int s = off.sentence("The agreement was signed in Hallvik on Monday, 13 March 2034.");
  off.date(s, "Monday, 13 March 2034", "2034-03-13");
  // "on signing" times an instalment, not the signing: 1 July is no second signing day.
  s = off.sentence("Meridian pays 40% on signing and the rest on 1 July 2034.");
  off.date(s, "1 July 2034", "2034-07-01");
  add_background(off, 10);
  auto reason = [&](const std::string& sentence, const std::string& date, const std::string& value) {
    TestDoc cov;
    cov.published = CivilDate{2034, 3, 15};
    const int cs = cov.sentence(sentence);
    cov.date(cs, date, value);
    for (const auto& f : run(off, cov))
      if (cov.claims[f.claim].text == date) return std::string(to_string(f.verdict)) + ": " + f.reason;
    return std::string("no finding");
  };
  CHECK(reason("The agreement was signed on Tuesday in Hallvik.", "Tuesday", "2034-03-14").rfind("contradicted: signing date", 0) == 0);
  CHECK(reason("The agreement was signed on Monday.", "Monday", "2034-03-13").rfind("supported: signing date", 0) == 0);
  // A wire dateline is the day of the telling.
  CHECK(reason("HALLVIK, March 14 - Kvalnes has signed a lease with Meridian.", "March 14", "2034-03-14").find("signing date") ==
        std::string::npos);
  // The day after the signing word is its own; the one before belongs to the announcement.
  CHECK(reason("The lease, announced on Tuesday, was signed on Monday.", "Tuesday", "2034-03-14").find("signing date") ==
        std::string::npos);
  // Years off: another signing.
  CHECK(reason("The previous lease was signed on 3 May 2030.", "3 May 2030", "2030-05-03").find("signing date") ==
        std::string::npos);
  // A sign-off is an approval, not the signing.
  CHECK(reason("The board signed off on the lease on Tuesday.", "Tuesday", "2034-03-14").find("signing date") ==
        std::string::npos);
  // A day after the source's own publication is no past signing.
  CHECK(reason("The lease was signed, and the first ship docks a week today.", "a week today", "2034-03-22")
            .find("signing date") == std::string::npos);
}

TEST_CASE("options load from JSON and refuse wrong types") {
  auto o = CompareOptions::from_json({{"approx_tolerance", 0.2}, {"hedge_cues", {"rumoured"}}});
  REQUIRE(o.ok());
  CHECK(o->approx_tolerance == doctest::Approx(0.2));
  CHECK(o->hedge_cues.size() == 1);
  CHECK_FALSE(CompareOptions::from_json({{"bound_tolerance", "big"}}).ok());
  CHECK_FALSE(CompareOptions::from_json({{"prior_words", "from"}}).ok());
  CHECK_FALSE(CompareOptions::from_json({{"context", {{"slip_overlap", "low"}}}}).ok());
}

}  // namespace claimcheck
