// Contradiction reports from the database: loads findings into plain
// ReportData, then renders JSON (shared/INTERFACE.md), Markdown, HTML or
// ClaimReview JSON-LD. Renderers only format: they decide no verdict, and
// every piece of document text they emit is escaped for its format.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/error.h"
#include "pipeline/core/types.h"
#include "pipeline/store/store.h"

namespace claimcheck {

struct ReportSpan {
  uint32_t start = 0, end = 0;
  std::string text;      // the claim's text
  std::string sentence;  // the sentence holding it ("" if none)
  uint32_t sentence_start = 0;  // byte offset of `sentence` in its document, for highlighting
};

struct ReportFinding {
  int64_t id = 0;
  std::string document;  // file name
  std::string source;    // outlet ("" if unknown)
  std::string url;
  std::string published;
  Verdict verdict = Verdict::kUnverified;
  ClaimKind kind = ClaimKind::kDate;
  std::string value;     // normalised value as stored
  ReportSpan claim;
  std::optional<ReportSpan> official;  // the official span, or the other span for kInternal
  std::string reason;
  int64_t first_seen_run = 0;
};

struct ResolvedFinding {
  std::string document, verdict, reason, claim_text;
  int64_t first_seen_run = 0, resolved_run = 0;
};

struct ReportDocument {
  std::string file, source, role, status, url, published, error;
  int64_t processed_run = 0;  // the run that last read it (or retired it)
};

struct ReportStory {
  std::string id, title;
  std::string official;        // official document file ("" if none stored)
  std::string official_url, official_source, official_published;
  std::vector<ReportDocument> documents;
  std::vector<ReportFinding> findings;   // ordered by document, then claim position
  std::vector<ResolvedFinding> resolved;  // findings that went away (with --since-run / --new)
};

// With a since/until window: was this document read again (edited upstream,
// replacing its claims and findings) or retired inside the window?
inline bool updated_in_window(const ReportDocument& d, std::optional<int64_t> since, std::optional<int64_t> until) {
  return since && d.processed_run > *since && (!until || d.processed_run <= *until);
}

struct ReportData {
  std::vector<ReportStory> stories;
  int64_t latest_run = 0;
  std::optional<int64_t> since_run;  // findings first seen after this run only
  std::optional<int64_t> until_run;  // ... and no later than this run (--new)
};

struct ReportFilter {
  std::string story;                 // "" = all
  std::optional<int64_t> since_run;  // only findings first seen in a later run
  std::optional<int64_t> until_run;  // and not after this run: --new leaves out a run still going
};

// The window `report --new` shows: findings first seen (or resolved) after the
// previous run that ended and up to the latest run that ended. Runs that died
// in between fall inside it, so what they found is still mailed once; a run
// still going is left out until it ends. {0, 0} when no run has ended.
struct NewWindow {
  int64_t since_run = 0, until_run = 0;
};
Result<NewWindow> new_findings_window(Store& store);

Result<ReportData> load_report(Store& store, const ReportFilter& filter);

std::string render_json(const ReportData& data);
std::string render_markdown(const ReportData& data);
std::string render_html(const ReportData& data);
std::string render_claimreview(const ReportData& data);

}  // namespace claimcheck
