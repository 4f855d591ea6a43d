// Helpers shared by the Markdown and HTML renderers: scorecard tallies, locating
// the claim inside its sentence (byte offsets, UTF-8 safe), escaping for each
// format and UTF-8 repair. Pure string work: no database, no verdicts.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/report/report.h"

namespace claimcheck::report_detail {

struct Tally {
  int supported = 0, contradicted = 0, unverified = 0, internal = 0;
  void add(Verdict v);
  int total() const { return supported + contradicted + unverified + internal; }
  int problems() const { return contradicted + internal; }
};

struct ScorecardRow {
  std::string name;  // the outlet, or the file name when the source is unknown
  std::string file;
  std::string url;
  Tally tally;
};

// One row per coverage document that is not retired, in document order; a
// finding on a document missing from `documents` still gets a row.
std::vector<ScorecardRow> scorecard(const ReportStory& s);

std::string source_name(const std::string& source, const std::string& file);
bool is_problem(Verdict v);

// The sentence split around the claim: before / claim / after. `located` is
// false when the claim's bytes are not inside the sentence (the whole
// sentence is then in `before` and the caller shows the claim separately).
struct Located {
  std::string before, claim, after;
  bool located = false;
};
Located locate_claim(const ReportSpan& s);

// Invalid UTF-8 becomes U+FFFD, so every output is valid UTF-8.
std::string valid_utf8(std::string_view raw);
// Newlines and tabs become spaces; runs of spaces collapse (quotes stay on one line).
std::string one_line(std::string_view raw);

// CommonMark inline text: every character that could start markup is
// backslash-escaped, so the text shows verbatim (no links, HTML, emphasis, math).
std::string md_escape(std::string_view raw);
// Text for an HTML element or a double-quoted attribute value.
std::string html_escape(std::string_view raw);
// True for an absolute http(s) URL: the only links a report emits.
bool is_web_url(std::string_view url);

}  // namespace claimcheck::report_detail
