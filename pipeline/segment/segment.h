// Splits normalised text into blocks (paragraphs, headings, list items) and
// sentences (ICU BreakIterator plus an abbreviation list), and marks
// boilerplate blocks (navigation, share prompts, "Related Stories" sections)
// from a data vocabulary. It does not read files or extract claims.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/core/error.h"
#include "pipeline/core/types.h"

namespace claimcheck {

// The vocabulary of extractors/rules/segment.json: boilerplate section
// headings and line patterns, and abbreviations a sentence never ends on.
class SegmentRules {
 public:
  static Result<SegmentRules> from_json(const nlohmann::json& j);
  SegmentRules(SegmentRules&&) noexcept;
  SegmentRules& operator=(SegmentRules&&) noexcept;
  ~SegmentRules();
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  SegmentRules();
  std::unique_ptr<Impl> impl_;
};

// Blocks and sentences with spans in the *normalised* text given to segment();
// the caller maps them to original bytes. Every sentence lies inside its block;
// sentences are in text order and do not overlap.
struct Segmentation {
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
};

Segmentation segment(std::string_view normalised_text, const SegmentRules& rules);

}  // namespace claimcheck
