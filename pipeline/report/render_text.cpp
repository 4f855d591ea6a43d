// Markdown and HTML reports: per story a scorecard per source, then each
// contradiction with both quotes, the claim highlighted, and the reason.
#include <array>
#include <map>
#include <string>

#include <fmt/format.h>

#include "pipeline/report/report.h"

namespace claimcheck {
namespace {

struct Tally {
  int supported = 0, contradicted = 0, unverified = 0, internal = 0;
  void add(Verdict v) {
    switch (v) {
      case Verdict::kSupported: ++supported; break;
      case Verdict::kContradicted: ++contradicted; break;
      case Verdict::kUnverified: ++unverified; break;
      case Verdict::kInternal: ++internal; break;
    }
  }
};

std::string source_name(const std::string& source, const std::string& file) { return source.empty() ? file : source; }

// Scorecard rows in document order, keyed by display name.
std::vector<std::pair<std::string, Tally>> scorecard(const ReportStory& s) {
  std::vector<std::pair<std::string, Tally>> rows;
  std::map<std::string, size_t> index;
  for (const auto& d : s.documents) {
    if (d.role != "coverage" || d.status == "retired") continue;
    index[d.file] = rows.size();
    rows.emplace_back(source_name(d.source, d.file), Tally{});
  }
  for (const auto& f : s.findings) {
    auto it = index.find(f.document);
    if (it != index.end()) rows[it->second].second.add(f.verdict);
  }
  return rows;
}

bool is_problem(Verdict v) { return v == Verdict::kContradicted || v == Verdict::kInternal; }

// Splits a sentence around the claim span: {before, claim, after}; the whole
// sentence in `before` when the claim is not inside it.
std::array<std::string, 3> split_at_claim(const ReportSpan& s) {
  const std::string& text = s.sentence.empty() ? s.text : s.sentence;
  const uint32_t base = s.sentence.empty() ? s.start : s.sentence_start;
  if (s.start < base || s.end > base + text.size() || s.end < s.start) return {text, "", ""};
  const size_t a = s.start - base, b = s.end - base;
  return {text.substr(0, a), text.substr(a, b - a), text.substr(b)};
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

std::string md_escape(const std::string& raw) {
  std::string out;
  for (char c : one_line(raw)) {
    if (std::string_view("\\`*_{}[]<>()#+-.!|~&").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string md_quote(const ReportSpan& s) {
  auto [before, claim, after] = split_at_claim(s);
  std::string out = md_escape(before);
  if (!claim.empty()) out += "**" + md_escape(claim) + "**";
  return out + md_escape(after);
}

std::string html_escape(const std::string& raw) {
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_quote(const ReportSpan& s) {
  auto [before, claim, after] = split_at_claim(s);
  std::string out = html_escape(before);
  if (!claim.empty()) out += "<mark>" + html_escape(claim) + "</mark>";
  return out + html_escape(after);
}

}  // namespace

std::string render_markdown(const ReportData& data) {
  std::string out = "# claimcheck report\n\n";
  if (data.since_run) out += fmt::format("Findings first seen after run {}.\n\n", *data.since_run);
  int problems = 0;
  for (const auto& s : data.stories)
    for (const auto& f : s.findings) problems += is_problem(f.verdict);
  if (problems == 0) out += "**No contradictions found.**\n\n";
  for (const auto& s : data.stories) {
    out += fmt::format("## {}\n\n", md_escape(s.title.empty() ? s.id : s.title));
    out += fmt::format("Story `{}`; official document: {}\n\n", s.id,
                       s.official.empty() ? "none stored" : md_escape(source_name(s.official_source, s.official)));
    out += "| source | supported | contradicted | unverified | internal |\n|---|---:|---:|---:|---:|\n";
    for (const auto& [name, t] : scorecard(s))
      out += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(name), t.supported, t.contradicted, t.unverified,
                         t.internal);
    out += "\n";
    int n = 0;
    for (const auto& f : s.findings) {
      if (!is_problem(f.verdict)) continue;
      ++n;
      out += fmt::format("### {}. {} — {} ({})\n\n", n, md_escape(source_name(f.source, f.document)),
                         f.verdict == Verdict::kInternal ? "contradicts itself" : "contradicted", to_string(f.kind));
      out += fmt::format("**Reason:** {}\n\n", md_escape(f.reason));
      out += fmt::format("> **Source says:** {}\n>\n", md_quote(f.claim));
      if (f.official)
        out += fmt::format("> **{}:** {}\n\n", f.verdict == Verdict::kInternal ? "Elsewhere it says" : "Official says",
                           md_quote(*f.official));
      else
        out += "\n";
    }
    if (n == 0) out += "No contradictions in this story.\n\n";
    for (const auto& r : s.resolved)
      out += fmt::format("- Resolved since run {}: {} ({}) — {}\n", r.resolved_run - 1, md_escape(r.document),
                         r.verdict, md_escape(r.reason));
    if (!s.resolved.empty()) out += "\n";
  }
  return out;
}

std::string render_html(const ReportData& data) {
  std::string out = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimcheck report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}.finding{border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.6rem 1rem}
.quotes{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.quotes blockquote{margin:0;padding:.4rem .8rem;background:#f7f7f7;border-left:4px solid #bbb}
.contradicted{border-left:6px solid #c0392b}.internal{border-left:6px solid #d68910}.supported{border-left:6px solid #27ae60}.unverified{border-left:6px solid #7f8c8d}
mark{background:#ffe08a}.reason{font-weight:600}.filters{margin:1rem 0}.hidden{display:none}.meta{color:#666;font-size:.9em}
</style></head><body>
<h1>claimcheck report</h1>
)";
  int problems = 0;
  std::map<std::string, int> sources;
  for (const auto& s : data.stories)
    for (const auto& f : s.findings) {
      problems += is_problem(f.verdict);
      sources[source_name(f.source, f.document)]++;
    }
  if (problems == 0) out += "<p id=\"none\"><strong>No contradictions found.</strong></p>\n";
  out += "<div class=\"filters\"><label>Source <select id=\"f-source\"><option value=\"\">all</option>";
  for (const auto& [name, n] : sources)
    out += fmt::format("<option value=\"{0}\">{0}</option>", html_escape(name));
  out += "</select></label> <label>Verdict <select id=\"f-verdict\"><option value=\"\">all</option>";
  for (const char* v : {"contradicted", "internal", "supported", "unverified"})
    out += fmt::format("<option value=\"{0}\"{1}>{0}</option>", v, "");
  out += "</select></label></div>\n";
  for (const auto& s : data.stories) {
    out += fmt::format("<section class=\"story\" id=\"story-{}\"><h2>{}</h2>\n", html_escape(s.id),
                       html_escape(s.title.empty() ? s.id : s.title));
    out += fmt::format("<p class=\"meta\">Story <code>{}</code>; official document: {}</p>\n", html_escape(s.id),
                       s.official.empty() ? "none stored" : html_escape(source_name(s.official_source, s.official)));
    out += "<table class=\"scorecard\"><tr><th>source</th><th>supported</th><th>contradicted</th><th>unverified</th>"
           "<th>internal</th></tr>\n";
    for (const auto& [name, t] : scorecard(s))
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", html_escape(name),
                         t.supported, t.contradicted, t.unverified, t.internal);
    out += "</table>\n";
    for (const auto& f : s.findings) {
      const std::string v(to_string(f.verdict));
      out += fmt::format("<div class=\"finding {0}\" data-verdict=\"{0}\" data-source=\"{1}\">\n", v,
                         html_escape(source_name(f.source, f.document)));
      out += fmt::format("<div class=\"meta\">{} · {} · {}</div>\n", html_escape(source_name(f.source, f.document)), v,
                         to_string(f.kind));
      out += fmt::format("<div class=\"reason\">{}</div>\n<div class=\"quotes\">", html_escape(f.reason));
      out += fmt::format("<blockquote class=\"claim\"><div class=\"meta\">source says</div>{}</blockquote>",
                         html_quote(f.claim));
      if (f.official)
        out += fmt::format("<blockquote class=\"official\"><div class=\"meta\">{}</div>{}</blockquote>",
                           f.verdict == Verdict::kInternal ? "elsewhere it says" : "official says",
                           html_quote(*f.official));
      out += "</div></div>\n";
    }
    out += "</section>\n";
  }
  out += R"(<script>
(function(){
  var src=document.getElementById('f-source'),ver=document.getElementById('f-verdict');
  function apply(){
    var s=src.value,v=ver.value;
    document.querySelectorAll('.finding').forEach(function(el){
      var show=(!s||el.getAttribute('data-source')===s)&&(!v||el.getAttribute('data-verdict')===v);
      el.classList.toggle('hidden',!show);
    });
  }
  src.addEventListener('change',apply);ver.addEventListener('change',apply);apply();
})();
</script>
</body></html>
)";
  return out;
}

}  // namespace claimcheck
