// Turns a document's raw bytes into the text extractors match on: valid UTF-8
// (invalid bytes become U+FFFD, BOM dropped, CRLF -> LF), NFKC, typographic
// variants folded to ASCII (quotes, dashes, spaces, markdown escapes), with an
// OffsetMap from every normalised byte back to the original bytes.
// It does not segment, classify or extract anything.
//
// What changes, in order, per code point of the input:
//   - invalid UTF-8 (each maximal ill-formed subpart) -> U+FFFD, reported;
//   - CRLF -> LF, lone CR / NEL / U+2028 / U+2029 / VT / FF -> LF (CRLF reported);
//   - dropped: a leading BOM (reported), U+FEFF elsewhere, soft hyphen,
//     zero-width space, word joiner, LRM/RLM, other C0/C1 controls (reported);
//   - a markdown backslash escape before ASCII punctuation ("long\-term\.")
//     loses its backslash;
//   - NFKC (or NFKC_Casefold with fold_case), applied per normalisation
//     segment so that every change stays local in the OffsetMap;
//   - folding: curly/angle quotes and primes -> ' or ", every dash, hyphen and
//     minus sign -> '-', every space separator -> ' ', fraction slash -> '/',
//     and a vulgar fraction after a digit gets a space ("2½" -> "2 1/2").
// Tabs and LF are kept; nothing else about whitespace is collapsed, so a
// normalised text is never longer in lines than its original.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/types.h"

namespace claimcheck {

// Maps byte positions of a normalised text to byte positions of the original.
// Built as a sequence of pieces, each "n normalised bytes came from o original
// bytes"; identity pieces (n == o, same bytes) map position by position,
// replaced pieces map as a whole. Memory is proportional to the number of
// changed places, not to the text length.
// Invariant: pieces are contiguous and cover both texts completely.
class OffsetMap {
 public:
  // Appends a piece. `identity` means the bytes were copied unchanged (norm_len == orig_len).
  // Adjacent identity pieces are merged; a piece with both lengths 0 is ignored.
  // A deletion (norm_len 0) is a replaced piece: spans never start or end inside it.
  void append(uint32_t norm_len, uint32_t orig_len, bool identity);

  // The smallest original span that produced the normalised span `s`. A span
  // that starts or ends inside a replaced piece widens to the whole piece.
  Span to_original(Span s) const;

  uint32_t normalised_size() const { return norm_total_; }
  uint32_t original_size() const { return orig_total_; }
  size_t piece_count() const { return pieces_.size(); }

 private:
  struct Piece {
    uint32_t norm_start, orig_start, norm_len, orig_len;
    bool identity;
  };
  const Piece& piece_at(uint32_t norm_pos) const;  // piece containing norm_pos (< norm_total_)
  std::vector<Piece> pieces_;
  uint32_t norm_total_ = 0;
  uint32_t orig_total_ = 0;
};

struct NormaliseOptions {
  bool fold_case = false;  // ICU full case folding (NFKC_Casefold), for matching only
};

struct NormalisedText {
  std::string text;                   // valid UTF-8; newlines preserved (segmenting relies on them)
  OffsetMap map;
  std::vector<std::string> warnings;  // e.g. "3 invalid UTF-8 bytes replaced (first at byte 120)"
};

NormalisedText normalise(std::string_view bytes, const NormaliseOptions& options = {});

}  // namespace claimcheck
