// Document-wide prefilters for extractors: which sentences may hold a match,
// found in one pass over the whole text. They only narrow the search; the
// extractors still match each sentence on its own, so results never change.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "pipeline/core/types.h"

namespace claimcheck {

// touched[i] != 0 when a match of one of `res` overlaps sentences[i]. The
// search restarts one byte after each match start, so every position where a
// match starts is tried: a superset of what a scan bounded to one sentence
// finds. Sentences must be in text order; if they are not, all are touched.
std::vector<char> sentences_touched(std::string_view text, const std::vector<Span>& sentences,
                                    std::initializer_list<const RE2*> res);

}  // namespace claimcheck
