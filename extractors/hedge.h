// The hedge right before a figure, a length or a count ("about", "at least",
// "up to"): shared by the extractors that read one from a phrase list. Pure
// string work on the text before a span; it knows no numbers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

// Phrases (lower-case) with what they make of the figure ("approx",
// "lower_bound", "upper_bound"), longest first.
using HedgeList = std::vector<std::pair<std::string, std::string>>;

// Where `phrase` (lower-case) starts when it ends right before byte `end` of
// `text` (spaces between allowed) and starts at a word start; nothing else.
std::optional<size_t> phrase_ending_at(std::string_view text, size_t end, std::string_view phrase);

// Sorts `hedges` longest first, as find_hedge expects.
void sort_hedges(HedgeList& hedges);

// The hedge of `hedges` that ends right before byte `end` of `text` (spaces
// between allowed) and starts at a word start, and where it starts; nullptr
// when none does.
const std::pair<std::string, std::string>* find_hedge(std::string_view text, size_t end, const HedgeList& hedges,
                                                      size_t* start = nullptr);

}  // namespace claimcheck
