// Duration extractor: one RE2 pattern, assembled from durations.json and
// numbers.json, finds "<number> <unit>" candidates; the words around each
// decide whether it is a length at all and what hedge and preposition it has.
#include "extractors/durations/duration_extractor.h"
#include "extractors/build_extractor.h"
#include "extractors/hedge.h"
#include "extractors/number_words.h"
#include "pipeline/core/ascii.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimcheck {
namespace {

using json = nlohmann::json;

enum Form : int { kCount, kCompound, kRange, kFormCount };
constexpr std::array<std::string_view, kFormCount> kFormNames = {"count", "compound", "range"};

struct Unit {
  char designator = 'Y';  // Y, M, W, D or H
  double per_word = 1;    // a decade is ten years
};

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }

// "P10Y", "P18M", "PT48H": whole numbers where a smaller unit makes them so
// (1.5 years -> P18M, 1.5 days -> PT36H); else the decimal as written.
std::string iso_period(double amount, char unit) {
  auto whole = [](double x) { return std::fabs(x - std::round(x)) < 1e-9; };
  if (!whole(amount)) {
    if (unit == 'Y' && whole(amount * 12)) return iso_period(amount * 12, 'M');
    if (unit == 'W' && whole(amount * 7)) return iso_period(amount * 7, 'D');
    if (unit == 'D' && whole(amount * 24)) return iso_period(amount * 24, 'H');
  }
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, amount);
  std::string n = ec == std::errc() ? std::string(buf, end) : std::to_string(amount);
  return unit == 'H' ? "PT" + n + "H" : "P" + n + unit;
}

class DurationExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "durations"; }

  Status init(const RuleBook& rules) {
    const json* numbers = rules.file("numbers.json");
    const json* j = rules.file("durations.json");
    if (!numbers || !numbers->contains("number_words")) return Error{"extractors/rules/numbers.json", "no \"number_words\""};
    if (!j || !j->is_object()) return Error{"extractors/rules/durations.json", "missing or not an object"};
    number_words_ = load_number_words(*numbers);
    for (const auto& [w, u] : j->at("units").items())
      units_[ascii_lower(w)] = Unit{u.at(0).get<std::string>().at(0), u.at(1).get<double>()};
    for (const auto& w : j->at("one_words")) {
      number_words_[ascii_lower(w.get<std::string>())] = 1;
      one_words_.insert(ascii_lower(w.get<std::string>()));
    }
    for (const auto& [w, kind] : j->at("hedges").items()) hedges_.emplace_back(ascii_lower(w), kind.get<std::string>());
    sort_hedges(hedges_);
    for (const auto& w : j->at("relations")) relations_.insert(ascii_lower(w.get<std::string>()));
    for (const auto& w : j->at("not_after")) not_after_.push_back(ascii_lower(w.get<std::string>()));
    for (const auto& w : j->at("not_before")) not_before_.push_back(ascii_lower(w.get<std::string>()));
    for (const auto& w : j->at("rate_after")) rate_after_.insert(ascii_lower(w.get<std::string>()));
    std::vector<std::string> qualifiers, adjectives;
    for (const auto& w : j->at("unit_adjectives")) adjectives.push_back(ascii_lower(w.get<std::string>()));
    for (const auto& w : j->at("day_qualifiers")) qualifiers.push_back(ascii_lower(w.get<std::string>()));
    auto ids = rule_ids_by_form(*j, kFormNames, "extractors/rules/durations.json");
    if (!ids.ok()) return ids.error();
    rule_ids_ = ids.value();

    std::vector<std::string> unit_words;
    for (const auto& [w, u] : units_) unit_words.push_back(w);
    const std::string number = number_pattern(number_words_, /*grouped=*/false);
    const std::string half = "(?:[ -]and[ -]a[ -]half)";
    // 1 number, 2 "and a half" before the unit, 3 separator, 4 day qualifier, 5 unit, 6 "and a half" after it.
    candidate_ = std::make_unique<RE2>("(?i)\\b(" + number + ")(" + half + "?)([ -])(?:(?:" + word_alternation(adjectives) +
                                       ") ){0,2}(?:(" + word_alternation(qualifiers) + ") )?(" + word_alternation(unit_words) +
                                       ")((?: and a half)?)\\b");
    // The low end of a range, right before a candidate: "three to ", "30-", "between two and ".
    range_low_ = std::make_unique<RE2>("(?i)(?:\\bbetween )?\\b(" + number + ")(?: to |-|\xE2\x80\x93| and | or )$");
    for (const RE2* re : {candidate_.get(), range_low_.get()})
      if (!re->ok()) return Error{"extractors/rules/durations.json", "pattern: " + re->error()};
    return ok_status();
  }

  std::vector<Claim> extract(const ExtractInput& in) const override {
    std::vector<Claim> out;
    if (rule_ids_[kCount].empty() && rule_ids_[kCompound].empty()) return out;
    for (size_t si = 0; si < in.sentences.size(); ++si) {
      const Span sent = in.sentences[si];
      if (sent.end > in.text.size() || sent.empty()) continue;
      const std::string_view st = in.text.substr(sent.start, sent.size());
      re2::StringPiece input(st.data(), st.size());
      std::array<re2::StringPiece, 7> g;
      size_t pos = 0;
      while (pos < st.size() &&
             candidate_->Match(input, pos, st.size(), RE2::UNANCHORED, g.data(), static_cast<int>(g.size()))) {
        const size_t b = static_cast<size_t>(g[0].data() - st.data()), e = b + g[0].size();
        pos = e;
        if (auto c = read(st, b, e, g)) {
          place_in_sentence(*c, in, si);
          out.push_back(std::move(*c));
        }
      }
    }
    return out;
  }

 private:
  NumberWords number_words_;
  std::unordered_map<std::string, Unit> units_;
  std::unordered_set<std::string> one_words_, relations_, rate_after_;
  HedgeList hedges_;  // longest first
  std::vector<std::string> not_after_, not_before_;
  std::array<std::string, kFormCount> rule_ids_;
  std::unique_ptr<RE2> candidate_, range_low_;

  // The lowercased word (ASCII letters) ending at `end` in `s`, spaces before `end` skipped.
  static std::string word_before(std::string_view s, size_t end) {
    size_t e = end;
    while (e > 0 && s[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
    return ascii_lower(s.substr(b, e - b));
  }

  // The lowercased word (ASCII letters) starting at `from` in `s`, spaces
  // after `from` skipped, and where it ends.
  static std::pair<std::string, size_t> word_after(std::string_view s, size_t from) {
    size_t b = from;
    while (b < s.size() && s[b] == ' ') ++b;
    size_t e = b;
    while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
    return {ascii_lower(s.substr(b, e - b)), e};
  }

  // Whether `s` continues at `from` (after spaces) with `phrase` as whole words.
  static bool continues_with(std::string_view s, size_t from, const std::string& phrase) {
    size_t b = from;
    if (phrase.front() != '-')
      while (b < s.size() && s[b] == ' ') ++b;
    if (s.size() - b < phrase.size() || ascii_lower(s.substr(b, phrase.size())) != phrase) return false;
    return b + phrase.size() == s.size() || !is_word_byte(s[b + phrase.size()]);
  }

  // The claim for the candidate [b, e) of sentence `st` (offsets in the
  // sentence), or nothing when its words make it no length.
  std::optional<Claim> read(std::string_view st, size_t b, size_t e, const std::array<re2::StringPiece, 7>& g) const {
    const std::string_view num(g[1].data(), g[1].size()), unit_word(g[5].data(), g[5].size());
    const bool half = !g[2].empty() || !g[6].empty();
    const bool compound = g[3] == "-";
    // A figure inside a larger number or amount ("1,000 days", "$5 days") is not ours.
    if (b > 0 && (st[b - 1] == ',' || st[b - 1] == '.' || st[b - 1] == '$')) return std::nullopt;
    for (const auto& w : not_after_)
      if (continues_with(st, e, w)) return std::nullopt;
    for (const auto& w : not_before_)
      if (phrase_ending_at(st, b, w)) return std::nullopt;
    // "five days a week", "24 hours a day": a schedule.
    if (!compound) {
      const auto [rate, rate_end] = word_after(st, e);
      if (rate_after_.count(rate) && units_.count(word_after(st, rate_end).first)) return std::nullopt;
    }
    auto value = read_number(num, number_words_);
    if (!value || *value <= 0) return std::nullopt;
    const auto unit = units_.find(ascii_lower(unit_word));
    if (unit == units_.end()) return std::nullopt;
    // A range's low end right before: "three to five years", "30-60 days".
    size_t start = b;
    std::optional<double> low;
    if (!rule_ids_[kRange].empty()) {
      const size_t from = b > 40 ? b - 40 : 0;
      re2::StringPiece before(st.data() + from, b - from), lg[2];
      if (range_low_->Match(before, 0, before.size(), RE2::UNANCHORED, lg, 2)) {
        if (auto lv = read_number(std::string_view(lg[1].data(), lg[1].size()), number_words_); lv && *lv > 0 && *lv < *value) {
          low = lv;
          start = static_cast<size_t>(lg[1].data() - st.data());
        }
      }
    }
    // What stands before the span: a hedge, then a preposition.
    std::string approx, relation;
    size_t head = start;
    if (const auto* h = find_hedge(st, start, hedges_, &head)) approx = h->second;
    if (std::string w = word_before(st, head); relations_.count(w)) relation = w;
    // "a year" is a length only where a hedge or preposition makes it one;
    // elsewhere it is a rate ("$5 million a year").
    if (one_words_.count(ascii_lower(num)) && (compound || (!low && approx.empty() && relation.empty()))) return std::nullopt;
    const Form form = low ? kRange : compound ? kCompound : kCount;
    if (rule_ids_[form].empty()) return std::nullopt;
    const double per = unit->second.per_word;
    Claim c;
    c.kind = ClaimKind::kTerm;
    c.value = "duration";
    c.rule = rule_ids_[form];
    c.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(e)};
    c.attrs["period"] = iso_period((*value + (half ? 0.5 : 0)) * per, unit->second.designator);
    if (low) c.attrs["period_low"] = iso_period(*low * per, unit->second.designator);
    if (!approx.empty()) c.attrs["approx"] = approx;
    if (!relation.empty()) c.attrs["relation"] = relation;
    if (!g[4].empty()) c.attrs["days"] = ascii_lower(std::string_view(g[4].data(), g[4].size()));
    return c;
  }
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_duration_extractor(const RuleBook& rules) {
  return build_extractor<DurationExtractor>(rules, "extractors/rules/durations.json");
}

}  // namespace claimcheck
