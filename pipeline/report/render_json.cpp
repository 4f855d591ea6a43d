// The JSON report fixed by shared/INTERFACE.md: every story, every finding,
// offsets as stored. It adds fields (source, value, first_seen_run) but never
// renames or drops one the interface fixes.
#include <nlohmann/json.hpp>

#include "pipeline/report/report.h"

namespace claimcheck {
namespace {

nlohmann::ordered_json span_json(const ReportSpan& s) {
  return {{"start", s.start}, {"end", s.end}, {"text", s.text}, {"sentence", s.sentence}};
}

std::string dump(const nlohmann::ordered_json& j) { return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace); }

}  // namespace

std::string render_json(const ReportData& data) {
  nlohmann::ordered_json stories = nlohmann::ordered_json::array();
  for (const auto& s : data.stories) {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const auto& f : s.findings) {
      nlohmann::ordered_json j = {{"document", f.document},
                          {"source", f.source},
                          {"verdict", to_string(f.verdict)},
                          {"kind", to_string(f.kind)},
                          {"value", f.value},
                          {"claim", span_json(f.claim)},
                          {"official", f.official ? span_json(*f.official) : nlohmann::ordered_json(nullptr)},
                          {"reason", f.reason},
                          {"first_seen_run", f.first_seen_run}};
      findings.push_back(std::move(j));
    }
    nlohmann::ordered_json story = {{"id", s.id}, {"title", s.title}, {"official", s.official}, {"findings", findings}};
    if (data.since_run) {
      nlohmann::ordered_json resolved = nlohmann::ordered_json::array();
      for (const auto& r : s.resolved)
        resolved.push_back({{"document", r.document}, {"verdict", r.verdict}, {"reason", r.reason},
                            {"claim", r.claim_text}, {"first_seen_run", r.first_seen_run},
                            {"resolved_run", r.resolved_run}});
      story["resolved"] = resolved;
      // Documents read again (edited upstream) or retired inside the window.
      nlohmann::ordered_json updated = nlohmann::ordered_json::array();
      for (const auto& d : s.documents)
        if (updated_in_window(d, data.since_run, data.until_run))
          updated.push_back({{"document", d.file}, {"role", d.role}, {"status", d.status}, {"run", d.processed_run}});
      story["documents_updated"] = updated;
    }
    stories.push_back(std::move(story));
  }
  nlohmann::ordered_json out = {{"stories", stories}, {"latest_run", data.latest_run}};
  if (data.since_run) out["since_run"] = *data.since_run;
  if (data.until_run) out["until_run"] = *data.until_run;
  return dump(out) + "\n";
}

}  // namespace claimcheck
