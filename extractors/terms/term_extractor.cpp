// Contract-term extraction: one trigger alternation over every rule finds term
// keywords; the clause around each trigger is then read for entity mentions
// (slots by the preposition before them or their position), cues (negation,
// status, hedging, past), a bound, a figure and a following condition.
// All vocabulary comes from terms.json; nothing here names a company or a story.
#include "extractors/terms/term_extractor.h"

#include "pipeline/core/ascii.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "extractors/prefilter.h"
#include "extractors/terms/territory.h"

namespace claimcheck {
namespace {

using json = nlohmann::json;

constexpr const char* kWhere = "extractors/rules/terms.json";

struct Mention {
  uint32_t start = 0, end = 0;
  std::string id;
  bool possessive = false;
  std::string marker;  // preposition/verb class before it: from, to, with, on, by, for, of, in, at or ""
  bool given_to = false;  // right after a verb of giving ("grants Helvetia"): who gets something
};

struct Classify {
  std::string attr;
  bool from_trigger = false;  // match the trigger text only, not the whole clause
  bool multi = false;         // all matching values as an array
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> values;
};

struct Capture {
  std::string attr;
  std::unique_ptr<RE2> re;  // group 1 is the captured text
};

struct Rule {
  std::string id, value;
  std::vector<std::string> subject, object;  // marker priority lists
  bool receive_inverts = false;
  std::vector<std::string> inherit;  // take empty slots from these terms earlier in the sentence
  bool inherit_override = false;     // ... or all slots they have (deal terms follow the deal)
  std::string requires_;             // "", "figure", "entity", "figure_or_entity"
  std::vector<std::string> yields_to;  // term values that, found in the same clause, make this one go
  std::unique_ptr<RE2> unless_clause, unless_before, unless_at;
  std::vector<Classify> classify;
  std::vector<Capture> captures;
  bool period = false;
  bool hedge_exempt = false;  // expectation words are the term itself (guidance)
  bool in_word_negation = false;  // "non-exclusive" denies the term; else "non-revenue water" is no mention of it
};

struct Alt {  // one trigger alternative
  size_t rule = 0;
  bool has_slots = false;
  std::vector<std::string> subject, object;
};

struct Cue {
  uint32_t start = 0, end = 0;
};

enum CueClass { kNegative, kEnds, kContinues, kNew, kHedge, kPast, kReceive, kException, kHistory, kCueCount };
const char* const kCueNames[kCueCount] = {"negative", "ends",    "continues", "new",    "hedge",
                                          "past",     "receive", "exception", "history"};

bool is_word(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

std::string trim_copy(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && (std::isspace(static_cast<unsigned char>(s[a])))) ++a;
  while (b > a) {
    const unsigned char c = static_cast<unsigned char>(s[b - 1]);
    if (std::isspace(c) || c == '.' || c == ',' || c == '\\' || c == ';' || c == ':' || c == '"' || c == '\'') {
      --b;
    } else if (b - a >= 3 && s.substr(b - 3, 2) == "\xE2\x80") {  // closing curly quote
      b -= 3;
    } else {
      break;
    }
  }
  return std::string(s.substr(a, b - a));
}

Result<std::unique_ptr<RE2>> compile(const std::string& pattern, const std::string& what, bool case_sensitive,
                                     int max_groups = -1) {
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_case_sensitive(case_sensitive);
  opt.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, opt);
  if (!re->ok()) return Error{kWhere, what + ": bad pattern: " + re->error()};
  if (max_groups >= 0 && re->NumberOfCapturingGroups() > max_groups)
    return Error{kWhere, what + ": use (?:...) groups, not capturing groups"};
  return re;
}

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const auto& v : j[key])
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

std::string join_alternation(const std::vector<std::string>& parts) {
  std::string s;
  for (const auto& p : parts) {
    if (!s.empty()) s += '|';
    s += "(?:" + p + ")";
  }
  return s;
}

class TermExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "terms"; }

  static Result<std::unique_ptr<Extractor>> build(const json& j, const json* places);
  std::vector<Claim> extract(const ExtractInput& in) const override;

 private:
  struct SentenceScan;
  // With `holders_only`, clause breaks and mentions only: what emit_holders reads.
  void scan_sentence(std::string_view text, Span sent, const std::unordered_set<std::string>& mid_names,
                     SentenceScan& out, bool holders_only = false) const;
  std::vector<Mention> mentions(std::string_view text, Span sent,
                               const std::unordered_set<std::string>& mid_names) const;
  std::string name_slug(std::string_view name) const;
  void emit_holders(std::string_view text, Span sent, const SentenceScan& sc, int32_t window,
                    std::vector<Claim>& out) const;

  std::vector<Rule> rules_;
  std::vector<Alt> alts_;
  std::unique_ptr<RE2> triggers_;
  std::unique_ptr<RE2> may_hold_;  // triggers or conditions, leftmost-first: the document prefilter
  std::unique_ptr<RE2::Set> alt_set_;  // each alternative alone, anchored at both ends: which one matched
  std::unique_ptr<RE2> entities_;   // vocabulary aliases, case-sensitive
  std::unique_ptr<RE2> names_;      // capitalised word runs (unknown names)
  std::unordered_map<std::string, std::string> alias_to_id_;  // lower-cased alias -> id
  std::unordered_set<std::string> lower_aliases_;              // aliases written in lower case
  std::unordered_set<std::string> name_stopwords_, name_suffixes_, abbreviations_;
  std::unordered_map<std::string, std::string> markers_;  // word before a mention -> marker
  std::unordered_set<std::string> giving_verbs_;           // a name right after one gets the term, not modifies it
  std::optional<Territory> territory_;                     // places.json, when there is one
  std::unordered_set<std::string> territory_terms_;       // term types whose clause's places are attrs.territory
  std::unique_ptr<RE2> cues_[kCueCount];
  // An "ends" cue that names a time, not a termination: the text before it
  // ("at the end", "by the end") or after it ("cease-and-desist").
  std::unique_ptr<RE2> ends_as_time_before_, ends_as_time_after_;
  // An "ends" cue after a modal of permission ("Hanwon can terminate", "may
  // end the licence"): an option to end, not an end.
  std::unique_ptr<RE2> ends_as_option_before_;
  std::unique_ptr<RE2> breaks_, conditions_, bound_, figure_, period_;
  std::unique_ptr<RE2> holder_breaks_;  // where one party's stretch of a sentence ends (", ", " and ", ...)
  // Words leading up to a trigger that make its term an option ("has an
  // option to acquire"; one capturing group, the words matched), or
  // following it ("if it exercises its option"), for option_terms_.
  std::unique_ptr<RE2> option_lead_, option_trail_;
  std::unordered_set<std::string> option_terms_;
  std::map<std::string, std::string> condition_types_, bound_types_;
  // Which of the sentence-level patterns (families, in this order) occur in a
  // sentence, found in one DFA pass so that scan_sentence runs only those.
  enum Family { kFamBreaks, kFamConditions, kFamBound, kFamFigure, kFamPeriod, kFamCues, kFamilyCount = kFamCues + kCueCount };
  std::unique_ptr<RE2::Set> family_set_;
};

Result<std::unique_ptr<Extractor>> TermExtractor::build(const json& j, const json* places) {
  auto ex = std::make_unique<TermExtractor>();

  // Entities: aliases merged by id (a story overlay may add aliases to a known id).
  std::vector<std::string> aliases;
  for (const auto& e : j.value("entities", json::array())) {
    const std::string id = e.value("id", "");
    if (id.empty()) return Error{kWhere, "entity without id"};
    for (const auto& a : strings(e, "aliases")) {
      if (a.empty()) continue;
      ex->alias_to_id_[ascii_lower(a)] = id;
      if (std::islower(static_cast<unsigned char>(a[0]))) ex->lower_aliases_.insert(a);
      aliases.push_back(a);
    }
  }
  std::sort(aliases.begin(), aliases.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string ent;
  for (const auto& a : aliases) {
    if (!ent.empty()) ent += '|';
    // A lower-case alias ("the ChatGPT maker") may open a sentence capitalised.
    if (std::islower(static_cast<unsigned char>(a[0])))
      ent += "[" + std::string(1, a[0]) + std::string(1, static_cast<char>(std::toupper(a[0]))) + "]" +
             RE2::QuoteMeta(a.substr(1));
    else
      ent += RE2::QuoteMeta(a);
  }
  if (ent.empty()) ent = "[^\\s\\S]";
  auto ent_re = compile("\\b(?:" + ent + ")\\b", "entities", true, 0);
  if (!ent_re.ok()) return ent_re.error();
  ex->entities_ = std::move(ent_re.value());

  auto names = compile(j.value("name_pattern", "[A-Z][A-Za-z0-9&]*(?:[ ][A-Z][A-Za-z0-9&]*)*"), "name_pattern", true, 0);
  if (!names.ok()) return names.error();
  ex->names_ = std::move(names.value());
  for (const auto& w : strings(j, "name_stopwords")) ex->name_stopwords_.insert(ascii_lower(w));
  for (const auto& w : strings(j, "name_suffixes")) ex->name_suffixes_.insert(ascii_lower(w));
  for (const auto& w : strings(j, "abbreviations")) ex->abbreviations_.insert(ascii_lower(w));
  for (const auto& w : strings(j, "giving_verbs")) ex->giving_verbs_.insert(ascii_lower(w));
  const json markers = j.value("markers", json::object());
  for (auto it = markers.begin(); it != markers.end(); ++it)
    for (const auto& w : it.value()) ex->markers_[ascii_lower(w.get<std::string>())] = it.key();

  const json cues = j.value("cues", json::object());
  for (int c = 0; c < kCueCount; ++c) {
    auto parts = strings(cues, kCueNames[c]);
    if (parts.empty()) parts.push_back("[^\\s\\S]");
    auto re = compile("\\b(?:" + join_alternation(parts) + ")\\b", std::string("cues.") + kCueNames[c], false, 0);
    if (!re.ok()) return re.error();
    ex->cues_[c] = std::move(re.value());
  }

  for (auto [key, into] : {std::pair{"ends_not_before", &ex->ends_as_time_before_},
                           std::pair{"ends_not_after", &ex->ends_as_time_after_},
                           std::pair{"ends_option_before", &ex->ends_as_option_before_}}) {
    if (!cues.contains(key)) continue;
    auto re = compile(cues[key].get<std::string>(), std::string("cues.") + key, false, 0);
    if (!re.ok()) return re.error();
    *into = std::move(re.value());
  }

  auto need = [&](const char* key, std::unique_ptr<RE2>& into, int groups) -> Status {
    if (!j.contains(key) || !j[key].is_string()) return Error{kWhere, std::string("missing pattern '") + key + "'"};
    auto re = compile(j[key].get<std::string>(), key, false);
    if (!re.ok()) return re.error();
    if (re.value()->NumberOfCapturingGroups() != groups)
      return Error{kWhere, std::string(key) + ": expected " + std::to_string(groups) + " capturing group(s)"};
    into = std::move(re.value());
    return ok_status();
  };
  for (auto [key, re, g] : {std::tuple{"clause_breaks", &ex->breaks_, 0}, std::tuple{"holder_breaks", &ex->holder_breaks_, 0},
                            std::tuple{"bound", &ex->bound_, 1},
                            std::tuple{"figure", &ex->figure_, 0}, std::tuple{"period", &ex->period_, 0}}) {
    auto st = need(key, *re, g);
    if (!st.ok()) return st.error();
  }
  std::vector<std::string> cond_parts;
  for (const auto& c : j.value("conditions", json::array())) {
    const std::string re = c.value("re", "");
    const std::string type = c.value("type", "");
    if (re.empty() || type.empty()) return Error{kWhere, "condition needs 're' and 'type'"};
    cond_parts.push_back(re);
    ex->condition_types_[ascii_lower(c.value("cue", re))] = type;
  }
  if (cond_parts.empty()) cond_parts.push_back("[^\\s\\S]");
  auto cond = compile("\\b(" + join_alternation(cond_parts) + ")\\b", "conditions", false);
  if (!cond.ok()) return cond.error();
  ex->conditions_ = std::move(cond.value());
  {
    ex->family_set_ = std::make_unique<RE2::Set>(ex->breaks_->options(), RE2::UNANCHORED);
    const RE2* families[kFamilyCount] = {ex->breaks_.get(), ex->conditions_.get(), ex->bound_.get(), ex->figure_.get(),
                                         ex->period_.get()};
    for (int c = 0; c < kCueCount; ++c) families[kFamCues + c] = ex->cues_[c].get();
    for (int f = 0; f < kFamilyCount; ++f) {
      // compile() gives every family the same options, which one Set needs.
      if (ex->family_set_->Add(families[f]->pattern(), nullptr) != f)
        return Error{kWhere, "pattern '" + families[f]->pattern() + "': not accepted by RE2::Set"};
    }
    if (!ex->family_set_->Compile()) return Error{kWhere, "sentence patterns: RE2::Set did not compile"};
  }
  const json bound_types = j.value("bound_types", json::object());
  for (auto it = bound_types.begin(); it != bound_types.end(); ++it)
    ex->bound_types_[ascii_lower(it.key())] = it.value().get<std::string>();

  // Rules and the one trigger alternation. Earlier rules win where two
  // triggers start at the same position ("revenue share" before "revenue").
  std::string alt_pattern;
  std::vector<std::string> alt_patterns;
  for (const auto& r : j.value("rules", json::array())) {
    Rule rule;
    rule.id = r.value("id", "");
    rule.value = r.value("value", "");
    if (rule.id.empty() || rule.value.empty()) return Error{kWhere, "rule without id or value"};
    const std::string where = "rule " + rule.id;
    rule.subject = strings(r, "subject");
    rule.object = strings(r, "object");
    rule.receive_inverts = r.value("receive_inverts", false);
    rule.inherit = strings(r, "inherit");
    rule.inherit_override = r.value("inherit_override", false);
    rule.requires_ = r.value("requires", "");
    rule.yields_to = strings(r, "yields_to");
    rule.period = r.value("period", false);
    rule.hedge_exempt = r.value("hedge_exempt", false);
    rule.in_word_negation = r.value("in_word_negation", false);
    if (r.contains("unless_clause")) {
      auto re = compile(r["unless_clause"].get<std::string>(), where + " unless_clause", false, 0);
      if (!re.ok()) return re.error();
      rule.unless_clause = std::move(re.value());
    }
    if (r.contains("unless_before")) {
      auto re = compile("(?:" + r["unless_before"].get<std::string>() + ")\\s*$", where + " unless_before", false, 0);
      if (!re.ok()) return re.error();
      rule.unless_before = std::move(re.value());
    }
    if (r.contains("unless_at")) {
      auto re = compile("^(?:" + r["unless_at"].get<std::string>() + ")", where + " unless_at", false, 0);
      if (!re.ok()) return re.error();
      rule.unless_at = std::move(re.value());
    }
    for (const auto& c : r.value("classify", json::array())) {
      Classify cl;
      cl.attr = c.value("attr", "");
      cl.from_trigger = c.value("from", "clause") == "trigger";
      cl.multi = c.value("multi", false);
      for (const auto& v : c.value("values", json::array())) {
        if (!v.is_array() || v.size() != 2) return Error{kWhere, where + ": classify values are [name, pattern]"};
        auto re = compile("\\b(?:" + v[1].get<std::string>() + ")", where + " classify " + cl.attr, false, 0);
        if (!re.ok()) return re.error();
        cl.values.emplace_back(v[0].get<std::string>(), std::move(re.value()));
      }
      rule.classify.push_back(std::move(cl));
    }
    for (const auto& c : r.value("captures", json::array())) {
      auto re = compile(c.value("re", ""), where + " capture", false);
      if (!re.ok()) return re.error();
      if (re.value()->NumberOfCapturingGroups() != 1) return Error{kWhere, where + ": capture needs one group"};
      rule.captures.push_back({c.value("attr", ""), std::move(re.value())});
    }
    const size_t index = ex->rules_.size();
    ex->rules_.push_back(std::move(rule));
    const auto triggers = r.value("triggers", json::array());
    if (triggers.empty()) return Error{kWhere, where + ": no triggers"};
    for (const auto& t : triggers) {
      Alt alt;
      alt.rule = index;
      std::string pattern;
      if (t.is_string()) {
        pattern = t.get<std::string>();
      } else {
        pattern = t.value("re", "");
        alt.has_slots = t.contains("subject") || t.contains("object");
        alt.subject = strings(t, "subject");
        alt.object = strings(t, "object");
      }
      auto check = compile(pattern, where + " trigger '" + pattern + "'", false, 0);
      if (!check.ok()) return check.error();
      if (!alt_pattern.empty()) alt_pattern += '|';
      alt_pattern += "(" + pattern + ")";
      alt_patterns.push_back(pattern);
      ex->alts_.push_back(std::move(alt));
    }
  }
  if (alt_pattern.empty()) alt_pattern = "([^\\s\\S])";
  // Leftmost-longest: "investments" over "investment", "buy back" over "buy";
  // rule order decides only between equally long matches.
  RE2::Options topt;
  topt.set_log_errors(false);
  topt.set_case_sensitive(false);
  topt.set_longest_match(true);
  topt.set_max_mem(64 << 20);
  // The document prefilter only needs where some trigger starts. Leftmost-first
  // lets the DFA stop at the first match; an unanchored leftmost-longest search
  // runs on to the end of the text, which per match is quadratic in a document.
  // Triggers and conditions share one pass: every place either starts a match
  // is still found, since the search restarts one byte after each match start.
  RE2::Options fopt = topt;
  fopt.set_longest_match(false);
  ex->may_hold_ = std::make_unique<RE2>("(?:" + alt_pattern + ")|" + ex->conditions_->pattern(), fopt);
  if (!ex->may_hold_->ok()) return Error{kWhere, "triggers: bad pattern: " + ex->may_hold_->error()};
  // Which trigger a match is: the alternatives matching exactly its span, the
  // first of them winning. A capture group per alternative would make every
  // match run the NFA with a hundred capture slots.
  ex->alt_set_ = std::make_unique<RE2::Set>(topt, RE2::ANCHOR_BOTH);
  for (const auto& p : alt_patterns)
    if (ex->alt_set_->Add(p, nullptr) < 0) return Error{kWhere, "trigger '" + p + "': not accepted by RE2::Set"};
  if (!ex->alt_set_->Compile()) return Error{kWhere, "triggers: RE2::Set did not compile"};
  auto trig_re = std::make_unique<RE2>(alt_pattern, topt);
  if (!trig_re->ok()) return Error{kWhere, "triggers: bad pattern: " + trig_re->error()};
  Result<std::unique_ptr<RE2>> trig = std::move(trig_re);
  if (!trig.ok()) return trig.error();
  ex->triggers_ = std::move(trig.value());
  if (j.contains("option_lead")) {
    for (auto [key, re, g] : {std::tuple{"option_lead", &ex->option_lead_, 1}, std::tuple{"option_trail", &ex->option_trail_, 0}}) {
      auto st = need(key, *re, g);
      if (!st.ok()) return st.error();
    }
    for (const auto& t : strings(j, "option_terms")) ex->option_terms_.insert(t);
  }
  const json territory = j.value("territory", json::object());
  for (const auto& t : strings(territory, "terms")) ex->territory_terms_.insert(t);
  if (places && !ex->territory_terms_.empty()) {
    auto t = Territory::build(*places, strings(territory, "not_after"), strings(territory, "cuts"));
    if (!t.ok()) return t.error();
    ex->territory_ = std::move(t.value());
  }
  return std::unique_ptr<Extractor>(std::move(ex));
}

// Per-sentence scan results, all offsets absolute in the text.
struct TermExtractor::SentenceScan {
  std::vector<Span> breaks;          // clause boundaries (a clause ends at start, the next begins at end)
  std::vector<Mention> mentions;
  std::vector<Cue> cues[kCueCount];
  struct Trig {
    uint32_t start, end;
    size_t alt;
  };
  std::vector<Trig> triggers;
  struct Cond {
    uint32_t start, end, cue_end;
    std::string cue;
  };
  std::vector<Cond> conditions;
  std::vector<std::pair<Span, std::string>> bounds;  // span, type
  std::vector<Span> figures, periods;
};

// Whether a figure starts at byte `at` of `text`, after an abbreviation's dot
// and spaces ("Rs. 1,150", "MXN 4,320"): the short word before is its currency.
bool figure_follows(std::string_view text, size_t at) {
  if (at < text.size() && (text[at] == '.' || text[at] == '$')) ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]));
}

// Whether the word before byte `at` (after one space, from `from` on) opens
// with a capital letter, an ASCII one or any multi-byte letter.
bool after_capitalised_word(std::string_view text, uint32_t from, uint32_t at) {
  if (at < from + 2 || text[at - 1] != ' ') return false;
  uint32_t k = at - 1;
  while (k > from && text[k - 1] != ' ') --k;
  const unsigned char first = static_cast<unsigned char>(text[k]);
  return k < at - 1 && (std::isupper(first) || first >= 0xC0);
}

std::string TermExtractor::name_slug(std::string_view name) const {
  // "The Acme Corp" -> "acme"; stop words before, suffixes after are dropped.
  std::vector<std::string> words;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) words.push_back(std::string(name.substr(i, j - i)));
    i = j + 1;
  }
  while (!words.empty() && name_stopwords_.count(ascii_lower(words.front()))) words.erase(words.begin());
  while (words.size() > 1 && name_suffixes_.count(ascii_lower(words.back()))) words.pop_back();
  if (words.empty()) return "";
  std::string slug;
  for (const auto& w : words) {
    if (!slug.empty()) slug += '_';
    slug += ascii_lower(w);
  }
  return slug;
}

std::vector<Mention> TermExtractor::mentions(std::string_view text, Span sent,
                                             const std::unordered_set<std::string>& mid_names) const {
  std::vector<Mention> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = sent.start;
  while (pos < sent.end && entities_->Match(input, pos, sent.end, RE2::UNANCHORED, &m, 1)) {
    const uint32_t s = static_cast<uint32_t>(m.data() - text.data());
    const uint32_t e = s + static_cast<uint32_t>(m.size());
    auto it = alias_to_id_.find(ascii_lower(m));
    // A lower-case alias capitalised after a capitalised word ends a name
    // ("Kōzan Global Investors"), not a mention of its own.
    const bool inside_name = std::isupper(static_cast<unsigned char>(text[s])) &&
                             lower_aliases_.count(ascii_lower(m)) && after_capitalised_word(text, sent.start, s);
    if (it != alias_to_id_.end() && !inside_name) out.push_back({s, e, it->second, false, ""});
    pos = std::max<size_t>(e, s + 1);
  }
  // Unknown proper names: capitalised runs not covered by the vocabulary.
  pos = sent.start;
  std::vector<Mention> names;
  while (pos < sent.end && names_->Match(input, pos, sent.end, RE2::UNANCHORED, &m, 1)) {
    uint32_t s = static_cast<uint32_t>(m.data() - text.data());
    uint32_t e = s + static_cast<uint32_t>(m.size());
    pos = std::max<size_t>(e, s + 1);
    if (s > 0 && is_word(static_cast<unsigned char>(text[s - 1]))) continue;
    bool covered = false;
    for (const auto& v : out)
      if (v.start < e && s < v.end) covered = true;
    if (covered) continue;
    // Drop leading stop words so the mention starts at the name.
    std::string_view run = text.substr(s, e - s);
    while (true) {
      size_t sp = run.find(' ');
      std::string first = ascii_lower(run.substr(0, sp));
      if (!name_stopwords_.count(first)) break;
      if (sp == std::string_view::npos) {
        run = {};
        break;
      }
      s += static_cast<uint32_t>(sp + 1);
      run.remove_prefix(sp + 1);
    }
    // "Solmar Rs. 1,150 crore": a short last word right before a figure is its
    // currency, not part of the name.
    if (const size_t sp = run.rfind(' '); sp != std::string_view::npos && run.size() - sp - 1 <= 3 &&
                                          figure_follows(text, e)) {
      run = run.substr(0, sp);
      e = s + static_cast<uint32_t>(sp);
    }
    if (run.empty()) continue;
    // A lone capitalised word opening the sentence ("Revenue rose ...") is a
    // name only if the document also capitalises it mid-sentence.
    if (run.find(' ') == std::string_view::npos && !mid_names.count(std::string(run))) {
      size_t k = s;
      while (k > sent.start && text[k - 1] == ' ') --k;
      const bool opener = k == sent.start || !(std::isalnum(static_cast<unsigned char>(text[k - 1])) ||
                                               text[k - 1] == ',' || text[k - 1] == '\'');
      if (opener) continue;
    }
    // A sign glued to digits ("R6.4 million", "N950", "KSh5bn") is an amount, not a name.
    {
      size_t letters = 0;
      while (letters < run.size() && std::isalpha(static_cast<unsigned char>(run[letters]))) ++letters;
      if (letters >= 1 && letters <= 3 && letters < run.size() && std::isdigit(static_cast<unsigned char>(run[letters])))
        continue;
    }
    std::string slug = name_slug(run);
    if (slug.empty() || alias_to_id_.count(ascii_lower(run))) continue;
    names.push_back({s, e, slug, false, ""});
  }
  out.insert(out.end(), names.begin(), names.end());
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  for (auto& mn : out) {
    // Possessive: 's, ’s or a bare apostrophe after the name.
    std::string_view after = text.substr(mn.end, std::min<size_t>(4, text.size() - mn.end));
    if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s") || after.starts_with("' "))
      mn.possessive = true;
    // The word before the mention decides its marker.
    size_t k = mn.start;
    while (k > sent.start && text[k - 1] == ' ') --k;
    size_t w = k;
    while (w > sent.start && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
    if (w < k) {
      const std::string word = ascii_lower(text.substr(w, k - w));
      auto it = markers_.find(word);
      if (it != markers_.end()) mn.marker = it->second;
      mn.given_to = giving_verbs_.count(word) > 0;
      if (mn.given_to) mn.marker = "to";
    }
  }
  return out;
}

void TermExtractor::scan_sentence(std::string_view text, Span sent,
                                  const std::unordered_set<std::string>& mid_names, SentenceScan& out,
                                  bool holders_only) const {
  re2::StringPiece input(text.data(), text.size());
  // The families present, matched on the sentence and the byte each side: the
  // scans below see those bytes as context (\b, ^, $), so a family the Set
  // misses has no match for them either.
  bool present[kFamilyCount] = {};
  {
    const size_t from = sent.start > 0 ? sent.start - 1 : 0;
    const size_t to = std::min<size_t>(text.size(), size_t{sent.end} + 1);
    std::vector<int> found;
    family_set_->Match(text.substr(from, to - from), &found);
    for (int f : found) present[f] = true;
  }
  auto each = [&](const RE2& re, int ngroups, auto&& fn) {
    std::vector<re2::StringPiece> g(ngroups + 1);
    size_t pos = sent.start;
    while (pos < sent.end && re.Match(input, pos, sent.end, RE2::UNANCHORED, g.data(), ngroups + 1)) {
      const uint32_t s = static_cast<uint32_t>(g[0].data() - text.data());
      const uint32_t e = s + static_cast<uint32_t>(g[0].size());
      pos = std::max<size_t>(e, s + 1);
      fn(s, e, g);
    }
  };
  if (present[kFamBreaks]) each(*breaks_, 0, [&](uint32_t s, uint32_t e, auto&) { out.breaks.push_back({s, e}); });
  // A full stop ends a clause unless it closes an abbreviation ("Inc.", "U.S.").
  for (uint32_t i = sent.start; i + 1 < sent.end; ++i) {
    if (text[i] != '.' || !std::isspace(static_cast<unsigned char>(text[i + 1]))) continue;
    uint32_t w = i;
    while (w > sent.start && (std::isalpha(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.')) --w;
    const std::string word = ascii_lower(text.substr(w, i - w));
    if (abbreviations_.count(word) || (word.size() == 1 && std::isupper(static_cast<unsigned char>(text[w]))))
      continue;
    out.breaks.push_back({i, i + 1});
  }
  if (present[kFamConditions]) {
    each(*conditions_, 1, [&](uint32_t s, uint32_t e, auto& g) {
      out.conditions.push_back({s, 0, e, ascii_lower(g[1])});
      out.breaks.push_back({s, s});
    });
  }
  std::sort(out.breaks.begin(), out.breaks.end(),
            [](const Span& a, const Span& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
  out.mentions = mentions(text, sent, mid_names);
  if (holders_only) return;
  for (int c = 0; c < kCueCount; ++c) {
    if (present[kFamCues + c])
      each(*cues_[c], 0, [&](uint32_t s, uint32_t e, auto&) { out.cues[c].push_back({s, e}); });
  }
  if (present[kFamBound]) {
    each(*bound_, 1, [&](uint32_t s, uint32_t e, auto& g) {
      auto it = bound_types_.find(ascii_lower(g[1]));
      out.bounds.push_back({{s, e}, it != bound_types_.end() ? it->second : ascii_lower(g[1])});
    });
  }
  if (present[kFamFigure]) each(*figure_, 0, [&](uint32_t s, uint32_t e, auto&) { out.figures.push_back({s, e}); });
  if (present[kFamPeriod]) each(*period_, 0, [&](uint32_t s, uint32_t e, auto&) { out.periods.push_back({s, e}); });

  re2::StringPiece m;
  std::vector<int> hits;
  size_t pos = sent.start;
  while (pos < sent.end && triggers_->Match(input, pos, sent.end, RE2::UNANCHORED, &m, 1)) {
    const uint32_t s = static_cast<uint32_t>(m.data() - text.data());
    const uint32_t e = s + static_cast<uint32_t>(m.size());
    // Whole words only: RE2's \b is ASCII-only and some triggers open with '$'.
    const bool bad_start = s > 0 && is_word(static_cast<unsigned char>(text[s])) &&
                           is_word(static_cast<unsigned char>(text[s - 1]));
    const bool bad_end = e < text.size() && e > s && is_word(static_cast<unsigned char>(text[e - 1])) &&
                         is_word(static_cast<unsigned char>(text[e]));
    if (e == s || bad_start || bad_end) {
      pos = s + 1;
      continue;
    }
    // The span starts and ends on word boundaries (checked above), so each
    // alternative's \b reads the same alone as in the sentence.
    hits.clear();
    if (alt_set_->Match(m, &hits) && !hits.empty())
      out.triggers.push_back({s, e, static_cast<size_t>(*std::min_element(hits.begin(), hits.end()))});
    pos = e;
  }
}

// Whether `sent` holds a digit: a sentence that may give a party a figure.
// Most sentences hold none, and skip the holder scan.
bool holds_number(std::string_view text, Span sent) {
  for (uint32_t i = sent.start; i < sent.end && i < text.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(text[i]))) return true;
  return false;
}

// A short capitalised word right before an amount ("PLN 6.7 billion", "Rs
// 1,150") is its currency, not a party; one before a percentage ("PSP 55%")
// is a party.
bool currency_before_figure(std::string_view text, const Mention& m) {
  if (m.end - m.start > 3) return false;
  size_t k = m.end;
  if (k < text.size() && (text[k] == ' ' || text[k] == '$')) ++k;
  if (k >= text.size() || !std::isdigit(static_cast<unsigned char>(text[k]))) return false;
  while (k < text.size() && (std::isdigit(static_cast<unsigned char>(text[k])) || text[k] == '.' || text[k] == ','))
    ++k;
  while (k < text.size() && text[k] == ' ') ++k;
  // "NOK 410 per megawatt-hour" is a price; "Q 45 per cent" would be a share.
  const std::string_view rest = text.substr(k, 9);
  return !(rest.starts_with("%") || rest.starts_with("per cent") || rest.starts_with("percent") ||
           rest.starts_with("per-cent") || rest.starts_with("pc"));
}

// The lower-cased word before byte `at` (not before `from`); with
// `past_article`, the one before "the", "a" or "an" there.
std::string word_before(std::string_view text, uint32_t from, uint32_t at, bool past_article) {
  auto previous = [&](uint32_t& k) {
    while (k > from && text[k - 1] == ' ') --k;
    const uint32_t end = k;
    while (k > from && std::isalpha(static_cast<unsigned char>(text[k - 1]))) --k;
    return ascii_lower(text.substr(k, end - k));
  };
  uint32_t k = at;
  std::string w = previous(k);
  if (past_article && (w == "the" || w == "a" || w == "an")) w = previous(k);
  return w;
}

// Whether [from, to) holds nothing but a figure's digits, signs and unit
// words ("55% " in "55% Łódzkie", "45 per cent "): a name right after it
// is the figure's holder.
bool only_figure_between(std::string_view text, uint32_t from, uint32_t to) {
  static const std::unordered_set<std::string> units = {"per", "cent", "percent", "pc", "million",
                                                       "billion", "bn", "m", "mn"};
  uint32_t i = from;
  while (i < to) {
    const unsigned char ch = static_cast<unsigned char>(text[i]);
    if (std::isalpha(ch)) {
      uint32_t e = i;
      while (e < to && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
      const std::string word = ascii_lower(text.substr(i, e - i));
      if (!units.count(word)) return false;
      // "per" only of "per cent": "NOK 410 per MWh" names what is priced.
      if (word == "per" && ascii_lower(text.substr(e, 5)) != " cent") return false;
      i = e;
    } else if (std::isdigit(ch) || ch == ' ' || ch == '.' || ch == ',' || ch == '%') {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

// Whether [from, to) tells a share ("1.1% of", "45 per cent of"): the name
// after its "of" is what it is a share of ("of GDP"), not who holds it.
bool share_between(std::string_view text, uint32_t from, uint32_t to) {
  const std::string between = ascii_lower(text.substr(from, to - from));
  return between.find('%') != std::string::npos || between.find("per cent") != std::string::npos ||
         between.find("percent") != std::string::npos;
}

// Whether [from, at) holds only what opens a figure before its first digit:
// spaces and a currency sign or code ("75%", "$4m", "USD 40m").
bool figure_opens(std::string_view text, uint32_t from, uint32_t at) {
  if (at - from > 5) return false;
  for (uint32_t i = from; i < at; ++i)
    if (std::islower(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

// Whether [from, to) gives its figure to someone it does not name as a party
// ("40 per cent by the university", "to the city", "for the club").
bool names_another(std::string_view text, uint32_t from, uint32_t to) {
  const std::string stretch = ascii_lower(text.substr(from, to - from));
  for (const char* w : {" by ", " to ", " for "})
    if (stretch.find(w) != std::string::npos) return true;
  return false;
}

// Figure holders. In a sentence naming a party, each stretch between holder
// breaks that names one gives it the figures the stretch holds: "NordNet will
// bear 45% and PSP 55% of the costs" gives 45% to NordNet and 55% to PSP. A
// stretch in brackets or after a colon that names no one belongs to the name
// right before the bracket or colon ("Halberd Construction (60 per cent)").
void TermExtractor::emit_holders(std::string_view text, Span sent, const SentenceScan& sc, int32_t window,
                                 std::vector<Claim>& out) const {
  std::vector<const Mention*> parties;
  for (const auto& m : sc.mentions)
    if (!currency_before_figure(text, m)) parties.push_back(&m);
  if (parties.empty()) return;
  std::vector<Span> cuts = sc.breaks;
  {
    re2::StringPiece input(text.data(), text.size()), m;
    size_t pos = sent.start;
    while (pos < sent.end && holder_breaks_->Match(input, pos, sent.end, RE2::UNANCHORED, &m, 1)) {
      const uint32_t s = static_cast<uint32_t>(m.data() - text.data());
      cuts.push_back({s, s + static_cast<uint32_t>(m.size())});
      pos = std::max<size_t>(cuts.back().end, s + 1);
    }
  }
  std::sort(cuts.begin(), cuts.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  uint32_t from = sent.start;
  std::string previous_holder;  // the last stretch's, for a figure coordinated with its own
  for (size_t k = 0; k <= cuts.size(); ++k) {
    const uint32_t to = k < cuts.size() ? cuts[k].start : sent.end;
    const uint32_t next = k < cuts.size() ? cuts[k].end : sent.end;
    if (to <= from) {
      from = std::max(from, next);
      previous_holder.clear();
      continue;
    }
    uint32_t first_digit = to;
    for (uint32_t i = from; i < to; ++i)
      if (std::isdigit(static_cast<unsigned char>(text[i]))) {
        first_digit = i;
        break;
      }
    // The agent of a passive right after the figure ("owned 51 per cent by
    // the Nistowak Cree Nation"), else the nearest name before the figure
    // that is not given something ("Halvard will pay Sumikawa 15%" is
    // Halvard's), else the first after it that gets it or that it is of
    // ("65% going to Tawi Bank", "PLN 6.7 billion for PSP", "55% Łódzkie",
    // "$410 million of Series B"): a name after "in" or "at" is where the
    // figure is ("produced at Kesane").
    const Mention* agent = nullptr;
    const Mention* before = nullptr;
    const Mention* after = nullptr;
    for (const Mention* m : parties) {
      if (m->start < from || m->end > to) continue;
      if (m->start < first_digit) {
        if (!m->given_to && m->marker != "to") before = m;
      } else if (m->marker == "by" || word_before(text, from, m->start, true) == "by") {
        if (!agent && !after) agent = m;
      } else if (!after && (m->given_to || m->marker == "to" || m->marker == "for" ||
                            (m->marker == "of" && !share_between(text, first_digit, m->start)) ||
                            (m->marker.empty() && only_figure_between(text, first_digit, m->start)))) {
        after = m;
      }
    }
    std::string holder = agent ? agent->id : before ? before->id : after ? after->id : "";
    // A bracket or a colon after a name opens what is told of it
    // ("Halberd Construction (60 per cent)", "Series 2030A Green Bonds: $410 million").
    uint32_t opener = from;
    while (opener > sent.start && text[opener - 1] == ' ') --opener;
    if (holder.empty() && opener > sent.start && (text[opener - 1] == '(' || text[opener - 1] == ':')) {
      uint32_t b = opener - 1;
      while (b > sent.start && text[b - 1] == ' ') --b;
      for (const Mention* m : parties)
        if (m->end == b) holder = m->id;
    }
    // A stretch opening with its figure after " and " shares the verb and
    // holder of the one before ("Haneul will acquire 100% of the publisher's
    // share and 75% of the writer's share").
    if (holder.empty() && !previous_holder.empty() && k > 0 && first_digit < to &&
        ascii_lower(text.substr(cuts[k - 1].start, cuts[k - 1].size())) == " and " &&
        figure_opens(text, from, first_digit) && !names_another(text, first_digit, to))
      holder = previous_holder;
    previous_holder = holder;
    if (!holder.empty()) {
      Claim h;
      h.kind = ClaimKind::kTerm;
      h.value = "holder";
      h.rule = "term.holder";
      h.sentence = window;
      h.span = {from, to};
      h.text.assign(text.substr(from, to - from));
      h.attrs["subject"] = holder;
      out.push_back(std::move(h));
    }
    from = std::max(from, next);
  }
}

constexpr uint32_t kMaxScanBytes = 4096;

// Appends `sent` to `out` cut into pieces of at most kMaxScanBytes, each
// ending after a space where there is one (else on a UTF-8 character
// boundary); `sent` itself when it is short enough, or not a span of `text`.
void append_scan_windows(std::string_view text, Span sent, std::vector<Span>& out) {
  if (sent.size() <= kMaxScanBytes || sent.end > text.size()) {
    out.push_back(sent);
    return;
  }
  uint32_t start = sent.start;
  while (sent.end - start > kMaxScanBytes) {
    uint32_t cut = start + kMaxScanBytes;
    uint32_t space = cut;
    while (space > start + kMaxScanBytes / 2 && text[space - 1] != ' ') --space;
    if (text[space - 1] == ' ') {
      cut = space;
    } else {
      while (cut > start + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    out.push_back({start, cut});
    start = cut;
  }
  out.push_back({start, sent.end});
}

// The clause holding [s, e): from the last break before it to the first after it.
Span clause_of(const std::vector<Span>& breaks, Span sent, uint32_t s, uint32_t e) {
  Span c = sent;
  for (const auto& b : breaks) {
    if (b.end <= s && b.end > c.start) c.start = b.end;
    if (b.start >= e && b.start < c.end) c.end = b.start;
  }
  return c;
}

// True when every past cue of a term is the sentence-level history marker
// (an empty cue span), so an explicit "continues"/"ends" overrides it.
bool past_only_from_history(const std::vector<std::pair<int, Cue>>& cues) {
  for (const auto& [cls, cue] : cues)
    if (cls == kPast && cue.start != cue.end) return false;
  return true;
}

bool inside(Span c, uint32_t s, uint32_t e) { return c.start <= s && e <= c.end; }

uint32_t gap(uint32_t as, uint32_t ae, uint32_t bs, uint32_t be) { return Span{as, ae}.distance(Span{bs, be}); }

std::vector<Claim> TermExtractor::extract(const ExtractInput& in) const {
  std::vector<Claim> claims;
  const std::string_view text = in.text;
  int last_term_sentence = -100;
  // Capitalised words seen after a lower-case word: names, not sentence openers.
  std::unordered_set<std::string> mid_names;
  {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos < text.size() && names_->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const size_t s = static_cast<size_t>(m.data() - text.data());
      pos = s + std::max<size_t>(m.size(), 1);
      if (s >= 2 && text[s - 1] == ' ' && std::islower(static_cast<unsigned char>(text[s - 2]))) {
        const std::string_view run(m.data(), m.size());
        mid_names.insert(std::string(run.substr(0, run.find(' '))));
      }
    }
  }
  std::string last_term_value;
  std::vector<Claim> holders;  // kept apart: they carry no term state to later sentences
  // A run-on "sentence" (hostile or broken text) is scanned in windows of at
  // most kMaxScanBytes: cue attachment and clause search inside one scan grow
  // with the square of the triggers it holds. Real sentences are far shorter,
  // so for them windows are the sentences themselves. Claims get the index of
  // the window while scanning (what "the same sentence" means below), then of
  // its sentence.
  std::vector<Span> windows;
  std::vector<int32_t> window_sentence;
  windows.reserve(in.sentences.size());
  for (size_t i = 0; i < in.sentences.size(); ++i) {
    append_scan_windows(text, in.sentences[i], windows);
    window_sentence.resize(windows.size(), static_cast<int32_t>(i));
  }
  const std::vector<char> may_hold = sentences_touched(text, windows, {may_hold_.get()});
  for (size_t si = 0; si < windows.size(); ++si) {
    const Span sent = windows[si];
    if (sent.end > text.size() || sent.empty()) continue;
    // Only a sentence with a trigger or a condition makes claims (or changes
    // the state carried to later sentences); most have neither, and one DFA
    // pass per document is far cheaper than a dozen capturing scans per sentence.
    const bool number = holds_number(text, sent);
    if (!may_hold[si] && !number) continue;
    SentenceScan sc;
    scan_sentence(text, sent, mid_names, sc, !may_hold[si]);
    if (number) emit_holders(text, sent, sc, static_cast<int32_t>(si), holders);
    if (!may_hold[si]) continue;

    struct Pending {
      size_t alt;
      uint32_t ts, te;
      Span clause;
      Claim claim;
      bool own_polarity = false;
    };
    std::vector<Pending> terms;
    for (const auto& t : sc.triggers) {
      const Alt& alt = alts_[t.alt];
      const Rule& rule = rules_[alt.rule];
      Pending p;
      p.alt = t.alt;
      p.ts = t.start;
      p.te = t.end;
      p.clause = clause_of(sc.breaks, sent, t.start, t.end);
      const std::string_view clause_text = text.substr(p.clause.start, p.clause.size());
      if (rule.unless_clause && RE2::PartialMatch(clause_text, *rule.unless_clause)) continue;
      if (rule.unless_before) {
        const uint32_t from = std::max<uint32_t>(p.clause.start, t.start >= 40 ? t.start - 40 : 0);
        if (RE2::PartialMatch(text.substr(from, t.start - from), *rule.unless_before)) continue;
      }
      if (rule.unless_at && RE2::PartialMatch(text.substr(t.start, p.clause.end - t.start), *rule.unless_at)) continue;
      // Requirements that need only the clause, checked before cues are shared out.
      auto any_in = [&](const auto& spans) {
        for (const auto& x : spans)
          if (inside(p.clause, x.start, x.end)) return true;
        return false;
      };
      const bool has_fig = any_in(sc.figures), has_ent = any_in(sc.mentions);
      if (rule.requires_ == "figure" && !has_fig) continue;
      if (rule.requires_ == "entity" && !has_ent) continue;
      if (rule.requires_ == "figure_or_entity" && !has_fig && !has_ent) continue;
      // One claim per rule and clause.
      bool dup = false;
      for (const auto& o : terms)
        if (alts_[o.alt].rule == alt.rule && o.clause == p.clause) dup = true;
      if (dup) continue;
      terms.push_back(std::move(p));
    }
    // A term that yields to another found in its clause goes before cues are
    // shared out ("will no longer pay OpenAI a revenue share" is the revenue
    // share's, cue and all, not a payment's).
    std::erase_if(terms, [&](const Pending& p) {
      const auto& yields = rules_[alts_[p.alt].rule].yields_to;
      return std::any_of(terms.begin(), terms.end(), [&](const Pending& q) {
        return q.clause == p.clause &&
               std::find(yields.begin(), yields.end(), rules_[alts_[q.alt].rule].value) != yields.end();
      });
    });

    // Cue attachment: a cue goes to the nearest trigger after it in its clause
    // (or, with none after, the nearest before); "continues" cues and
    // hedges spread to every term after them in the clause.
    std::vector<std::vector<std::pair<int, Cue>>> attached(terms.size());  // (class, cue)
    // A cue in a clause's leading condition ("If Brightmoor terminates the
    // agreement, Brightmoor will pay ...") says what the condition is, not
    // what becomes of a term after its comma.
    auto in_leading_condition = [&](const Pending& p, const Cue& cue) {
      if (cue.end > p.ts) return false;
      const std::string opener = ascii_lower(text.substr(p.clause.start, std::min<size_t>(16, p.clause.end - p.clause.start)));
      const bool conditional = opener.starts_with("if ") || opener.starts_with("when ") ||
                               opener.starts_with("should ") || opener.starts_with("unless ") ||
                               opener.starts_with("in the event ");
      return conditional && text.substr(cue.end, p.ts - cue.end).find(',') != std::string_view::npos;
    };
    auto nearest = [&](const Cue& cue, bool spread, int cls) {
      std::vector<size_t> after, before;
      for (size_t k = 0; k < terms.size(); ++k) {
        const auto& p = terms[k];
        if (!inside(p.clause, cue.start, cue.end) || in_leading_condition(p, cue)) continue;
        if (p.ts >= cue.start || (cue.start >= p.ts && cue.end <= p.te)) after.push_back(k);
        else before.push_back(k);
      }
      if (!after.empty()) {
        if (spread) {
          for (size_t k : after) attached[k].push_back({cls, cue});
        } else {
          size_t best = after.front();
          for (size_t k : after)
            if (gap(cue.start, cue.end, terms[k].ts, terms[k].te) < gap(cue.start, cue.end, terms[best].ts, terms[best].te))
              best = k;
          attached[best].push_back({cls, cue});
        }
      } else if (!before.empty() && cls != kNegative) {
        // "not"/"no"/"without" after a term rarely negates it ("limited by a
        // ceiling and do not depend on ..."); verbs like "ends" do, but not
        // from a relative clause of their own ("has approval in principle,
        // which removes one early hurdle").
        const Pending& p = terms[before.back()];
        const std::string between = ascii_lower(text.substr(p.te, cue.start > p.te ? cue.start - p.te : 0));
        if (between.find(", which ") == std::string::npos && between.find(", who ") == std::string::npos)
          attached[before.back()].push_back({cls, cue});
      }
    };
    for (int c = 0; c < kCueCount; ++c) {
      if (c == kReceive || c == kException || c == kHistory) continue;
      const bool spread = c == kContinues || c == kHedge || c == kPast;
      for (const auto& cue : sc.cues[c]) {
        bool in_bound = false;  // "by the end of 2026" ends nothing
        for (const auto& b : sc.bounds)
          if (b.first.start <= cue.start && cue.end <= b.first.end) in_bound = true;
        // Nor does "at the end of the quarter" (the noun "end" after a time
        // preposition; "by removing exclusivity" still ends it) or a
        // "cease-and-desist order".
        if (c == kEnds && ends_as_time_before_ && ascii_lower(text.substr(cue.start, 3)) == "end" &&
            RE2::PartialMatch(text.substr(sent.start, cue.start - sent.start), *ends_as_time_before_))
          in_bound = true;
        if (c == kEnds && ends_as_time_after_ && RE2::PartialMatch(text.substr(cue.end, sent.end - cue.end), *ends_as_time_after_))
          in_bound = true;
        if (c == kEnds && ends_as_option_before_ &&
            RE2::PartialMatch(text.substr(sent.start, cue.start - sent.start), *ends_as_option_before_))
          in_bound = true;
        if (!in_bound) nearest(cue, spread, c);
      }
    }
    // A sentence set in an earlier year ("in 2019", "back in 2023") describes
    // history for every term in it that states no change of its own.
    bool history = false;
    if (in.published) {
      for (const auto& b : sc.bounds) {
        if (b.second != "in" && b.second != "since") continue;
        const std::string_view bt = text.substr(b.first.start, b.first.size());
        const int year = std::atoi(std::string(bt.substr(bt.size() - 4)).c_str());
        if (year > 1900 && year < in.published->year) history = true;
      }
    }
    for (const auto& cue : sc.cues[kHistory]) history = history || cue.end > 0;
    if (history)
      for (size_t k = 0; k < terms.size(); ++k) attached[k].push_back({kPast, Cue{terms[k].ts, terms[k].ts}});
    // A hedge before the clause ("Analysts expect that ...", "Reports point to")
    // hedges every later term of the sentence.
    for (size_t k = 0; k < terms.size(); ++k)
      for (const auto& cue : sc.cues[kHedge])
        if (cue.end <= terms[k].clause.start) attached[k].push_back({kHedge, cue});

    for (size_t k = 0; k < terms.size(); ++k) {
      Pending& p = terms[k];
      const Alt& alt = alts_[p.alt];
      const Rule& rule = rules_[alt.rule];
      Claim& c = p.claim;
      c.kind = ClaimKind::kTerm;
      c.value = rule.value;
      c.rule = rule.id;
      c.sentence = static_cast<int32_t>(si);
      uint32_t span_s = p.ts, span_e = p.te;
      auto widen = [&](uint32_t s, uint32_t e) {
        if (s < p.clause.start || e > p.clause.end) return;
        span_s = std::min(span_s, s);
        span_e = std::max(span_e, e);
      };

      bool negative = false, hedged = false, past = false;
      // "non-exclusive", "unlicensed": the negation is part of the term's own
      // word, so it cannot belong to another verb of the clause.
      bool negation_in_word = false;
      std::string status;
      bool has_own_negation = false;
      for (const auto& [cls, cue] : attached[k]) {
        if (cls == kNegative || cls == kEnds) has_own_negation = true;
      }
      for (const auto& [cls, cue] : attached[k]) {
        const bool in_trigger = cue.start >= p.ts && cue.end <= p.te;
        switch (cls) {
          case kNegative:
            negative = true;
            negation_in_word = negation_in_word || in_trigger ||
                               (cue.end + 1 == p.ts && text[cue.end] == '-') || cue.end == p.ts;
            widen(cue.start, cue.end);
            break;
          case kEnds: negative = true; status = "ends"; widen(cue.start, cue.end); break;
          case kContinues:
            if (!has_own_negation && status.empty()) {
              status = "continues";
              widen(cue.start, cue.end);
            }
            break;
          case kNew:
            if (status.empty()) {
              status = "new";
              widen(cue.start, cue.end);
            }
            break;
          case kHedge:
            if (!(rule.hedge_exempt && in_trigger)) hedged = true;
            break;
          case kPast: past = true; break;  // dropped below when the term states its own change
          default: break;
        }
      }

      // A negating prefix on a noun term's word makes another thing ("non-revenue
      // water", "a non-cash charge"); only terms that name a quality are
      // denied by it ("non-exclusive").
      if (negation_in_word && !rule.in_word_negation) continue;

      // Slots from the entity mentions of the clause.
      const auto& subj_order = alt.has_slots && !alt.subject.empty() ? alt.subject : rule.subject;
      const auto& obj_order = alt.has_slots && !alt.object.empty() ? alt.object : rule.object;
      bool receive_before = false;
      if (rule.receive_inverts)
        for (const auto& cue : sc.cues[kReceive])
          if (inside(p.clause, cue.start, cue.end) && cue.end <= p.ts) receive_before = true;
      auto role_of = [&](const Mention& m) {
        const bool pre = m.end <= p.ts;
        // A name right before the trigger modifies it ("OpenAI revenue-share payments").
        // Not after a verb of giving: "gives Lumoria exclusive rights" names who gets them.
        const bool modifier = pre && p.ts - m.end <= 1 && !m.possessive && !m.given_to;
        if (modifier) return std::string(receive_before ? "to" : "pre");
        // "from Microsoft's exclusive grip", "as OpenAI's primary partner": the
        // possessive owns the trigger's phrase whatever preposition precedes it.
        if (pre && m.possessive && p.ts - m.end <= 30) {
          bool between = false;  // another name, a comma or a preposition ends the phrase
          for (const auto& o : sc.mentions)
            if (o.start >= m.end && o.end <= p.ts) between = true;
          const std::string_view gap_text = text.substr(m.end, p.ts - m.end);
          if (gap_text.find(',') != std::string_view::npos) between = true;
          size_t w = 0;
          while (!between && w < gap_text.size()) {
            while (w < gap_text.size() && !std::isalpha(static_cast<unsigned char>(gap_text[w]))) ++w;
            size_t e = w;
            while (e < gap_text.size() && std::isalpha(static_cast<unsigned char>(gap_text[e]))) ++e;
            if (e > w && markers_.count(ascii_lower(gap_text.substr(w, e - w)))) between = true;
            w = e;
          }
          if (!between) return std::string("possessive_pre");
        }
        if (!m.marker.empty()) return m.marker;
        if (m.possessive) return std::string(pre ? "possessive_pre" : "possessive_post");
        if (pre && receive_before) return std::string("to");
        return std::string(pre ? "pre" : "post");
      };
      // "will pay the state MXN 4,320 million", "pay Sargam Rs. 1,150 crore": a
      // short capitalised word right before a figure is its currency, no party.
      auto currency_code = [&](const Mention& m) {
        if (m.end - m.start > 3) return false;
        for (uint32_t q = m.start; q < m.end; ++q)
          if (!std::isalpha(static_cast<unsigned char>(text[q]))) return false;
        return figure_follows(text, m.end);
      };
      std::vector<const Mention*> in_clause;
      for (const auto& m : sc.mentions)
        if (inside(p.clause, m.start, m.end) && !(m.start < p.te && p.ts < m.end) && !currency_code(m))
          in_clause.push_back(&m);
      auto pick = [&](const std::vector<std::string>& order, const std::string& not_id) -> const Mention* {
        for (const auto& want : order) {
          const Mention* best = nullptr;
          for (const Mention* m : in_clause) {
            if (m->id == not_id || role_of(*m) != want) continue;
            // The nearest mention to the trigger of that role.
            if (!best || gap(m->start, m->end, p.ts, p.te) < gap(best->start, best->end, p.ts, p.te)) best = m;
          }
          if (best) return best;
        }
        return nullptr;
      };
      const Mention* subj = pick(subj_order, "");
      const Mention* obj = pick(obj_order, subj ? subj->id : "");
      std::string subject = subj ? subj->id : "", object = obj ? obj->id : "";
      // Far mentions fill the slot but do not stretch the span over the clause.
      for (const Mention* m : {subj, obj})
        if (m && gap(m->start, m->end, p.ts, p.te) <= 60) widen(m->start, m->end);

      if (!rule.inherit.empty() && (rule.inherit_override || (subject.empty() && object.empty()))) {
        for (auto it = claims.rbegin(); it != claims.rend() && it->sentence == static_cast<int32_t>(si); ++it) {
          if (std::find(rule.inherit.begin(), rule.inherit.end(), it->value) == rule.inherit.end()) continue;
          if (!rule.inherit_override || !it->attrs.value("subject", "").empty()) subject = it->attrs.value("subject", "");
          if (!rule.inherit_override || !it->attrs.value("object", "").empty()) object = it->attrs.value("object", "");
          break;
        }
      }

      // Bound and figure: the ones in the clause nearest the trigger (a bound
      // prefers the trigger before it: "license ... through 2032").
      const std::pair<Span, std::string>* bound = nullptr;
      for (const auto& b : sc.bounds) {
        if (!inside(p.clause, b.first.start, b.first.end)) continue;
        // "on <date>" times a term only after it ("goes on sale on October 9"); before
        // it, it dates the statement ("said on February 4 that it will invest").
        if (b.second == "on" && b.first.start < p.te) continue;
        bool closer_term = false;  // a later term of the clause sits between
        for (size_t o = 0; o < terms.size(); ++o)
          if (o != k && terms[o].clause == p.clause && terms[o].ts > p.te && terms[o].te <= b.first.start)
            closer_term = true;
        if (closer_term) continue;
        if (!bound || b.first.start >= p.te) {
          bound = &b;
          if (b.first.start >= p.te) break;
        }
      }
      const Span* figure = nullptr;
      for (const auto& f : sc.figures) {
        if (!inside(p.clause, f.start, f.end)) continue;
        if (!figure || gap(f.start, f.end, p.ts, p.te) < gap(figure->start, figure->end, p.ts, p.te)) figure = &f;
      }
      if (rule.requires_ == "figure" && !figure) continue;
      if (rule.requires_ == "entity" && subject.empty() && object.empty()) continue;
      if (rule.requires_ == "figure_or_entity" && !figure && subject.empty() && object.empty()) continue;

      // An option: led so from the sentence's start ("an option, but no
      // obligation, to acquire" spans a clause break, and its "no" denies
      // the obligation, not the term), or followed so in the sentence ("if
      // it exercises its option" is a clause of its own).
      bool option = false;
      if (option_lead_ && option_terms_.count(rule.value)) {
        const std::string_view lead = text.substr(sent.start, p.ts - sent.start);
        re2::StringPiece led;
        if (RE2::PartialMatch(lead, *option_lead_, &led)) {
          option = true;
          if (std::string_view(led.data(), led.size()).find("obligation") != std::string_view::npos) negative = false;
        } else {
          option = sent.end > p.te && RE2::PartialMatch(text.substr(p.te, sent.end - p.te), *option_trail_);
        }
      }
      c.attrs["subject"] = subject;
      c.attrs["object"] = object;
      c.attrs["polarity"] = negative ? "negative" : "positive";
      if (negative && negation_in_word) c.attrs["negation"] = "in_word";
      c.attrs["status"] = status;
      c.attrs["hedged"] = hedged;
      if (past && (status.empty() || !past_only_from_history(attached[k]))) c.attrs["past"] = true;
      if (bound) {
        c.attrs["bound"] = {{"type", bound->second},
                            {"text", std::string(text.substr(bound->first.start, bound->first.size()))}};
        widen(bound->first.start, bound->first.end);
      }
      if (figure) {
        c.attrs["figure"] = {{"text", std::string(text.substr(figure->start, figure->size()))}};
        widen(figure->start, figure->end);
      }
      const std::string_view clause_text = text.substr(p.clause.start, p.clause.size());
      const std::string_view trigger_text = text.substr(p.ts, p.te - p.ts);
      for (const auto& cl : rule.classify) {
        json multi = json::array();
        for (const auto& [name, re] : cl.values) {
          if (!RE2::PartialMatch(cl.from_trigger ? trigger_text : clause_text, *re)) continue;
          if (!cl.multi) {
            c.attrs[cl.attr] = name;
            break;
          }
          multi.push_back(name);
        }
        if (cl.multi && !multi.empty()) c.attrs[cl.attr] = multi;
      }
      if (option) c.attrs["choice"] = "option";
      if (territory_ && territory_terms_.count(rule.value))
        if (json places = territory_->places_in(clause_text, p.ts - p.clause.start, p.te - p.clause.start); !places.empty())
          c.attrs["territory"] = std::move(places);
      for (const auto& cap : rule.captures) {
        re2::StringPiece got;
        if (RE2::PartialMatch(clause_text, *cap.re, &got)) c.attrs[cap.attr] = std::string(got);
      }
      if (rule.period)
        for (const auto& pr : sc.periods)
          if (inside(p.clause, pr.start, pr.end)) {
            c.attrs["period"] = std::string(text.substr(pr.start, pr.size()));
            break;
          }
      c.attrs["clause"] = {{"start", p.clause.start}, {"end", p.clause.end}};
      c.span = {span_s, span_e};
      c.text = std::string(text.substr(span_s, span_e - span_s));
      claims.push_back(c);
    }

    // Conditions: the phrase from the cue to the clause's hard end qualifies
    // the nearest term before it in the sentence; a condition with no term in
    // its sentence counts only after an "exception"-style cue or when its own
    // cue cannot be hypothetical ("unless"), and then qualifies the last term
    // of the two sentences before.
    for (auto& cond : sc.conditions) {
      const auto type_it = condition_types_.find(cond.cue);
      std::string type = type_it != condition_types_.end() ? type_it->second : cond.cue;
      if (type_it == condition_types_.end())
        for (const auto& [cue, t] : condition_types_)
          if (RE2::FullMatch(cond.cue, cue)) type = t;
      uint32_t end = sent.end;
      for (const auto& b : sc.breaks) {
        if (b.start <= cond.start) continue;
        const std::string_view bt = text.substr(b.start, b.end - b.start);
        const bool dash = (bt.find('-') != std::string_view::npos || bt.find("\xE2\x80") != std::string_view::npos) &&
                          bt.find_first_of(";.:") == std::string_view::npos;
        if (dash || b.start == b.end) continue;  // "cannot - and chooses not to - support"; a later condition
        if (b.start < end) end = b.start;
      }
      const std::string phrase = trim_copy(text.substr(cond.start, end - cond.start));
      if (phrase.size() <= cond.cue.size() + 1) continue;
      const uint32_t pend = cond.start + static_cast<uint32_t>(phrase.size());
      // The term it qualifies: in the same sentence, not across a full stop
      // (the segmenter may hand over several sentences as one).
      uint32_t hard_start = sent.start;
      for (const auto& b : sc.breaks) {
        if (b.end > cond.start) break;
        const std::string_view bt = text.substr(b.start, b.end - b.start);
        if (bt.find_first_of(".!?\n") != std::string_view::npos) hard_start = b.end;
      }
      Claim* target = nullptr;
      for (auto it = claims.rbegin(); it != claims.rend(); ++it) {
        if (it->sentence == static_cast<int32_t>(si) && it->span.end <= cond.start && it->span.start >= hard_start &&
            it->value != "condition") {
          target = &*it;
          break;
        }
      }
      bool exception_cue = false;
      for (const auto& cue : sc.cues[kException])
        if (cue.end <= cond.start && cue.start >= hard_start) exception_cue = true;
      std::string term;
      if (target) {
        term = target->value;
      } else if (exception_cue || type == "unless" || type == "except") {
        if (static_cast<int>(si) - last_term_sentence <= 2) term = last_term_value;
        for (auto it = claims.rbegin(); it != claims.rend(); ++it)  // an earlier sentence of the same block
          if (it->value != "condition" && it->span.end <= cond.start) {
            if (it->sentence == static_cast<int32_t>(si)) term = it->value;
            break;
          }
      } else {
        continue;
      }
      std::string conjunction;
      {
        static const RE2 conj("\\b(and|or|nor)\\b");
        re2::StringPiece got;
        if (RE2::PartialMatch(text.substr(cond.cue_end, pend - cond.cue_end), conj, &got)) conjunction = ascii_lower(got);
        if (conjunction == "nor") conjunction = "or";
      }
      json condition = {{"type", type}, {"conjunction", conjunction}, {"text", phrase},
                        {"start", cond.start}, {"end", pend}};
      if (target && !target->attrs.contains("condition")) target->attrs["condition"] = condition;
      Claim cc;
      cc.kind = ClaimKind::kTerm;
      cc.value = "condition";
      cc.rule = "term.condition";
      cc.sentence = static_cast<int32_t>(si);
      cc.span = {cond.start, pend};
      cc.text = phrase;
      std::string subject;
      for (const auto& m : sc.mentions)
        if (m.start >= cond.start && m.end <= pend) {
          subject = m.id;
          break;
        }
      cc.attrs["term"] = term;
      cc.attrs["subject"] = subject;
      cc.attrs["object"] = "";
      cc.attrs["polarity"] = "positive";
      cc.attrs["status"] = "";
      cc.attrs["hedged"] = false;
      cc.attrs["condition"] = condition;
      cc.attrs["clause"] = {{"start", cond.start}, {"end", pend}};
      claims.push_back(std::move(cc));
    }
    for (auto it = claims.rbegin(); it != claims.rend() && it->sentence == static_cast<int32_t>(si); ++it)
      if (it->value != "condition") {
        last_term_sentence = static_cast<int>(si);
        last_term_value = it->value;
        break;
      }
  }
  claims.insert(claims.end(), std::make_move_iterator(holders.begin()), std::make_move_iterator(holders.end()));
  for (auto& c : claims)
    if (c.sentence >= 0) c.sentence = window_sentence[static_cast<size_t>(c.sentence)];
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
  return claims;
}

}  // namespace

Result<std::unique_ptr<Extractor>> make_term_extractor(const RuleBook& rules) {
  const json* j = rules.file("terms.json");
  if (!j) return Error{kWhere, "missing"};
  return TermExtractor::build(*j, rules.file("places.json"));
}

}  // namespace claimcheck
