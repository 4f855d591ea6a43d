#include "extractors/number_words.h"
#include "pipeline/core/ascii.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <vector>

namespace claimcheck {

std::string word_alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(w);
  }
  return out;
}

NumberWords load_number_words(const nlohmann::json& numbers) {
  NumberWords out;
  for (const auto& [w, v] : numbers.at("number_words").items()) out[ascii_lower(w)] = v.get<double>();
  return out;
}

std::string number_pattern(const NumberWords& words, bool grouped) {
  std::vector<std::string> all, tens, ones;
  for (const auto& [w, v] : words) {
    all.push_back(w);
    if (v >= 20 && v < 100 && std::fmod(v, 10) == 0) tens.push_back(w);
    if (v >= 1 && v <= 9) ones.push_back(w);
  }
  const std::string digits = grouped ? "\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?" : "\\d{1,3}(?:\\.\\d+)?";
  return "(?:" + digits + "|(?:" + word_alternation(tens) + ")[- ](?:" + word_alternation(ones) + ")|" + word_alternation(all) + ")";
}

std::optional<double> read_number(std::string_view s, const NumberWords& words) {
  if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) {
    std::string digits;
    for (char c : s)
      if (c != ',') digits += c;
    double v = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    return ec == std::errc() && p == digits.data() + digits.size() ? std::optional<double>(v) : std::nullopt;
  }
  double total = 0;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '-') ++j;
    auto it = words.find(ascii_lower(s.substr(i, j - i)));
    if (it == words.end()) return std::nullopt;
    total += it->second;
    i = j + 1;
  }
  return total;
}

}  // namespace claimcheck
