#include "extractors/terms/territory.h"

#include <algorithm>
#include <set>

#include "pipeline/core/ascii.h"

namespace claimcheck {
namespace {

constexpr const char* kWhere = "places.json";

bool all_caps(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char ch) { return std::isupper(ch); }) &&
         std::none_of(s.begin(), s.end(), [](unsigned char ch) { return std::islower(ch); });
}
bool word_char(unsigned char ch) { return std::isalnum(ch) || ch >= 0x80; }

}  // namespace

Result<Territory> Territory::build(const nlohmann::json& places, const std::vector<std::string>& not_after,
                                   const std::vector<std::string>& cuts) {
  Territory t;
  for (const auto& w : not_after) t.not_after_.push_back(ascii_lower(w));
  for (const auto& w : cuts)
    if (!w.empty()) t.cuts_.push_back(ascii_lower(w));
  std::unordered_map<std::string, std::vector<std::string>> parents;
  std::vector<std::string> names;
  auto add = [&](const std::string& name, const std::string& id) {
    if (name.empty()) return;
    names.push_back(name);
    (all_caps(name) ? t.exact_ : t.folded_).emplace(all_caps(name) ? name : ascii_lower(name), id);
  };
  for (const char* key : {"places", "regions"})
    for (const auto& p : places.value(key, nlohmann::json::array())) {
      const std::string id = p.value("id", "");
      if (id.empty()) return Error{kWhere, std::string(key) + ": an entry without id"};
      // "Jordan", "Chad", "Victoria": as often a person or a word; never read as a place.
      if (!p.value("ambiguous", false))
        for (const auto& n : p.value("names", nlohmann::json::array())) add(n.get<std::string>(), id);
      auto& up = parents[id];
      for (const auto& in : p.value("in", nlohmann::json::array())) up.push_back(in.get<std::string>());
    }
  for (const auto& w : places.value("world", nlohmann::json::array())) add(w.get<std::string>(), "world");
  parents.emplace("world", std::vector<std::string>{});
  // Each id with every region above it, nearest first (breadth-first).
  for (const auto& [id, up] : parents) {
    std::vector<std::string> chain{id};
    std::set<std::string> seen{id};
    for (size_t k = 0; k < chain.size(); ++k) {
      auto it = parents.find(chain[k]);
      if (it == parents.end()) return Error{kWhere, "'" + chain[k] + "' is in no entry"};
      for (const auto& p : it->second) {
        if (p == id) return Error{kWhere, "'" + id + "' lies within itself"};
        if (seen.insert(p).second) chain.push_back(p);
      }
    }
    t.within_[id] = std::move(chain);
  }
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::string folded, exact;
  for (const auto& n : names) {
    std::string& into = all_caps(n) ? exact : folded;
    if (!into.empty()) into += '|';
    into += RE2::QuoteMeta(n);
  }
  if (folded.empty()) folded = "[^\\s\\S]";
  if (exact.empty()) exact = "[^\\s\\S]";
  RE2::Options o;
  o.set_log_errors(false);
  auto re = std::make_shared<RE2>("((?i:" + folded + ")|" + exact + ")", o);
  if (!re->ok()) return Error{kWhere, "names do not compile: " + re->error()};
  t.names_ = std::move(re);
  return t;
}

nlohmann::json Territory::places_in(std::string_view whole, size_t trigger_start, size_t trigger_end) const {
  nlohmann::json out = nlohmann::json::array();
  if (!names_) return out;
  // The term's stretch: from the nearest cut before its trigger to the nearest after it.
  const std::string lower = ascii_lower(whole);
  size_t from = 0, to = whole.size();
  for (const auto& cut : cuts_)
    for (size_t at = lower.find(cut); at != std::string::npos; at = lower.find(cut, at + 1)) {
      // A cut may hold the trigger's start (", non-" before "non-exclusive").
      if (at < trigger_start) from = std::max(from, at);
      else if (at >= trigger_end) to = std::min(to, at);
    }
  const std::string_view clause = whole.substr(0, to);
  std::set<std::string> seen;
  re2::StringPiece rest(clause.data() + from, clause.size() - from), got;
  while (RE2::FindAndConsume(&rest, *names_, &got)) {
    const size_t start = static_cast<size_t>(got.data() - clause.data()), end = start + got.size();
    // Whole words only: "Oman" is no place in "Romania".
    if ((start > 0 && word_char(static_cast<unsigned char>(clause[start - 1])) && word_char(static_cast<unsigned char>(clause[start]))) ||
        (end < clause.size() && word_char(static_cast<unsigned char>(clause[end])) && word_char(static_cast<unsigned char>(clause[end - 1]))))
      continue;
    // "Japan's Sumikawa": a company's home, not a territory; "US$175mn",
    // "US-based": a currency or a modifier.
    const std::string_view after = clause.substr(end, 4);
    if (after.rfind("'s", 0) == 0 || after.rfind("\u2019s", 0) == 0 ||
        (!after.empty() && (after[0] == '$' || after[0] == '-' || std::isdigit(static_cast<unsigned char>(after[0])))))
      continue;
    const std::string before = ascii_lower(std::string(clause.substr(start > 24 ? start - 24 : 0, start > 24 ? 24 : start)));
    const bool led_away = std::any_of(not_after_.begin(), not_after_.end(), [&](const std::string& w) {
      const std::string tail = w + " ";
      return before.size() >= tail.size() && before.compare(before.size() - tail.size(), tail.size(), tail) == 0 &&
             (before.size() == tail.size() || !word_char(static_cast<unsigned char>(before[before.size() - tail.size() - 1])));
    });
    if (led_away) continue;
    const std::string text(got.data(), got.size());
    const auto exact = exact_.find(text);
    const auto folded = folded_.find(ascii_lower(text));
    const std::string* id = exact != exact_.end() ? &exact->second : folded != folded_.end() ? &folded->second : nullptr;
    if (!id || !seen.insert(*id).second) continue;
    out.push_back(within_.at(*id));
  }
  return out;
}

}  // namespace claimcheck
