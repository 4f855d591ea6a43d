// The JSON report fixed by shared/INTERFACE.md, and ClaimReview JSON-LD.
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
    }
    stories.push_back(std::move(story));
  }
  nlohmann::ordered_json out = {{"stories", stories}, {"latest_run", data.latest_run}};
  if (data.since_run) out["since_run"] = *data.since_run;
  return dump(out) + "\n";
}

std::string render_claimreview(const ReportData& data) {
  nlohmann::ordered_json reviews = nlohmann::ordered_json::array();
  for (const auto& s : data.stories) {
    for (const auto& f : s.findings) {
      if (f.verdict != Verdict::kContradicted && f.verdict != Verdict::kInternal) continue;
      nlohmann::ordered_json appearance = {{"@type", "CreativeWork"}, {"name", f.document}};
      if (!f.url.empty()) appearance["url"] = f.url;
      if (!f.source.empty()) appearance["author"] = {{"@type", "Organization"}, {"name", f.source}};
      if (!f.published.empty()) appearance["datePublished"] = f.published;
      nlohmann::ordered_json review = {
          {"@context", "https://schema.org"},
          {"@type", "ClaimReview"},
          {"claimReviewed", f.claim.text},
          {"reviewBody", f.reason},
          {"itemReviewed",
           {{"@type", "Claim"}, {"text", f.claim.sentence.empty() ? f.claim.text : f.claim.sentence},
            {"appearance", appearance}}},
          {"reviewRating",
           {{"@type", "Rating"},
            {"alternateName", f.verdict == Verdict::kInternal ? "Self-contradictory" : "Contradicted by the official announcement"},
            {"ratingValue", 1}, {"bestRating", 5}, {"worstRating", 1}}},
          {"author", {{"@type", "Organization"}, {"name", "claimcheck"}}}};
      if (f.official) {
        nlohmann::ordered_json evidence = {{"@type", "CreativeWork"},
                                   {"name", f.verdict == Verdict::kInternal ? f.document : s.official},
                                   {"text", f.official->sentence.empty() ? f.official->text : f.official->sentence}};
        if (f.verdict != Verdict::kInternal && !s.official_url.empty()) evidence["url"] = s.official_url;
        if (f.verdict != Verdict::kInternal && !s.official_published.empty())
          evidence["datePublished"] = s.official_published;
        review["isBasedOn"] = evidence;
      }
      if (!f.published.empty()) review["itemReviewed"]["datePublished"] = f.published;
      reviews.push_back(std::move(review));
    }
  }
  return dump(reviews) + "\n";
}

}  // namespace claimcheck
