// The plain value types that flow forward through the pipeline:
// ingest -> normalise -> segment -> extract -> store -> compare -> report.
// They own their data and carry no behaviour beyond small accessors; no stage
// reaches back into an earlier one through these types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/core/civil_date.h"

namespace claimcheck {

// A half-open byte range [start, end). Which text it indexes is always stated
// where a Span is stored (original file bytes unless said otherwise).
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return start >= end; }
  bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
  // Bytes between the two spans; 0 when they touch or overlap.
  uint32_t distance(const Span& o) const { return end <= o.start ? o.start - end : o.end <= start ? start - o.end : 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class Role : uint8_t { kOfficial, kCoverage };
std::string_view to_string(Role role);

// One document of a story, as declared in story.json.
struct DocumentSpec {
  std::string file;                     // relative to the story folder
  Role role = Role::kCoverage;
  std::string source;                   // outlet name, may be empty
  std::string url;
  std::optional<CivilDate> published;   // anchors relative dates
};

// A story: one official announcement and the coverage written about it.
struct StorySpec {
  std::string id;
  std::string title;
  std::string folder;                   // absolute or corpus-relative path of the story folder
  std::vector<DocumentSpec> documents;  // exactly one has Role::kOfficial
};

// A document's bytes as read from disk, with the hash that detects change.
struct Document {
  DocumentSpec spec;
  std::string story_id;
  std::string bytes;                    // exactly as on disk; every Span indexes these bytes
  std::string hash;                     // hex content hash of `bytes`
  int64_t mtime_ns = 0;                 // the file's modification time when it was read
};

enum class BlockKind : uint8_t { kParagraph, kHeading, kListItem, kBoilerplate };
std::string_view to_string(BlockKind kind);

// A block (paragraph, heading, list item) or a sentence; spans index the original bytes.
struct Block {
  Span span;
  BlockKind kind = BlockKind::kParagraph;
  std::string reason;                   // why it is boilerplate, e.g. "heading: Similar Articles"
};

struct Sentence {
  Span span;
  uint32_t block = 0;                   // index into the document's blocks
  bool boilerplate = false;
};

enum class ClaimKind : uint8_t { kDate, kMoney, kPercent, kTerm };
std::string_view to_string(ClaimKind kind);
std::optional<ClaimKind> claim_kind_from_string(std::string_view s);

// A claim found by an extractor. Extractors fill `span` with offsets into the
// text they were given; the pipeline maps them to original bytes afterwards.
struct Claim {
  ClaimKind kind = ClaimKind::kDate;
  Span span;
  std::string text;                     // the claim's text
  std::string value;                    // date: TIMEX3 value; term: normalised term; else empty
  double number = 0;                    // money (whole units) and percent value
  std::string currency;                 // money: ISO 4217 code
  std::string rule;                     // id of the rule that produced it
  int32_t sentence = -1;                // index of the sentence holding it, -1 if unknown
  // Kind-specific structured fields (type, mod, bound, bounds, approx, range,
  // unit, measure, subject, object, polarity, status, condition, ...).
  nlohmann::json attrs = nlohmann::json::object();
};

enum class Verdict : uint8_t { kContradicted, kSupported, kUnverified, kInternal };
std::string_view to_string(Verdict verdict);
std::optional<Verdict> verdict_from_string(std::string_view s);

// The comparison of one coverage claim. Indices refer to the claim vectors
// handed to compare(); `other` is the official claim, or for kInternal the
// other claim of the same document.
struct Finding {
  Verdict verdict = Verdict::kUnverified;
  uint32_t claim = 0;
  std::optional<uint32_t> other;
  std::string reason;
};

}  // namespace claimcheck
