// The Markdown report: a one-line verdict, then per story a scorecard per
// source and each contradiction as a pair of quotes (claim in bold) with the
// reason. Written to read well as raw text (email, chat) and rendered
// (GitHub, GitLab); document text is escaped so it always shows verbatim.
// It lists only contradictions and internal inconsistencies one by one;
// supported and unverified claims appear as counts.
#include <map>
#include <string>

#include <fmt/format.h>

#include "pipeline/report/render_util.h"

namespace claimcheck {
namespace {

using namespace report_detail;

std::string plural(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// Text that opens a line must not open a block: "- x", "+ x", "1. x", "2) x"
// would become a list inside the quote, "===" a heading underline.
std::string block_safe(std::string text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=')) return "\\" + text;
  size_t digits = 0;
  while (digits < text.size() && digits < 9 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')'))
    return text.substr(0, digits) + "\\" + text.substr(digits);  // not insert(): GCC 12 -Wrestrict false positive
  return text;
}

std::string quote(const ReportSpan& s) {
  Located l = locate_claim(s);
  // "** x**" is not bold in CommonMark: spaces at the claim's edges move outside.
  while (!l.claim.empty() && l.claim.front() == ' ') l.before += ' ', l.claim.erase(0, 1);
  while (!l.claim.empty() && l.claim.back() == ' ') l.after.insert(0, 1, ' '), l.claim.pop_back();
  std::string out = md_escape(l.before);
  if (!l.claim.empty()) out += "**" + md_escape(l.claim) + "**";
  out = block_safe(out + md_escape(l.after));
  if (!l.located) out += fmt::format(" (claim: **{}**, bytes {}-{})", md_escape(s.text), s.start, s.end);
  return out;
}

std::string link(const std::string& url) { return is_web_url(url) ? "<" + url + ">" : ""; }

void summary(const ReportData& data, std::string& out) {
  Tally all;
  std::map<std::string, int> by_source;  // outlets with problems, and how many
  for (const auto& s : data.stories)
    for (const auto& f : s.findings) {
      all.add(f.verdict);
      if (is_problem(f.verdict)) by_source[source_name(f.source, f.document)]++;
    }
  const std::string scope = plural(static_cast<int>(data.stories.size()), "story", "stories");
  if (all.problems() == 0) {
    if (all.total() == 0)
      out += fmt::format("**No contradictions found.** {} checked; no claim could be compared.\n\n", scope);
    else
      out += fmt::format("**No contradictions found.** {} checked: {} supported, {} unverified.\n\n", scope,
                         plural(all.supported, "claim", "claims"), all.unverified);
    return;
  }
  std::string names;
  for (const auto& [name, n] : by_source) names += fmt::format("{}{} ({})", names.empty() ? "" : ", ", md_escape(name), n);
  out += fmt::format("**{}** in {}", plural(all.problems(), "contradiction", "contradictions"), scope);
  if (all.internal > 0) out += fmt::format(" ({} within one article)", all.internal);
  out += fmt::format(", from {}: {}.\n", plural(static_cast<int>(by_source.size()), "source", "sources"), names);
  if (all.supported + all.unverified > 0)
    out += fmt::format("Also {} supported, {} unverified.\n", plural(all.supported, "claim", "claims"), all.unverified);
  out += "\n";
}

void story_section(const ReportStory& s, std::string& out) {
  out += fmt::format("## {}\n\n", md_escape(s.title.empty() ? s.id : s.title));
  if (s.official.empty()) {
    out += fmt::format("Story {}. No official document stored, so nothing could be compared.\n\n", md_escape(s.id));
  } else {
    out += fmt::format("Story {}. Official: {}", md_escape(s.id), md_escape(source_name(s.official_source, s.official)));
    if (!s.official_source.empty()) out += fmt::format(" ({})", md_escape(s.official));
    if (!s.official_published.empty()) out += fmt::format(", published {}", md_escape(s.official_published));
    if (const auto l = link(s.official_url); !l.empty()) out += " " + l;
    out += "\n\n";
  }

  const auto rows = scorecard(s);
  if (rows.empty()) {
    out += "No coverage documents.\n\n";
  } else {
    out += "| Source | Supported | Contradicted | Unverified | Internal |\n|:--|--:|--:|--:|--:|\n";
    auto bold = [](int n) { return n > 0 ? fmt::format("**{}**", n) : std::string("0"); };
    for (const auto& r : rows)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(r.name), r.tally.supported, bold(r.tally.contradicted),
                         r.tally.unverified, bold(r.tally.internal));
    out += "\n";
  }
  for (const auto& d : s.documents)
    if (d.status == "refused")
      out += fmt::format("Not checked: {}: {}\n\n", md_escape(source_name(d.source, d.file)), md_escape(d.error));

  int n = 0;
  for (const auto& f : s.findings) n += is_problem(f.verdict);
  if (n == 0) {
    out += "**No contradictions in this story.**\n\n";
  } else {
    out += fmt::format("### {}\n\n", plural(n, "contradiction", "contradictions"));
    int i = 0;
    for (const auto& f : s.findings) {
      if (!is_problem(f.verdict)) continue;
      const bool internal = f.verdict == Verdict::kInternal;
      const std::string who = md_escape(source_name(f.source, f.document));
      out += fmt::format("**{}. {}: {} {}**\n\n", ++i, who, to_string(f.kind),
                         internal ? "contradicts itself" : "contradicted");
      out += fmt::format("Why: {}\n\n", md_escape(f.reason));
      std::string where;  // the file (when the outlet has a name) and the article's link
      if (!f.source.empty()) where = md_escape(f.document);
      if (const auto l = link(f.url); !l.empty()) where += (where.empty() ? "" : ", ") + l;
      out += fmt::format("> {} says{}:\n>\n> {}\n\n", who, where.empty() ? "" : " (" + where + ")", quote(f.claim));
      const std::string official = md_escape(source_name(s.official_source, s.official));
      if (f.official && internal)
        out += fmt::format("> Elsewhere in the same article:\n>\n> {}\n\n", quote(*f.official));
      else if (f.official)
        out += fmt::format("> Official ({}) says:\n>\n> {}\n\n", official, quote(*f.official));
      else if (!internal)
        out += fmt::format("> Official ({}{}): no single sentence to quote; the reason above says what it states.\n\n",
                           official, s.official_published.empty() ? "" : ", published " + md_escape(s.official_published));
    }
  }
  if (!s.resolved.empty()) {
    out += "### Resolved\n\n";
    for (const auto& r : s.resolved)
      out += fmt::format("- {} ({}, gone in run {}): {}: {}\n", md_escape(r.document), md_escape(r.verdict),
                         r.resolved_run, md_escape(r.claim_text), md_escape(r.reason));
    out += "\n";
  }
}

}  // namespace

std::string render_markdown(const ReportData& data) {
  std::string out = "# claimcheck report\n\n";
  if (data.since_run) out += fmt::format("Only findings first seen after run {}.\n\n", *data.since_run);
  if (data.stories.empty()) return out + "**No contradictions found.** The database holds no stories.\n";
  summary(data, out);
  for (const auto& s : data.stories) story_section(s, out);
  return out;
}

}  // namespace claimcheck
