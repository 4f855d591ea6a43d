// Runs one document through normalise -> segment -> extract and maps every
// span back to the original bytes. Shared by `run` and `extract`; it touches
// no file and no database.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor_set.h"
#include "extractors/rule_book.h"
#include "pipeline/compare/compare.h"
#include "pipeline/core/error.h"
#include "pipeline/core/types.h"
#include "pipeline/segment/segment.h"

namespace claimcheck {

// Everything built once from rule data and shared read-only by all workers.
struct Resources {
  SegmentRules segment_rules;
  ExtractorSet extractors;
  CompareOptions compare_options;
  static Result<Resources> build(const RuleBook& rules);
};

struct ProcessedDocument {
  std::vector<Block> blocks;         // original byte spans
  std::vector<Sentence> sentences;   // original byte spans, boilerplate ones included
  std::vector<Claim> claims;         // original byte spans; Claim::sentence indexes `sentences`
  std::vector<std::string> warnings; // from decoding, e.g. invalid bytes
};

// Seconds spent per stage, summed over documents (for `run --stats`).
struct StageTimes {
  double read = 0, normalise = 0, segment = 0, extract = 0, compare = 0, store = 0;
  StageTimes& operator+=(const StageTimes& o);
};

ProcessedDocument process_document(std::string_view bytes, std::optional<CivilDate> published,
                                   const Resources& resources, StageTimes* times = nullptr);

}  // namespace claimcheck
