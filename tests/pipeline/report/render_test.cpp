// The renderers on hand-built ReportData: scorecard counts, the claim
// highlighted at the right bytes (multi-byte UTF-8, a claim outside its
// sentence), hostile text escaped in Markdown and HTML, the wording of an
// empty report, the HTML's structure and the ClaimReview fields.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <regex>
#include <set>
#include <string>

#include "pipeline/report/render_util.h"
#include "pipeline/report/report.h"

namespace claimcheck {
namespace {

using namespace report_detail;

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

// A span whose claim is the first occurrence of `claim` in `sentence`, the
// sentence starting at byte `sentence_start` of its document.
ReportSpan span(const std::string& sentence, const std::string& claim, uint32_t sentence_start) {
  const auto at = sentence.find(claim);
  REQUIRE(at != std::string::npos);
  ReportSpan s;
  s.sentence = sentence;
  s.sentence_start = sentence_start;
  s.start = sentence_start + static_cast<uint32_t>(at);
  s.end = s.start + static_cast<uint32_t>(claim.size());
  s.text = claim;
  return s;
}

ReportFinding finding(int64_t id, const std::string& doc, const std::string& source, Verdict v, ReportSpan claim,
                      std::optional<ReportSpan> official, const std::string& reason) {
  ReportFinding f;
  f.id = id;
  f.document = doc;
  f.source = source;
  f.url = "https://news.example/" + doc;
  f.published = "2026-04-28";
  f.verdict = v;
  f.kind = ClaimKind::kDate;
  f.value = "2026-04-28";
  f.claim = std::move(claim);
  f.official = std::move(official);
  f.reason = reason;
  f.first_seen_run = 1;
  return f;
}

const std::string kHostile = "<script>alert(1)</script> &amp; *bold* [x](http://evil.example) | $5 and $6 `code`";

ReportData sample() {
  ReportStory s;
  s.id = "deal-2026";
  s.title = "The deal & its <terms>";
  s.official = "official.txt";
  s.official_source = "Acme Corp";
  s.official_url = "https://acme.example/news";
  s.official_published = "2026-04-27";
  s.documents = {{"official.txt", "Acme Corp", "official", "ok", "https://acme.example/news", "2026-04-27", ""},
                 {"a.txt", "Daily A", "coverage", "ok", "https://news.example/a.txt", "2026-04-28", ""},
                 {"b.txt", "", "coverage", "ok", "", "", ""},
                 {"c.txt", "Gone Gazette", "coverage", "retired", "", "", ""},
                 {"d.txt", "Broken Bugle", "coverage", "refused", "", "", "d.txt: not UTF-8 at byte 4"}};
  const auto official = span("The deal closed on April 27, 2026 in Zürich.", "April 27, 2026", 100);
  // Multi-byte text before the claim: "Zürich" and an em dash shift bytes, not characters.
  s.findings.push_back(finding(1, "a.txt", "Daily A", Verdict::kContradicted,
                               span("In Zürich — on April 28, 2026 — the deal closed.", "April 28, 2026", 40),
                               official, "official says 2026-04-27, source says 2026-04-28"));
  s.findings.push_back(finding(2, "a.txt", "Daily A", Verdict::kSupported,
                               span("It closed in April 2026.", "April 2026", 200), official, "same month"));
  s.findings.push_back(finding(3, "a.txt", "Daily A", Verdict::kUnverified,
                               span("Talks began in 2024.", "2024", 300), std::nullopt, "nothing official"));
  s.findings.push_back(finding(4, "b.txt", "", Verdict::kContradicted, span(kHostile + " on May 1.", "May 1", 0),
                               official, "reason with " + kHostile));
  s.findings.push_back(finding(5, "b.txt", "", Verdict::kInternal, span("It closed on May 2.", "May 2", 500),
                               span("Earlier: closed on May 1.", "May 1", 0), "May 1 vs May 2 in one article"));
  ReportData d;
  d.stories.push_back(std::move(s));
  d.latest_run = 1;
  return d;
}

ReportData no_contradictions() {
  ReportData d = sample();
  auto& f = d.stories[0].findings;
  std::erase_if(f, [](const ReportFinding& x) { return is_problem(x.verdict); });
  return d;
}

TEST_CASE("scorecard: one row per live coverage document, counts per verdict") {
  const auto rows = scorecard(sample().stories[0]);
  REQUIRE(rows.size() == 3);  // a, b, refused d; not the official, not the retired c
  CHECK(rows[0].name == "Daily A");
  CHECK(rows[0].tally.supported == 1);
  CHECK(rows[0].tally.contradicted == 1);
  CHECK(rows[0].tally.unverified == 1);
  CHECK(rows[0].tally.internal == 0);
  CHECK(rows[1].name == "b.txt");  // no source: the file name
  CHECK(rows[1].tally.contradicted == 1);
  CHECK(rows[1].tally.internal == 1);
  CHECK(rows[2].name == "Broken Bugle");
  CHECK(rows[2].tally.total() == 0);
}

TEST_CASE("locate_claim cuts at the claim's bytes, also after multi-byte characters") {
  const auto s = span("In Zürich — on April 28, 2026 — the deal closed.", "April 28, 2026", 40);
  const auto l = locate_claim(s);
  CHECK(l.located);
  CHECK(l.before == "In Zürich — on ");
  CHECK(l.claim == "April 28, 2026");
  CHECK(l.after == " — the deal closed.");

  SUBCASE("a repeated claim text: the offsets choose the occurrence") {
    ReportSpan r = span("May 1 or May 1?", "May 1", 10);
    r.start += 9, r.end += 9;  // the second "May 1"
    const auto lr = locate_claim(r);
    CHECK(lr.before == "May 1 or ");
    CHECK(lr.after == "?");
  }
  SUBCASE("a multi-byte claim") {
    const auto m = locate_claim(span("Price: 5 €uro — “twelve”.", "€uro — “twelve”", 7));
    CHECK(m.located);
    CHECK(m.before == "Price: 5 ");
    CHECK(m.claim == "€uro — “twelve”");
    CHECK(m.after == ".");
  }
  SUBCASE("offsets inside a UTF-8 sequence are not trusted; the text is found instead") {
    ReportSpan bad = span("Zürich, April 28.", "April 28", 0);
    bad.start = 2, bad.end = 10;  // would cut 'ü' in half
    const auto lb = locate_claim(bad);
    CHECK(lb.located);
    CHECK(lb.claim == "April 28");
    CHECK(lb.before == "Zürich, ");
  }
  SUBCASE("a claim not inside its sentence is not highlighted") {
    ReportSpan out = span("Nothing relevant here.", "relevant", 0);
    out.text = "June 3";
    out.start = 900, out.end = 906;
    const auto lo = locate_claim(out);
    CHECK_FALSE(lo.located);
    CHECK(lo.before == "Nothing relevant here.");
    CHECK(lo.claim.empty());
  }
  SUBCASE("no sentence: the claim alone") {
    ReportSpan bare;
    bare.start = 5, bare.end = 11, bare.text = "June 3";
    const auto lb = locate_claim(bare);
    CHECK(lb.located);
    CHECK(lb.claim == "June 3");
  }
}

TEST_CASE("escaping keeps hostile text verbatim") {
  CHECK(md_escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(md_escape("&amp; $5 | *x* [a](b)") == "\\&amp; \\$5 \\| \\*x\\* \\[a\\](b)");
  CHECK(md_escape("line\nbreak") == "line break");
  CHECK(html_escape("<b a=\"x\">'&amp;'</b>") == "&lt;b a=&quot;x&quot;&gt;&#39;&amp;amp;&#39;&lt;/b&gt;");
  CHECK(valid_utf8("ok \xff\xfe end") == "ok \xEF\xBF\xBD\xEF\xBF\xBD end");
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(valid_utf8("Zürich €") == "Zürich €");
  CHECK(is_web_url("https://a.example/x?y=1"));
  CHECK_FALSE(is_web_url("javascript:alert(1)"));
  CHECK_FALSE(is_web_url("https://a.example/\"onmouseover=x"));
  CHECK_FALSE(is_web_url("//evil.example/x"));
}

TEST_CASE("markdown: summary, scorecard, paired quotes with the claim in bold, reasons") {
  const std::string md = render_markdown(sample());
  CAPTURE(md);
  CHECK(md.find("**3 contradictions** in 1 story (1 within one article), from 2 sources: Daily A (1), b.txt (2).") !=
        std::string::npos);
  CHECK(md.find("| Daily A | 1 | **1** | 1 | 0 |") != std::string::npos);
  CHECK(md.find("| b.txt | 0 | **1** | 0 | **1** |") != std::string::npos);
  CHECK(md.find("| Broken Bugle | 0 | 0 | 0 | 0 |") != std::string::npos);
  CHECK(md.find("Gone Gazette") == std::string::npos);
  CHECK(md.find("Not checked: Broken Bugle: d.txt: not UTF\\-8") == std::string::npos);  // '-' is not escaped
  CHECK(md.find("Not checked: Broken Bugle: d.txt: not UTF-8 at byte 4") != std::string::npos);
  CHECK(md.find("## The deal \\& its \\<terms\\>") != std::string::npos);
  CHECK(md.find("### 3 contradictions") != std::string::npos);
  // The pair: source sentence with the claim in bold, then the official one.
  const auto a = md.find("> Daily A says (a.txt, <https://news.example/a.txt>):\n>\n> In Zürich — on **April 28, 2026** — the deal closed.");
  const auto o = md.find("> Official (Acme Corp) says:\n>\n> The deal closed on **April 27, 2026** in Zürich.");
  CHECK(a != std::string::npos);
  CHECK(o != std::string::npos);
  CHECK(a < o);
  CHECK(md.find("Why: official says 2026\\-04\\-27") == std::string::npos);
  CHECK(md.find("Why: official says 2026-04-27, source says 2026-04-28") != std::string::npos);
  CHECK(md.find("> Elsewhere in the same article:\n>\n> Earlier: closed on **May 1**.") != std::string::npos);
  // Supported and unverified findings are counted, not listed.
  CHECK(md.find("It closed in April 2026") == std::string::npos);
  // Hostile text: no raw HTML, no live emphasis, link, table cell break or math.
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("\\<script\\>alert(1)\\</script\\> \\&amp; \\*bold\\* \\[x\\](http://evil.example) \\| \\$5 and \\$6 "
                "\\`code\\` on **May 1**.") != std::string::npos);
  CHECK(md.find("Why: reason with \\<script\\>") != std::string::npos);
}

TEST_CASE("markdown: a claim outside its sentence is named, not highlighted at the wrong bytes") {
  ReportData d = sample();
  auto& f = d.stories[0].findings[0];
  f.claim.text = "June 3";
  f.claim.start = 900, f.claim.end = 906;
  const std::string md = render_markdown(d);
  CHECK(md.find("> In Zürich — on April 28, 2026 — the deal closed. (claim: **June 3**, bytes 900-906)") !=
        std::string::npos);
}

TEST_CASE("empty reports say so plainly") {
  const std::string md = render_markdown(no_contradictions());
  CHECK(md.find("**No contradictions found.** 1 story checked: 1 claim supported, 1 unverified.") != std::string::npos);
  CHECK(md.find("**No contradictions in this story.**") != std::string::npos);
  CHECK(md.find("### ") == std::string::npos);

  const std::string none = render_markdown(ReportData{});
  CHECK(none.find("No contradictions found.") != std::string::npos);
  CHECK(none.find("no stories") != std::string::npos);

  const std::string html = render_html(no_contradictions());
  CHECK(html.find("<strong>No contradictions found.</strong>") != std::string::npos);
  CHECK(html.find("No contradictions in this story.") != std::string::npos);
  CHECK(render_claimreview(no_contradictions()) == "[]\n");
}

TEST_CASE("html: every finding, escaped, filterable, no external resource") {
  const ReportData d = sample();
  const std::string html = render_html(d);
  CAPTURE(html);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("</html>") != std::string::npos);
  for (const auto& f : d.stories[0].findings) {
    const std::string id = "id=\"finding-" + std::to_string(f.id) + "\"";
    CHECK_MESSAGE(count(html, id) == 1, id);
    CHECK(html.find("data-verdict=\"" + std::string(to_string(f.verdict)) + "\"") != std::string::npos);
  }
  CHECK(count(html, "<article ") == d.stories[0].findings.size());
  // The claim highlighted within its sentence, next to the official sentence.
  CHECK(html.find("In Zürich — on <mark>April 28, 2026</mark> — the deal closed.") != std::string::npos);
  CHECK(html.find("The deal closed on <mark>April 27, 2026</mark> in Zürich.") != std::string::npos);
  CHECK(html.find("The official announcement says nothing about this.") != std::string::npos);
  // Hostile text only ever escaped; our own two script elements are the only ones.
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; *bold*") != std::string::npos);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(count(html, "<script") == 2);
  CHECK(html.find("The deal &amp; its &lt;terms&gt;") != std::string::npos);
  // Filters: a source select listing every source, one checkbox per verdict.
  CHECK(html.find("<select id=\"f-source\">") != std::string::npos);
  for (const char* name : {"Daily A", "b.txt", "Broken Bugle"})
    CHECK(html.find(std::string("<option value=\"") + name + "\">") != std::string::npos);
  for (const char* v : {"contradicted", "internal", "supported", "unverified"})
    CHECK(html.find(std::string("name=\"verdict\" value=\"") + v + "\"") != std::string::npos);
  CHECK(html.find("data-source=\"Daily A\"") != std::string::npos);
  // Links: only the documents' own URLs; no src= at all.
  const std::set<std::string> allowed = {"https://acme.example/news", "https://news.example/a.txt",
                                         "https://news.example/b.txt"};
  const std::regex attr(R"re(\b(src|href|action)\s*=\s*"([^"]*)")re", std::regex::icase);
  int links = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), attr); it != std::sregex_iterator(); ++it) {
    CAPTURE((*it)[0].str());
    CHECK((*it)[1].str() == "href");
    CHECK(allowed.count((*it)[2].str()) == 1);
    ++links;
  }
  CHECK(links >= 3);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
}

TEST_CASE("html: a document URL that is not http(s) is not linked") {
  ReportData d = sample();
  d.stories[0].findings[0].url = "javascript:alert(1)";
  d.stories[0].official_url = "data:text/html,<b>";
  const std::string html = render_html(d);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("data:text") == std::string::npos);
}

TEST_CASE("claimreview: one review per contradiction with the schema.org fields") {
  const auto reviews = nlohmann::json::parse(render_claimreview(sample()));
  REQUIRE(reviews.is_array());
  REQUIRE(reviews.size() == 3);  // two contradicted, one internal; not supported or unverified
  const auto& r = reviews[0];
  CHECK(r["@context"] == "https://schema.org");
  CHECK(r["@type"] == "ClaimReview");
  CHECK(r["claimReviewed"] == "April 28, 2026");
  CHECK(r["reviewBody"] == "official says 2026-04-27, source says 2026-04-28");
  CHECK(r["itemReviewed"]["@type"] == "Claim");
  CHECK(r["itemReviewed"]["text"] == "In Zürich — on April 28, 2026 — the deal closed.");
  CHECK(r["itemReviewed"]["datePublished"] == "2026-04-28");
  CHECK(r["itemReviewed"]["author"]["name"] == "Daily A");
  CHECK(r["itemReviewed"]["appearance"]["url"] == "https://news.example/a.txt");
  CHECK(r["itemReviewed"]["appearance"]["datePublished"] == "2026-04-28");
  CHECK(r["reviewRating"]["@type"] == "Rating");
  CHECK(r["reviewRating"]["alternateName"] == "Contradicted by the official announcement");
  CHECK(r["reviewRating"]["ratingValue"] == 1);
  CHECK(r["isBasedOn"]["url"] == "https://acme.example/news");
  CHECK(r["isBasedOn"]["datePublished"] == "2026-04-27");
  CHECK(r["isBasedOn"]["author"]["name"] == "Acme Corp");
  CHECK(r["isBasedOn"]["text"] == "The deal closed on April 27, 2026 in Zürich.");
  CHECK(r["author"]["name"] == "claimcheck");
  // The hostile text is data, kept exactly (JSON escapes it).
  CHECK(reviews[1]["itemReviewed"]["text"] == kHostile + " on May 1.");
  CHECK(reviews[2]["reviewRating"]["alternateName"] == "Self-contradictory");
  CHECK(reviews[2]["isBasedOn"]["text"] == "Earlier: closed on May 1.");
  CHECK(reviews[2]["isBasedOn"]["url"] == "https://news.example/b.txt");
}

TEST_CASE("json keeps the interface's shape") {
  const auto j = nlohmann::json::parse(render_json(sample()));
  REQUIRE(j["stories"].size() == 1);
  const auto& s = j["stories"][0];
  CHECK(s["id"] == "deal-2026");
  CHECK(s["official"] == "official.txt");
  REQUIRE(s["findings"].size() == 5);
  const auto& f = s["findings"][0];
  CHECK(f["document"] == "a.txt");
  CHECK(f["verdict"] == "contradicted");
  CHECK(f["kind"] == "date");
  CHECK(f["claim"]["start"] == 40 + std::string("In Zürich — on ").size());
  CHECK(f["claim"]["text"] == "April 28, 2026");
  CHECK(f["official"]["sentence"] == "The deal closed on April 27, 2026 in Zürich.");
  CHECK(s["findings"][2]["official"].is_null());
  CHECK(f["reason"] == "official says 2026-04-27, source says 2026-04-28");
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

TEST_CASE("a contradiction without an official sentence still names the official side") {
  ReportData d = sample();
  d.stories[0].findings[0].official.reset();
  const std::string md = render_markdown(d);
  CHECK(md.find("> Official (Acme Corp, published 2026-04-27): no single sentence to quote") != std::string::npos);
  const std::string html = render_html(d);
  CHECK(html.find("No single sentence to quote") != std::string::npos);
}

TEST_CASE("underscores inside words stay readable, others are escaped") {
  CHECK(report_detail::md_escape("003_c1be.txt") == "003_c1be.txt");
  CHECK(report_detail::md_escape("_x_ a_ _b") == "\\_x\\_ a\\_ \\_b");
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

TEST_CASE("markdown: a quote that looks like a list or a rule stays a quote") {
  ReportData d = sample();
  d.stories[0].findings[0].claim = span("1. On April 28 it closed.", "April 28", 0);
  d.stories[0].findings[3].claim = span("- May 1, said the memo.", "May 1", 0);
  d.stories[0].findings[4].claim = span("It closed on  May 2.", " May 2", 0);  // a claim with a leading space
  const std::string md = render_markdown(d);
  CAPTURE(md);
  CHECK(md.find("> 1\\. On **April 28** it closed.") != std::string::npos);
  CHECK(md.find("> \\- **May 1**, said the memo.") != std::string::npos);
  CHECK(md.find("> It closed on **May 2**.") != std::string::npos);
}

}  // namespace
}  // namespace claimcheck
