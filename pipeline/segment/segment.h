// Splits normalised text into blocks (paragraphs, headings, list items) and
// sentences (ICU BreakIterator plus an abbreviation list), and marks
// boilerplate blocks (navigation, share prompts, "Related Stories" sections)
// from a data vocabulary. It does not read files or extract claims.
//
// Blocks: a blank line ends a block; a single newline does too, unless the
// next line continues a hard-wrapped sentence (starts lower-case after a line
// without terminal punctuation, or is an indented continuation of a list
// item). Markdown flattened onto one line (" ### Heading", ". - item") is
// split back into blocks. A markdown heading block is its first sentence; the
// rest becomes a paragraph. A short single line without terminal punctuation
// is a heading.
// Boilerplate (extractors/rules/segment.json): "line" rules mark one block,
// "section" rules mark a heading and every block after it up to the next
// markdown heading or the end of the text, and "links" rules a heading and
// the list items and headline-like lines right after it ("Read more:" and
// its links), up to the first paragraph.
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
//   {"kind": "segment", "rules": [
//     {"id": "abbrev.titles", "type": "abbreviation", "words": ["Dr.", ...],
//      "pattern": "[A-Z]\\.",            // optional, RE2 full match on the last token
//      "followed_by": "\\d",             // optional: only before text starting so ("Jan." + "13")
//      "examples": [{"text": "Dr. Jones left. He sat.", "sentences": ["Dr. Jones left.", "He sat."]}],
//      "not": [...same shape: texts whose split this rule must leave alone...]},
//     {"id": "boilerplate.related", "type": "section" | "line" | "links",
//      "pattern": "related (stories|articles)",   // RE2, case-insensitive full match
//      "examples": ["Related Stories"], "not": ["Related stories are rare."]}]}
// A block is matched without its markdown '#'s, list marker and trailing ':'.
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
// sentences are in text order and do not overlap. Block and sentence spans are
// trimmed of surrounding whitespace and never empty.
struct Segmentation {
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
};

// Safe to call from several threads with the same rules.
Segmentation segment(std::string_view normalised_text, const SegmentRules& rules);

}  // namespace claimcheck
