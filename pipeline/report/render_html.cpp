// The HTML report: one self-contained page (inline CSS and script, no
// external asset, a CSP that forbids loading any) with a summary, a scorecard
// per story, filters by source and verdict, and every finding with its
// sentence (claim highlighted) next to the official sentence. All document
// text is escaped; the only links are the documents' own http(s) URLs.
// The script only filters: without it every finding is still shown.
#include <map>
#include <string>

#include <fmt/format.h>

#include "pipeline/report/render_util.h"

namespace claimcheck {
namespace {

using namespace report_detail;

constexpr std::string_view kHead = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="claimcheck">
<title>claimcheck report</title>
<script>window.addEventListener('error',function(e){document.documentElement.setAttribute('data-cc-error',String(e.message||e));});</script>
<style>
:root{--fg:#1d2430;--muted:#5d6778;--line:#dde2ea;--bg:#f5f7fa;--card:#fff;--red:#c62828;--amber:#b76e00;--green:#2e7d32;--grey:#607080;--mark:#ffe27a}
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:var(--fg);background:var(--bg)}
main{max-width:76rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:0 0 .2rem}
.summary{font-size:1.05rem;margin:.25rem 0 1rem}.summary.ok{color:var(--green)}.summary.bad strong{color:var(--red)}
.muted,.meta{color:var(--muted)}.meta{font-size:.85rem}
.filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.6rem .9rem;margin:0 0 1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.05)}
.filters select{font:inherit;padding:.15rem .4rem;border:1px solid var(--line);border-radius:6px;background:#fff}
.chip{display:inline-flex;align-items:center;gap:.3rem;border:1px solid var(--line);border-radius:999px;padding:.1rem .65rem;cursor:pointer;user-select:none}
.chip input{margin:0}.chip .n{font-variant-numeric:tabular-nums;color:var(--muted)}
#f-count{margin-left:auto}
.story{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1rem 1.25rem;margin:0 0 1.5rem}
table.scorecard{border-collapse:collapse;margin:.75rem 0 1rem;font-variant-numeric:tabular-nums}
.scorecard th,.scorecard td{border-bottom:1px solid var(--line);padding:.3rem .8rem;text-align:right}
.scorecard th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
.scorecard th:first-child,.scorecard td:first-child{text-align:left}
.scorecard td.zero{color:#b0b7c3}.scorecard td.hot{color:var(--red);font-weight:700}.scorecard td.warm{color:var(--amber);font-weight:700}
.scorecard button{font:inherit;border:0;background:none;padding:0;color:#1f5fbf;cursor:pointer;text-align:left}
.scorecard button:hover{text-decoration:underline}
.finding{border:1px solid var(--line);border-left:6px solid var(--grey);border-radius:8px;margin:.8rem 0;padding:.65rem 1rem .8rem;background:#fff}
.finding.contradicted{border-left-color:var(--red)}.finding.internal{border-left-color:var(--amber)}.finding.supported{border-left-color:var(--green)}
.finding header{display:flex;flex-wrap:wrap;gap:.4rem .6rem;align-items:baseline}
.badge{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:#fff;background:var(--grey);border-radius:4px;padding:.05rem .45rem}
.badge.contradicted{background:var(--red)}.badge.internal{background:var(--amber)}.badge.supported{background:var(--green)}
.reason{margin:.35rem 0 .6rem;font-weight:600}
.quotes{display:grid;grid-template-columns:1fr 1fr;gap:.9rem}
@media (max-width:720px){.quotes{grid-template-columns:1fr}}
figure{margin:0}figcaption{font-size:.8rem;color:var(--muted);margin:0 0 .2rem}
blockquote{margin:0;padding:.5rem .8rem;background:var(--bg);border-radius:6px;overflow-wrap:anywhere}
.official blockquote{background:#eef4fb}
mark{background:var(--mark);padding:0 .1em;border-radius:2px}
.absent{font-style:italic;color:var(--muted)}
.empty{padding:.5rem 0;color:var(--green);font-weight:600}
.hidden{display:none}
a{color:#1f5fbf}
@media print{.filters{display:none}.hidden{display:block}body{background:#fff}}
</style></head><body><main>
<h1>claimcheck report</h1>
)";

constexpr std::string_view kScript = R"(<script>
(function(){
  var src=document.getElementById('f-source');
  var boxes=[].slice.call(document.querySelectorAll('input[name=verdict]'));
  var findings=[].slice.call(document.querySelectorAll('.finding'));
  var count=document.getElementById('f-count');
  function apply(){
    var s=src.value,on={},shown=0;
    boxes.forEach(function(b){on[b.value]=b.checked;});
    findings.forEach(function(el){
      var show=(!s||el.getAttribute('data-source')===s)&&on[el.getAttribute('data-verdict')];
      el.classList.toggle('hidden',!show);
      if(show)shown++;
    });
    document.querySelectorAll('.story').forEach(function(st){
      var none=st.querySelector('.no-match');
      if(none)none.classList.toggle('hidden',st.querySelector('.finding:not(.hidden)')!==null||st.querySelector('.finding')===null);
    });
    count.textContent=shown+' of '+findings.length+' findings shown';
  }
  src.addEventListener('change',apply);
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  document.querySelectorAll('[data-pick-source]').forEach(function(b){
    b.addEventListener('click',function(){
      src.value=b.getAttribute('data-pick-source');
      boxes.forEach(function(x){x.checked=true;});
      apply();
    });
  });
  apply();
  document.documentElement.setAttribute('data-cc-height',String(document.documentElement.scrollHeight));
  document.documentElement.setAttribute('data-cc-ready','1');
})();
</script>
)";

std::string plural(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string quote(const ReportSpan& s) {
  const Located l = locate_claim(s);
  std::string out = "<blockquote>" + html_escape(l.before);
  if (!l.claim.empty()) out += "<mark>" + html_escape(l.claim) + "</mark>";
  out += html_escape(l.after) + "</blockquote>";
  if (!l.located)
    out += fmt::format("<p class=\"meta\">claim (not inside this sentence): <mark>{}</mark></p>", html_escape(s.text));
  return out;
}

std::string link(const std::string& url, const std::string& label) {
  if (!is_web_url(url)) return "";
  return fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", html_escape(url), html_escape(label));
}

std::string cell(int n, const char* hot) {
  if (n == 0) return "<td class=\"zero\">0</td>";
  return fmt::format("<td class=\"{}\">{}</td>", hot, n);
}

void finding(const ReportStory& s, const ReportFinding& f, std::string& out) {
  const std::string v(to_string(f.verdict));
  const std::string who = source_name(f.source, f.document);
  out += fmt::format("<article class=\"finding {0}\" id=\"finding-{1}\" data-verdict=\"{0}\" data-source=\"{2}\">\n", v,
                     f.id, html_escape(who));
  out += fmt::format("<header><span class=\"badge {0}\">{0}</span><strong>{1}</strong><span class=\"meta\">{2}",
                     v, html_escape(who), to_string(f.kind));
  if (!f.value.empty()) out += fmt::format(" · {}", html_escape(f.value));
  if (!f.source.empty()) out += fmt::format(" · {}", html_escape(f.document));
  out += "</span>";
  if (const auto l = link(f.url, "article"); !l.empty()) out += "<span class=\"meta\">" + l + "</span>";
  out += "</header>\n";
  if (!f.reason.empty()) out += fmt::format("<p class=\"reason\">{}</p>\n", html_escape(f.reason));
  out += "<div class=\"quotes\">\n";
  out += fmt::format("<figure class=\"claim\"><figcaption>{} says (bytes {}–{})</figcaption>{}</figure>\n",
                     html_escape(who), f.claim.start, f.claim.end, quote(f.claim));
  const bool internal = f.verdict == Verdict::kInternal;
  const std::string other = internal ? "Elsewhere in the same article"
                                     : "Official: " + source_name(s.official_source, s.official);
  if (f.official)
    out += fmt::format("<figure class=\"official\"><figcaption>{} (bytes {}–{})</figcaption>{}</figure>\n",
                       html_escape(other), f.official->start, f.official->end, quote(*f.official));
  else if (f.verdict == Verdict::kUnverified)
    out += fmt::format("<figure class=\"official\"><figcaption>{}</figcaption><blockquote class=\"absent\">The official "
                       "announcement says nothing about this.</blockquote></figure>\n",
                       html_escape(other));
  else
    out += fmt::format("<figure class=\"official\"><figcaption>{}{}</figcaption><blockquote class=\"absent\">No single "
                       "sentence to quote; the reason above says what the official document states.</blockquote>"
                       "</figure>\n",
                       html_escape(other),
                       s.official_published.empty() ? "" : ", published " + html_escape(s.official_published));
  out += "</div>\n</article>\n";
}

void story_section(const ReportData& data, const ReportStory& s, std::string& out) {
  out += fmt::format("<section class=\"story\" id=\"story-{}\">\n<h2>{}</h2>\n", html_escape(s.id),
                     html_escape(s.title.empty() ? s.id : s.title));
  out += fmt::format("<p class=\"meta\">Story <code>{}</code> · ", html_escape(s.id));
  if (s.official.empty()) {
    out += "no official document stored, so nothing could be compared";
  } else {
    out += "official: " + html_escape(source_name(s.official_source, s.official));
    if (!s.official_source.empty()) out += " (" + html_escape(s.official) + ")";
    if (!s.official_published.empty()) out += ", published " + html_escape(s.official_published);
    if (const auto l = link(s.official_url, "open"); !l.empty()) out += " · " + l;
  }
  out += "</p>\n";

  const auto rows = scorecard(s);
  if (rows.empty()) {
    out += "<p class=\"muted\">No coverage documents.</p>\n";
  } else {
    out += "<table class=\"scorecard\"><thead><tr><th>Source</th><th>Supported</th><th>Contradicted</th>"
           "<th>Unverified</th><th>Internal</th></tr></thead><tbody>\n";
    for (const auto& r : rows)
      out += fmt::format("<tr><td><button type=\"button\" data-pick-source=\"{0}\" title=\"Show only {0}\">{0}</button>"
                         "</td>{1}{2}{3}{4}</tr>\n",
                         html_escape(r.name), cell(r.tally.supported, "ok"), cell(r.tally.contradicted, "hot"),
                         cell(r.tally.unverified, "n"), cell(r.tally.internal, "warm"));
    out += "</tbody></table>\n";
  }
  for (const auto& d : s.documents)
    if (d.status == "refused")
      out += fmt::format("<p class=\"meta\">Not checked: {}: {}</p>\n", html_escape(source_name(d.source, d.file)),
                         html_escape(d.error));

  int problems = 0;
  for (const auto& f : s.findings) problems += is_problem(f.verdict);
  if (problems == 0) out += "<p class=\"empty\">No contradictions in this story.</p>\n";
  // Contradictions first: they are what the reader came for.
  for (const auto& f : s.findings)
    if (is_problem(f.verdict)) finding(s, f, out);
  for (const auto& f : s.findings)
    if (!is_problem(f.verdict)) finding(s, f, out);
  if (!s.findings.empty()) out += "<p class=\"muted no-match hidden\">No finding in this story matches the filters.</p>\n";
  if (!s.resolved.empty()) {
    out += "<h3>Resolved</h3><ul>\n";
    for (const auto& r : s.resolved)
      out += fmt::format("<li>{} ({}, gone in run {}): {}: {}</li>\n", html_escape(r.document), html_escape(r.verdict),
                         r.resolved_run, html_escape(r.claim_text), html_escape(r.reason));
    out += "</ul>\n";
  }
  // With --new / --since-run: documents edited upstream (claims replaced) or removed from story.json.
  for (const auto& d : s.documents)
    if (updated_in_window(d, data.since_run, data.until_run))
      out += fmt::format("<p class=\"meta\">Document {} {} in run {}</p>\n", html_escape(d.file),
                         d.status == "retired" ? "retired (removed from story.json)" : "read again (new or edited)",
                         d.processed_run);
  out += "</section>\n";
}

}  // namespace

std::string render_html(const ReportData& data) {
  std::string out(kHead);
  Tally all;
  std::map<std::string, int> sources, problem_sources;
  for (const auto& s : data.stories) {
    for (const auto& r : scorecard(s)) sources[r.name] += 0;
    for (const auto& f : s.findings) {
      all.add(f.verdict);
      if (is_problem(f.verdict)) problem_sources[source_name(f.source, f.document)]++;
    }
  }
  if (data.since_run) out += fmt::format("<p class=\"meta\">Only findings first seen after run {}.</p>\n", *data.since_run);
  const std::string scope = plural(static_cast<int>(data.stories.size()), "story", "stories");
  if (all.problems() == 0) {
    out += fmt::format("<p class=\"summary ok\" id=\"none\"><strong>No contradictions found.</strong> {} checked", scope);
    if (all.total() == 0)
      out += "; no claim could be compared.</p>\n";
    else
      out += fmt::format(": {} supported, {} unverified.</p>\n", plural(all.supported, "claim", "claims"), all.unverified);
  } else {
    std::string names;
    for (const auto& [name, n] : problem_sources) names += (names.empty() ? "" : ", ") + html_escape(name) + fmt::format(" ({})", n);
    out += fmt::format("<p class=\"summary bad\"><strong>{}</strong> in {}, from {}: {}.",
                       plural(all.problems(), "contradiction", "contradictions"), scope,
                       plural(static_cast<int>(problem_sources.size()), "source", "sources"), names);
    if (all.supported + all.unverified > 0)
      out += fmt::format(" Also {} supported, {} unverified.", plural(all.supported, "claim", "claims"), all.unverified);
    out += "</p>\n";
  }

  out += "<div class=\"filters\" role=\"group\" aria-label=\"Filters\">\n"
         "<label>Source <select id=\"f-source\"><option value=\"\">all sources</option>";
  for (const auto& [name, n] : sources) out += fmt::format("<option value=\"{0}\">{0}</option>", html_escape(name));
  out += "</select></label>\n<span>Verdict</span>\n";
  const std::pair<Verdict, int> verdicts[] = {{Verdict::kContradicted, all.contradicted},
                                              {Verdict::kInternal, all.internal},
                                              {Verdict::kSupported, all.supported},
                                              {Verdict::kUnverified, all.unverified}};
  for (const auto& [v, n] : verdicts)
    out += fmt::format("<label class=\"chip\"><input type=\"checkbox\" name=\"verdict\" value=\"{0}\"{1}>"
                       "<span class=\"badge {0}\">{0}</span><span class=\"n\">{2}</span></label>\n",
                       to_string(v), is_problem(v) || all.problems() == 0 ? " checked" : "", n);
  out += "<span id=\"f-count\" class=\"meta\"></span>\n</div>\n";

  if (data.stories.empty()) out += "<p class=\"muted\">The database holds no stories.</p>\n";
  for (const auto& s : data.stories) story_section(data, s, out);
  out += "<p class=\"meta\">Generated by claimcheck. Offsets are UTF-8 byte offsets into each document as read from "
         "disk.</p>\n</main>\n";
  out += kScript;
  out += "</body></html>\n";
  return out;
}

}  // namespace claimcheck
