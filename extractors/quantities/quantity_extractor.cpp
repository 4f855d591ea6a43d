// Quantity extractor: RE2 finds numbers (digits or number words); the words
// around each decide whether it counts things and what (see the header).
#include "extractors/quantities/quantity_extractor.h"
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

enum Form : int { kThings, kMeasure, kLabel, kFormCount };
constexpr std::array<std::string_view, kFormCount> kFormNames = {"things", "measure", "label"};

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

class QuantityExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "quantities"; }

  Status init(const RuleBook& rules) {
    const json* numbers = rules.file("numbers.json");
    const json* j = rules.file("quantities.json");
    if (!numbers || !numbers->contains("number_words")) return Error{"extractors/rules/numbers.json", "no \"number_words\""};
    if (!j || !j->is_object()) return Error{"extractors/rules/quantities.json", "missing or not an object"};
    number_words_ = load_number_words(*numbers);
    for (const auto& [w, v] : j->at("scales").items()) scales_[ascii_lower(w)] = v.get<double>();
    if (auto h = numbers->find("hedges"); h != numbers->end())
      for (const auto& [w, kind] : h->items()) hedges_.emplace_back(ascii_lower(w), kind.get<std::string>());
    sort_hedges(hedges_);
    max_words_ = j->at("max_words").get<size_t>();
    // A word list of quantities.json, lowercased.
    auto words = [&](const char* key) {
      std::unordered_set<std::string> out;
      for (const auto& w : j->at(key)) out.insert(ascii_lower(w.get<std::string>()));
      return out;
    };
    stop_words_ = words("stop_words");
    not_counts_ = words("not_counts");
    labels_ = words("labels");
    coordinators_ = words("coordinators");
    modifier_words_ = words("modifier_words");
    for (const auto& w : j->at("modifier_suffixes")) modifier_suffixes_.push_back(ascii_lower(w.get<std::string>()));
    partial_words_ = words("partial_words");
    distributive_words_ = words("distributive_words");
    period_words_ = words("period_words");
    capitalised_not_names_ = words("capitalised_not_names");
    auto ids = rule_ids_by_form(*j, kFormNames, "extractors/rules/quantities.json");
    if (!ids.ok()) return ids.error();
    rule_ids_ = ids.value();
    number_ = std::make_unique<RE2>("(?i)\\b(" + number_pattern(number_words_, /*grouped=*/true) + ")\\b");
    if (!number_->ok()) return Error{"extractors/rules/quantities.json", "pattern: " + number_->error()};
    return ok_status();
  }

  std::vector<Claim> extract(const ExtractInput& in) const override {
    std::vector<Claim> out;
    for (size_t si = 0; si < in.sentences.size(); ++si) {
      const Span sent = in.sentences[si];
      if (sent.end > in.text.size() || sent.empty()) continue;
      const std::string_view st = in.text.substr(sent.start, sent.size());
      re2::StringPiece input(st.data(), st.size()), g[2];
      size_t pos = 0;
      while (pos < st.size() && number_->Match(input, pos, st.size(), RE2::UNANCHORED, g, 2)) {
        const size_t b = static_cast<size_t>(g[1].data() - st.data()), e = b + g[1].size();
        pos = e;
        if (auto c = read(st, b, e)) {
          place_in_sentence(*c, in, si);
          pos = std::max(pos, static_cast<size_t>(c->span.end - sent.start));
          out.push_back(std::move(*c));
        }
      }
    }
    return out;
  }

 private:
  NumberWords number_words_;
  std::unordered_map<std::string, double> scales_;
  std::unordered_set<std::string> stop_words_, not_counts_, labels_;
  HedgeList hedges_;  // numbers.json's, longest first
  size_t max_words_ = 4;
  std::unordered_set<std::string> coordinators_, modifier_words_;
  std::vector<std::string> modifier_suffixes_;
  std::unordered_set<std::string> partial_words_, distributive_words_, period_words_, capitalised_not_names_;

  // Whether the numeral at b continues a name: right after a capitalised word
  // that does not open the sentence, before a lower-case word ("IDU Local
  // 1712 members", "Boeing 737 jets"). A headline in title case ("Ford To Cut
  // 3000 Jobs") capitalises what follows too; months and weekdays are no names.
  bool name_number(std::string_view st, size_t b, size_t e) const {
    if (b < 2 || st[b - 1] != ' ' || e + 1 >= st.size() || st[e] != ' ' || !std::islower(static_cast<unsigned char>(st[e + 1])))
      return false;
    size_t w = b - 1;
    while (w > 0 && is_letter(st[w - 1])) --w;
    if (w == b - 1 || !std::isupper(static_cast<unsigned char>(st[w]))) return false;
    if (capitalised_not_names_.count(ascii_lower(st.substr(w, b - 1 - w)))) return false;
    // Not a word that opens the sentence, a quotation, a list item or a
    // heading's text: those are capitalised anyway.
    size_t before = w;
    while (before > 0 && st[before - 1] == ' ') --before;
    if (before == 0) return false;
    const char p = st[before - 1];
    return static_cast<unsigned char>(p) < 0x80 && std::string_view(".!?:;\"'*#-").find(p) == std::string_view::npos;
  }

  static bool plural_head(const std::string& lw) {
    return lw.size() > 3 && lw.back() == 's' && lw[lw.size() - 2] != 's';
  }

  // "| Rooms | 148, incl. 22 suites |", "Bidders: 3": the label of a fact box
  // or table row that the number at b opens the value of. One to three words
  // that open their line or cell and end in a plural, then '|' or ':'. Empty
  // when there is none.
  std::vector<std::string> box_label(std::string_view st, size_t b) const {
    size_t p = b;
    while (p > 0 && st[p - 1] == ' ') --p;
    if (p == 0 || (st[p - 1] != '|' && st[p - 1] != ':')) return {};
    --p;
    while (p > 0 && st[p - 1] == ' ') --p;
    std::vector<std::string> words;
    while (p > 0 && is_letter(st[p - 1])) {
      size_t w = p;
      while (w > 0 && (is_letter(st[w - 1]) || st[w - 1] == '-')) --w;
      words.insert(words.begin(), ascii_lower(st.substr(w, p - w)));
      if (words.size() > 3) return {};
      p = w;
      if (p > 0 && st[p - 1] == ' ' && p > 1 && is_letter(st[p - 2])) --p;
    }
    while (p > 0 && st[p - 1] == ' ') --p;
    if (words.empty() || (p > 0 && std::string_view("|\n*-").find(st[p - 1]) == std::string_view::npos)) return {};
    if (!plural_head(words.back())) return {};
    for (const auto& w : words)
      if (stop_words_.count(w) || not_counts_.count(w) || labels_.count(w)) return {};
    return words;
  }

  // "38 older single-aisle and wide-body aircraft": modifiers joined by
  // "and"/"or" share one noun, which says what is counted. `q` is where the
  // words stopped; the coordinated modifier and noun are added to `words`
  // only when the first looks like a modifier. Returns the new end.
  size_t coordinated_noun(std::string_view st, size_t q, std::vector<std::string>& words, size_t end) const {
    if (q >= st.size() || st[q] != ' ') return end;
    const std::string_view conj = word_at(st, q + 1);
    if (!coordinators_.count(ascii_lower(conj))) return end;
    size_t r = q + 1 + conj.size();
    std::vector<std::string> more;
    // The modifier and one noun: a noun without a plural ending ("aircraft",
    // "staff") does not show where the phrase ends, so no more is taken.
    while (more.size() < 2 && r < st.size() && st[r] == ' ') {
      const std::string_view w = word_at(st, r + 1);
      if (w.empty() || is_digit(w[0])) break;
      const std::string lw = ascii_lower(w);
      if (stop_words_.count(lw) || number_words_.count(lw)) break;
      more.push_back(lw);
      r += 1 + w.size();
      if (plural_head(lw)) break;
    }
    if (more.size() < 2 || !looks_modifier(more.front())) return end;
    words.insert(words.end(), more.begin(), more.end());
    return r;
  }
  bool looks_modifier(const std::string& w) const {
    if (modifier_words_.count(w) || w.find('-') != std::string::npos) return true;
    return std::any_of(modifier_suffixes_.begin(), modifier_suffixes_.end(), [&](const std::string& suf) {
      return w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
    });
  }
  std::array<std::string, kFormCount> rule_ids_;
  std::unique_ptr<RE2> number_;

  // The word starting at p (letters, digits, inner hyphens and apostrophes), or empty.
  static std::string_view word_at(std::string_view s, size_t p) {
    size_t q = p;
    while (q < s.size() && (is_letter(s[q]) || is_digit(s[q]) ||
                            ((s[q] == '-' || s[q] == '\'') && q + 1 < s.size() && q > p &&
                             (is_letter(s[q + 1]) || is_digit(s[q + 1])))))
      ++q;
    return s.substr(p, q - p);
  }

  // The length of a measure at p that modifies a noun ("7.3-metre",
  // "1,700-megawatt": digits, '-', letters), or 0.
  static size_t measure_modifier(std::string_view s, size_t p) {
    size_t q = p;
    while (q < s.size() && (is_digit(s[q]) || ((s[q] == '.' || s[q] == ',') && q > p && q + 1 < s.size() && is_digit(s[q + 1]))))
      ++q;
    if (q == p || q + 1 >= s.size() || s[q] != '-' || !is_letter(s[q + 1])) return 0;
    return q + 1 + word_at(s, q + 1).size() - p;
  }
  // The lower-case word ending right before the space before b, or empty.
  static std::string word_before(std::string_view s, size_t b) {
    if (b < 2 || s[b - 1] != ' ') return {};
    size_t w = b - 1;
    while (w > 0 && is_letter(s[w - 1])) --w;
    return ascii_lower(s.substr(w, b - 1 - w));
  }

  // "six of the station's eleven antenna sites", "two of its 14 stores": the
  // number at [b, e) counts part of what the whole after "of" counts. A
  // determiner or a possessive ("the", "station's") and up to two more words
  // may stand before the whole's number, which must be larger: attrs.part =
  // of. The claim spans the part's number alone; the whole is read on its own.
  std::optional<Claim> partitive(std::string_view st, size_t b, size_t e, double value, size_t p) const {
    for (int skipped = 0; skipped <= 3 && p + 1 < st.size() && st[p] == ' '; ++skipped) {
      const std::string_view w = word_at(st, p + 1);
      if (w.empty()) return std::nullopt;
      if (number_words_.count(ascii_lower(w)) || is_digit(w[0])) {
        // The whole's number as extract() finds numbers ("2,000", "twenty-one").
        re2::StringPiece input(st.data(), st.size()), g[2];
        if (!number_->Match(input, p + 1, st.size(), RE2::ANCHOR_START, g, 2)) return std::nullopt;
        const size_t wb = static_cast<size_t>(g[1].data() - st.data());
        const auto whole = read(st, wb, wb + g[1].size());
        if (!whole || whole->attrs.count("part") || whole->rule != rule_ids_[kThings]) return std::nullopt;
        const auto* amount = whole->attrs.find("amount") != whole->attrs.end() ? &whole->attrs.at("amount") : nullptr;
        if (!amount || !amount->is_number() || amount->get<double>() <= value) return std::nullopt;
        auto part = count_claim(kThings, st, b, e, value, whole->attrs.at("words").get<std::vector<std::string>>());
        if (part) part->attrs["part"] = "of";
        return part;
      }
      if (skipped == 0 && !(w == "the" || w == "its" || w == "their" || w == "our" || w == "his" || w == "her" ||
                            w.ends_with("'s")))
        return std::nullopt;
      p += 1 + w.size();
    }
    return std::nullopt;
  }

  // The number at [b, e) as a count of its fact-box label, when nothing after
  // it (bar a scale word) says what it counts: "| Rooms | 148, incl. 22 suites".
  std::optional<Claim> label_count(std::string_view st, size_t b, size_t e, double value,
                                   const std::vector<std::string>& label) const {
    size_t end = e;
    if (end + 1 < st.size() && st[end] == ' ') {
      const std::string_view w = word_at(st, end + 1);
      if (auto it = scales_.find(ascii_lower(w)); it != scales_.end()) {
        value *= it->second;
        end += 1 + w.size();
      } else if (!w.empty() && is_letter(w[0])) {
        return std::nullopt;  // "Trains: 24 six-car sets" says itself what it counts
      }
    }
    if (end < st.size() && st[end] == '-') return std::nullopt;
    return count_claim(kLabel, st, b, end, value, label);
  }

  // The claim of a count of `form` at [b, end): none for amounts under two
  // ("one" and fractions say little that could be wrong: "one of the", "0.5
  // points") or for a form no rule names.
  std::optional<Claim> count_claim(Form form, std::string_view st, size_t b, size_t end, double value,
                                   const std::vector<std::string>& words) const {
    if (value < 2 || rule_ids_[form].empty()) return std::nullopt;
    Claim c;
    c.kind = ClaimKind::kTerm;
    c.value = "count";
    c.rule = rule_ids_[form];
    c.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
    c.attrs["amount"] = value;
    c.attrs["words"] = words;
    if (const auto* h = find_hedge(st, b, hedges_)) c.attrs["approx"] = h->second;
    return c;
  }

  std::optional<Claim> read(std::string_view st, size_t b, size_t e) const {
    // A number glued to what comes before is part of something else: "$24",
    // "M-350", "2.5", "1,000", "No.3", "6:30".
    if (b > 0) {
      const char p = st[b - 1];
      if (is_letter(p) || is_digit(p) || p == '-' || p == '.' || p == ',' || p == ':' || p == '/' || p == '#' ||
          p == '$' || p == '+' || static_cast<unsigned char>(p) >= 0x80)
        return std::nullopt;
    }
    auto value = read_number(st.substr(b, e - b), number_words_);
    if (!value) return std::nullopt;
    const bool digits = is_digit(st[b]);
    // A numeral right after a label names an item ("Tier 3 covers ...", "Phase 2 begins").
    if (digits && b >= 2 && st[b - 1] == ' ') {
      size_t w = b - 1;
      while (w > 0 && is_letter(st[w - 1])) --w;
      if (w < b - 1 && labels_.count(ascii_lower(st.substr(w, b - 1 - w)))) return std::nullopt;
    }
    if (digits && name_number(st, b, e)) return std::nullopt;
    // A year is a date, not a count.
    if (digits && e - b == 4 && *value >= 1800 && *value <= 2100) return std::nullopt;
    size_t p = e;
    if (p < st.size() && (st[p] == '%' || st[p] == ':' || st[p] == '/' || is_letter(st[p]))) return std::nullopt;
    if (p + 1 < st.size() && (st[p] == '.' || st[p] == ',') && is_digit(st[p + 1])) return std::nullopt;
    if (digits) {
      if (auto label = box_label(st, b); !label.empty()) return label_count(st, b, e, *value, label);
    }
    Form form = kThings;
    std::vector<std::string> words;
    size_t end = e;
    if (p < st.size() && st[p] == '-') {
      // "185-megawatt": the unit, then what it measures. Not "3-1", "2-for-1".
      const std::string_view unit = word_at(st, p + 1);
      if (unit.empty() || !is_letter(unit[0])) return std::nullopt;
      const std::string u = ascii_lower(unit);
      if (not_counts_.count(u) || number_words_.count(u) || u.find('-') != std::string::npos) return std::nullopt;
      form = kMeasure;
      words.push_back(u);
      end = p + 1 + unit.size();
      p = end;
    } else if (p < st.size() && st[p] == ' ') {
      // A scale word multiplies: "1.8 million borrowers".
      const std::string_view w = word_at(st, p + 1);
      if (ascii_lower(w) == "of") return partitive(st, b, e, *value, p + 1 + w.size());
      if (auto it = scales_.find(ascii_lower(w)); it != scales_.end()) {
        *value *= it->second;
        p += 1 + w.size();
      } else if (e - b >= 5 && e - b <= 7 && st[e - 4] == '.' && st[e - 1] == '0') {
        // No count of things has three decimals ending in a zero: "4.800 people"
        // groups thousands with a dot, as continental copy does ("42.195
        // kilometres" is a measurement).
        *value = std::round(*value * 1000);
      }
    } else {
      return std::nullopt;
    }
    // The words that say what is counted, up to a stop word or punctuation.
    size_t q = p;
    bool head_found = false;
    while (words.size() < max_words_ && q < st.size() && st[q] == ' ') {
      const std::string_view w = word_at(st, q + 1);
      if (w.empty()) break;
      const std::string lw = ascii_lower(w);
      if (stop_words_.count(lw)) break;
      if (words.empty() && form == kThings && not_counts_.count(lw)) return std::nullopt;
      // A measure between the number and its noun is a modifier: "six new
      // 7.3-metre antennas" counts antennas.
      if (const size_t m = measure_modifier(st, q + 1); m > 0) {
        q += 1 + m;
        continue;
      }
      if (number_words_.count(lw) || is_digit(w[0])) {
        if (words.empty()) return std::nullopt;  // "3 4" or "two three": no count here
        if (!std::any_of(w.begin(), w.end(), [](char c) { return is_letter(c); })) break;
      }
      words.push_back(lw);
      q += 1 + w.size();
      if (form == kThings) end = q;
      // An English plural is the head of the phrase: "16 older planes" ends
      // there, before the verb ("nine bids came", "230 workers joined").
      if (plural_head(lw) && (form == kThings || words.size() > 1)) {
        head_found = true;
        break;
      }
    }
    if (form == kThings && words.empty()) return std::nullopt;
    if (form == kThings && !head_found) end = coordinated_noun(st, q, words, end);
    auto counted = count_claim(form, st, b, end, *value, words);
    if (!counted) return std::nullopt;
    Claim& c = *counted;
    // Part of a whole ("two other bidders", "three further launches") or a
    // count per item ("12 satellites each"): no total to hold against one.
    if (form == kThings && (partial_words_.count(words.front()) || partial_words_.count(word_before(st, b))))
      c.attrs["part"] = "other";
    if (end + 1 < st.size() && st[end] == ' ' && distributive_words_.count(ascii_lower(word_at(st, end + 1)))) {
      // "30 matches each season" is a rate per period, not a count per item.
      const size_t next = end + 1 + word_at(st, end + 1).size();
      if (next + 1 >= st.size() || st[next] != ' ' || !period_words_.count(ascii_lower(word_at(st, next + 1))))
        c.attrs["part"] = "each";
    }
    return counted;
  }
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_quantity_extractor(const RuleBook& rules) {
  return build_extractor<QuantityExtractor>(rules, "extractors/rules/quantities.json");
}

}  // namespace claimcheck
