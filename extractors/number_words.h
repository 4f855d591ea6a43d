// Numbers as the length and count extractors read them: digits ("24,000",
// "1.5") or numbers.json's number words ("seven", "twenty-five"). The money
// and percent extractor has its own tokeniser; this is for RE2-based readers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck {

using NumberWords = std::unordered_map<std::string, double>;  // lower-case word -> value

// numbers.json's "number_words", lower-cased; throws on a missing or bad field.
NumberWords load_number_words(const nlohmann::json& numbers);

// An RE2 pattern (no groups) for one number: digits (with thousands commas
// when `grouped`, and decimals), a tens word joined to a unit word
// ("twenty-five", "thirty one"), or any single number word. Longer words are
// tried first, so "seventeen" is never read as "seven".
std::string number_pattern(const NumberWords& words, bool grouped);

// An RE2 alternation of `words` (quoted), longest first.
std::string word_alternation(std::vector<std::string> words);

// The value of a number number_pattern matched; nothing when it is not one.
std::optional<double> read_number(std::string_view s, const NumberWords& words);

}  // namespace claimcheck
