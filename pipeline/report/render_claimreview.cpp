// ClaimReview JSON-LD (https://schema.org/ClaimReview): one review per
// contradicted (or self-contradicting) claim, in the form fact-checkers
// publish and search engines read: the claim as the outlet wrote it, where and
// when it appeared, a textual verdict, and the official document as evidence.
// Supported and unverified claims are not reviews; an empty array means none.
#include <nlohmann/json.hpp>

#include "pipeline/report/report.h"

namespace claimcheck {
namespace {

using json = nlohmann::ordered_json;

json organization(const std::string& name) { return {{"@type", "Organization"}, {"name", name}}; }

bool web_url(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

}  // namespace

std::string render_claimreview(const ReportData& data) {
  json reviews = json::array();
  for (const auto& s : data.stories) {
    for (const auto& f : s.findings) {
      if (f.verdict != Verdict::kContradicted && f.verdict != Verdict::kInternal) continue;
      const bool internal = f.verdict == Verdict::kInternal;
      const std::string outlet = f.source.empty() ? f.document : f.source;

      json appearance = {{"@type", "CreativeWork"}, {"name", f.document}};
      if (web_url(f.url)) appearance["url"] = f.url;
      appearance["author"] = organization(outlet);
      if (!f.published.empty()) appearance["datePublished"] = f.published;

      json claim = {{"@type", "Claim"},
                    {"text", f.claim.sentence.empty() ? f.claim.text : f.claim.sentence},
                    {"author", organization(outlet)}};
      if (!f.published.empty()) claim["datePublished"] = f.published;
      claim["appearance"] = appearance;
      claim["firstAppearance"] = appearance;

      const char* verdict_text = internal ? "Self-contradictory" : "Contradicted by the official announcement";
      json review = {{"@context", "https://schema.org"},
                     {"@type", "ClaimReview"},
                     {"identifier", "claimcheck-finding-" + std::to_string(f.id)},
                     {"claimReviewed", f.claim.text},
                     {"reviewBody", f.reason},
                     {"itemReviewed", claim},
                     {"reviewRating",
                      {{"@type", "Rating"},
                       {"alternateName", verdict_text},
                       {"ratingValue", 1},
                       {"bestRating", 5},
                       {"worstRating", 1},
                       {"ratingExplanation", f.reason}}},
                     {"author", organization("claimcheck")}};
      if (f.official) {
        // The evidence: the official announcement (or, for an article that
        // contradicts itself, the other passage of the same article).
        json evidence = {{"@type", "CreativeWork"},
                         {"name", internal ? f.document : s.official},
                         {"text", f.official->sentence.empty() ? f.official->text : f.official->sentence}};
        const std::string url = internal ? f.url : s.official_url;
        const std::string published = internal ? f.published : s.official_published;
        const std::string by = internal ? outlet : (s.official_source.empty() ? s.official : s.official_source);
        if (web_url(url)) evidence["url"] = url;
        if (!published.empty()) evidence["datePublished"] = published;
        evidence["author"] = organization(by);
        review["isBasedOn"] = evidence;
      }
      reviews.push_back(std::move(review));
    }
  }
  return reviews.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck
