// The comparison engine. Every coverage claim is first placed in a slot (what
// it is about: a term with its parties, the term a date bounds, the thing a
// figure measures, the announcement date), then compared only with official
// claims in a compatible slot. A contradiction needs a clear slot match and
// incompatible values; anything less is unverified, because a false alarm
// costs more than a missed one.
#include "pipeline/compare/compare.h"

#include <algorithm>
#include <array>
#include <bit>
#include <climits>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "pipeline/compare/digit_slip.h"
#include "pipeline/compare/length.h"
#include "pipeline/core/ascii.h"

namespace claimcheck {
namespace {

// ---------------------------------------------------------------- text helpers

// How far after a comma a relative word may come and still open an appositive
// ("..., a buffer that"; "..., in a decision that"): a few words.
constexpr size_t kAppositiveReach = 32;

bool is_alnum(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

// Offsets in `hay` where `cue` starts at the beginning of a word.
std::vector<size_t> cue_positions(const std::string& hay, const std::string& cue) {
  std::vector<size_t> out;
  if (cue.empty()) return out;
  for (size_t p = hay.find(cue); p != std::string::npos; p = hay.find(cue, p + 1))
    if (p == 0 || !is_alnum(hay[p - 1])) out.push_back(p);
  return out;
}

// Offsets in `hay` where `word` (a word or phrase) stands whole: at the start
// of a word and ending where one ends.
std::vector<size_t> word_positions(std::string_view hay, std::string_view word) {
  std::vector<size_t> out;
  if (word.empty()) return out;
  for (size_t p = hay.find(word); p != std::string_view::npos; p = hay.find(word, p + 1))
    if ((p == 0 || !is_alnum(hay[p - 1])) && (p + word.size() == hay.size() || !is_alnum(hay[p + word.size()])))
      out.push_back(p);
  return out;
}

bool has_cue(const std::string& lowered, const std::vector<std::string>& cues) {
  return std::any_of(cues.begin(), cues.end(),
                     [&](const std::string& c) { return !cue_positions(lowered, c).empty(); });
}

std::string str_attr(const nlohmann::json& attrs, const char* key) {
  if (!attrs.is_object()) return {};
  auto it = attrs.find(key);
  if (it == attrs.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) {
    // bound may be {type, text}; condition {type, conjunction, text}.
    auto t = it->find("type");
    if (t != it->end() && t->is_string()) return t->get<std::string>();
  }
  return {};
}

// The strings of a list attribute ("approvals": ["regulatory", "shareholder"]); empty otherwise.
std::vector<std::string> list_attr(const nlohmann::json& attrs, const char* key) {
  std::vector<std::string> out;
  if (!attrs.is_object()) return out;
  auto it = attrs.find(key);
  if (it == attrs.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

// Whether two approval terms are of different kinds and so no telling of one
// another ("needs FIRB approval" against "does not require shareholder
// approval"): both classified (attrs.approvals) with no kind in common, or the
// official one classified and naming no party while the source names a party
// and no kind.
bool approvals_apart(const Claim& source, const Claim& official) {
  const auto sk = list_attr(source.attrs, "approvals"), ok = list_attr(official.attrs, "approvals");
  if (ok.empty()) return false;
  if (sk.empty())
    return (!str_attr(source.attrs, "subject").empty() || !str_attr(source.attrs, "object").empty()) &&
           str_attr(official.attrs, "subject").empty() && str_attr(official.attrs, "object").empty();
  return std::none_of(sk.begin(), sk.end(), [&](const std::string& k) { return std::find(ok.begin(), ok.end(), k) != ok.end(); });
}

bool bool_attr(const nlohmann::json& attrs, const char* key) {
  if (!attrs.is_object()) return false;
  auto it = attrs.find(key);
  if (it == attrs.end()) return false;
  if (it->is_boolean()) return it->get<bool>();
  if (it->is_string()) return *it == "true" || *it == "yes";
  return false;
}

std::string quote(std::string_view s) {
  // Markdown escapes ("non\-exclusive") and line breaks are not part of what was said.
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && !is_alnum(s[i + 1])) continue;
    out += (s[i] == '\n' || s[i] == '\r') ? ' ' : s[i];
  }
  if (out.size() > 80) {
    size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    out = out.substr(0, cut) + "...";
  }
  return "'" + out + "'";
}

// ---------------------------------------------------------------- documents

struct DocView {
  explicit DocView(const ClaimedDocument& d) : doc(d) {
    for (uint32_t i = 0; i < claims().size(); ++i) {
      const int32_t s = claims()[i].sentence;
      if (s < 0) continue;
      if (by_sentence.size() <= static_cast<size_t>(s)) by_sentence.resize(static_cast<size_t>(s) + 1);
      by_sentence[static_cast<size_t>(s)].push_back(i);
    }
  }
  const ClaimedDocument& doc;
  std::vector<std::vector<uint32_t>> by_sentence;  // claim indices per sentence: keeps lookups per sentence
  const std::vector<Claim>& claims() const { return *doc.claims; }

  // The claims of c's sentence (c included) that start within kMateReach
  // bytes of it: per-claim context costs a neighbourhood, not the document,
  // even when a run-on "sentence" holds thousands of claims. Claims are in
  // text order, so the neighbourhood is found by binary search.
  static constexpr uint32_t kMateReach = 600;
  std::vector<const Claim*> sentence_mates(const Claim& c) const {
    std::vector<const Claim*> out;
    if (c.sentence >= 0) {
      if (static_cast<size_t>(c.sentence) >= by_sentence.size()) return out;
      const auto& ids = by_sentence[static_cast<size_t>(c.sentence)];
      const uint32_t from = c.span.start > kMateReach ? c.span.start - kMateReach : 0;
      auto it = std::lower_bound(ids.begin(), ids.end(), from,
                                 [&](uint32_t i, uint32_t pos) { return claims()[i].span.start < pos; });
      for (; it != ids.end() && claims()[*it].span.start <= c.span.end + kMateReach; ++it)
        out.push_back(&claims()[*it]);
      return out;
    }
    for (const auto& o : claims())
      if (same_sentence(c, o)) out.push_back(&o);
    return out;
  }

  Span sentence_span(const Claim& c) const {
    if (doc.sentences && c.sentence >= 0 && static_cast<size_t>(c.sentence) < doc.sentences->size()) {
      Span s = (*doc.sentences)[static_cast<size_t>(c.sentence)].span;
      if (s.end <= doc.bytes.size() && s.start <= s.end) return s;
    }
    // Unknown sentence: a window around the claim stands in for it.
    const uint32_t size = static_cast<uint32_t>(doc.bytes.size());
    const uint32_t start = c.span.start > 120 ? c.span.start - 120 : 0;
    const uint32_t end = std::min(size, c.span.end + 120);
    if (start >= end || c.span.end > size) return {0, 0};
    return {start, end};
  }
  // Lowercased once per sentence: cue searches ask for it once per claim.
  const std::string& sentence_lower(const Claim& c) const {
    const Span s = sentence_span(c);
    const uint64_t key = (static_cast<uint64_t>(s.start) << 32) | s.end;
    auto it = lowered.find(key);
    if (it == lowered.end()) it = lowered.emplace(key, ascii_lower(doc.bytes.substr(s.start, s.size()))).first;
    return it->second;
  }
  mutable std::unordered_map<uint64_t, std::string> lowered;  // sentence span -> lowercased text
  bool same_sentence(const Claim& a, const Claim& b) const {
    return a.sentence >= 0 ? a.sentence == b.sentence : sentence_span(a).overlaps(b.span);
  }
};

// ---------------------------------------------------------------- dates

struct Timex {
  std::optional<std::pair<long, long>> days;  // inclusive day interval when the year is known
  int weekday = -1;                            // 0 = Monday, for "XXXX-WXX-N"
  int month = 0, day = 0;                      // for "XXXX-MM-DD"
  bool exact_day() const { return days && days->first == days->second; }
};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}
int to_int(std::string_view s) {
  int v = 0;
  for (char ch : s) v = v * 10 + (ch - '0');
  return v;
}

Timex parse_timex(std::string_view v) {
  Timex t;
  if (v.size() >= 10 && v.substr(0, 6) == "XXXX-W" && v.size() == 10 && v[8] == '-' && all_digits(v.substr(9, 1))) {
    t.weekday = to_int(v.substr(9, 1)) - 1;  // TIMEX3 weekday 1 = Monday
    if (t.weekday < 0 || t.weekday > 6) t.weekday = -1;
    return t;
  }
  if (v.size() == 10 && v.substr(0, 5) == "XXXX-" && all_digits(v.substr(5, 2)) && all_digits(v.substr(8, 2))) {
    t.month = to_int(v.substr(5, 2));
    t.day = to_int(v.substr(8, 2));
    return t;
  }
  if (v.size() < 4 || !all_digits(v.substr(0, 4))) return t;
  const int y = to_int(v.substr(0, 4));
  auto span = [&](CivilDate a, CivilDate b) { t.days = std::make_pair(days_from_civil(a), days_from_civil(b)); };
  if (v.size() == 4) {
    span({y, 1, 1}, {y, 12, 31});
  } else if (auto d = parse_iso_date(v.substr(0, 10)); v.size() >= 10 && d) {
    span(*d, *d);
  } else if (v.size() == 7 && v[4] == '-' && all_digits(v.substr(5, 2))) {
    const int m = to_int(v.substr(5, 2));
    if (m >= 1 && m <= 12) span({y, m, 1}, {y, m, days_in_month(y, m)});
  } else if (v.size() == 7 && v.substr(4, 2) == "-Q" && v[6] >= '1' && v[6] <= '4') {
    const int q = v[6] - '0';
    span({y, 3 * q - 2, 1}, {y, 3 * q, days_in_month(y, 3 * q)});
  } else if (v.size() == 7 && v.substr(4, 2) == "-H" && (v[6] == '1' || v[6] == '2')) {
    if (v[6] == '1') span({y, 1, 1}, {y, 6, 30}); else span({y, 7, 1}, {y, 12, 31});
  } else if (v.size() == 8 && v.substr(4, 2) == "-W" && all_digits(v.substr(6, 2))) {
    const CivilDate jan4{y, 1, 4};
    const long week1 = days_from_civil(jan4) - iso_weekday(jan4);
    const long start = week1 + 7L * (to_int(v.substr(6, 2)) - 1);
    t.days = std::make_pair(start, start + 6);
  }
  return t;
}

const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Words before a period that make it the period's end ("the end of the first quarter").
const std::vector<std::string> kEndOf = {"end of", "close of"};
const std::vector<std::string> kBy = {"by"};
const std::vector<std::string> kChangeFrom = {"from"};

// The weekday (0 = Monday) a date's own words name ("Monday, Sept. 1", "Tues.
// 15 Oct"), or -1. An abbreviation counts only before "." or ",".
int named_weekday(std::string_view text) {
  static const char* kShort[][3] = {{"mon", "", ""},         {"tue", "tues", ""}, {"wed", "weds", ""},
                                    {"thu", "thur", "thurs"}, {"fri", "", ""},     {"sat", "", ""},
                                    {"sun", "", ""}};
  static const char* kLong[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const std::string l = ascii_lower(text);
  for (size_t i = 0; i < l.size(); ++i) {
    if (!std::isalpha(static_cast<unsigned char>(l[i])) || (i > 0 && std::isalpha(static_cast<unsigned char>(l[i - 1]))))
      continue;
    size_t j = i;
    while (j < l.size() && std::isalpha(static_cast<unsigned char>(l[j]))) ++j;
    const std::string_view word = std::string_view(l).substr(i, j - i);
    const bool marked = j < l.size() && (l[j] == '.' || l[j] == ',');
    for (int w = 0; w < 7; ++w) {
      if (word == kLong[w]) return w;
      if (marked)
        for (const char* a : kShort[w])
          if (*a && word == a) return w;
    }
    i = j;
  }
  return -1;
}

// A date written as a day of the calendar or of the week ("April 27, 2026",
// "Monday", "27/04/2026"), not an offset from another event ("one day before").
bool names_a_day(std::string_view text) {
  static const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "today"};
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string l = ascii_lower(text);
  auto starts_word = [&](const char* n) {
    for (size_t p = l.find(n); p != std::string::npos; p = l.find(n, p + 1))
      if (p == 0 || !is_alnum(l[p - 1])) return true;
    return false;
  };
  if (std::any_of(std::begin(kDays), std::end(kDays), starts_word)) return true;
  // A month names a day only with a day number ("April 20", "20 April"; not
  // "July" or "July 2028").
  bool day_number = false;
  for (size_t i = 0; i < l.size();) {
    size_t j = i;
    while (j < l.size() && l[j] >= '0' && l[j] <= '9') ++j;
    if (j > i && j - i <= 2) day_number = true;
    i = j > i ? j : i + 1;
  }
  if (day_number && std::any_of(std::begin(kMonths), std::end(kMonths), starts_word)) return true;
  int digits = 0;
  for (char ch : l) digits += (ch >= '0' && ch <= '9') ? 1 : 0;
  return digits >= 4 && (l.find('-') != std::string::npos || l.find('/') != std::string::npos ||
                         l.find('.') != std::string::npos);
}

std::string bound_group(std::string_view b) {
  const std::string l = ascii_lower(b);
  if (l == "until" || l == "through" || l == "by" || l == "till" || l == "to" || l == "thru" || l == "end")
    return "end";
  if (l == "from" || l == "since" || l == "starting" || l == "start" || l == "beginning") return "start";
  // When the event happens: "close in the second quarter", "on sale on October 2".
  if (l == "in" || l == "on" || l == "at") return "at";
  return l;
}

// ---------------------------------------------------------------- terms

struct TermSlot {
  std::string type, subject, object;
  std::string scope;  // what the term applies to, e.g. exclusivity of the "license" or of the "cloud"
};

// Two party ids name one party when they are equal, or when one is the
// other's first or last words ("beta" and "beta_systems", "rheinstadt" and
// "fc_rheinstadt"): coverage shortens the names an announcement gives in full.
bool same_party(const std::string& a, const std::string& b) {
  const std::string x = ascii_lower(a), y = ascii_lower(b);
  if (x == y) return true;
  const std::string& shorter = x.size() < y.size() ? x : y;
  const std::string& longer = x.size() < y.size() ? y : x;
  if (shorter.empty()) return false;
  const size_t tail = longer.size() - shorter.size();
  return (longer.compare(0, shorter.size(), shorter) == 0 && longer[shorter.size()] == '_') ||
         (longer.compare(tail, shorter.size(), shorter) == 0 && longer[tail - 1] == '_');
}
bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool party_compatible(const std::string& a, const std::string& b) { return a.empty() || b.empty() || same_party(a, b); }

bool slot_compatible(const TermSlot& a, const TermSlot& b) {
  return !a.type.empty() && a.type == b.type && party_compatible(a.subject, b.subject) &&
         party_compatible(a.object, b.object) && party_compatible(a.scope, b.scope);
}
bool slot_reversed(const TermSlot& a, const TermSlot& b) {
  return !a.type.empty() && a.type == b.type && !a.subject.empty() && !a.object.empty() && !b.subject.empty() &&
         !b.object.empty() && !same_party(a.subject, a.object) && same_party(a.subject, b.object) &&
         same_party(a.object, b.subject);
}

TermSlot term_slot(const Claim& c) {
  return {c.value, str_attr(c.attrs, "subject"), str_attr(c.attrs, "object"), str_attr(c.attrs, "scope")};
}

std::string describe(const TermSlot& s) {
  std::string out = s.type;
  std::replace(out.begin(), out.end(), '_', ' ');
  if (!s.scope.empty()) out += " of the " + s.scope;
  if (!s.subject.empty() && !s.object.empty()) out += " " + s.subject + "\u2192" + s.object;
  else if (!s.subject.empty()) out += " (" + s.subject + ")";
  else if (!s.object.empty()) out += " (\u2192" + s.object + ")";
  return out;
}

// Whether the term is in force after the announcement: "non-exclusive",
// "no longer pays" and "ends" all say it is not.
bool holds(const Claim& c) {
  return str_attr(c.attrs, "polarity") != "negative" && str_attr(c.attrs, "status") != "ends";
}
bool explicit_state(const Claim& c) {
  return str_attr(c.attrs, "polarity") == "negative" || !str_attr(c.attrs, "status").empty();
}
std::string state_word(const Claim& c) {
  const std::string status = str_attr(c.attrs, "status");
  if (status == "ends") return "ends";
  if (str_attr(c.attrs, "polarity") == "negative") return "does not hold";
  if (status == "continues") return "continues";
  if (status == "new") return "is new";
  return "holds";
}

struct Condition {
  std::string group, conjunction, text;
};
std::optional<Condition> condition_of(const Claim& c) {
  auto it = c.attrs.find("condition");
  if (it == c.attrs.end() || !it->is_object()) return std::nullopt;
  Condition cond;
  const std::string type = ascii_lower(str_attr(*it, "type"));
  cond.group = (type == "unless" || type == "except" || type == "exception") ? "exception" : type;
  cond.conjunction = ascii_lower(str_attr(*it, "conjunction"));
  cond.text = str_attr(*it, "text");
  return cond;
}
std::string condition_name(const Condition& c) {
  return c.group == "exception" ? "exception condition" : c.group.empty() ? "condition" : c.group + " condition";
}

// ---------------------------------------------------------------- figures

// Half of the last written digit, in whole units: "$135 billion" -> 0.5e9,
// "2.8%" -> 0.05. One trailing zero of an integer counts as rounding ("$130 billion"),
// by at most 5% of the value: "20%" is no rounding of 15%.
double half_unit(const Claim& c) {
  const std::string& t = c.text;
  size_t p = 0;
  while (p < t.size() && !(t[p] >= '0' && t[p] <= '9')) ++p;
  std::string mant;
  for (; p < t.size() && ((t[p] >= '0' && t[p] <= '9') || t[p] == '.' || t[p] == ','); ++p)
    if (t[p] != ',') mant += t[p];
  while (!mant.empty() && mant.back() == '.') mant.pop_back();
  if (mant.empty()) return std::abs(c.number) * 0.005;
  const double m = std::atof(mant.c_str());
  if (m == 0) return 0;
  const size_t dot = mant.find('.');
  double unit = 1;
  if (dot != std::string::npos) {
    unit = std::pow(10.0, -static_cast<double>(mant.size() - dot - 1));
  } else if (mant.size() > 1 && mant.back() == '0') {
    unit = 10;
  }
  const double scale = c.number / m;
  const double half = 0.5 * unit * std::abs(scale);
  return unit == 10 ? std::min(half, 0.05 * std::abs(c.number)) : half;
}

std::string approx_kind(const Claim& c) {
  const std::string a = str_attr(c.attrs, "approx");
  const std::string r = str_attr(c.attrs, "range");
  if (a == "lower_bound" || r == "low") return "lower";
  if (a == "upper_bound" || r == "high") return "upper";
  if (a == "approx") return "approx";
  return a.empty() ? "exact" : a;
}

// approx_kind as the comparison of values reads it (any other kind is exact).
enum class Approx : uint8_t { kExact, kLower, kUpper, kApprox };
Approx approx_of(const Claim& c) {
  const std::string k = approx_kind(c);
  if (k == "lower") return Approx::kLower;
  if (k == "upper") return Approx::kUpper;
  if (k == "approx") return Approx::kApprox;
  return Approx::kExact;
}

// Whether a figure or count is said as a floor or a ceiling ("at least", "up to").
bool is_bound(Approx k) { return k == Approx::kLower || k == Approx::kUpper; }
// A bound in words, for reasons.
const char* describe_bound(Approx k) { return k == Approx::kUpper ? "a ceiling (at most)" : "a floor (at least)"; }

// How far from v the quantity behind "about v" may lie, v written to precision
// `half`: approx_tolerance of it, but no more than its digits allow: "about
// $648 million" is not $684 million, "approximately $5.1 billion" not $5.6
// billion (three halves of the last digit, or approx_floor of the value).
double approx_slack(double v, double half, const CompareOptions& opt) {
  return std::min(opt.approx_tolerance * std::abs(v), std::max(3 * half, opt.approx_floor * std::abs(v)));
}

// Whether a coverage figure (value cv written to precision `half`, kind k) is a
// fair rendering of the official figure ov (precision ohalf, kind ko).
bool figure_agrees(double cv, double half, Approx k, double ov, double ohalf, Approx ko, const CompareOptions& opt) {
  if (k == Approx::kLower) return ov >= cv * (1 - opt.bound_tolerance) - half;
  if (k == Approx::kUpper) return ov <= cv * (1 + opt.bound_tolerance) + half;
  const double diff = std::abs(cv - ov);
  if (k == Approx::kApprox)
    return diff <= std::max({half, approx_slack(cv, half, opt), ko == Approx::kApprox ? approx_slack(ov, ohalf, opt) : 0});
  // The official figure may itself be rounded ("about $135 billion" said officially).
  const double slack = ko == Approx::kApprox ? approx_slack(ov, ohalf, opt) : 0;
  return diff <= std::max(half, slack) + 1e-9 * std::max(std::abs(cv), 1.0);
}

// Two thresholds bounded the same way ("less than $500,000" against "below
// $250,000", "above $106 million" against "above $160 million") compare as the
// values they are: a threshold is a term of its own, not a hedge on a figure.
bool threshold_agrees(double cv, double half, Approx k, double ov, double ohalf, Approx ko, const CompareOptions& opt) {
  if (k == ko && is_bound(k)) k = ko = Approx::kExact;
  return figure_agrees(cv, half, k, ov, ohalf, ko, opt);
}

// Whether a figure of value `x`, written to within `x_half` (half_unit), reads
// as `y` ("$1.38 billion" for 1,384,250,000).
bool reads_as(double x, double x_half, double y) { return std::abs(x - y) <= x_half + 1e-9 * std::abs(x); }

// Whether a figure of value `x`, written to within `x_half` (half_unit), is
// `y` mistyped: a digit slip (digit_slip.h), or y at another power of ten
// read to x's precision ("$1.35 billion" for "$134.6 billion").
bool one_number_slipped(double x, double x_half, double y) {
  if (digit_slip(x, y) != DigitSlip::kNone) return true;
  for (const double scale : {10.0, 100.0, 1000.0})
    for (const double s : {scale, 1 / scale})
      if (reads_as(x, x_half, y * s)) return true;
  return false;
}

// Whether a year claim names a fiscal or financial year: a cue word in its
// text ("fiscal 2029", "FY33", "the 2028-29 financial year") or a split year.
bool fiscal_year(const Claim& c) {
  const std::string t = ascii_lower(c.text);
  if (t.find("fiscal") != std::string::npos || t.find("financial") != std::string::npos ||
      t.find("fy") != std::string::npos)
    return true;
  for (size_t k = 1; k + 1 < t.size(); ++k)
    if ((t[k] == '-' || t[k] == '/') && std::isdigit(static_cast<unsigned char>(t[k - 1])) &&
        std::isdigit(static_cast<unsigned char>(t[k + 1])))
      return true;
  return false;
}

// Whether two single days of one month differ by one written digit of the day
// ("March 19" for "March 29", "June 18" for "June 16", "June 18" for "8 June").
bool day_slip(std::pair<long, long> a, std::pair<long, long> b) {
  if (a.first != a.second || b.first != b.second || a.first == b.first) return false;
  const CivilDate x = civil_from_days(a.first), y = civil_from_days(b.first);
  if (x.year != y.year || x.month != y.month) return false;
  const std::string dx = std::to_string(x.day), dy = std::to_string(y.day);
  if (dx.size() != dy.size()) return dx.size() == 2 ? dx[1] == dy[0] : dy[1] == dx[0];
  return dx.size() == 2 && (dx[0] == dy[0]) != (dx[1] == dy[1]);
}

// Whether source days a (a month or a day) fall in the month of official days b
// (a day or a month) one or two years off, on the same day where both name
// one: "April next year" read from a year too early for "1 April 2038"; or
// are the same quarter or half of a year one or two years off ("Q2 2041" for
// "the second quarter of 2040"). The slip of a year is how a relative date
// goes wrong, and a wrong year how a reporter errs, so it is evidence the two
// are one event.
bool year_slip(std::pair<long, long> a, std::pair<long, long> b) {
  const long la = a.second - a.first, lb = b.second - b.first;
  const CivilDate x = civil_from_days(a.first), y = civil_from_days(b.first);
  if (x.month != y.month || std::abs(x.year - y.year) < 1 || std::abs(x.year - y.year) > 2) return false;
  if (la > 30 || lb > 30) return la <= 184 && std::labs(la - lb) <= 2 && x.day == y.day;
  return la > 0 || lb > 0 || x.day == y.day;
}

// Whether two figures' values are one number (to rounding in the last bits).
bool same_number(double x, double y) { return std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(y)); }

// Whether x and y are less than `ratio` times apart (both non-zero).
bool within_ratio(double x, double y, double ratio) {
  x = std::abs(x), y = std::abs(y);
  if (x == 0 || y == 0) return false;
  return std::max(x, y) / std::min(x, y) < ratio;
}

std::string norm_measure(std::string_view m) {
  std::string out;
  bool space = false;
  for (char ch : ascii_lower(m)) {
    if (is_alnum(ch)) {
      if (space && !out.empty()) out += ' ';
      out += ch;
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

// A bare "$" is read as USD, but an Australian or Canadian paper writes its own
// dollar so ("fares start at $349" against the airline's "A$399").
bool bare_dollar(const Claim& c) {
  if (c.currency != "USD") return false;
  const size_t at = c.text.find_first_not_of("-+(\u2212 ");
  return at != std::string::npos && c.text[at] == '$' && c.text.compare(at, 3, "$US") != 0;
}
bool dollar_code(const std::string& code) {
  static const std::set<std::string> kDollars = {"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD",
                                                 "JMD", "TTD", "BND", "FJD", "BSD", "BBD", "NAD"};
  return kDollars.count(code) != 0;
}

// Its cents likewise: a sub-unit word names no country ("50c below the midpoint" in a New
// Zealand paper whose dollar figures are bare too), and the extractor gives it USD unless
// a figure told beside it names another dollar ("NZ$9.15 per kgMS, 50 cents below").
bool bare_cents(const Claim& c) {
  if (c.currency != "USD") return false;
  const std::string t = ascii_lower(c.text);
  if (t.find("us") != std::string::npos) return false;  // "US58.3 cents", "50 US cents"
  for (std::string_view unit : {"c", "cent", "cents", "\u00a2"})
    if (t.size() > unit.size() && t.ends_with(unit)) return true;
  return false;
}

bool currency_compatible(const Claim& a, const Claim& b) {
  if (a.currency.empty() || b.currency.empty() || a.currency == b.currency) return true;
  return ((bare_dollar(a) || bare_cents(a)) && dollar_code(b.currency)) ||
         ((bare_dollar(b) || bare_cents(b)) && dollar_code(a.currency));
}

// What a figure measures, as one key: the kind, the named measure and the
// unit. Figures compare only with the same key and currencies that do not
// differ (currency_compatible). Empty when the figure measures nothing named.
std::string figure_key(const Claim& c, const std::string& unit) {
  const std::string m = norm_measure(str_attr(c.attrs, "measure"));
  if (m.empty()) return {};
  return std::string(to_string(c.kind)) + '\x1f' + m + '\x1f' + unit;
}

// Whether two day ranges (first and last day, days_from_civil) share a day.
bool days_overlap(std::pair<long, long> a, std::pair<long, long> b) { return a.first <= b.second && b.first <= a.second; }

// Whether two figures' sentence dates (sentence_dates) set them apart: both
// sentences are dated, and by no date in common or overlapping ("the
// July-December period" and "the second half of 2028" are one time).
bool dated_apart(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  return std::none_of(a.begin(), a.end(), [&](const std::string& v) {
    if (b.count(v)) return true;
    const Timex tv = parse_timex(v);
    return tv.days && std::any_of(b.begin(), b.end(), [&](const std::string& w) {
             const Timex tw = parse_timex(w);
             return tw.days && days_overlap(*tv.days, *tw.days);
           });
  });
}

// Parties of two figures (figure_parties). Lenient: parties known on one side
// only still agree. Strict (to contradict): both sides name their parties and
// they match, or neither names any.
bool parties_agree(const std::optional<TermSlot>& pa, const std::optional<TermSlot>& pb, bool strict) {
  if (!pa || !pb) return !strict || (!pa && !pb);
  return party_compatible(pa->subject, pb->subject) && party_compatible(pa->object, pb->object);
}

// A length of time (extractors/durations): a term claim compared by its words, not its slot.
bool is_length(const Claim& c) { return c.kind == ClaimKind::kTerm && c.value == "duration"; }
// A count of things (extractors/quantities): compared by what it counts and its words.
bool is_count(const Claim& c) { return c.kind == ClaimKind::kTerm && c.value == "count"; }

// ---------------------------------------------------------------- the engine

struct Outcome {
  Verdict verdict = Verdict::kUnverified;
  std::optional<uint32_t> other;
  std::string reason;
};

class Engine {
 public:
  Engine(const ClaimedDocument& off, const ClaimedDocument& cov, const CompareOptions& opt)
      : off_{off}, cov_{cov}, opt_(opt) {
    announcement_ = official_announcement_date();
    if (announcement_) announcement_value_ = to_iso(*announcement_);
    if (off_.doc.published) published_value_ = to_iso(*off_.doc.published);
    index_official();
    signing_day_ = official_signing_day();  // reads sentence mates: after the index
  }

  std::vector<Finding> run() {
    const auto& claims = cov_.claims();
    std::vector<Outcome> outcomes(claims.size());
    for (uint32_t i = 0; i < claims.size(); ++i) {
      Outcome& o = outcomes[i] = compare_one(i);
      if (o.verdict == Verdict::kSupported && o.other) {
        if (auto reversed = bound_reversed(i, *o.other)) o = std::move(*reversed);
        else if (auto period = period_differs(i, *o.other)) o = std::move(*period);
        else if (auto base = base_differs(i)) o = std::move(*base);
      } else if (o.verdict == Verdict::kUnverified && !o.other) {
        // A sum of two or more significant digits the official text gives,
        // in c's currency, is c's though no words lined the two up ("a
        // minimum payment of US$3.2 million over the three years" against
        // "not less than US$3.2 million in any agreement year").
        if (auto j = official_amount_of(cov_.claims()[i]))
          if (auto period = period_differs(i, *j)) o = std::move(*period);
      }
      if (o.verdict == Verdict::kUnverified)
        if (auto points = points_told_as_percent(i)) o = std::move(*points);
      if (o.verdict == Verdict::kContradicted && hedged(cov_, i) && !restates_expectation(i, o.other)) {
        o.verdict = Verdict::kUnverified;
        o.reason = "hedged or predicted, not checked as fact: " + o.reason;
        o.other.reset();
      }
    }
    // Internal findings by the claim they are about, which may come after the
    // claim whose scan found the pair (internal() tells the wrong one of two);
    // of several, the one with the nearest partner.
    std::vector<std::optional<Finding>> internal_on(claims.size());
    auto apart = [](const Finding& f) { return claims_apart(f.claim, *f.other); };
    for (uint32_t i = 0; i < claims.size(); ++i)
      if (auto in = internal(i)) {
        std::optional<Finding>& on = internal_on[in->claim];
        if (!on || apart(*in) < apart(*on)) on = std::move(in);
      }
    // A claim the document also tells as the official text does, elsewhere,
    // is contradicted by the official text as well ("six seasons" in an
    // article that says "five seasons" as the official does).
    for (uint32_t j = 0; j < claims.size(); ++j) {
      if (!internal_on[j] || outcomes[j].verdict != Verdict::kUnverified) continue;
      const uint32_t i = *internal_on[j]->other;
      const Outcome& right = outcomes[i];
      if (right.verdict != Verdict::kSupported || !right.other || !told_officially(i) || told_officially(j)) continue;
      outcomes[j] = {Verdict::kContradicted, right.other,
                     internal_on[j]->reason + (internal_on[j]->reason.find("official") == std::string::npos
                                                   ? "; the official text gives " + quote(off_.claims()[*right.other].text)
                                                   : std::string())};
    }
    told_two_ways(outcomes, internal_on);
    std::vector<Finding> out;
    for (uint32_t i = 0; i < claims.size(); ++i) {
      Outcome& o = outcomes[i];
      // Unverified means the official says nothing usable: no official span to show.
      if (o.verdict == Verdict::kUnverified) o.other.reset();
      out.push_back({o.verdict, i, o.other, std::move(o.reason)});
      if (internal_on[i]) out.push_back(std::move(*internal_on[i]));
    }
    return out;
  }

 private:
  // How many claims lie between two claims of the document: the nearest
  // partner is the likeliest telling of the same thing.
  static uint32_t claims_apart(uint32_t a, uint32_t b) { return a > b ? a - b : b - a; }

  // "at least $40m" against an official "capped at USD 40 million": the
  // amount is right, but a floor told for a ceiling (or a ceiling for a floor)
  // turns the term around. Only at the official amount itself ("more than
  // $30m" beside a cap of $40m may well be true), and not where the official
  // text bounds that amount both ways: tiers ("up to $200 million: 10%; above
  // $200 million: 15%") meet at one amount from either side.
  std::optional<Outcome> bound_reversed(uint32_t i, uint32_t j) const {
    const Claim& c = cov_.claims()[i];
    const Claim& o = off_.claims()[j];
    if (c.kind != ClaimKind::kMoney && c.kind != ClaimKind::kPercent) return std::nullopt;
    const Approx ck = approx_of(c), ok = approx_of(o);
    const bool opposite = is_bound(ck) && is_bound(ok) && ck != ok;
    auto same_amount = [&](const Claim& x) { return x.kind == c.kind && same_number(x.number, c.number); };
    if (!opposite || !same_amount(o)) return std::nullopt;
    for (const Claim& x : off_.claims())
      if (same_amount(x) && approx_of(x) == ck) return std::nullopt;
    return Outcome{Verdict::kContradicted, j,
                   std::string("bound turned around: official ") + quote(o.text) + " is " + describe_bound(ok) +
                       ", source " + quote(c.text) + " " + describe_bound(ck)};
  }

  // "an increase of 5%" against "an increase of five percentage points": a
  // percentage whose number the official text gives in points, about what c
  // is about, is points told as a per cent change, which is another amount
  // ("from 22% to 27%" is 5 points, 23%). The same number in other units is
  // itself evidence, so the words need share only points_overlap, and more
  // than with any official per cent of that number.
  std::optional<Outcome> points_given_as_percent(const Claim& c) {
    if (c.kind != ClaimKind::kPercent || !unit_of(cov_, c).empty()) return std::nullopt;
    const auto& offc = off_.claims();
    std::vector<uint32_t> points, percents;
    for (uint32_t j : off_figure_ids_)
      if (offc[j].kind == ClaimKind::kPercent && same_number(offc[j].number, c.number))
        (off_facts_[j].unit == "pp" ? points : percents).push_back(j);
    if (points.empty()) return std::nullopt;
    build_contexts();
    const Context& cc = cov_context_->of(static_cast<uint32_t>(&c - cov_.claims().data()));
    auto shared = [&](uint32_t j) { return context_overlap(cc, off_context_->of(j), *rarity_); };
    std::optional<uint32_t> best;
    double most = 0, most_percent = 0;
    for (uint32_t j : points)
      if (const double x = shared(j); x > most) best = j, most = x;
    for (uint32_t j : percents) most_percent = std::max(most_percent, shared(j));
    if (!best || most < opt_.points_overlap || most <= most_percent) return std::nullopt;
    return Outcome{Verdict::kContradicted, best,
                   "percentage points told as per cent: official " + quote(offc[*best].text) + ", source " + quote(c.text)};
  }

  // "will go up by 1.5 per cent" against an official rise "from 15% to 16.5%":
  // a change of percentage points told as a change in per cent. The source's
  // figure follows "by" and is no percentage point; the official sentence
  // moves from one rate to another ("from A% to B%") by exactly that many
  // points, and not by that many per cent; the two share words as a figure
  // must to be supported (context_support).
  // So too "takes 30 per cent more of the fee than Jumla" against "65% going
  // to Tawi Bank and 35% to Jumla": a comparison ("more", "less" after the
  // figure) against two rates of one official sentence.
  std::optional<Outcome> points_told_as_percent(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    if (c.kind != ClaimKind::kPercent || !str_attr(c.attrs, "unit").empty()) return std::nullopt;
    if (auto given = points_given_as_percent(c)) return given;
    const bool change = follows_hedged_word(cov_, c, kBy);
    const std::string_view after = std::string_view(cov_.doc.bytes).substr(c.span.end, 8);
    const bool comparison = after.starts_with(" more") || after.starts_with(" less") ||
                            after.starts_with(" higher") || after.starts_with(" lower");
    if (!change && !comparison) return std::nullopt;
    const auto& offc = off_.claims();
    build_contexts();
    const Context& cctx = cov_context_->of(i);
    for (uint32_t j = 0; j + 1 < offc.size(); ++j) {
      const Claim& from = offc[j];
      const Claim& to = offc[j + 1];
      if (from.kind != ClaimKind::kPercent || to.kind != ClaimKind::kPercent || from.sentence != to.sentence ||
          !str_attr(from.attrs, "unit").empty() || !str_attr(to.attrs, "unit").empty() || from.number == 0)
        continue;
      const std::string_view between = std::string_view(off_.doc.bytes).substr(from.span.end, to.span.start - from.span.end);
      if (change && (between != " to " || !follows_word(off_, from, kChangeFrom))) continue;
      const double points = std::fabs(to.number - from.number);
      // The same change in per cent: against the old rate, or for "more than"
      // against the smaller.
      const double base = change ? std::fabs(from.number) : std::min(std::fabs(from.number), std::fabs(to.number));
      const double percent = 100 * points / base;
      if (!same_number(points, c.number) || std::fabs(percent - c.number) < 0.05) continue;
      if (std::max(context_overlap(cctx, off_context_->of(j), *rarity_), context_overlap(cctx, off_context_->of(j + 1), *rarity_)) <
          opt_.context_support)
        continue;
      return Outcome{Verdict::kContradicted, j + 1,
                     "percentage points told as per cent: official " + quote(from.text) + (change ? " to " : " and ") +
                         quote(to.text) + " lie that many points apart, source " + quote(c.text)};
    }
    return std::nullopt;
  }

  // "R850 million a year" against an official "R850 million, to be spent over
  // five years": the amount is right, but it falls due per another period
  // (CompareOptions::period_after). Only where no official sum of that
  // amount is said per the source's period (a headline may give it per none).
  std::optional<Outcome> period_differs(uint32_t i, uint32_t j) const {
    const Claim& c = cov_.claims()[i];
    if (c.kind != ClaimKind::kMoney || off_.claims()[j].kind != ClaimKind::kMoney) return std::nullopt;
    const std::string cp = figure_period(cov_, c);
    if (cp.empty()) return std::nullopt;
    // The official sum that says its period: the one c lined up with, else
    // the first other of its amount that does.
    std::optional<uint32_t> told;
    std::string op = figure_period(off_, off_.claims()[j]);
    if (op == cp) return std::nullopt;
    if (!op.empty()) told = j;
    for (uint32_t k = 0; k < off_.claims().size(); ++k) {
      const Claim& x = off_.claims()[k];
      if (x.kind != ClaimKind::kMoney || !same_number(x.number, c.number) || !currency_compatible(c, x)) continue;
      const std::string xp = figure_period(off_, x);
      if (xp == cp) return std::nullopt;
      if (!told && !xp.empty()) told = k, op = xp;
    }
    if (!told) return std::nullopt;
    auto said = [](const std::string& period) { return period == "total" ? std::string("in total") : "per " + period; };
    return Outcome{Verdict::kContradicted, told,
                   "sum per another period: official " + quote(off_.claims()[*told].text) + " " + said(op) +
                       ", source " + quote(c.text) + " " + said(cp)};
  }

  // The stemmed words of what a percentage is of, up to the first break
  // ("25% of net receipts" -> net, receipt; "6% of Orvanta's operating
  // profit on licensed products" -> orvanta, operating, profit); empty
  // when no "of" follows the figure.
  std::vector<std::string> share_base(const DocView& d, const Claim& c) const {
    static const std::set<std::string_view> kEnds = {"in", "on", "for", "from", "and", "or", "with", "to", "by",
                                                     "excluding", "including", "until", "which", "that", "at", "over"};
    const Span sent = d.sentence_span(c);
    const std::string_view bytes = std::string_view(d.doc.bytes).substr(0, sent.end);
    size_t at = c.span.end;
    while (at < bytes.size() && bytes[at] == ' ') ++at;
    if (bytes.substr(at, 3) != "of ") return {};
    std::vector<std::string> out;
    for (at += 3; at < bytes.size() && out.size() < 6;) {
      while (at < bytes.size() && bytes[at] == ' ') ++at;
      size_t e = at;
      while (e < bytes.size() && (std::isalpha(static_cast<unsigned char>(bytes[e])) || bytes[e] == '-' ||
                                  bytes[e] == '\'' || static_cast<unsigned char>(bytes[e]) >= 0x80))
        ++e;
      if (e == at) break;
      const std::string word = ascii_lower(bytes.substr(at, e - at));
      if (kEnds.count(word)) break;
      if (std::string st = opt_.context.stem(word); !st.empty()) out.push_back(std::move(st));
      at = e;
    }
    return out;
  }

  // "a distribution fee of 25% of net receipts" against "25% of gross
  // receipts": the share is right, but of another base (base_contrasts: net
  // against gross, a month's fee against a year's, profit against sales).
  // Only where no official percentage of c's number is of a base that agrees.
  std::optional<Outcome> base_differs(uint32_t i) const {
    const Claim& c = cov_.claims()[i];
    if (c.kind != ClaimKind::kPercent) return std::nullopt;
    const std::vector<std::string> cb = share_base(cov_, c);
    if (cb.empty()) return std::nullopt;
    // The class of each contrast group a base names, -1 for none or several.
    auto classes = [&](const std::vector<std::string>& base) {
      std::vector<int> out;
      for (const auto& group : opt_.base_contrasts) {
        std::set<int> named;
        for (size_t k = 0; k < group.size(); ++k)
          for (const auto& w : group[k])
            if (std::find(base.begin(), base.end(), w) != base.end()) named.insert(static_cast<int>(k));
        out.push_back(named.size() == 1 ? *named.begin() : -1);
      }
      return out;
    };
    const std::vector<int> cc = classes(cb);
    const std::string unit = unit_of(cov_, c);
    std::optional<uint32_t> other;
    std::vector<std::string> other_base;
    for (uint32_t j : off_figure_ids_) {
      const Claim& o = off_.claims()[j];
      if (o.kind != ClaimKind::kPercent || !same_number(o.number, c.number) || off_facts_[j].unit != unit) continue;
      std::vector<std::string> ob = share_base(off_, o);
      const std::vector<int> oc = classes(ob);
      bool differs = false;
      for (size_t g = 0; g < cc.size(); ++g)
        if (cc[g] >= 0 && oc[g] >= 0 && cc[g] != oc[g]) differs = true;
      if (!differs) return std::nullopt;
      if (!other) other = j, other_base = std::move(ob);
    }
    if (!other) return std::nullopt;
    return Outcome{Verdict::kContradicted, other,
                   "share of another base: official " + quote(off_.claims()[*other].text) + " of " +
                       join_words(other_base) + ", source " + quote(c.text) + " of " + join_words(cb)};
  }
  static std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
  }

  // The first official money figure of c's amount and currency, for an
  // amount of two or more significant digits (round sums recur by chance).
  std::optional<uint32_t> official_amount_of(const Claim& c) const {
    if (c.kind != ClaimKind::kMoney || significant_digits(c.number) < 2) return std::nullopt;
    for (uint32_t j : off_figure_ids_) {
      const Claim& o = off_.claims()[j];
      if (o.kind == ClaimKind::kMoney && same_number(o.number, c.number) && currency_compatible(c, o)) return j;
    }
    return std::nullopt;
  }

  // How often money figure c falls due, by its words (period_after,
  // period_before, period_spans): "year", "month", "total"...; empty when
  // they do not say.
  std::string figure_period(const DocView& d, const Claim& c) const {
    const Span s = d.sentence_span(c);
    if (c.span.start < s.start || c.span.end > s.end) return {};
    const std::string& low = d.sentence_lower(c);
    auto word_end = [&](size_t at) {
      while (at < low.size() && is_alnum(low[at])) ++at;
      return at;
    };
    auto phrase_at = [&](size_t at) -> std::string {
      for (const auto& [period, phrases] : opt_.period_after)
        for (const auto& p : phrases)
          if (low.compare(at, p.size(), p) == 0 && (at + p.size() == low.size() || !is_alnum(low[at + p.size()])))
            return period;
      return {};
    };
    size_t at = c.span.end - s.start;
    while (at < low.size() && low[at] == ' ') ++at;
    if (auto p = phrase_at(at); !p.empty()) return p;
    // "per train per month": a unit first, then the period.
    for (int n = 0; n < 2 && low.compare(at, 4, "per ") == 0; ++n) {
      at = word_end(at + 4);
      while (at < low.size() && low[at] == ' ') ++at;
      if (auto p = phrase_at(at); !p.empty()) return p;
    }
    // "over the five-year term", "for the three-year term": before any other
    // figure. After "for the" a lone year, month or season is one such period
    // ("$2 million for the year"), not the whole stretch.
    const size_t after = c.span.end - s.start;
    auto spans_to = [&](size_t lead, size_t lead_size, bool singular_is_period) {
      if (lead == std::string::npos || (lead > 0 && is_alnum(low[lead - 1])) ||
          std::any_of(low.begin() + after, low.begin() + lead, [](char ch) { return ch >= '0' && ch <= '9'; }))
        return false;
      bool span = false, past = false;
      size_t w = lead + lead_size;
      for (int n = 0; n < 4 && w < low.size(); ++n) {
        while (w < low.size() && (low[w] == ' ' || low[w] == '-')) ++w;
        const size_t e = word_end(w);
        if (e == w) break;
        const std::string word = low.substr(w, e - w);
        auto in = [&](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), word) != v.end(); };
        const bool single_period = word == "year" || word == "month" || word == "season";
        span = span || (in(opt_.period_spans) && !(singular_is_period && single_period));
        past = past || in(opt_.period_span_past);
        w = e;
      }
      return span && !past;
    };
    if (spans_to(low.find("over ", after), 5, false) || spans_to(low.find("for the ", after), 8, true)) return "total";
    // The words before, nearest first, back to a clause break.
    const size_t start = c.span.start - s.start;
    size_t from = start > 48 ? start - 48 : 0;
    for (size_t k = from; k < start; ++k)
      if (low[k] == ',' || low[k] == ';' || low[k] == ':' || low[k] == '(') from = k + 1;
    const std::string_view before = std::string_view(low).substr(from, start - from);
    size_t best = std::string::npos;
    std::string period;
    for (const auto& [name, words] : opt_.period_before)
      for (const auto& w : words)
        for (size_t p : word_positions(before, w)) {
          const size_t gap = before.size() - (p + w.size());
          if (gap < best) best = gap, period = name;
        }
    return period;
  }

  // One official figure, count, length or date that a telling of the document
  // contradicts and another, in another sentence, agrees with: the document
  // tells one thing two ways ("$35 credit" here, "$25 credit" there, the
  // official $25), though the two tellings may share too few words, or slip
  // too little, for the pairing within the document to see it. The internal
  // finding goes on the contradicted telling, with the nearest agreeing one.
  void told_two_ways(const std::vector<Outcome>& outcomes, std::vector<std::optional<Finding>>& internal_on) {
    const auto& cl = cov_.claims();
    auto valued = [](const Claim& c) {
      return c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent || c.kind == ClaimKind::kDate ||
             is_count(c) || is_length(c);
    };
    for (uint32_t j = 0; j < cl.size(); ++j) {
      const Outcome& wrong = outcomes[j];
      if (internal_on[j] || wrong.verdict != Verdict::kContradicted || !wrong.other || !valued(cl[j])) continue;
      std::optional<uint32_t> nearest;
      for (uint32_t i = 0; i < cl.size(); ++i) {
        const Outcome& right = outcomes[i];
        // A date or length the document gives as the official one, though no
        // route lined it up ("vote by October 16" beside "the vote closes on
        // October 18"; "an eight-year grant" beside "the ten-year funding period").
        const bool official_value = right.verdict == Verdict::kUnverified && same_told_value(cl[i], off_.claims()[*wrong.other]);
        if ((right.verdict != Verdict::kSupported || right.other != wrong.other) && !official_value) continue;
        if (cl[i].kind != cl[j].kind || is_count(cl[i]) != is_count(cl[j]) || cov_.same_sentence(cl[i], cl[j])) continue;
        if (!nearest || claims_apart(i, j) < claims_apart(*nearest, j)) nearest = i;
      }
      if (!nearest) continue;
      // Lined up with one official claim by different routes, the two may
      // still be two things ("a seven-year licence", "two years of
      // exclusivity"; a forecast's midpoint and last season's low): they must
      // slip and share some words, or share the words of a match, for two
      // figures as many as a contradiction by context needs.
      const bool figure = cl[j].kind == ClaimKind::kMoney || cl[j].kind == ClaimKind::kPercent;
      auto told = [&](const Claim& c) { return figure ? c.number : amount_of(c); };
      const bool slips = (figure || is_count(cl[j])) && digit_slip(told(cl[j]), told(cl[*nearest])) != DigitSlip::kNone;
      build_contexts();
      const double overlap = context_overlap(cov_context_->of(j), cov_context_->of(*nearest), *rarity_);
      // Two lengths of the whole agreement are one thing whatever their words
      // ("accepted a two-year pay deal", "under the three-year agreement").
      const bool whole_agreement = agreement_length(cov_, cl[j]) && agreement_length(cov_, cl[*nearest]);
      if (!whole_agreement && !(slips && overlap > 0) &&
          overlap < (figure ? opt_.figure_contradict : opt_.context_support))
        continue;
      internal_on[j] = Finding{Verdict::kInternal, j, *nearest,
                               "told two ways: " + quote(cl[j].text) + " here, " + quote(cl[*nearest].text) +
                                   " elsewhere, as the official " + quote(off_.claims()[*wrong.other].text)};
    }
  }

  // Whether a coverage date or length gives an official claim's very value.
  static bool same_told_value(const Claim& c, const Claim& official) {
    if (c.kind == ClaimKind::kDate) return official.kind == ClaimKind::kDate && c.value == official.value;
    if (!is_length(c) || !is_length(official)) return false;
    const auto cl = length_of(c.attrs), ol = length_of(official.attrs);
    return cl && ol && relate(*cl, *ol) == LengthRelation::kSame;
  }

  DocView off_, cov_;
  const CompareOptions& opt_;
  std::optional<CivilDate> announcement_;
  std::string announcement_value_;  // its TIMEX3 value; empty when unknown
  std::optional<long> signing_day_;  // the day the official text says the deal was signed (days since the epoch)
  std::string published_value_;     // the official publication day's TIMEX3 value; empty when unknown
  mutable std::vector<int8_t> hedged_cache_;  // per coverage claim: -1 unknown
  // Figure and date contexts (claim_context.h), built the first time a claim needs them.
  std::optional<ClaimContexts> off_context_owned_, cov_context_owned_;
  const ClaimContexts* off_context_ = nullptr;
  const ClaimContexts* cov_context_ = nullptr;
  std::optional<StemRarity> rarity_;
  void build_contexts() {
    if (rarity_) return;
    auto contexts_of = [&](const DocView& d, std::optional<ClaimContexts>& owned) -> const ClaimContexts* {
      if (d.doc.contexts) return d.doc.contexts;
      return &owned.emplace(d.doc.bytes, d.doc.sentences, d.claims(), opt_.context);
    };
    off_context_ = contexts_of(off_, off_context_owned_);
    cov_context_ = contexts_of(cov_, cov_context_owned_);
    rarity_.emplace(*off_context_, *cov_context_);
  }
  std::vector<int8_t> official_gives_cache_;  // per coverage claim: -1 unknown

  // ---- the official document, indexed once per comparison

  // What each official claim is about, computed once, and the claims bucketed
  // by kind and slot: a coverage claim visits only the official claims it
  // could align with, not the whole document. Buckets hold claim indices in
  // ascending order, so "the first agreeing official claim" is the one a scan
  // of the whole document would find.
  struct OfficialFacts {
    TermSlot slot;                    // terms: term_slot
    std::optional<Condition> cond;    // terms: condition_in
    TermSlot date_slot;               // bounded dates
    Timex timex;                      // bounded dates
    std::optional<TermSlot> parties;  // figures: figure_parties
    std::set<std::string> dates;      // figures: sentence_dates
    Approx approx = Approx::kExact;   // figures
    double half = 0;                  // figures: half_unit
    bool change = false;              // money figures: is_change
    bool prior = false;               // figures, counts, lengths: is_prior
    std::string measure, unit;        // figures: attrs.measure, lowercased attrs.unit
    bool in_terms = false;            // figures: some term claims it (figure_terms)
    std::optional<Length> length;     // lengths of time
    std::vector<std::string> counted; // counts: counted_stems
  };
  std::vector<OfficialFacts> off_facts_;                                    // per official claim
  std::unordered_map<std::string, std::vector<uint32_t>> off_terms_;       // term type -> terms
  std::unordered_map<std::string, std::vector<uint32_t>> off_conditions_;  // condition group -> terms with one
  std::unordered_map<std::string, std::vector<uint32_t>> off_bounds_;      // bound group -> bounded dates
  std::unordered_map<std::string, std::vector<uint32_t>> off_figures_;     // figure_key -> figures
  std::vector<uint32_t> off_figure_ids_;                                    // every money and percent claim
  std::vector<std::pair<uint32_t, std::pair<long, long>>> off_event_dates_;  // dates with days, bar the announcement's
  std::vector<uint32_t> off_agreement_ends_;                                // agreement_end dates
  std::vector<uint32_t> off_lengths_;                                       // lengths of time, readable
  std::vector<uint32_t> off_agreement_lengths_;                             // of them, agreement_length ones
  std::vector<uint32_t> off_counts_;                                        // counts of things

  static const std::vector<uint32_t>& bucket(const std::unordered_map<std::string, std::vector<uint32_t>>& m,
                                             const std::string& key) {
    static const std::vector<uint32_t> kNone;
    auto it = m.find(key);
    return it == m.end() ? kNone : it->second;
  }

  void index_official() {
    const auto& offc = off_.claims();
    off_facts_.resize(offc.size());
    for (uint32_t j = 0; j < offc.size(); ++j) {
      const Claim& o = offc[j];
      OfficialFacts& f = off_facts_[j];
      switch (o.kind) {
        case ClaimKind::kTerm:
          if (is_length(o)) {
            f.prior = is_prior(off_, o);
            if ((f.length = length_of(o.attrs))) {
              off_lengths_.push_back(j);
              if (agreement_length(off_, o)) off_agreement_lengths_.push_back(j);
            }
            break;
          }
          if (is_count(o)) {
            f.counted = counted_stems(o);
            f.prior = is_prior(off_, o);
            off_counts_.push_back(j);
            break;
          }
          f.slot = slot_of(o);
          off_terms_[o.value].push_back(j);
          f.cond = condition_in(off_, o);
          if (f.cond) off_conditions_[f.cond->group].push_back(j);
          break;
        case ClaimKind::kDate:
          f.timex = parse_timex(o.value);
          if (o.value != announcement_value_ && f.timex.days) off_event_dates_.emplace_back(j, *f.timex.days);
          if (f.timex.days && agreement_end(off_, o)) off_agreement_ends_.push_back(j);
          if (!bounded(o)) break;
          f.date_slot = date_slot(off_, j);
          off_bounds_[bound_group(str_attr(o.attrs, "bound"))].push_back(j);
          break;
        case ClaimKind::kMoney:
        case ClaimKind::kPercent: {
          std::vector<std::string> keys;
          for (const auto& type : figure_terms(off_, o)) {
            keys.push_back(term_figure_key(type, o, unit_of(off_, o)));
            // "agreed to pay $185 million" says who pays, not what the sum is.
            if (std::find(opt_.carrier_terms.begin(), opt_.carrier_terms.end(), type) == opt_.carrier_terms.end())
              f.in_terms = true;
          }
          if (std::string key = figure_key(o, unit_of(off_, o)); !key.empty()) keys.push_back(std::move(key));
          f.parties = figure_parties(off_, o);
          f.dates = sentence_dates(off_, o, DateScope::kPeriods);
          f.approx = approx_of(o);
          f.half = half_unit(o);
          f.change = is_change(off_, o);
          f.prior = is_prior(off_, o);
          f.measure = str_attr(o.attrs, "measure");
          f.unit = unit_of(off_, o);
          for (const auto& key : keys) off_figures_[key].push_back(j);
          off_figure_ids_.push_back(j);
          break;
        }
      }
    }
  }

  // Whether c's sentence holds one of `cues`; answered once per sentence and
  // cue list, since every claim of a long sentence asks the same question.
  bool sentence_has_cue(const DocView& d, const Claim& c, const std::vector<std::string>& cues) const {
    const Span s = d.sentence_span(c);
    const auto key = std::make_tuple(&d, &cues, s.start, s.end);
    auto it = cue_cache_.find(key);
    if (it == cue_cache_.end()) it = cue_cache_.emplace(key, has_cue(d.sentence_lower(c), cues)).first;
    return it->second;
  }
  mutable std::map<std::tuple<const DocView*, const std::vector<std::string>*, uint32_t, uint32_t>, bool> cue_cache_;

  // The lowercased clause of c's sentence that holds c: from the nearest
  // clause break before it to the nearest after it.
  std::string clause_lower(const DocView& d, const Claim& c) const {
    const Span s = d.sentence_span(c);
    const std::string& text = d.sentence_lower(c);
    const size_t from = std::min<size_t>(text.size(), c.span.start > s.start ? c.span.start - s.start : 0);
    const size_t to = std::min<size_t>(text.size(), std::max<size_t>(from, c.span.end > s.start ? c.span.end - s.start : 0));
    size_t begin = 0, end = text.size();
    for (const std::string& b : opt_.clause_breaks) {
      if (b.empty()) continue;
      for (size_t p = text.find(b); p != std::string::npos && p + b.size() <= from; p = text.find(b, p + 1))
        begin = std::max(begin, p + b.size());
      end = std::min(end, text.find(b, to));
    }
    // An appositive with a relative clause after the claim is about another
    // noun: "21 percent of the budget, a buffer that analyst X called ...".
    for (size_t comma = text.find(", ", to); comma != std::string::npos && comma < end;
         comma = text.find(", ", comma + 2)) {
      const size_t next = std::min(end, std::min(text.find(',', comma + 2), comma + 2 + kAppositiveReach));
      const std::string_view tail = std::string_view(text).substr(comma + 1, next - comma - 1);
      if (std::any_of(opt_.relative_words.begin(), opt_.relative_words.end(),
                      [&](const std::string& w) { return tail.find(" " + w + " ") != std::string_view::npos; })) {
        end = comma;
        break;
      }
    }
    return text.substr(begin, end - begin);
  }

  // A claim the text itself marks as a hedge or a prediction, in its own clause.
  bool hedged(const DocView& d, uint32_t i) const {
    const Claim& c = d.claims()[i];
    if (bool_attr(c.attrs, "hedged")) return true;
    if (c.kind == ClaimKind::kDate) {
      if (const Claim* t = bounding_term(d, i); t && bool_attr(t->attrs, "hedged")) return true;
    }
    // A count made a modifier ("the 259-vehicle fleet", "a 500-bed hospital")
    // names what its noun is, not what the clause's verb estimates or plans.
    if (is_count(c) && compound_count(c)) return false;
    // The sentence's answer is cached and usually no: ask the clause only after it.
    return sentence_has_cue(d, c, opt_.hedge_cues) && has_cue(clause_lower(d, c), opt_.hedge_cues);
  }
  // "259-vehicle", "4,400-bike": digits joined to their noun by a hyphen.
  static bool compound_count(const Claim& c) {
    const size_t h = c.text.find('-');
    return h != std::string::npos && h > 0 && h + 1 < c.text.size() &&
           std::isdigit(static_cast<unsigned char>(c.text[h - 1])) &&
           std::isalpha(static_cast<unsigned char>(c.text[h + 1]));
  }

  // The claim's term slot, with role words that name no one in particular
  // ("shareholders", "regulators") left out of the parties: the target's
  // shareholders receive what the acquirer pays, whoever a sentence names.
  TermSlot slot_of(const Claim& c) const {
    TermSlot s = term_slot(c);
    auto generic = [&](const std::string& id) { return contains(opt_.generic_parties, ascii_lower(id)); };
    if (generic(s.subject)) s.subject.clear();
    if (generic(s.object)) s.object.clear();
    return s;
  }

  // A hedged coverage claim still contradicts an official claim hedged the
  // same way ("expected to close in Q3" against the official "expected to
  // close in Q2"): it misreports the expectation the announcement gives. Not
  // when it cites others' views ("analysts expect"), which may differ.
  bool restates_expectation(uint32_t i, std::optional<uint32_t> official) const {
    if (!official || !hedged(off_, *official)) return false;
    return !sentence_has_cue(cov_, cov_.claims()[i], opt_.attribution_cues);
  }

  // The term claim a bounded date belongs to (attrs.bounds_term names its type).
  const Claim* bounding_term(const DocView& d, uint32_t i) const {
    const Claim& date = d.claims()[i];
    const std::string type = str_attr(date.attrs, "bounds_term");
    if (type.empty()) return nullptr;
    const Claim* best = nullptr;
    int best_rank = 0;
    for (const Claim* tp : d.sentence_mates(date)) {
      const Claim& t = *tp;
      if (t.kind != ClaimKind::kTerm || t.value != type) continue;
      int rank = 1;
      if (auto cl = t.attrs.find("clause"); cl != t.attrs.end() && cl->is_object()) {
        const Span clause{cl->value("start", 0u), cl->value("end", 0u)};
        if (clause.contains(date.span)) rank += 2;
      }
      if (t.span.start <= date.span.start) rank += 1;
      if (!best || rank > best_rank || (rank == best_rank && t.span.start <= date.span.start &&
                                        t.span.start > best->span.start)) {
        best = &t;
        best_rank = rank;
      }
    }
    return best;
  }

  TermSlot date_slot(const DocView& d, uint32_t i) const {
    if (const Claim* t = bounding_term(d, i)) return slot_of(*t);
    return {str_attr(d.claims()[i].attrs, "bounds_term"), "", "", ""};
  }

  // A date after "until" or "through": the end of what it bounds. Not "by": a
  // deadline is no term's end.
  static bool ends_term(const Claim& c) {
    const std::string bound = ascii_lower(str_attr(c.attrs, "bound"));
    return bound == "until" || bound == "through" || bound == "till" || bound == "thru";
  }
  // The end of a whole agreement: an ends_term date that bounds no term, in a
  // clause naming the agreement ("the agreement runs until 31 December 2041").
  // Not a day given to act by ("bidders have until next Friday to challenge
  // before the contract can be signed"): an infinitive right after it.
  bool agreement_end(const DocView& d, const Claim& c) const {
    if (c.kind != ClaimKind::kDate || !str_attr(c.attrs, "bounds_term").empty() || !ends_term(c)) return false;
    const Span s = d.sentence_span(c);
    if (c.span.end < s.end) {
      const std::string_view after = std::string_view(d.doc.bytes).substr(c.span.end, std::min<size_t>(4, s.end - c.span.end));
      if (after.starts_with(" to ") && c.span.end + 4 < s.end &&
          std::isalpha(static_cast<unsigned char>(d.doc.bytes[c.span.end + 4])))
        return false;
    }
    const std::string clause = clause_lower(d, c);
    for (const std::string& w : opt_.agreement_words)
      for (size_t p : cue_positions(clause, w)) {
        const size_t e = p + w.size();
        if (e == clause.size() || !is_alnum(clause[e]) || (clause[e] == 's' && (e + 1 == clause.size() || !is_alnum(clause[e + 1]))))
          return true;
      }
    return false;
  }

  // A source end date against the official agreement's end, when the official
  // gives one end for the whole agreement and none for the term itself.
  std::optional<Outcome> against_agreement_end(uint32_t i, const std::string& what) {
    const Claim& c = cov_.claims()[i];
    const Timex ct = parse_timex(c.value);
    if (!ct.days || off_agreement_ends_.empty()) return std::nullopt;
    const auto& offc = off_.claims();
    for (uint32_t j : off_agreement_ends_) {
      if (days_overlap(*ct.days, *off_facts_[j].timex.days))
        return Outcome{Verdict::kSupported, j, what + ": official " + offc[j].value + " (the agreement's end), source " + c.value};
    }
    // Two ends ("the licence until 2041, the supply deal until 2035"): which
    // one applies is unclear. One end told twice ("until 2054", "until 30
    // June 2054") is one end.
    const uint32_t j = off_agreement_ends_.front();
    const bool one_end = std::all_of(off_agreement_ends_.begin(), off_agreement_ends_.end(), [&](uint32_t k) {
      return days_overlap(*off_facts_[k].timex.days, *off_facts_[j].timex.days);
    });
    if (!one_end || earlier_arrangement(*ct.days, *off_facts_[j].timex.days)) return std::nullopt;
    return Outcome{Verdict::kContradicted, j, what + ": official " + offc[j].value + " (the agreement's end), source " + c.value};
  }

  bool is_agreement_word(std::string_view word) const {
    const std::string b = ContextLexicon::base(word);
    return std::find(opt_.agreement_words.begin(), opt_.agreement_words.end(), b) != opt_.agreement_words.end();
  }

  // Whether a length is a whole agreement's: hyphenated, with an agreement
  // word among the next few words before a stopword or a mark ("a seven-year
  // EUV photoresist supply agreement", but not "a ten-year extension of the
  // agreement"), or right after an agreement_length_leads lead that names the
  // agreement or follows an agreement word within three words ("the deal runs
  // for five years", "Term: seven years"). Not in a sentence about the earlier
  // arrangement ("the earlier three-year pact").
  bool agreement_length(const DocView& d, const Claim& c) const {
    if (!is_length(c) || sentence_has_cue(d, c, opt_.past_cues)) return false;
    const Span s = d.sentence_span(c);
    if (c.span.start < s.start || c.span.end > s.end) return false;
    const std::string_view bytes = d.doc.bytes;
    auto word_char = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-'; };
    // The word before `end` in `text`, and `end` moved to its start; empty at the start.
    auto word_before = [&](std::string_view text, size_t& end) {
      while (end > 0 && !word_char(text[end - 1])) --end;
      size_t b = end;
      while (b > 0 && word_char(text[b - 1])) --b;
      const std::string_view w = text.substr(b, end - b);
      end = b;
      return w;
    };
    const std::string_view low = d.sentence_lower(c);
    // Not when one of the two words before `end` names the replaced arrangement.
    auto prior_before = [&](size_t end) {
      for (int n = 0; n < 2; ++n) {
        const std::string_view w = word_before(low, end);
        if (w.empty()) break;
        if (std::find(opt_.prior_agreement_words.begin(), opt_.prior_agreement_words.end(), w) !=
            opt_.prior_agreement_words.end())
          return true;
      }
      return false;
    };
    if (c.text.find('-') != std::string::npos) {
      if (prior_before(c.span.start - s.start)) return false;
      size_t p = c.span.end;
      for (int n = 0; n < 4 && p < s.end && bytes[p] == ' '; ++n) {
        size_t q = ++p;
        while (q < s.end && word_char(bytes[q])) ++q;
        const std::string_view word = bytes.substr(p, q - p);
        if (word.empty() || opt_.context.stem(word).empty()) break;
        if (is_agreement_word(word)) return true;
        p = q;
      }
      return false;
    }
    std::string_view before = low.substr(0, c.span.start - s.start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (const std::string& lead : opt_.agreement_length_leads) {
      if (!before.ends_with(lead)) continue;
      size_t end = before.size() - lead.size();
      if (end > 0 && word_char(before[end - 1])) continue;  // "reruns for"
      if (is_agreement_word(lead.substr(0, lead.find_first_of(" :")))) return !prior_before(end);
      for (int n = 0; n < 3; ++n) {
        const std::string_view w = word_before(before, end);
        if (w.empty()) break;
        if (is_agreement_word(w)) return !prior_before(end);
      }
    }
    return false;
  }

  bool bounded(const Claim& c) const {
    return c.kind == ClaimKind::kDate && !str_attr(c.attrs, "bound").empty() &&
           !str_attr(c.attrs, "bounds_term").empty();
  }

  // The words of c's sentence that start with one of `cues`, per cue: their
  // [start, end) byte spans in the document, in text order. Found once per
  // sentence, since every date of a long sentence asks.
  using WordSpans = std::vector<std::pair<uint32_t, uint32_t>>;
  const std::vector<WordSpans>& cue_words(const DocView& d, const Claim& c,
                                          const std::vector<std::string>& cues) const {
    const Span s = d.sentence_span(c);
    const auto key = std::make_tuple(&d, &cues, s.start, s.end);
    auto it = cue_words_cache_.find(key);
    if (it != cue_words_cache_.end()) return it->second;
    const std::string& text = d.sentence_lower(c);
    std::vector<WordSpans> out;
    for (const auto& cue : cues) {
      WordSpans& words = out.emplace_back();
      for (size_t p : cue_positions(text, cue)) {
        size_t e = p + cue.size();
        while (e < text.size() && is_alnum(text[e])) ++e;
        words.emplace_back(s.start + static_cast<uint32_t>(p), s.start + static_cast<uint32_t>(e));
      }
    }
    return cue_words_cache_.emplace(key, std::move(out)).first->second;
  }
  mutable std::map<std::tuple<const DocView*, const std::vector<std::string>*, uint32_t, uint32_t>,
                   std::vector<WordSpans>>
      cue_words_cache_;

  // A bare date next to "announced" / "disclosed": the date of the announcement.
  bool near_announcement(const DocView& d, const Claim& c, const std::vector<std::string>& cues) const {
    for (const WordSpans& words : cue_words(d, c, cues)) {
      // A word's end never decreases as its start grows, so the first word
      // ending at most cue_window before the claim is the nearest candidate:
      // if it is too far after the claim, every later word is too.
      auto w = std::lower_bound(words.begin(), words.end(), c.span.start,
                                [&](const std::pair<uint32_t, uint32_t>& word, uint32_t start) {
                                  return static_cast<uint64_t>(word.second) + opt_.cue_window < start;
                                });
      if (w == words.end()) continue;
      const auto [ws, we] = *w;
      if (c.span.distance(Span{ws, we}) <= opt_.cue_window) return true;
    }
    return false;
  }

  std::optional<CivilDate> official_announcement_date() const {
    const auto& claims = off_.claims();
    for (const auto& c : claims) {
      if (c.kind != ClaimKind::kDate || !at_a_time(c)) continue;
      if (!near_announcement(off_, c, opt_.announce_cues) || follows_word(off_, c, opt_.reported_clause_leads)) continue;
      if (c.value == "PRESENT_REF" && off_.doc.published) return off_.doc.published;
      const Timex t = parse_timex(c.value);
      if (t.exact_day()) return civil_from_days(t.days->first);
    }
    // "Today, we are announcing ...": the publication date is the announcement date.
    if (off_.doc.published) {
      const std::string text = ascii_lower(off_.doc.bytes);
      for (const auto& cue : opt_.today_cues)
        for (size_t p : cue_positions(text, cue))
          for (const auto& ann : opt_.announce_cues)
            for (size_t q : cue_positions(text, ann))
              if ((q > p ? q - p : p - q) <= opt_.cue_window + cue.size()) return off_.doc.published;
    }
    return std::nullopt;
  }

  Outcome compare_one(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    switch (c.kind) {
      case ClaimKind::kTerm:
        if (history_stretch(cov_, c))
          return {Verdict::kUnverified, std::nullopt, quote(c.text) + " is a stretch of history, not a figure of the announcement"};
        if (auto o = step_told_done(i)) return *o;
        if (auto o = option_told_firm(i)) return *o;
        if (!str_attr(c.attrs, "mode").empty()) return compare_mode(i);
        if (auto o = territory_enlarged(c)) return *o;
        // A step a deal waits on (attrs.event: a permit, financial close) is
        // compared by its stage only: its bounds and verbs ("a day after
        // financial close, ending a procurement") say nothing of its own.
        if (!str_attr(c.attrs, "event").empty())
          return {Verdict::kUnverified, std::nullopt, quote(c.text) + ": a step compared only when told done against an official one still to come"};
        return is_length(c) ? compare_length(i) : is_count(c) ? compare_count(i) : compare_term(c);
      case ClaimKind::kDate: return compare_date(i);
      case ClaimKind::kMoney:
      case ClaimKind::kPercent: return compare_figure(c);
    }
    return {};
  }

  // A count or length right after a history lead ("the past three seasons").
  bool history_stretch(const DocView& d, const Claim& c) const {
    return (is_count(c) || is_length(c)) && follows_word(d, c, opt_.history_leads);
  }

  // ---- terms

  // Whether a holds/not-holds difference on this coverage claim is clear enough
  // to contradict: a bare positive mention needs a named party and no sign of history.
  bool state_is_assertive(const DocView& d, const Claim& c) const {
    // A term with no party at all is a generic mention ("not only by rights to models").
    if (str_attr(c.attrs, "subject").empty() && str_attr(c.attrs, "object").empty()) return false;
    if (explicit_state(c)) return true;
    if (str_attr(c.attrs, "subject").empty() || bool_attr(c.attrs, "past")) return false;
    return !sentence_has_cue(d, c, opt_.past_cues) && !dated_earlier(d, c);
  }

  // The sentence dates its statement before the announcement year ("in 2019 ... would be exclusive").
  bool dated_earlier(const DocView& d, const Claim& c) const {
    const auto ref = d.doc.published ? d.doc.published : off_.doc.published;
    if (!ref) return false;
    for (const Claim* op : d.sentence_mates(c)) {
      const Claim& o = *op;
      if (o.kind != ClaimKind::kDate || !str_attr(o.attrs, "bound").empty()) continue;
      const Timex t = parse_timex(o.value);
      if (t.days && civil_from_days(t.days->second).year < ref->year) return true;
    }
    return false;
  }

  // Whether a state difference is a contradiction: a bare negation ("a ceiling,
  // not ...") may belong to another verb, so it only counts against an official
  // claim that states its own status or negation.
  bool states_clash(const DocView& d, const Claim& cov, const Claim& off) const {
    if (!state_is_assertive(d, cov)) return false;
    const bool cov_weak_negative = str_attr(cov.attrs, "polarity") == "negative" &&
                                   str_attr(cov.attrs, "status").empty() && str_attr(cov.attrs, "negation") != "in_word";
    return !cov_weak_negative || explicit_state(off);
  }

  // The condition's kind; an "if" after "the only exception:" is an exception.
  std::optional<Condition> condition_in(const DocView& d, const Claim& c) const {
    auto cond = condition_of(c);
    if (!cond || cond->group != "if") return cond;
    const Span s = d.sentence_span(c);
    if (c.span.start < s.start || c.span.start > s.end) return cond;
    const std::string before = ascii_lower(d.doc.bytes.substr(s.start, c.span.start - s.start));
    if (has_cue(before, opt_.exception_cues)) cond->group = "exception";
    return cond;
  }

  // Whether the coverage states this term's condition as a claim of its own.
  bool condition_claimed_apart(const Claim& c) {
    if (c.value == "condition") return false;
    auto cond = condition_of(c);
    if (!cond) return false;
    if (!cov_condition_texts_) {
      cov_condition_texts_.emplace();
      for (const Claim& o : cov_.claims())
        if (o.value == "condition")
          if (auto oc = condition_of(o)) cov_condition_texts_->insert(oc->text);
    }
    return cov_condition_texts_->count(cond->text) > 0;
  }
  std::optional<std::set<std::string>> cov_condition_texts_;  // texts of the coverage's condition claims

  // A condition claim (the term extractor's "condition", or a term's own
  // condition) against the official conditions of the same term, or the only
  // official condition of that kind.
  Outcome compare_condition(const Claim& c) {
    const auto cc = condition_in(cov_, c);
    const std::string term = c.value == "condition" ? str_attr(c.attrs, "term") : c.value;
    const std::string subject = str_attr(c.attrs, "subject");
    const auto& offc = off_.claims();
    std::vector<uint32_t> same_term, same_group;
    std::set<std::string> texts;
    for (uint32_t j : bucket(off_conditions_, cc->group)) {
      const Condition& oc = *off_facts_[j].cond;
      if (c.value == "condition" && offc[j].value == "condition" &&
          !party_compatible(subject, str_attr(offc[j].attrs, "subject")))
        continue;
      const std::string oterm = offc[j].value == "condition" ? str_attr(offc[j].attrs, "term") : offc[j].value;
      if (!term.empty() && oterm == term) same_term.push_back(j);
      same_group.push_back(j);
      texts.insert(oc.text);
    }
    const std::vector<uint32_t>& pool = !same_term.empty() ? same_term : (texts.size() == 1 ? same_group : same_term);
    const std::string name = condition_name(*cc);
    if (pool.empty()) return {Verdict::kUnverified, std::nullopt, "the official document states no such " + name};
    for (uint32_t j : pool) {
      const Condition& oc = *off_facts_[j].cond;
      if (cc->conjunction.empty() || oc.conjunction.empty() || oc.conjunction == cc->conjunction)
        return {Verdict::kSupported, j, name + ": official says " + quote(oc.text) + ", source says " + quote(cc->text)};
    }
    const Condition& oc = *off_facts_[pool.front()].cond;
    return {Verdict::kContradicted, pool.front(),
            name + ": official says " + quote(oc.text) + ", source says " + quote(cc->text)};
  }

  // Whether a term type names a flow of money, payer to payee (compare.json flow_groups).
  bool names_money_flow(const std::string& type) const {
    return std::any_of(opt_.flow_groups.begin(), opt_.flow_groups.end(), [&](const auto& group) {
      return std::find(group.begin(), group.end(), type) != group.end();
    });
  }

  // Whether the order of a term type's parties carries meaning (compare.json directional_terms).
  bool is_directional(const std::string& type) const {
    return std::find(opt_.directional_terms.begin(), opt_.directional_terms.end(), type) != opt_.directional_terms.end();
  }

  // A party told wrong where neither side names the other ("an independent
  // monitor, paid for by the Authority" against "... paid for by
  // Harbourlink"), for a directional term the official text never gives the
  // source's subject: the official term of the type that names only another
  // subject, whose words (compare.json context.term_anchors) the source's
  // share at context_contradict, leading every other such term by
  // context_margin, and holding as the source's does.
  std::optional<Outcome> payer_told_wrong(const Claim& c, const TermSlot& slot,
                                          const std::vector<std::pair<uint32_t, TermSlot>>& same_type) {
    if (slot.subject.empty() || !slot.object.empty() || !holds(c) || !is_directional(slot.type)) return std::nullopt;
    // An official term of this type by the source's party: the source may mean that one.
    for (const auto& [j, os] : same_type)
      if (same_party(os.subject, slot.subject)) return std::nullopt;
    build_contexts();
    const Context& cctx = cov_context_->of(static_cast<uint32_t>(&c - cov_.claims().data()));
    if (cctx.empty()) return std::nullopt;
    const auto& offc = off_.claims();
    double best = 0, runner_up = 0;
    std::optional<uint32_t> pick;
    for (const auto& [j, os] : same_type) {
      if (os.subject.empty() || !os.object.empty()) continue;
      const double score = context_overlap(cctx, off_context_->of(j), *rarity_);
      if (score > best) runner_up = best, best = score, pick = j;
      else runner_up = std::max(runner_up, score);
    }
    if (!pick || best < opt_.context_contradict || best < opt_.context_margin * runner_up || !holds(offc[*pick]))
      return std::nullopt;
    return Outcome{Verdict::kContradicted, pick,
                   describe({slot.type, "", "", ""}) + " by its context (" +
                       shared_words(cctx, off_context_->of(*pick), *rarity_) + "): official " +
                       str_attr(offc[*pick].attrs, "subject") + ", source " + slot.subject};
  }

  // An official option (attrs.choice: "HRRA has an option, but no
  // obligation, to buy the fleet") the source tells as firm or done ("HRRA
  // buys the fleet for CAD 48m"): a source term of its type and parties that
  // is no option, not hedged, and holds, whose words share context_support
  // with the official option's and lead every official term of the type told
  // firm by context_margin (the official text may tell a firm order beside
  // an option for more).
  std::optional<Outcome> option_told_firm(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    if (c.kind != ClaimKind::kTerm || !str_attr(c.attrs, "choice").empty() || !holds(c) || hedged(cov_, i))
      return std::nullopt;
    const TermSlot slot = slot_of(c);
    const auto& offc = off_.claims();
    const Claim* cf = figure_of_term(cov_, c);
    std::optional<uint32_t> option;
    double option_score = 0, firm_score = 0;
    for (uint32_t j : bucket(off_terms_, c.value)) {
      if (!slot_compatible(slot, off_facts_[j].slot)) continue;
      const bool is_option = str_attr(offc[j].attrs, "choice") == "option";
      if (!is_option && !holds(offc[j])) continue;
      build_contexts();
      double score = context_overlap(cov_context_->of(i), off_context_->of(j), *rarity_);
      // The same sum for it ("for CAD 48m" against "for CAD 48 million") is words enough.
      const Claim* of = cf ? figure_of_term(off_, offc[j]) : nullptr;
      if (cf && of && cf->kind == of->kind && currency_compatible(*cf, *of) && same_number(cf->number, of->number))
        score = std::max(score, opt_.context_support);
      if (!is_option) firm_score = std::max(firm_score, score);
      else if (!option || score > option_score) option = j, option_score = score;
    }
    if (!option || option_score < opt_.context_support || option_score < opt_.context_margin * firm_score)
      return std::nullopt;
    return Outcome{Verdict::kContradicted, option,
                   describe(slot) + " told firm (" + shared_words(cov_context_->of(i), off_context_->of(*option), *rarity_) +
                       "): official " + quote(offc[*option].text) + " is an option"};
  }

  // A step the official text still waits on (a permit, an approval,
  // financial close: attrs.stage "pending") that the source reports as done
  // ("has already achieved financial closure"): a condition told as met.
  // Official steps of the same type and event (and approvals that are not
  // apart) are the candidates, the words deciding which the source means
  // where there are several. Where the official text also tells a step of
  // the kind done ("the Danish permit was granted", "the Polish decision is
  // expected"), the pending one must lead it by context_margin.
  std::optional<Outcome> step_told_done(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    if (c.kind != ClaimKind::kTerm || str_attr(c.attrs, "stage") != "done" || bool_attr(c.attrs, "past")) return std::nullopt;
    const auto& offc = off_.claims();
    const std::string event = str_attr(c.attrs, "event");
    // A step naming a party the source's names ("the approval of the
    // Competition Authority of Kenya") is the one the source means, over
    // steps naming none of them ("the Cabinet approved the concession"):
    // the names are the step's own words, which its context leaves out.
    const TermSlot cs = slot_of(c);
    auto names_a_party_of_source = [&](const TermSlot& os) {
      for (const std::string* a : {&cs.subject, &cs.object})
        for (const std::string* b : {&os.subject, &os.object})
          if (!a->empty() && !b->empty() && same_party(*a, *b)) return true;
      return false;
    };
    std::vector<std::pair<uint32_t, bool>> steps;  // official step, whether it names a party of the source's
    bool any_names = false;
    for (uint32_t j : bucket(off_terms_, c.value)) {
      const Claim& o = offc[j];
      if (str_attr(o.attrs, "stage").empty() || str_attr(o.attrs, "event") != event || approvals_apart(c, o)) continue;
      const bool names = names_a_party_of_source(off_facts_[j].slot);
      steps.emplace_back(j, names);
      any_names = any_names || names;
    }
    // An approval a source tells given may be an official milestone of the
    // approver's ("approved by the TGA" against "subject to TGA
    // registration"): one naming the source's approver is a candidate too.
    if (c.value == "approval")
      for (uint32_t j : bucket(off_terms_, "milestone"))
        if (!str_attr(offc[j].attrs, "stage").empty() && names_a_party_of_source(off_facts_[j].slot))
          steps.emplace_back(j, true), any_names = true;
    std::optional<uint32_t> pending;
    double pending_score = -1, done_score = -1;
    for (const auto& [j, names] : steps) {
      if (any_names && !names) continue;
      build_contexts();
      const double score = context_overlap(cov_context_->of(i), off_context_->of(j), *rarity_);
      if (str_attr(offc[j].attrs, "stage") == "done") done_score = std::max(done_score, score);
      else if (score > pending_score) pending = j, pending_score = score;
    }
    if (!pending || (done_score >= 0 && (pending_score <= 0 || pending_score < opt_.context_margin * done_score)))
      return std::nullopt;
    return Outcome{Verdict::kContradicted, pending,
                   "condition told as met: the official text still waits on it (" + quote(offc[*pending].text) +
                       "), the source says it is done (" + quote(c.text) + ")"};
  }

  // "exclusive rights to all camp, catering and road-maintenance contracts"
  // against "a right of first refusal on contracts for camp services": a
  // right the official text gives the holder only in a weaker form
  // (weaker_rights), told as the stronger. Only a positive source term
  // naming its holder, against a positive official weaker right of that
  // holder, where the official text gives the holder no right of c's type.
  std::optional<Outcome> right_told_stronger(const Claim& c, const TermSlot& slot) const {
    const auto weaker = opt_.weaker_rights.find(slot.type);
    if (slot.subject.empty() || weaker == opt_.weaker_rights.end() || str_attr(c.attrs, "polarity") != "positive")
      return std::nullopt;
    for (uint32_t j : bucket(off_terms_, slot.type))
      if (same_party(off_facts_[j].slot.subject, slot.subject)) return std::nullopt;
    for (const std::string& type : weaker->second)
      for (uint32_t j : bucket(off_terms_, type)) {
        const Claim& o = off_.claims()[j];
        if (str_attr(o.attrs, "polarity") != "positive" || !same_party(off_facts_[j].slot.subject, slot.subject))
          continue;
        return Outcome{Verdict::kContradicted, j,
                       describe({slot.type, "", "", ""}) + " told for a weaker right: official " + quote(o.text) +
                           " (" + o.value + "), source " + quote(c.text)};
      }
    return std::nullopt;
  }

  // A licence or exclusive right told over places the official text does
  // not give it ("exclusive rights in Japan, South Korea and mainland China"
  // against "in Japan, South Korea and Taiwan"; a worldwide licence against
  // named countries): each place of the source's attrs.territory
  // must be, or lie within, a place of the official terms of its type,
  // holder, scope and polarity, unless those are worldwide. The object is
  // not matched: the term extractor often takes a place for it. A territory
  // within the official one is left to the term's own route.
  std::optional<Outcome> territory_enlarged(const Claim& c) const {
    const auto ct = c.attrs.find("territory");
    if (ct == c.attrs.end() || !ct->is_array() || ct->empty()) return std::nullopt;
    const TermSlot slot = slot_of(c);
    const std::string polarity = str_attr(c.attrs, "polarity");
    std::set<std::string> official;         // the places the official terms name
    std::set<std::string> official_within;  // ... and every region they lie in
    std::optional<uint32_t> first;
    for (uint32_t j : bucket(off_terms_, c.value)) {
      const Claim& o = off_.claims()[j];
      const auto ot = o.attrs.find("territory");
      const TermSlot& os = off_facts_[j].slot;
      // The holder may stand as either party of the official term ("Atacama
      // Verde grants Setouchi Power exclusive rights" reads Atacama first).
      const bool holder = party_compatible(slot.subject, os.subject) ||
                          (!slot.subject.empty() && same_party(slot.subject, os.object));
      if (ot == o.attrs.end() || !ot->is_array() || str_attr(o.attrs, "polarity") != polarity || !holder ||
          !party_compatible(slot.scope, os.scope))
        continue;
      for (const auto& place : *ot) {
        if (!place.is_array() || place.empty()) continue;
        official.insert(place[0].get<std::string>());
        for (const auto& id : place)
          if (id.is_string()) official_within.insert(id.get<std::string>());
      }
      if (!first) first = j;
    }
    if (!first || official.count("world")) return std::nullopt;
    std::vector<std::string> added;
    for (const auto& place : *ct) {
      if (!place.is_array() || place.empty()) continue;
      const std::string head = place[0].get<std::string>();
      // A region holding an official place describes it loosely ("an Asia
      // licensing deal" for Japan, South Korea and Taiwan), so only a place
      // or region holding none of them is added.
      const bool within = std::any_of(place.begin(), place.end(), [&](const nlohmann::json& id) {
        return id.is_string() && official.count(id.get<std::string>());
      }) || official_within.count(head);
      if (!within) added.push_back(head);
    }
    if (added.empty()) return std::nullopt;  // within the official territory: the term's own route decides
    std::string official_list, added_list;
    for (const auto& p : official) official_list += (official_list.empty() ? "" : ", ") + p;
    for (const auto& p : added) added_list += (added_list.empty() ? "" : ", ") + p;
    return Outcome{Verdict::kContradicted, first,
                   describe(slot) + " territory enlarged: official " + official_list + "; source adds " + added_list};
  }

  // How a term comes about, as attrs.mode says ("automatic", "option"), with
  // a negative polarity meaning "not that way" ("there is no automatic
  // renewal"). Empty when the clause does not say.
  static std::string effective_mode(const Claim& c) {
    const std::string mode = str_attr(c.attrs, "mode");
    if (mode.empty() || str_attr(c.attrs, "polarity") != "negative") return mode;
    return mode == "automatic" ? "option" : "";
  }

  // A term told by its mode (a renewal that comes by itself, or only if
  // someone chooses): against the official terms of its type that tell a
  // mode, one mode agrees and the other contradicts ("renews automatically
  // for 10 years" against "there is no automatic renewal"). Official texts
  // telling both modes (one renewal automatic, another an option) decide
  // nothing.
  Outcome compare_mode(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    const std::string mode = effective_mode(c);
    const TermSlot slot = slot_of(c);
    if (mode.empty()) return {Verdict::kUnverified, std::nullopt, describe(slot) + ": the source does not say how it comes about"};
    std::optional<uint32_t> same, other;
    for (uint32_t j : bucket(off_terms_, c.value)) {
      const std::string om = effective_mode(off_.claims()[j]);
      if (om.empty()) continue;
      std::optional<uint32_t>& first_of_its_mode = om == mode ? same : other;
      if (!first_of_its_mode) first_of_its_mode = j;
    }
    if (same && other) return {Verdict::kUnverified, std::nullopt, describe(slot) + ": the official text tells it both ways"};
    if (same) return {Verdict::kSupported, same, describe(slot) + ": " + mode + " in both"};
    if (other)
      return {Verdict::kContradicted, other,
              describe(slot) + " mode: official " + quote(off_.claims()[*other].text) + " (" + effective_mode(off_.claims()[*other]) +
                  "), source " + quote(c.text) + " (" + mode + ")"};
    return {Verdict::kUnverified, std::nullopt, describe(slot) + ": the official text does not say how it comes about"};
  }

  Outcome compare_term(const Claim& c) {
    if (c.value == "condition") {
      if (condition_of(c)) return compare_condition(c);
      return {Verdict::kUnverified, std::nullopt, "condition without content: not compared"};
    }
    const TermSlot slot = slot_of(c);
    if (slot.type.empty()) return {Verdict::kUnverified, std::nullopt, "term without a type: not compared"};
    if (bool_attr(c.attrs, "past") && !explicit_state(c))
      return {Verdict::kUnverified, std::nullopt, describe(slot) + ": describes the earlier arrangement"};
    const auto& offc = off_.claims();
    // Official terms of this type; failing those, of a type that names the
    // same flow of money (flow_groups: "OpenAI will pay Microsoft" against an
    // official revenue share from OpenAI to Microsoft), read as this type.
    std::vector<std::pair<uint32_t, TermSlot>> same_type;
    for (uint32_t j : bucket(off_terms_, slot.type)) same_type.emplace_back(j, off_facts_[j].slot);
    std::vector<uint32_t> aligned;
    for (const auto& [j, os] : same_type)
      if (slot_compatible(slot, os) && !approvals_apart(c, offc[j])) aligned.push_back(j);
    if (aligned.empty())
      for (const auto& group : opt_.flow_groups) {
        if (std::find(group.begin(), group.end(), slot.type) == group.end()) continue;
        for (const std::string& type : group) {
          if (type == slot.type) continue;
          for (uint32_t j : bucket(off_terms_, type)) {
            TermSlot os = off_facts_[j].slot;
            os.type = slot.type;
            same_type.emplace_back(j, os);
            if (slot_compatible(slot, os)) aligned.push_back(j);
          }
        }
      }

    if (auto o = payer_told_wrong(c, slot, same_type)) return *o;
    if (aligned.empty()) {
      if (is_directional(slot.type)) {
        for (const auto& [j, os] : same_type) {
          if (!slot_reversed(slot, os)) continue;
          return {Verdict::kContradicted, j,
                  describe({slot.type, "", "", ""}) + " direction: official " + str_attr(offc[j].attrs, "subject") +
                      "\u2192" + str_attr(offc[j].attrs, "object") + ", source " + slot.subject + "\u2192" +
                      slot.object};
        }
      }
      if (auto stronger = right_told_stronger(c, slot)) return *stronger;
      return {Verdict::kUnverified, std::nullopt, "the official document says nothing about " + describe(slot)};
    }

    // State: supported if any aligned official claim agrees, contradicted if
    // they all disagree and the coverage states it clearly.
    // Once one agrees, the disagreeing ones no longer matter.
    std::optional<uint32_t> agree, state_conflict, clash;
    const bool c_holds = holds(c);
    for (uint32_t j : aligned) {
      if (holds(offc[j]) == c_holds) { agree = j; break; }
      if (!state_conflict) state_conflict = j;
      if (!clash && states_clash(cov_, c, offc[j])) clash = j;
    }
    // A negation in the term's own word ("non-exclusive") is clear, but its
    // parties may be read wrong: where the official text says so of some
    // other party ("Package B is non-exclusive"), the source may mean that one.
    if (!agree && clash && str_attr(c.attrs, "negation") == "in_word" &&
        std::any_of(same_type.begin(), same_type.end(), [&](const auto& js) { return holds(offc[js.first]) == c_holds; }))
      clash.reset();
    if (!agree && clash) {
      const Claim& o = offc[*clash];
      return {Verdict::kContradicted, clash,
              describe(slot) + ": official " + state_word(o) + " (" + quote(o.text) + "), source says it " +
                  state_word(c) + " (" + quote(c.text) + ")"};
    }
    // Condition: compared only with official claims that carry a comparable one.
    if (auto cc = condition_in(cov_, c); cc && !cc->conjunction.empty() && !condition_claimed_apart(c)) {
      std::optional<uint32_t> cond_agree, cond_conflict;
      for (uint32_t j : aligned) {
        const auto& oc = off_facts_[j].cond;
        if (!oc || oc->conjunction.empty() || oc->group != cc->group) continue;
        if (oc->conjunction == cc->conjunction) { cond_agree = j; break; }
        if (!cond_conflict) cond_conflict = j;
      }
      if (cond_conflict && !cond_agree) {
        const Condition& oc = *off_facts_[*cond_conflict].cond;
        return {Verdict::kContradicted, cond_conflict,
                condition_name(*cc) + " (" + describe(slot) + "): official says " + quote(oc.text) +
                    " (" + oc.conjunction + "), source says " + quote(cc->text) + " (" + cc->conjunction + ")"};
      }
      if (cond_agree && agree) return {Verdict::kSupported, cond_agree, describe(slot) + ": official says the same, " +
                                                                         condition_name(*cc) + " included"};
    }
    if (agree)
      return {Verdict::kSupported, agree,
              describe(slot) + ": official " + state_word(offc[*agree]) + ", source " + state_word(c)};
    return {Verdict::kUnverified, state_conflict,
            describe(slot) + ": official " + state_word(offc[*state_conflict]) +
                ", source mention is not clear enough to compare"};
  }

  // ---- dates

  // "Monday, Sept. 1" when Sept. 1 is a Sunday: the day and its weekday
  // cannot both be right. Said against an official date of that very day, the
  // source has the weekday wrong; with no such official date it may have the
  // day wrong instead, and nothing is said here.
  std::optional<Outcome> weekday_mismatch(const Claim& c) const {
    const Timex t = parse_timex(c.value);
    if (!t.exact_day()) return std::nullopt;
    const int named = named_weekday(c.text);
    const CivilDate day = civil_from_days(t.days->first);
    if (named < 0 || named == iso_weekday(day)) return std::nullopt;
    const auto& offc = off_.claims();
    for (uint32_t j = 0; j < offc.size(); ++j) {
      if (offc[j].kind != ClaimKind::kDate || !off_facts_[j].timex.exact_day() ||
          off_facts_[j].timex.days->first != t.days->first)
        continue;
      return Outcome{Verdict::kContradicted, j,
                     std::string("weekday: source ") + quote(c.text) + " names a " + kWeekdays[named] + ", but " +
                         to_iso(day) + " is a " + kWeekdays[iso_weekday(day)] + "; official " + quote(offc[j].text)};
    }
    return std::nullopt;
  }

  // A wire story's dateline ("PERTH, Feb 22 - Ellery Copper has signed ..."):
  // the day of the telling, after a place in capitals that opens the sentence.
  static bool in_dateline(const DocView& d, const Claim& c) {
    const Span s = d.sentence_span(c);
    if (c.span.start <= s.start) return false;
    std::string_view lead = std::string_view(d.doc.bytes).substr(s.start, c.span.start - s.start);
    while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
    if (lead.size() < 3 || lead.back() != ',') return false;
    lead.remove_suffix(1);
    return std::all_of(lead.begin(), lead.end(), [](char ch) {
      return std::isupper(static_cast<unsigned char>(ch)) || ch == ' ' || ch == '.' || ch == '-' || ch == '\'';
    });
  }
  // A date that times an event rather than bounding a term ("on", "at", or no bound).
  static bool at_a_time(const Claim& c) {
    const std::string b = str_attr(c.attrs, "bound");
    return b.empty() || bound_group(b) == "at";
  }
  // Whether date c dates a signing: it is a signing word's date, the first
  // day named after the word within `window` bytes on its line ("was signed on Saturday")
  // or, with none after it, the nearest before it ("On Tuesday the two
  // signed"), and no announcement cue is nearer c than that word ("announced
  // on Monday, was signed on Saturday": Monday is the announcement's).
  bool dates_signing(const DocView& d, const Claim& c, uint32_t window) const {
    const Span s = d.sentence_span(c);
    const std::string& text = d.sentence_lower(c);
    std::vector<const Claim*> days;
    for (const Claim* m : d.sentence_mates(c))
      if (m->kind == ClaimKind::kDate && names_a_day(m->text) && parse_timex(m->value).exact_day()) days.push_back(m);
    uint32_t nearest = UINT32_MAX;
    for (const auto& w : opt_.signing_words)
      for (size_t p : word_positions(text, w)) {
        // "signed off on the contract on Thursday": a sign-off is an approval, not the signing.
        if (std::string_view(text).substr(p + w.size()).starts_with(" off")) continue;
        const Span ws{s.start + static_cast<uint32_t>(p), s.start + static_cast<uint32_t>(p + w.size())};
        const Claim* after = nullptr;
        const Claim* before = nullptr;
        for (const Claim* m : days) {
          if (m->span.distance(ws) > window) continue;
          // A line break between them parts a heading from its text ("Date: 6 October 2036" over "... SIGNS ...").
          const uint32_t from = std::min(m->span.end, ws.end), to = std::max(m->span.start, ws.start);
          if (from < to && std::string_view(d.doc.bytes).substr(from, to - from).find('\n') != std::string_view::npos)
            continue;
          if (m->span.start >= ws.end && (!after || m->span.start < after->span.start)) after = m;
          if (m->span.end <= ws.start && (!before || m->span.end > before->span.end)) before = m;
        }
        if ((after ? after : before) == &c) nearest = std::min(nearest, c.span.distance(ws));
      }
    if (nearest == UINT32_MAX) return false;
    for (const WordSpans& words : cue_words(d, c, opt_.announce_cues))
      for (const auto& [ws, we] : words)
        if (c.span.distance(Span{ws, we}) < nearest) return false;
    return true;
  }

  // The day the official text says the deal was signed ("The agreement was
  // signed in Hallvik on Monday, 13 March 2034"): the one day named in its own
  // words (names_a_day, so not "yesterday" or "the same day"), bounding no
  // term, that dates a signing within twice cue_window. None when the
  // official text names two.
  std::optional<long> official_signing_day() const {
    std::optional<long> day;
    for (const auto& c : off_.claims()) {
      if (c.kind != ClaimKind::kDate || !names_a_day(c.text) || !at_a_time(c) ||
          !dates_signing(off_, c, 2 * opt_.cue_window))
        continue;
      const Timex t = parse_timex(c.value);
      if (!t.exact_day()) continue;
      if (day && *day != t.days->first) return std::nullopt;
      day = t.days->first;
    }
    return day;
  }

  // "The agreement was signed on Tuesday" against the official signing day:
  // a day the source names right beside a signing word, no more than
  // signing_gap_days away (further off, it is another signing).
  std::optional<Outcome> compare_signing_day(const Claim& c) {
    if (!signing_day_ || !names_a_day(c.text) || !at_a_time(c) || in_dateline(cov_, c) ||
        !dates_signing(cov_, c, opt_.cue_window))
      return std::nullopt;
    const Timex t = parse_timex(c.value);
    if (!t.exact_day() || std::labs(t.days->first - *signing_day_) > opt_.signing_gap_days) return std::nullopt;
    // A day after the source's own publication is no telling of a signing
    // the official text reports as done: another event, or a relative day
    // read the wrong way, not a reporter's error.
    if (cov_.doc.published && t.days->first > days_from_civil(*cov_.doc.published) &&
        *signing_day_ <= days_from_civil(*cov_.doc.published))
      return std::nullopt;
    const CivilDate o = civil_from_days(*signing_day_);
    const CivilDate d = civil_from_days(t.days->first);
    const std::string says = "signing date: official " + to_iso(o) + " (" + kWeekdays[iso_weekday(o)] + "), source " +
                             quote(c.text) + " = " + to_iso(d) + " (" + kWeekdays[iso_weekday(d)] + ")";
    return Outcome{t.days->first == *signing_day_ ? Verdict::kSupported : Verdict::kContradicted, std::nullopt, says};
  }

  Outcome compare_date(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    if (auto o = weekday_mismatch(c)) return *o;
    if (auto o = compare_signing_day(c)) return *o;
    // "announced the deal on April 20": a day next to an announcement cue is the
    // announcement's date, even where a term before it takes it as its time.
    const bool announcement_day = names_a_day(c.text) && near_announcement(cov_, c, opt_.announce_cues);
    const std::string bound = str_attr(c.attrs, "bound");
    if (!bound.empty() && !(announcement_day && bound_group(bound) == "at")) {
      Outcome o{Verdict::kUnverified, std::nullopt, "a bound tied to no term, and no official date lined up by its words"};
      if (bounded(c)) o = compare_bound(i);
      else if (agreement_end(cov_, c))
        if (auto whole = against_agreement_end(i, "agreement end date")) o = *whole;
      if (o.verdict == Verdict::kUnverified) {
        if (auto by_range = compare_range_end(i)) return *by_range;
        if (auto by_context = compare_date_by_context(i)) return *by_context;
      }
      return o;
    }
    if (!announcement_day) {
      if (auto by_context = compare_date_by_context(i)) return *by_context;
      return {Verdict::kUnverified, std::nullopt, "the official document says nothing about the event dated " + c.value};
    }
    if (!announcement_)
      return {Verdict::kUnverified, std::nullopt, "the official document gives no announcement date"};
    const CivilDate a = *announcement_;
    const long ad = days_from_civil(a);
    const std::string official = to_iso(a) + " (" + kWeekdays[iso_weekday(a)] + ")";
    const Timex t = parse_timex(c.value);
    std::string source = quote(c.text);
    bool agree = false;
    if (t.exact_day()) {
      const CivilDate d = civil_from_days(t.days->first);
      if (ascii_lower(c.text) != ascii_lower(c.value)) source += " = " + to_iso(d);
      agree = t.days->first == ad;
    } else if (t.weekday >= 0) {
      source += " (" + std::string(kWeekdays[t.weekday]) + ")";
      agree = t.weekday == iso_weekday(a);
    } else if (t.month > 0) {
      agree = t.month == a.month && t.day == a.day;
    } else if (t.days) {
      // A month or a year: too coarse to confirm a day; contradict only when it excludes it.
      if (t.days->first <= ad && ad <= t.days->second)
        return {Verdict::kUnverified, std::nullopt,
                "announcement date: official " + official + ", source only says " + quote(c.text)};
      agree = false;
    } else {
      return {Verdict::kUnverified, std::nullopt, "announcement date: source date " + quote(c.text) + " not resolved"};
    }
    if (agree) return {Verdict::kSupported, std::nullopt, "announcement date: official " + official + ", source " + source};
    return {Verdict::kContradicted, std::nullopt, "announcement date: official " + official + ", source says " + source};
  }

  // The terms of c's sentence whose attrs[key] ("figure", "bound") quotes
  // c's text or a part of it: the terms a figure or a bounded date belongs to.
  std::vector<const Claim*> terms_citing(const DocView& d, const Claim& c, const char* key) const {
    std::vector<const Claim*> out;
    const std::string text = ascii_lower(c.text);
    if (text.empty()) return out;
    for (const Claim* tp : d.sentence_mates(c)) {
      if (tp->kind != ClaimKind::kTerm) continue;
      auto a = tp->attrs.find(key);
      if (a == tp->attrs.end() || !a->is_object()) continue;
      const std::string quoted = ascii_lower(a->value("text", ""));
      if (quoted.empty() || (quoted.find(text) == std::string::npos && text.find(quoted) == std::string::npos))
        continue;
      out.push_back(tp);
    }
    return out;
  }

  // The money or percentage figure a term names as its own (attrs.figure), if any.
  static const Claim* figure_of_term(const DocView& d, const Claim& t) {
    auto a = t.attrs.find("figure");
    if (a == t.attrs.end() || !a->is_object()) return nullptr;
    const std::string quoted = a->value("text", "");
    if (quoted.empty()) return nullptr;
    for (const Claim* m : d.sentence_mates(t))
      if ((m->kind == ClaimKind::kMoney || m->kind == ClaimKind::kPercent) &&
          (m->text.find(quoted) != std::string::npos || quoted.find(m->text) != std::string::npos))
        return m;
    return nullptr;
  }

  // The terms a bounded date may belong to: the one the extractor linked, and
  // any term of the sentence that names this bound as its own ("a non-exclusive
  // license through 2032" bounds the license as much as the exclusivity).
  std::vector<TermSlot> bound_candidates(const DocView& d, uint32_t i) const {
    const Claim& c = d.claims()[i];
    std::vector<TermSlot> out{date_slot(d, i)};
    for (const Claim* tp : terms_citing(d, c, "bound")) {
      const Claim& t = *tp;
      if (t.value == "condition") continue;
      const TermSlot s = slot_of(t);
      if (std::none_of(out.begin(), out.end(), [&](const TermSlot& o) {
            return o.type == s.type && o.subject == s.subject && o.object == s.object;
          }))
        out.push_back(s);
    }
    return out;
  }

  Outcome compare_bound(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    const std::vector<TermSlot> slots = bound_candidates(cov_, i);
    const std::string group = bound_group(str_attr(c.attrs, "bound"));
    auto what = [&](const TermSlot& s) {
      return describe(s) + (group == "start" ? " start" : group == "end" ? " end" : "") + " date";
    };
    const Timex ct = parse_timex(c.value);
    if (!ct.days) return {Verdict::kUnverified, std::nullopt, what(slots[0]) + ": source " + quote(c.text) + " not resolved"};
    const auto& offc = off_.claims();
    const std::vector<uint32_t>& same_group = bucket(off_bounds_, group);  // bounded official dates of this group
    auto overlaps = [&](const Timex& ot) { return days_overlap(*ct.days, *ot.days); };
    std::optional<uint32_t> conflict;
    size_t conflict_slot = 0;
    for (size_t k = 0; k < slots.size(); ++k) {
      for (uint32_t j : same_group) {
        if (!slot_compatible(slots[k], off_facts_[j].date_slot)) continue;
        const Timex& ot = off_facts_[j].timex;
        if (!ot.days) continue;
        if (overlaps(ot))
          return {Verdict::kSupported, j, what(slots[k]) + ": official " + offc[j].value + ", source " + c.value};
        if (!conflict) { conflict = j; conflict_slot = k; }
      }
    }
    if (conflict && earlier_arrangement(*ct.days, *off_facts_[*conflict].timex.days))
      return {Verdict::kUnverified, std::nullopt,
              what(slots[conflict_slot]) + ": source " + c.value + " is before the announcement's year, an earlier arrangement"};
    if (conflict)
      return {Verdict::kContradicted, conflict,
              what(slots[conflict_slot]) + ": official " + offc[*conflict].value + ", source " + c.value};

    // The official sentence naming the term has this date too, read there as
    // no bound ("buy credits from the vintages 2033 to 2042", "a right of
    // first refusal over the 2039-2043 cycle"): not moved, nor the agreement's.
    // Parties aside, unless the date bounds the official term: the source may
    // hang the term on the wrong party, but a bound of the term with its
    // parties the other way round is a direction told wrong.
    for (const auto& slot : slots)
      for (uint32_t j : bucket(off_terms_, slot.type)) {
        if (offc[j].value == "condition") continue;
        const bool same_parties = slot_compatible(slot, off_facts_[j].slot);
        for (const Claim* o : off_.sentence_mates(offc[j])) {
          if (o->kind != ClaimKind::kDate || (!same_parties && !str_attr(o->attrs, "bound").empty())) continue;
          const Timex ot = parse_timex(o->value);
          if (ot.days && overlaps(ot))
            return {Verdict::kUnverified, std::nullopt,
                    what(slot) + ": the official sentence naming it has " + quote(o->text) + " but not as its bound"};
        }
      }
    if (ends_term(c))
      if (auto o = against_agreement_end(i, what(slots[0]))) return *o;
    // No official bound for these terms. If the official names the term without
    // a bound and gives this very date to another term, the source moved it.
    for (const auto& slot : slots) {
      const auto& same_type = bucket(off_terms_, slot.type);
      const bool term_named = std::any_of(same_type.begin(), same_type.end(), [&](uint32_t j) {
        return offc[j].value != "condition" && slot_compatible(slot, off_facts_[j].slot);
      });
      if (!term_named) return {Verdict::kUnverified, std::nullopt, "the official document gives no " + what(slot)};
    }
    for (uint32_t j : same_group) {
      const Timex& ot = off_facts_[j].timex;
      if (!ot.days || !overlaps(ot)) continue;
      const TermSlot& other = off_facts_[j].date_slot;
      return {Verdict::kContradicted, j,
              what(slots[0]) + ": official gives none (" + offc[j].value + " bounds the " + describe(other) +
                  "), source says " + quote(c.text)};
    }
    return {Verdict::kUnverified, std::nullopt, "the official document gives no " + what(slots[0])};
  }

  // ---- money and percent

  // The dates of a figure's sentence, bar the announcement's own: "said on
  // Wednesday" dates the statement, not the figure. Against the official
  // document only periods count (a year, a quarter, a month): a day there is
  // an event's ("paid on Dec. 15"), which the coverage may have wrong while
  // the figure is still the official one. Within one document days count too
  // ("fell 3% on Monday ... 5% on Tuesday" are two figures).
  // With `own_only`, a date right after another figure of the sentence dates
  // that figure, not c ("the XOF 450bn investment is large for a port that
  // handled 410,000 TEU in 2030"); one that opens the sentence ("Last year,
  // the €61bn fund paid 16bp") dates every figure in it.
  enum class DateScope : uint8_t { kPeriods, kPeriodsAndDays };
  std::set<std::string> sentence_dates(const DocView& d, const Claim& c, DateScope scope, bool own_only = false) const {
    std::set<std::string> out;
    const auto mates = d.sentence_mates(c);
    constexpr uint32_t kRightAfter = 12;  // bytes: " in ", " last "
    auto dates_another_figure = [&](const Claim& date) {
      return std::any_of(mates.begin(), mates.end(), [&](const Claim* m) {
        const bool figure = m->kind == ClaimKind::kMoney || m->kind == ClaimKind::kPercent || is_count(*m);
        return figure && m != &c && m->span.end <= date.span.start && date.span.start - m->span.end <= kRightAfter &&
               m->span.distance(date.span) < c.span.distance(date.span);
      });
    };
    for (const Claim* o : mates) {
      if (o->kind != ClaimKind::kDate || o == &c || o->value == announcement_value_) continue;
      if (own_only && dates_another_figure(*o)) continue;
      // "previously", "now": no time a figure could be set apart by.
      if (o->value.size() > 4 && o->value.compare(o->value.size() - 4, 4, "_REF") == 0) continue;
      if (scope == DateScope::kPeriods && parse_timex(o->value).exact_day()) continue;
      out.insert(o->value);
    }
    return out;
  }

  // The unit figure c of document d is compared in: its own (lower case),
  // except that a level in basis points ("a base fee of 14 basis points",
  // value 0.14) is a rate like any percent, so "a base fee of 1.4%" is held
  // to it. Basis points after a change word in the 30 bytes before ("cut by
  // 3 to 5 basis points") stay points of a change.
  std::string unit_of(const DocView& d, const Claim& c) const {
    std::string unit = ascii_lower(str_attr(c.attrs, "unit"));
    const std::string text = ascii_lower(c.text);
    if (unit != "pp" ||
        !(text.find("basis point") != std::string::npos || text.ends_with("bp") || text.ends_with("bps")))
      return unit;
    const Span s = d.sentence_span(c);
    if (c.span.start < s.start || c.span.start > s.end) return unit;
    const std::string& low = d.sentence_lower(c);
    const size_t at = c.span.start - s.start, from = at > 30 ? at - 30 : 0;
    const std::string_view before = std::string_view(low).substr(from, at - from);
    const bool change = std::any_of(opt_.change_words.begin(), opt_.change_words.end(),
                                    [&](const std::string& w) { return !word_positions(before, w).empty(); });
    return change ? unit : std::string();
  }

  // A money figure said as a change ("up $200 million from the previous
  // range", "rose by $5 million", "adds about 920 baht a day"): the word
  // before it, or before its hedge (change_hedges), is one of change_words.
  bool is_change(const DocView& d, const Claim& c) const {
    return c.kind == ClaimKind::kMoney && follows_hedged_word(d, c, opt_.change_words);
  }
  // Whether one of `words` ends right before claim c or before the hedge
  // (change_hedges) right before it ("by about 1.5 per cent").
  bool follows_hedged_word(const DocView& d, const Claim& c, const std::vector<std::string>& words) const {
    uint32_t at = c.span.start;
    word_ending_before(d, c, opt_.change_hedges, at, &at);
    return word_ending_before(d, c, words, at) != nullptr;
  }
  // Whether one of `words` (lowercase) ends right before claim c, in its sentence.
  static bool follows_word(const DocView& d, const Claim& c, const std::vector<std::string>& words) {
    return word_ending_before(d, c, words) != nullptr;
  }
  // The longest of `words` (lowercase) that ends right before claim c, in its
  // sentence ("up from" over "from"), or nullptr.
  static const std::string* word_ending_before(const DocView& d, const Claim& c, const std::vector<std::string>& words) {
    return word_ending_before(d, c, words, c.span.start);
  }
  // The same, for a word ending right before byte `at` of c's sentence;
  // `start`, if given, receives where the word found begins.
  static const std::string* word_ending_before(const DocView& d, const Claim& c, const std::vector<std::string>& words,
                                               uint32_t at, uint32_t* start = nullptr) {
    const Span s = d.sentence_span(c);
    if (words.empty() || at < s.start || at > s.end) return nullptr;
    size_t from = at > s.start + 24 ? at - 24 : s.start;
    std::string before = ascii_lower(d.doc.bytes.substr(from, at - from));
    while (!before.empty() && before.back() == ' ') before.pop_back();
    const std::string* longest = nullptr;
    for (const auto& w : words)
      if (before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0 &&
          (before.size() == w.size() || !is_alnum(before[before.size() - w.size() - 1])) &&
          (!longest || w.size() > longest->size()))
        longest = &w;
    if (longest && start) *start = static_cast<uint32_t>(from + before.size() - longest->size());
    return longest;
  }
  // A figure said as the level before a change ("rose to $4.27 billion from $4
  // billion", "compared with 39 cents a share"): it follows one of prior_words
  // and starts no range ("from 12.5% to 30%"), or it follows ", or" after such
  // a figure ("from $36 million, or 39 cents a share").
  bool is_prior(const DocView& d, const Claim& c) const {
    if (c.kind != ClaimKind::kMoney && c.kind != ClaimKind::kPercent && !is_count(c) && !is_length(c)) return false;
    const Span s = d.sentence_span(c);
    if (c.span.end > s.end) return false;
    const std::string_view after = std::string_view(d.doc.bytes).substr(c.span.end, std::min<size_t>(5, s.end - c.span.end));
    // A count or length after "from" with a word of change before it is the
    // old level even when " to" follows ("reduced from 37 hours to 36 hours"):
    // no tiers of a rate to read there.
    if (after.starts_with(" to ") && (is_count(c) || is_length(c))) return follows_prior_word(d, c);
    if (after.starts_with(" to ") || after.starts_with("-") || after.starts_with(" and ")) return false;
    if (follows_prior_word(d, c)) return true;
    static const std::vector<std::string> kOr = {", or", " or"};
    if (!follows_word(d, c, kOr)) return false;
    const Claim* before = nullptr;  // the figure just before c in its sentence
    for (const Claim* m : d.sentence_mates(c))
      if (m != &c && (m->kind == ClaimKind::kMoney || m->kind == ClaimKind::kPercent) && m->span.end <= c.span.start &&
          (!before || m->span.end > before->span.end))
        before = m;
    return before && c.span.start - before->span.end <= 8 && follows_prior_word(d, *before);
  }
  // One of prior_words right before c; a bare "from" only after a word of
  // change earlier in the sentence (prior_from_needs): "fares from $249" is a
  // starting price, "rose to $4.27 billion from $4 billion" an old level.
  bool follows_prior_word(const DocView& d, const Claim& c) const {
    const std::string* w = word_ending_before(d, c, opt_.prior_words);
    if (!w) return false;
    return *w != "from" || opt_.prior_from_needs.empty() || word_before(d, c, opt_.prior_from_needs);
  }
  // Whether one of `words` is a whole word of c's sentence before c.
  static bool word_before(const DocView& d, const Claim& c, const std::vector<std::string>& words) {
    const Span s = d.sentence_span(c);
    if (c.span.start < s.start) return false;
    const std::string before = ascii_lower(d.doc.bytes.substr(s.start, c.span.start - s.start));
    for (size_t k = 0; k < before.size();) {
      while (k < before.size() && !is_alnum(before[k])) ++k;
      size_t e = k;
      while (e < before.size() && is_alnum(before[e])) ++e;
      if (e > k && std::find(words.begin(), words.end(), before.substr(k, e - k)) != words.end()) return true;
      k = e;
    }
    return false;
  }

  // A figure the source dates wholly before the official document's year,
  // against an undated official figure: history ("its last funding round in
  // 2025, at a valuation of $3.2 billion"), not the announced figure.
  bool history(const std::set<std::string>& cdates, const std::set<std::string>& odates) const {
    if (cdates.empty() || !odates.empty()) return false;
    return std::all_of(cdates.begin(), cdates.end(), [&](const std::string& v) {
      const Timex t = parse_timex(v);
      return t.days && before_official_year(t.days->second);
    });
  }
  // Whether a day (days_from_civil) falls before the year the official
  // document was published; false when that is unknown.
  bool before_official_year(long day) const {
    return off_.doc.published && day < days_from_civil({off_.doc.published->year, 1, 1});
  }
  // A source date wholly before the official document's year, against an
  // official one that is not: an earlier arrangement ("paid $90 million in
  // 2025 to license an antibody"), not this one's term.
  bool earlier_arrangement(std::pair<long, long> source, std::pair<long, long> official) const {
    return before_official_year(source.second) && !before_official_year(official.second);
  }

  // The parties of a figure, from the term whose clause carries it ("Amazon's
  // $50 billion investment" is not Microsoft's); with `type`, from the first
  // term of that type that names any.
  std::optional<TermSlot> figure_parties(const DocView& d, const Claim& c, const std::string& type = {}) const {
    for (const Claim* tp : terms_citing(d, c, "figure")) {
      if (!type.empty() && tp->value != type) continue;
      TermSlot s = slot_of(*tp);
      if (!s.subject.empty() || !s.object.empty()) return s;
    }
    return std::nullopt;
  }
  // The types of the terms whose figure c is ("acquire Beta for $2.1 billion"):
  // a figure no measure word names still compares with the official figure of
  // the same term, and a measured one when the measure finds none.
  std::vector<std::string> figure_terms(const DocView& d, const Claim& c) const {
    std::vector<std::string> out;
    for (const Claim* tp : terms_citing(d, c, "figure"))
      if (tp->value != "condition" && std::find(out.begin(), out.end(), tp->value) == out.end())
        out.push_back(tp->value);
    return out;
  }
  // figure_key's counterpart for the figure of a term of type `type`.
  static std::string term_figure_key(const std::string& type, const Claim& c, const std::string& unit) {
    return "term\x1f" + type + '\x1f' + std::string(to_string(c.kind)) + '\x1f' + unit;
  }
  static std::string figure_of(std::string type) {
    std::replace(type.begin(), type.end(), '_', ' ');
    return type + " figure";
  }

  // A figure whose value the official text gives with its money flowing the
  // other way (flows_backwards) is contradicted, whether its value lined up
  // or its parties kept it from lining up.
  Outcome compare_figure(const Claim& c) {
    Outcome o = compare_figure_value(c);
    if (o.verdict != Verdict::kContradicted) {
      if (auto backwards = flows_backwards(c)) return *backwards;
      if (auto swapped = told_of_other_party(c)) return *swapped;
    }
    return o;
  }

  // "NordNet will pay 55 percent of the costs and PSP 45 percent" against
  // "NordNet will bear 45% and PSP 55%": a figure's party is the one whose
  // stretch of its sentence holds it (attrs.party, see term_extractor.h). c,
  // given to party P, is contradicted when the official text gives c's value
  // to another party Q and another figure of c's kind to P, about what c is
  // about: sharing context_support with c, and, unless the official text
  // tells the two figures in one sentence or c's words share
  // context_contradict with P's, more than Q's figure or any official figure
  // of c's value that is no one's shares. Not when any
  // official figure of c's value is P's, nor for roles (generic_parties,
  // role_parties) on either side.
  std::optional<Outcome> told_of_other_party(const Claim& c) {
    // A role ("the City", "the Government") may be a named party's other name.
    auto named = [&](const std::string& id) {
      const std::string low = ascii_lower(id);
      return !id.empty() && !contains(opt_.generic_parties, low) && !contains(opt_.role_parties, low);
    };
    const std::string p = str_attr(c.attrs, "party");
    if (!named(p)) return std::nullopt;
    const auto& offc = off_.claims();
    auto alike = [&](const Claim& o) { return o.kind == c.kind && currency_compatible(c, o); };
    std::vector<uint32_t> given_others, given_none;  // official figures of c's value given to another party, to none
    for (uint32_t j : off_figure_ids_) {
      const Claim& o = offc[j];
      if (!alike(o) || !same_number(o.number, c.number)) continue;
      const std::string q = str_attr(o.attrs, "party");
      if (same_party(q, p)) return std::nullopt;
      (named(q) ? given_others : given_none).push_back(j);
    }
    if (given_others.empty()) return std::nullopt;
    build_contexts();
    const Context& cc = cov_context_->of(static_cast<uint32_t>(&c - cov_.claims().data()));
    double with_none = 0;  // the most c shares with an official figure of its value that is no one's
    for (uint32_t j : given_none) with_none = std::max(with_none, context_overlap(cc, off_context_->of(j), *rarity_));
    std::optional<uint32_t> others, mine;  // Q's figure of c's value, and P's
    double best = 0;
    bool best_together = false;
    for (uint32_t j : given_others) {
      const Claim& o = offc[j];
      const double with_others = context_overlap(cc, off_context_->of(j), *rarity_);
      for (uint32_t k : off_figure_ids_) {
        const Claim& w = offc[k];
        if (!alike(w) || same_number(w.number, c.number) || !same_party(str_attr(w.attrs, "party"), p)) continue;
        const bool together = w.sentence == o.sentence;
        const double with_mine = context_overlap(cc, off_context_->of(k), *rarity_);
        // Words as close to P's figure as to Q's (context_contradict) are
        // about the one thing both figures share out.
        const bool strong = with_mine >= opt_.context_contradict;
        if (with_mine < opt_.context_support ||
            (!together && !strong && (with_mine <= with_others || with_mine <= with_none)))
          continue;
        if (std::pair(together, with_mine) > std::pair(best_together, best))
          others = j, mine = k, best = with_mine, best_together = together;
      }
    }
    if (!mine) return std::nullopt;
    return Outcome{Verdict::kContradicted, mine,
                   "figures of two parties told swapped: official " + quote(offc[*mine].text) + " is " + p + "'s and " +
                       quote(offc[*others].text) + " " + str_attr(offc[*others].attrs, "party") + "'s, source gives " +
                       p + " " + quote(c.text)};
  }

  Outcome compare_figure_value(const Claim& c) {
    const std::string measure = str_attr(c.attrs, "measure");
    const std::vector<std::string> terms = figure_terms(cov_, c);
    const auto cdates = sentence_dates(cov_, c, DateScope::kPeriods);
    const auto cparties = figure_parties(cov_, c);
    if (measure.empty() && terms.empty()) {
      if (auto o = compare_by_context(c, cdates, cparties)) return *o;
      if (auto o = other_currency(c)) return *o;
      return {Verdict::kUnverified, std::nullopt, "figure " + quote(c.text) + " measures nothing named"};
    }
    const auto& offc = off_.claims();
    const double half = half_unit(c);
    const Approx approx = approx_of(c);
    const bool cchange = is_change(cov_, c), cprior = is_prior(cov_, c);
    // An official amount of the key far from c in size (context_ratio), with
    // no slip between them: in real news one measure has many amounts (the
    // quarter's and the nine months', a division's and the group's), so it is
    // taken for another quantity, not a wrong one. Percentages are bounded
    // and err by more ("a 15% stake" for 5%): they are still compared.
    std::optional<std::string> not_compared;  // why, for the first such official figure
    // The official figures under one key, with currencies that do not differ.
    // A slipped value is preferred as the conflict: it is the figure mistyped.
    auto compare_under = [&](const std::string& key, const std::string& what) -> std::optional<Outcome> {
      std::optional<uint32_t> agree, conflict, slipped;
      for (uint32_t j : bucket(off_figures_, key)) {
        const OfficialFacts& f = off_facts_[j];
        if (!currency_compatible(c, offc[j]) || !parties_agree(cparties, f.parties, false)) continue;
        if (dated_apart(cdates, f.dates) || history(cdates, f.dates)) continue;  // about another time, not comparable
        if (f.change != cchange || f.prior != cprior) continue;  // a change or an old level against a level
        if (threshold_agrees(c.number, half, approx, offc[j].number, f.half, f.approx, opt_)) { agree = j; break; }
        if (!parties_agree(cparties, f.parties, true)) continue;
        if (one_number_slipped(c.number, half, offc[j].number)) {
          if (!slipped) slipped = j;
        } else if (c.kind == ClaimKind::kMoney && !within_ratio(c.number, offc[j].number, opt_.context_ratio)) {
          if (!not_compared)
            not_compared = "official " + quote(offc[j].text) + " is no slip of " + quote(c.text) +
                           " and far from it in size: taken for another quantity";
        } else if (const Claim* beside = amounts_beside_differ(c, offc[j])) {
          if (!not_compared)
            not_compared = "official " + quote(offc[j].text) + " is said of " + quote(beside->text) + ", " +
                           quote(c.text) + " of an amount far from it: taken for another quantity";
        } else if (!conflict) {
          conflict = j;
        }
      }
      if (agree)
        return Outcome{Verdict::kSupported, agree, what + ": official " + quote(offc[*agree].text) + ", source " + quote(c.text)};
      if (slipped) {
        const Claim& o = offc[*slipped];
        const DigitSlip slip = digit_slip(c.number, o.number);
        return Outcome{Verdict::kContradicted, slipped,
                       what + " (" + (slip == DigitSlip::kTransposed ? to_string(slip) : "scale error") +
                           "): official " + quote(o.text) + ", source " + quote(c.text)};
      }
      // A measure names a family ("rate": yields, taxes, tariffs): with not
      // one word around them in common, a differing official figure of it is
      // another member ("a 10% exit yield" is no VAT rate of 16.5%). A slip
      // of the digits needs no words: it is evidence of its own.
      if (conflict && family_measure(measure) && !shares_words(c, *conflict)) {
        if (!not_compared)
          not_compared = "official " + quote(offc[*conflict].text) + " and " + quote(c.text) +
                         " share no words around them: taken for two things";
        conflict.reset();
      }
      if (conflict)
        return Outcome{Verdict::kContradicted, conflict,
                       what + ": official " + quote(offc[*conflict].text) + ", source " + quote(c.text)};
      return std::nullopt;
    };
    // "net income per share", not "net income": the unit is part of what is compared.
    const std::string unit = str_attr(c.attrs, "unit");
    const std::string measured = unit.empty() || unit == "pp" ? measure : measure + " " + unit;
    // A measure word or term may line up the wrong official figure ("core
    // inflation 2.4%" against headline inflation's 2.3%): the same value said
    // of the same thing elsewhere in the official text outweighs it.
    // Lined up by a term alone ("paid ... £14.85" against a payment's £13.70),
    // any official figure of the same value outweighs it.
    auto unless_said_elsewhere = [&](Outcome o, bool by_term) {
      if (o.verdict != Verdict::kContradicted) return o;
      auto by_context = compare_by_context(c, cdates, cparties);
      if (by_context && by_context->verdict == Verdict::kSupported) return *by_context;
      if (auto backwards = flows_backwards(c)) return *backwards;
      // "capped at a ceiling of US$520" where the official sentence of the
      // ceiling (US$640) gives US$520 as its floor: the floor told as the ceiling.
      const Approx cb = approx_of(c);
      if (is_bound(cb) && o.other)
        for (const Claim* m : off_.sentence_mates(offc[*o.other])) {
          const Approx mb = approx_of(*m);
          if (m->kind != c.kind || !is_bound(mb) || mb == cb || !same_number(m->number, c.number) ||
              !currency_compatible(c, *m))
            continue;
          return Outcome{Verdict::kContradicted, o.other,
                         "bound turned around: official " + quote(m->text) + " is " + describe_bound(mb) + ", beside " +
                             quote(offc[*o.other].text) + " as " + describe_bound(approx_of(offc[*o.other])) +
                             ", source " + quote(c.text) + " " + describe_bound(cb)};
        }
      if (official_gives(c, /*unnamed_only=*/!by_term))
        return Outcome{Verdict::kUnverified, std::nullopt,
                       o.reason + ", but the official document gives " + quote(c.text) + " for something else"};
      return o;
    };
    const std::string compared_unit = unit_of(cov_, c);
    if (!measure.empty())
      if (auto o = compare_under(figure_key(c, compared_unit), measured)) return unless_said_elsewhere(*o, false);
    for (const auto& type : terms)
      if (auto o = compare_under(term_figure_key(type, c, compared_unit), figure_of(type)))
        return unless_said_elsewhere(*o, true);
    if (auto o = compare_by_context(c, cdates, cparties)) return *o;
    if (auto o = other_currency(c)) return *o;
    if (not_compared)
      return {Verdict::kUnverified, std::nullopt, (measure.empty() ? figure_of(terms.front()) : measured) + ": " + *not_compared};
    return {Verdict::kUnverified, std::nullopt,
            "the official document says nothing about " + (measure.empty() ? figure_of(terms.front()) : measured)};
  }

  // Whether c's own text writes its currency as a sign or a code ("US$12M",
  // "€14.8bn", "NOK 14.8 billion"), not as a word several currencies share
  // ("560 billion pesos", whose country the extractor guesses).
  static bool currency_signed(const Claim& c) {
    for (size_t k = 0; k < c.text.size(); ++k) {
      const unsigned char ch = static_cast<unsigned char>(c.text[k]);
      if (ch == '$' || ch >= 0x80) return true;
      if (k + 1 < c.text.size() && std::isupper(ch) && std::isupper(static_cast<unsigned char>(c.text[k + 1]))) return true;
    }
    return false;
  }

  // The official amount c gives in another currency ("a $1.38 billion fine"
  // against "fined ... €1,384,250,000"): the same number to c's precision, of
  // the same measure or in a sentence whose words c's share (context_support),
  // when no official amount in c's currency has that number. Converted
  // amounts are other numbers, so they never match. A number of two or more
  // significant digits that the official text gives once, in another
  // currency, needs no shared words ("StreamaBR has paid US$6.1 billion"
  // against "Total value: R$6.1 billion"): round sums ("$1 billion") recur
  // by chance, such numbers seldom.
  std::optional<Outcome> other_currency(const Claim& c) {
    if (c.kind != ClaimKind::kMoney || c.currency.empty()) return std::nullopt;
    const auto& offc = off_.claims();
    const double half = half_unit(c);
    const std::string measure = norm_measure(str_attr(c.attrs, "measure"));
    build_contexts();
    const Context& cctx = cov_context_->of(static_cast<uint32_t>(&c - cov_.claims().data()));
    std::optional<uint32_t> found, only;
    size_t given = 0;
    for (uint32_t j : off_figure_ids_) {
      const Claim& o = offc[j];
      if (o.kind != ClaimKind::kMoney || o.currency.empty() || !reads_as(c.number, half, o.number)) continue;
      if (currency_compatible(c, o)) return std::nullopt;  // the number is there in c's currency
      ++given, only = j;
      const bool same_measure = !measure.empty() && norm_measure(off_facts_[j].measure) == measure;
      if (!found && (same_measure || context_overlap(cctx, off_context_->of(j), *rarity_) >= opt_.context_support))
        found = j;
    }
    if (!found && given == 1 && significant_digits(c.number) >= 2 && currency_signed(c)) found = only;
    if (!found) return std::nullopt;
    return Outcome{Verdict::kContradicted, found,
                   "currency: official " + quote(offc[*found].text) + " (" + offc[*found].currency + "), source " +
                       quote(c.text) + " (" + c.currency + ")"};
  }

  // An official figure of c's value, cited by a term of one of c's types
  // (`types`), whose parties are c's the other way round ("Halvorsen will pay
  // Brightmoor ... $141 million" against "Brightmoor has agreed to pay
  // Halvorsen $141mn"): the same money told flowing backwards. For a payment
  // (flow_groups) one named side is enough ("Halcyra is paying Tessaro $65
  // million" against "Tessaro to pay $65 million"): its name stands on the
  // wrong side. Not when any official figure of the value has a party on the
  // side c gives it. A stake of 10% is no revenue share of 10% paid the other way.
  std::optional<Outcome> flows_backwards(const Claim& c) const {
    auto named_alike = [](const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && same_party(a, b); };
    auto both_named = [](const TermSlot& s) { return !s.subject.empty() && !s.object.empty(); };
    for (const std::string& type : figure_terms(cov_, c)) {
      const auto cp = figure_parties(cov_, c, type);
      if (!cp || (both_named(*cp) && same_party(cp->subject, cp->object))) continue;
      std::optional<uint32_t> backwards;
      std::optional<TermSlot> official;
      bool along = false;
      for (uint32_t j : off_figure_ids_) {
        const Claim& o = off_.claims()[j];
        if (o.kind != c.kind || !currency_compatible(c, o) || !same_number(o.number, c.number)) continue;
        const auto op = figure_parties(off_, o, type);
        if (!op) continue;
        if (named_alike(cp->subject, op->subject) || named_alike(cp->object, op->object)) along = true;
        const bool whole = both_named(*cp) && both_named(*op) && same_party(op->subject, cp->object) &&
                           same_party(op->object, cp->subject);
        const bool across = names_money_flow(type) &&
                            (named_alike(cp->subject, op->object) || named_alike(cp->object, op->subject));
        if (!backwards && (whole || across)) backwards = j, official = op;
      }
      if (along || !backwards) continue;
      auto flow = [](const TermSlot& s) {
        return " from " + (s.subject.empty() ? std::string("(unnamed)") : s.subject) + " to " +
               (s.object.empty() ? std::string("(unnamed)") : s.object);
      };
      return Outcome{Verdict::kContradicted, backwards,
                     figure_of(type) + " direction: official " + quote(off_.claims()[*backwards].text) + flow(*official) +
                         ", source " + quote(c.text) + flow(*cp)};
    }
    return std::nullopt;
  }

  // Whether the amounts beside two figures show them to be about two things:
  // each sentence holds a current amount (not a change, not an old level) of
  // the figure's measure, and those amounts are far apart in size and no slip
  // of each other. "Revenue rose 21% to $243.4 million" is a division's growth,
  // not a wrong "revenue rose 15% to $2.17 billion".
  // Returns the official amount beside o, or nullptr.
  const Claim* amounts_beside_differ(const Claim& c, const Claim& o) const {
    const std::string measure = norm_measure(str_attr(c.attrs, "measure"));
    if (measure.empty()) return nullptr;
    auto amounts = [&](const DocView& d, const Claim& x) {
      std::vector<const Claim*> out;
      for (const Claim* m : d.sentence_mates(x))
        if (m != &x && m->kind == ClaimKind::kMoney && norm_measure(str_attr(m->attrs, "measure")) == measure &&
            !is_change(d, *m) && !is_prior(d, *m))
          out.push_back(m);
      return out;
    };
    const auto mine = amounts(cov_, c), theirs = amounts(off_, o);
    if (mine.empty() || theirs.empty()) return nullptr;
    const bool differ = std::all_of(mine.begin(), mine.end(), [&](const Claim* m) {
      return std::all_of(theirs.begin(), theirs.end(), [&](const Claim* n) {
        return currency_compatible(*m, *n) && !within_ratio(m->number, n->number, opt_.context_ratio) &&
               !one_number_slipped(m->number, half_unit(*m), n->number);
      });
    });
    return differ ? theirs.front() : nullptr;
  }

  // Whether official figure j, a bound, is also given as the opposite bound
  // ("below US$11,000" and "at or above US$11,000"): a threshold between two
  // cases, which every level falls on one side of.
  bool official_threshold(uint32_t j) const {
    const auto& offc = off_.claims();
    const Approx want = off_facts_[j].approx == Approx::kLower ? Approx::kUpper : Approx::kLower;
    return std::any_of(off_figure_ids_.begin(), off_figure_ids_.end(), [&](uint32_t k) {
      return k != j && offc[k].kind == offc[j].kind && off_facts_[k].approx == want &&
             off_facts_[k].unit == off_facts_[j].unit && currency_compatible(offc[k], offc[j]) &&
             same_number(offc[k].number, offc[j].number);
    });
  }

  // "60% from private donors and 40% from the Métropole" against "60 per
  // cent by the Métropole ... and 40 per cent by private donors": two figures
  // of one source sentence that the official text also tells together, each
  // worded more like the other's official item (context_contradict, and
  // pair_swap_margin times its own). Both must point across, which a list of
  // two read by chance rarely does, so the margin is less than swap_margin's;
  // `a` and `b` are the official figures of c's value and of its mate's.
  std::optional<Outcome> told_swapped_pair(const Claim& c, const Claim& mate, uint32_t a, uint32_t b) {
    const auto& offc = off_.claims();
    if (offc[a].sentence != offc[b].sentence || same_number(offc[a].number, offc[b].number)) return std::nullopt;
    const Context& cc = cov_context_->of(static_cast<uint32_t>(&c - cov_.claims().data()));
    const Context& mc = cov_context_->of(static_cast<uint32_t>(&mate - cov_.claims().data()));
    const Context &oa = off_context_->of(a), &ob = off_context_->of(b);
    const double c_own = context_overlap(cc, oa, *rarity_), c_across = context_overlap(cc, ob, *rarity_);
    const double m_own = context_overlap(mc, ob, *rarity_), m_across = context_overlap(mc, oa, *rarity_);
    if (c_across < opt_.context_contradict || c_across < opt_.pair_swap_margin * c_own ||
        m_across < opt_.context_contradict || m_across < opt_.pair_swap_margin * m_own)
      return std::nullopt;
    return Outcome{Verdict::kContradicted, b,
                   "figures told swapped (" + shared_words(cc, ob, *rarity_) + "): official " + quote(offc[b].text) +
                       " and " + quote(offc[a].text) + ", source " + quote(c.text) + " and " + quote(mate.text) +
                       " the other way round"};
  }

  // Lines a figure up with official figures by the words around it, when no
  // measure word or term did (see CompareOptions::context_*). Official
  // figures another measure names, in another unit or currency, for other
  // parties or dated differently are not candidates. `cdates` and `cparties`
  // are c's sentence_dates (periods) and figure_parties.
  std::optional<Outcome> compare_by_context(const Claim& c, const std::set<std::string>& cdates,
                                            const std::optional<TermSlot>& cparties) {
    const auto& offc = off_.claims();
    build_contexts();
    const Context& cctx = cov_context_->of(static_cast<uint32_t>(&c - cov_.claims().data()));
    if (cctx.empty()) return std::nullopt;
    const std::string measure = str_attr(c.attrs, "measure"), unit = unit_of(cov_, c);
    // Strict about precision: with no measure word to go on, "20 percent" is
    // not a rounding of an official 18%.
    const double half = std::min(half_unit(c), 0.005 * std::fabs(c.number));
    double agree_score = 0;
    std::optional<uint32_t> agree;
    std::set<int32_t> agree_sentences;  // the official sentences that give c's value
    std::map<double, std::pair<double, uint32_t>> differing;  // official value -> best overlap, claim
    std::map<double, std::pair<double, uint32_t>> slipped;    // the same, for values c's digits slip from
    const bool cchange = is_change(cov_, c), cprior = is_prior(cov_, c);
    // A differing official value that the source's sentence also gives is that
    // figure's, not this one told wrong ("from $399 to Singapore and $249 to
    // Auckland" against the official's A$399 and A$249), as for dates.
    std::vector<const Claim*> beside;
    for (const Claim* m : cov_.sentence_mates(c))
      if (m != &c && m->kind == c.kind) beside.push_back(m);
    std::optional<uint32_t> beside_official;  // the official figure of the value told beside c (one only)
    // A bound ("capped at 15%") holds any official value within it, but where
    // the official text gives a bound of its own, as closely worded and other
    // than the source's ("capped at 10%" beside "0.5% per week"), that is the
    // one the source tells.
    const Approx csource_bound = approx_of(c);
    const bool bounded = is_bound(csource_bound);
    bool agree_within_bound = false;
    double rival_bound_score = 0;
    std::optional<uint32_t> rival_bound;  // the official bound of c's kind its words share most
    for (uint32_t j : off_figure_ids_) {
      const Claim& o = offc[j];
      const OfficialFacts& f = off_facts_[j];
      if (o.kind != c.kind || !currency_compatible(c, o) || f.unit != unit) continue;
      // Another measure word names another quantity, unless the digits swap:
      // "notes priced at 10.58%" against the notes' "coupon of 10.85%".
      const bool other_measure = !measure.empty() && !f.measure.empty() && f.measure != measure;
      if (other_measure && digit_slip(c.number, o.number) != DigitSlip::kTransposed) continue;
      if (dated_apart(cdates, f.dates) || history(cdates, f.dates)) continue;
      if (f.change != cchange || f.prior != cprior) continue;  // a change or an old level against a level
      const double score = context_overlap(cctx, off_context_->of(j), *rarity_);
      // Parties told otherwise make another figure, but not one of c's value:
      // the same value in like words is c's, its parties perhaps misread ("X
      // and Y sign a licence" read as Y's, "X has signed a licence with Y" as X's).
      const bool value_agrees = threshold_agrees(c.number, half, approx_of(c), o.number, f.half, f.approx, opt_);
      if (!value_agrees && !parties_agree(cparties, f.parties, false)) continue;
      if (value_agrees) {
        agree_sentences.insert(o.sentence);
        if (score > agree_score) agree_score = score, agree = j, agree_within_bound = f.approx != csource_bound;
        continue;
      }
      if (std::any_of(beside.begin(), beside.end(), [&](const Claim* m) { return same_number(m->number, o.number); })) {
        if (beside.size() == 1 && !beside_official) beside_official = j;
        continue;
      }
      if (bounded && f.approx == csource_bound && score > rival_bound_score) rival_bound_score = score, rival_bound = j;
      if (digit_slip(c.number, o.number) != DigitSlip::kNone) {
        auto [it, fresh] = slipped.try_emplace(o.number, score, j);
        if (!fresh && score > it->second.first) it->second = {score, j};
      }
      if (other_measure || !within_ratio(c.number, o.number, opt_.context_ratio)) continue;
      // A level the official floor or ceiling allows ("spot is around US$1,300"
      // against "a floor of US$950") may be what the bound lets happen: no
      // contradiction, unless its digits slip from the bound's (above).
      if (!bounded && is_bound(f.approx) &&
          ((f.approx == Approx::kLower ? c.number >= o.number : c.number <= o.number) || official_threshold(j)))
        continue;
      auto [it, fresh] = differing.try_emplace(o.number, score, j);
      if (!fresh && score > it->second.first) it->second = {score, j};
    }
    if (agree && bounded && agree_within_bound && rival_bound_score >= agree_score) {
      // "a minimum of 4%" where the official sentence gives a floor of 1% and
      // a cap of 4%: the source's floor is the official floor told wrong (or
      // the cap told as a floor); far apart as 1 and 4 are, they are one bound.
      if (rival_bound_score >= opt_.figure_contradict && offc[*rival_bound].sentence == offc[*agree].sentence)
        return Outcome{Verdict::kContradicted, rival_bound,
                       "figure by its context (" + shared_words(cctx, off_context_->of(*rival_bound), *rarity_) +
                           "): official " + describe_bound(csource_bound) + " " + quote(offc[*rival_bound].text) +
                           " beside " + describe_bound(off_facts_[*agree].approx) + " " + quote(offc[*agree].text) +
                           ", source " + describe_bound(csource_bound) + " " + quote(c.text)};
      agree.reset(), agree_score = 0;
    }
    // The best differing value, and how far ahead of the next one it is.
    auto [conflict, best, runner_up] = best_differing(differing);
    auto words = [&](uint32_t j) {
      return "figure by its context (" + shared_words(cctx, off_context_->of(j), *rarity_) + ")";
    };
    // The official sentence that holds the best differing value also gives c's
    // value ("A$399 for Adelaide-Singapore and A$249 for Hobart-Auckland"):
    // words cannot tell which item of that list c is, so c may well be right.
    const bool listed_with_conflict = agree && conflict && offc[*agree].sentence == offc[*conflict].sentence;
    const bool conflict_leads = conflict && !listed_with_conflict && best >= opt_.figure_contradict &&
                                best >= opt_.context_margin * runner_up;
    // A value the official text gives for another item, where the words point
    // far more to this item's own value (context_contradict, and swap_margin
    // times the overlap with the value's own item), is the two told swapped
    // ("the RM4.26 billion second phase" where the first phase is RM4.26
    // billion and the second RM2.6 billion). Not in a list of such values,
    // whose words the phrases split less surely ("steel 25 percent,
    // aluminium 12.5 percent and battery packs 20 percent"), nor where the
    // official text gives c's value in two sentences or more: an item it
    // repeats is one the source may well mean ("committing A$24 million over
    // five years" beside a headline's A$43 million centre).
    if (conflict_leads && agree && beside.empty() && agree_sentences.size() < 2 && best >= opt_.context_contradict &&
        best >= opt_.swap_margin * agree_score)
      return Outcome{Verdict::kContradicted, conflict,
                     words(*conflict) + ": official " + quote(offc[*conflict].text) + ", source " + quote(c.text) +
                         "; the official " + quote(offc[*agree].text) + " is another item's"};
    if (agree && beside_official)
      if (auto o = told_swapped_pair(c, *beside.front(), *agree, *beside_official)) return *o;
    if (agree && agree_score >= opt_.context_support)
      return Outcome{Verdict::kSupported, agree, words(*agree) + ": official " + quote(offc[*agree].text) + ", source " + quote(c.text)};
    if (conflict_leads && agree_score < opt_.context_support / 2)
      return Outcome{Verdict::kContradicted, conflict,
                     words(*conflict) + ": official " + quote(offc[*conflict].text) + ", source " + quote(c.text)};
    // A value whose digits slip from one official value's ($684 million for
    // $648 million, $5.95 billion for $595 million) is that figure mistyped,
    // on far less shared context: chance rarely lines digits up so. Not when
    // the official text gives the value itself (£42 million beside its tenth,
    // £4.2 million), nor a power of ten off for a figure the source rounds
    // ("about 15%" is no 1.5% mistyped; "about $684 million" may be $648 million).
    auto [slip, slip_best, slip_runner_up] = best_differing(slipped);
    const DigitSlip slip_kind = slip ? digit_slip(c.number, offc[*slip].number) : DigitSlip::kNone;
    const bool rounded_scale = approx_of(c) == Approx::kApprox && slip_kind == DigitSlip::kScaled;
    // Percentages live between 0 and 100, so one being another's tenth is
    // common chance ("shares rose 6.2%" beside "own 62% of the shares"), where
    // sums of money span many powers of ten: that takes the words of a match.
    const double slip_needed =
        c.kind == ClaimKind::kPercent && slip_kind == DigitSlip::kScaled ? opt_.context_support : opt_.slip_overlap;
    if (slip && !rounded_scale && !official_gives(c) && slip_best >= slip_needed &&
        slip_best >= opt_.context_margin * slip_runner_up &&
        (agree_score < opt_.context_support / 2 || slip_best >= opt_.context_margin * agree_score))
      return Outcome{Verdict::kContradicted, slip,
                     words(*slip) + ", " + to_string(slip_kind) + ": official " + quote(offc[*slip].text) +
                         ", source " + quote(c.text)};
    return std::nullopt;
  }

  // Lines a date up with official dates by the words around it ("the duties
  // kick in on June 1" against "the tariffs take effect on July 1"), when no
  // term bounds it and it is not the announcement's: supported as figures are,
  // contradicted at date_contradict; two dates more than date_gap_days apart
  // are not one event told two ways. Dates of the announcement itself and
  // *_REF are no candidates.
  // The other end of c's range in its sentence: for an end ("until March
  // 2043") the nearest start before it, for a start the nearest end after it.
  // Null when c bounds no range.
  // An end may also follow a date that bounds nothing, close before it in
  // its clause ("takes effect on April 1 and runs until March 31, 2047"):
  // that date starts the range.
  static const Claim* range_partner(const DocView& d, const Claim& c) {
    const std::string group = bound_group(str_attr(c.attrs, "bound"));
    if (group != "start" && group != "end") return nullptr;
    const Claim* partner = nullptr;
    const Claim* unbounded_before = nullptr;
    for (const Claim* m : d.sentence_mates(c)) {
      if (m == &c || m->kind != ClaimKind::kDate) continue;
      const std::string g = bound_group(str_attr(m->attrs, "bound"));
      if (group == "end" && g == "start" && m->span.end <= c.span.start) partner = m;
      if (group == "start" && g == "end" && m->span.start >= c.span.end) return m;
      if (group == "end" && m->span.end <= c.span.start) unbounded_before = (g.empty() || g == "at") ? m : nullptr;
    }
    if (!partner && unbounded_before && c.span.start - unbounded_before->span.end <= 40) {
      const std::string_view between =
          d.doc.bytes.substr(unbounded_before->span.end, c.span.start - unbounded_before->span.end);
      if (between.find_first_of(",;:()") == std::string_view::npos) partner = unbounded_before;
    }
    return partner;
  }

  // "will close from April next year until March 2043" against "will close
  // from 1 April 2041 to 31 March 2044": one end of a range whose other end
  // lines up with an end of an official range (the official day falls within
  // it) is held to that official range's same end, whatever words either
  // shares. Where several official ranges share that end, all must differ
  // for a contradiction; one that agrees supports.
  std::optional<Outcome> compare_range_end(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    const Claim* partner = range_partner(cov_, c);
    // A fiscal year ("from fiscal 2029") may start a year before its value.
    if (!partner || fiscal_year(c) || fiscal_year(*partner)) return std::nullopt;
    const Timex ct = parse_timex(c.value), pt = parse_timex(partner->value);
    if (!ct.days || !pt.days) return std::nullopt;
    const auto& offc = off_.claims();
    std::optional<uint32_t> agree, conflict;
    // A partner that bounds nothing is taken for a start only where it names
    // the official start's day or month, not a year that holds it.
    const std::string partner_group = bound_group(str_attr(partner->attrs, "bound"));
    const bool partner_bounds = !partner_group.empty() && partner_group != "at";
    for (const auto& [j, days] : off_event_dates_) {
      if (days.first < pt.days->first || days.second > pt.days->second) continue;
      if (!partner_bounds && pt.days->second - pt.days->first > 31) continue;
      const Claim* counterpart = range_partner(off_, offc[j]);
      // The official range's end of c's kind: j must be the other kind (the partner's), its partner c's.
      if (!counterpart || bound_group(str_attr(offc[j].attrs, "bound")) == bound_group(str_attr(c.attrs, "bound")))
        continue;
      const Timex ot = parse_timex(counterpart->value);
      if (!ot.days) continue;
      const uint32_t k = static_cast<uint32_t>(counterpart - offc.data());
      if (ot.days->first >= ct.days->first && ot.days->second <= ct.days->second) {
        agree = k;
        break;
      }
      if (ot.days->second < ct.days->first || ot.days->first > ct.days->second) {
        if (!conflict) conflict = k;
      } else {
        return std::nullopt;  // overlapping, neither within the other: no verdict
      }
    }
    const std::string side = bound_group(str_attr(c.attrs, "bound")) == "end" ? "range end" : "range start";
    auto says = [&](uint32_t k) {
      return side + " (the other end, " + quote(partner->text) + ", lines up): official " + quote(offc[k].text) +
             " = " + offc[k].value + ", source " + quote(c.text) + " = " + c.value;
    };
    if (agree) return Outcome{Verdict::kSupported, agree, says(*agree)};
    if (conflict) return Outcome{Verdict::kContradicted, conflict, says(*conflict)};
    return std::nullopt;
  }

  std::optional<Outcome> compare_date_by_context(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    const Timex ct = parse_timex(c.value);
    if (!ct.days || c.value == announcement_value_) return std::nullopt;
    const auto& offc = off_.claims();
    build_contexts();
    const Context& cctx = cov_context_->of(i);
    if (cctx.empty()) return std::nullopt;
    double agree_score = 0;
    std::optional<uint32_t> agree;
    std::map<std::pair<long, long>, std::pair<double, uint32_t>> differing;  // official days -> best overlap, claim
    const bool source_day = ct.days->first == ct.days->second;
    // The day the source was published is the telling's ("HARBOURVIEW, April 13
    // -", "the authority said on Tuesday"), not an event's.
    if (source_day && cov_.doc.published && ct.days->first == days_from_civil(*cov_.doc.published)) return std::nullopt;
    // An official date the source's sentence also gives is that other date's
    // event, not this one told wrong ("the outside date is December 15, 2028,
    // but it rolls forward to June 15, 2029": June 15 is no December 15).
    std::vector<std::pair<long, long>> told_beside;
    for (const Claim* m : cov_.sentence_mates(c))
      if (m != &c && m->kind == ClaimKind::kDate)
        if (const auto d = parse_timex(m->value).days) told_beside.push_back(*d);
    // A fiscal year ("fiscal 2029", "FY33", "2028-29") is valued at the year it
    // ends, but may start up to a year before: an official date in that year
    // before is neither in it nor surely out of it.
    const bool fiscal = ct.days->second - ct.days->first >= 360 && fiscal_year(c);
    const bool period_end = str_attr(c.attrs, "mod") == "END" || follows_word(cov_, c, kEndOf);
    // A date over before the source was published, against an official one
    // still to come when the official was: background ("a report last year
    // found ...") beside the plan, not the plan's date told wrong.
    const bool source_past = cov_.doc.published && ct.days->second < days_from_civil(*cov_.doc.published);
    const long official_now = off_.doc.published ? days_from_civil(*off_.doc.published) : LONG_MAX;
    for (const auto& [j, official_days] : off_event_dates_) {
      // "issuance since 2027" runs to the official's day: 2030 is within it.
      auto days = official_days;
      // "by the end of 2034" is the day a source's "by year-end" names.
      if (source_day && ct.days->first == days.second &&
          (str_attr(offc[j].attrs, "mod") == "END" || follows_word(off_, offc[j], kEndOf)))
        days.first = days.second;
      if (str_attr(offc[j].attrs, "bound") == "since" && official_now != LONG_MAX)
        days.second = std::max(days.second, official_now);
      const long gap = std::max(ct.days->first, days.first) - std::min(ct.days->second, days.second);
      if (gap > opt_.date_gap_days) continue;
      if (source_past && days.first > official_now) continue;
      if (fiscal && days.second < ct.days->first && days.first >= ct.days->first - 366) continue;
      if (gap > 0 && std::find(told_beside.begin(), told_beside.end(), days) != told_beside.end()) continue;
      // A day against a year or more is no event told two ways ("said on
      // Thursday" beside "projections for 2028"), nor a quarter or half against
      // a day (a reporting period beside the day of a report).
      if (source_day && days.second - days.first >= 360) continue;
      // Not when the source names the period's end and the day is its last
      // ("by the end of the first quarter of 2031" for "by 31 March 2031").
      const long source_len = ct.days->second - ct.days->first + 1;
      if (source_len >= 80 && source_len <= 190 && days.first == days.second &&
          !(period_end && days.first == ct.days->second))
        continue;
      const double score = context_overlap(cctx, off_context_->of(j), *rarity_);
      if (gap <= 0) {
        // Only an official date as precise as the source's confirms it: "2027" says nothing of "Thursday".
        if (days.first >= ct.days->first && days.second <= ct.days->second && score > agree_score)
          agree_score = score, agree = j;
        continue;
      }
      // The official's own publication day, where it dates the signing or the
      // announcement ("today signed"), confirms a source's telling of it but
      // is no event a differing date tells wrong: the words around it are the
      // whole deal's. A day something else happens ("consultation opens
      // today") still is.
      if (offc[j].value == published_value_ &&
          (near_announcement(off_, offc[j], opt_.signing_cues) || near_announcement(off_, offc[j], opt_.announce_cues)))
        continue;
      auto [it, fresh] = differing.try_emplace(days, score, j);
      if (!fresh && score > it->second.first) it->second = {score, j};
    }
    auto [conflict, best, runner_up] = best_differing(differing);
    auto lined_up = [&](Verdict verdict, uint32_t j) {
      return Outcome{verdict, j,
                     "date by its context (" + shared_words(cctx, off_context_->of(j), *rarity_) + "): official " +
                         quote(offc[j].text) + " = " + offc[j].value + ", source " + quote(c.text) + " = " + c.value};
    };
    if (agree && agree_score >= opt_.context_support) return lined_up(Verdict::kSupported, *agree);
    // The official text gives this very date for something: the source's date is
    // likely that one, told in words the official used for another event
    // ("proposals must be submitted by Sept. 30" against "bids are due by 30
    // September", beside "the request for proposals ... on 10 May").
    const bool official_gives_date = std::any_of(off_event_dates_.begin(), off_event_dates_.end(),
                                                 [&](const auto& od) { return od.second == *ct.days; });
    // A day that slips one digit from an official day of the same month ("March 19"
    // for "March 29"), or a year from one of the same month ("April next year"
    // for "1 April 2038"), is evidence the two are one event: it needs less
    // overlap. (Not enough to prefer it over a date whose words lead: a
    // relative date misread by the extractor slips as often as a reporter.)
    auto slips = [&](std::pair<long, long> days) { return day_slip(*ct.days, days) || year_slip(*ct.days, days); };
    const double needed = conflict && off_facts_[*conflict].timex.days && slips(*off_facts_[*conflict].timex.days)
                              ? opt_.date_slip_contradict
                              : opt_.date_contradict;
    if (conflict && !official_gives_date && best >= needed &&
        best >= opt_.context_margin * runner_up && agree_score < opt_.context_support / 2)
      return lined_up(Verdict::kContradicted, *conflict);
    // Two official dates lined up about as well, one of which the source's
    // slips from ("this October" for "October 1, 2044", beside "December 31,
    // 2045"): the slip tells which, where its own words would have been enough.
    if (conflict && !official_gives_date && agree_score < opt_.context_support / 2 && best < opt_.context_margin * runner_up) {
      std::optional<uint32_t> slipped;
      size_t slipping = 0;
      for (const auto& [days, scored] : differing)
        if (slips(days) && scored.first >= opt_.date_contradict) ++slipping, slipped = scored.second;
      if (slipping == 1) return lined_up(Verdict::kContradicted, *slipped);
    }
    return std::nullopt;
  }

  bool family_measure(const std::string& measure) const {
    return std::find(opt_.family_measures.begin(), opt_.family_measures.end(), measure) != opt_.family_measures.end();
  }
  // Whether coverage claim c's context and official claim j's share a word.
  bool shares_words(const Claim& c, uint32_t j) {
    build_contexts();
    const uint32_t i = static_cast<uint32_t>(&c - cov_.claims().data());
    return context_overlap(cov_context_->of(i), off_context_->of(j), *rarity_) > 0;
  }

  // ---- lengths of time

  // Lines a length ("a seven-year licence", "within 60 days") up with official
  // lengths by the words around it, as compare_date_by_context does dates: the
  // same length with overlap context_support supports it; one that cannot be
  // true with it (relate(): kDiffers), less than length_ratio apart,
  // contradicts it at length_contradict when it leads every other official
  // length by context_margin. Not when the source's sentence also gives that
  // official length (it is that other length's). When the official text gives
  // the source's length for something else, the source's words must point
  // away from that one (overlap under context_support / 2 with it): "the
  // decision is valid for five years" is no telling of "research over five
  // years" beside "the decision is valid for three years".
  Outcome compare_length(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    const auto cl = length_of(c.attrs);
    if (!cl) return {Verdict::kUnverified, std::nullopt, "length " + quote(c.text) + " not read"};
    const auto& offc = off_.claims();
    if (auto whole = against_agreement_length(c, *cl)) return *whole;
    build_contexts();
    const Context& cctx = cov_context_->of(i);
    std::vector<Length> told_beside;
    std::vector<uint32_t> told_again;  // sentence mates giving this very length
    for (const Claim* m : cov_.sentence_mates(c))
      if (m != &c && is_length(*m))
        if (auto l = length_of(m->attrs)) {
          told_beside.push_back(*l);
          if (relate(*l, *cl) == LengthRelation::kSame) told_again.push_back(static_cast<uint32_t>(m - cov_.claims().data()));
        }
    double agree_score = 0;
    std::optional<uint32_t> agree;
    std::map<std::pair<double, double>, std::pair<double, uint32_t>> differing;  // official length -> best overlap, claim
    const bool source_prior = is_prior(cov_, c);
    for (uint32_t j : off_lengths_) {
      const Length& ol = *off_facts_[j].length;
      // An old level only with an old level ("reduced from 37 hours to 36 hours").
      if (off_facts_[j].prior != source_prior) continue;
      const LengthRelation rel = relate(*cl, ol);
      const double score = cctx.empty() ? 0 : context_overlap(cctx, off_context_->of(j), *rarity_);
      if (rel == LengthRelation::kSame) {
        if (score > agree_score || !agree) agree_score = score, agree = j;
        continue;
      }
      if (rel != LengthRelation::kDiffers) continue;
      // "an eleven-month negotiation" is no wrong "30-year concession".
      if (std::max(cl->high, ol.high) > opt_.length_ratio * std::min(cl->high, ol.high)) continue;
      if (std::any_of(told_beside.begin(), told_beside.end(),
                      [&](const Length& b) { return relate(b, ol) == LengthRelation::kSame; }))
        continue;
      auto [it, fresh] = differing.try_emplace(std::make_pair(ol.low, ol.high), score, j);
      if (!fresh && score > it->second.first) it->second = {score, j};
    }
    auto words = [&](uint32_t j) {
      return "length by its context (" + shared_words(cctx, off_context_->of(j), *rarity_) + ")";
    };
    auto says = [&](uint32_t j) {
      return ": official " + quote(offc[j].text) + " = " + describe_period(str_attr(offc[j].attrs, "period")) +
             ", source " + quote(c.text) + " = " + describe_period(str_attr(c.attrs, "period"));
    };
    // A length the sentence tells twice ("on six months' notice, paying a fee
    // of six months' funding") against an official one told once: the
    // official length is the mention whose words it shares more, and the
    // other mention is free to be told wrong.
    if (agree && std::any_of(told_again.begin(), told_again.end(), [&](uint32_t m) {
          return context_overlap(cov_context_->of(m), off_context_->of(*agree), *rarity_) > agree_score;
        }))
      agree.reset(), agree_score = 0;
    auto [conflict, best, runner_up] = best_differing(differing);
    // One official sentence giving both ("an initial period of five years,
    // renewing for further periods of three years"): its words around each
    // length decide which the source's is ("further five-year periods").
    if (agree && conflict && offc[*agree].sentence == offc[*conflict].sentence && best >= opt_.length_contradict &&
        best >= opt_.context_margin * agree_score && best >= opt_.context_margin * runner_up)
      return {Verdict::kContradicted, conflict, words(*conflict) + says(*conflict)};
    if (agree && agree_score >= opt_.context_support) return {Verdict::kSupported, agree, words(*agree) + says(*agree)};
    if (conflict && best >= opt_.length_contradict &&
        best >= opt_.context_margin * runner_up && agree_score < opt_.context_support / 2)
      return {Verdict::kContradicted, conflict, words(*conflict) + says(*conflict)};
    if (off_lengths_.empty())
      return {Verdict::kUnverified, std::nullopt, "the official document states no length of time"};
    return {Verdict::kUnverified, std::nullopt, "no official length lines up with " + quote(c.text)};
  }

  // A whole agreement's length (agreement_length) against the official
  // agreement's: supported by an equal one; contradicted when the official
  // text gives the agreement one length, and it cannot be the source's ("a
  // five-year deal" for "a seven-year supply agreement").
  std::optional<Outcome> against_agreement_length(const Claim& c, const Length& cl) {
    if (off_agreement_lengths_.empty() || !agreement_length(cov_, c)) return std::nullopt;
    const auto& offc = off_.claims();
    std::set<std::pair<double, double>> told;
    std::optional<uint32_t> differs;
    for (uint32_t j : off_agreement_lengths_) {
      const Length& ol = *off_facts_[j].length;
      told.emplace(ol.low, ol.high);
      const LengthRelation rel = relate(cl, ol);
      if (rel == LengthRelation::kSame)
        return Outcome{Verdict::kSupported, j, "the agreement's length: official " + quote(offc[j].text) + ", source " + quote(c.text)};
      if (rel == LengthRelation::kDiffers && !differs) differs = j;
    }
    if (told.size() != 1 || !differs) return std::nullopt;
    return Outcome{Verdict::kContradicted, differs,
                   "the agreement's length: official " + quote(offc[*differs].text) + " = " +
                       describe_period(str_attr(offc[*differs].attrs, "period")) + ", source " + quote(c.text) + " = " +
                       describe_period(str_attr(c.attrs, "period"))};
  }

  // ---- counts of things

  // The stems of the words that say what a count counts (attrs.words), through
  // the context lexicon: stopwords dropped, synonyms joined ("planes" ->
  // "aircraft"), sorted.
  std::vector<std::string> counted_stems(const Claim& c) const {
    std::vector<std::string> out;
    if (auto it = c.attrs.find("words"); it != c.attrs.end() && it->is_array())
      for (const auto& w : *it)
        if (w.is_string())
          if (std::string st = opt_.context.stem(w.get<std::string>()); !st.empty()) out.push_back(std::move(st));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
  // Whether official counted stems `official` name other things than the
  // source's `source` by a contrast_modifiers word: one of a group in the
  // source's, another of it in the official's and the source's own not
  // ("38,600 passenger bookings" against "38,600 freight bookings").
  bool counts_other_things(const std::vector<std::string>& source, const std::vector<std::string>& official) const {
    auto has = [](const std::vector<std::string>& v, const std::string& w) { return std::binary_search(v.begin(), v.end(), w); };
    for (const auto& group : opt_.contrast_modifiers)
      for (const auto& a : group) {
        if (a.empty() || !has(source, a) || has(official, a)) continue;
        for (const auto& b : group)
          if (b != a && !b.empty() && has(official, b)) return true;
      }
    return false;
  }
  static bool share_a_stem(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
      if (*i == *j) return true;
      *i < *j ? ++i : ++j;
    }
    return false;
  }
  static double amount_of(const Claim& c) {
    auto it = c.attrs.find("amount");
    return it != c.attrs.end() && it->is_number() ? it->get<double>() : 0;
  }
  // "over 40,000 agents" allows 42,000; relate() reads it with no slack.
  static Length count_magnitude(const Claim& c) { return hedged_magnitude(amount_of(c), str_attr(c.attrs, "approx")); }

  // Lines a count up with the official counts of something its words name too
  // ("16 older planes" and "18 aircraft", through the context synonyms): an
  // equal amount supports it, one its hedge allows ("over 40,000" against
  // 42,000) is neither; one that cannot be true with it contradicts it when
  // its digits slip from the official amount's (42,000 agents told as 24,000)
  // or the words around the two share context_contradict, it leads every other
  // amount by context_margin, and the official text gives the source's amount
  // for none of the same things. Amounts further apart than context_ratio are
  // taken for two things.
  Outcome compare_count(uint32_t i) {
    const Claim& c = cov_.claims()[i];
    // "won against four other bidders": the rest of a whole, the subject one
    // more, so against an official total it counts five.
    const bool rest_of_whole = str_attr(c.attrs, "part") == "other";
    const bool source_prior = is_prior(cov_, c);
    const std::vector<std::string> stems = counted_stems(c);
    const auto& offc = off_.claims();
    build_contexts();
    const Context& cctx = cov_context_->of(i);
    std::vector<double> told_beside;
    for (const Claim* m : cov_.sentence_mates(c))
      if (m != &c && is_count(*m)) told_beside.push_back(amount_of(*m));
    std::optional<uint32_t> agree;
    std::optional<uint32_t> other_things;  // the source's amount, officially of things set apart from the source's
    bool official_gives_amount = false;
    bool official_bounds_amount = false;  // an official bound at the source's amount ("up to 12 million")
    std::map<double, std::pair<double, uint32_t>> differing, slipped;  // official amount -> best overlap, claim
    std::vector<uint32_t> same_thing;  // official counts of exactly the source's things
    // Official bounds of these things in the source's direction ("at least 30
    // matches" for "at least 40 matches") and at its amount the other way
    // round ("up to 40 seats" for "at least 40 seats").
    const Approx cbound = approx_of(c);
    const bool bounded = is_bound(cbound);
    std::vector<uint32_t> same_bound, reversed_bound;
    bool tier_edge = false;  // the official text also gives c's amount exactly or in c's direction
    for (uint32_t j : off_counts_) {
      if (!share_a_stem(stems, off_facts_[j].counted)) continue;
      // Bounds of the same part of a whole compare too ("up to six other public
      // bodies" against "up to four other public bodies").
      const bool like_part = set_apart(offc[j]) == set_apart(c);
      if (bounded && like_part && off_facts_[j].prior == source_prior) {
        const Approx ob = approx_of(offc[j]);
        if (ob == cbound && !same_number(amount_of(offc[j]), amount_of(c)) &&
            within_ratio(amount_of(c), amount_of(offc[j]), opt_.context_ratio))
          same_bound.push_back(j);
        if (is_bound(ob) && ob != cbound && same_number(amount_of(offc[j]), amount_of(c)))
          reversed_bound.push_back(j);
        // "0 to 6 kl" beside "more than 6 kl up to 15 kl": the amount is where
        // two tiers meet, told both ways, so neither way is turned around.
        if (ob != Approx::kApprox && (!is_bound(ob) || ob == cbound) && same_number(amount_of(offc[j]), amount_of(c)))
          tier_edge = true;
      }
      if (!stems.empty() && off_facts_[j].counted == stems) same_thing.push_back(j);
      const double oa = amount_of(offc[j]);
      // A part of a whole, or a count per item, agrees only with its like.
      if (!set_apart(offc[j]).empty() && !like_part) continue;
      // An old level only with an old level ("from five flights a week to daily").
      if (off_facts_[j].prior != source_prior) continue;
      const double amount = amount_of(c) + (rest_of_whole && set_apart(offc[j]).empty() ? 1 : 0);
      const Length magnitude = hedged_magnitude(amount, str_attr(c.attrs, "approx"));
      // The words both say they count weigh as context too ("older aircraft").
      double score = cctx.empty() ? 0 : context_overlap(cctx, off_context_->of(j), *rarity_);
      for (const auto& stem : stems)
        if (std::binary_search(off_facts_[j].counted.begin(), off_facts_[j].counted.end(), stem)) score += rarity_->of(stem);
      const LengthRelation rel = relate(magnitude, count_magnitude(offc[j]), 0);
      if (rel == LengthRelation::kSame && counts_other_things(stems, off_facts_[j].counted)) {
        if (!other_things) other_things = j;
        continue;
      }
      if (rel == LengthRelation::kSame) {
        official_gives_amount = true;
        if (!agree) agree = j;
        continue;
      }
      if (rel == LengthRelation::kFits) {
        // "up to 12 million doses" gives the source's 12 million: no other
        // official count is its slip.
        if (same_number(oa, amount)) official_bounds_amount = true;
        continue;
      }
      if (std::any_of(told_beside.begin(), told_beside.end(), [&](double v) { return same_number(v, oa); })) continue;
      // Another amount of things set apart is no miscount: "30 hydrogen units" against "31 older diesel units".
      if (counts_other_things(stems, off_facts_[j].counted)) continue;
      auto& into = digit_slip(amount, oa) != DigitSlip::kNone ? slipped : differing;
      if (&into == &differing && !within_ratio(amount, oa, opt_.context_ratio)) continue;
      auto [it, fresh] = into.try_emplace(oa, score, j);
      if (!fresh && score > it->second.first) it->second = {score, j};
    }
    auto says = [&](uint32_t j) {
      std::string s = "count of " + quote(offc[j].text) + ": official " + quote(offc[j].text) + ", source " + quote(c.text);
      if (rest_of_whole && set_apart(offc[j]).empty()) s += " (" + std::to_string(static_cast<long long>(amount_of(c)) + 1) + " with the one they are others to)";
      return s;
    };
    if (agree) return {Verdict::kSupported, agree, says(*agree)};
    if (other_things)
      return {Verdict::kContradicted, other_things, says(*other_things) + ": the same number, of other things"};
    if (bounded && !official_gives_amount) {  // same_bound and reversed_bound hold counts of c's part only
      if (reversed_bound.size() == 1 && !tier_edge)
        return {Verdict::kContradicted, reversed_bound[0],
                says(reversed_bound[0]) + ", bound turned around: official " +
                    describe_bound(approx_of(offc[reversed_bound[0]])) + ", source " + describe_bound(cbound)};
      // Of several such bounds, the one of exactly the source's things ("at
      // least 12 electric refuse collection vehicles" beside "at least 42
      // collection vehicles").
      std::vector<uint32_t> same_bound_things;
      for (uint32_t j : same_bound)
        if (std::find(same_thing.begin(), same_thing.end(), j) != same_thing.end()) same_bound_things.push_back(j);
      if (same_bound.size() > 1 && same_bound_things.size() == 1) same_bound = same_bound_things;
      if (same_bound.size() == 1 && reversed_bound.empty())
        return {Verdict::kContradicted, same_bound[0],
                says(same_bound[0]) + ", the only official " + describe_bound(cbound) + " of them"};
    }
    if (!official_gives_amount && (set_apart(c).empty() || rest_of_whole)) {
      auto [slip, slip_best, slip_runner_up] = best_differing(slipped);
      if (slip && !official_bounds_amount && slip_best >= opt_.context_margin * slip_runner_up)
        return {Verdict::kContradicted, slip, says(*slip) + " (" + to_string(digit_slip(amount_of(c), amount_of(offc[*slip]))) + ")"};
      auto [conflict, best, runner_up] = best_differing(differing);
      if (conflict && best >= opt_.context_contradict && best >= opt_.context_margin * runner_up)
        return {Verdict::kContradicted, conflict, says(*conflict) + ", by its context (" +
                                                      shared_words(cctx, off_context_->of(*conflict), *rarity_) + ")"};
      // The rest of a whole whose official total differs, where the official
      // text counts these things once: "won against four other bidders" and
      // "three bids" were received. Other bare counts may be parts of it.
      if (rest_of_whole && same_thing.size() == 1 && differing.size() == 1 && differing.begin()->second.second == same_thing[0])
        return {Verdict::kContradicted, same_thing[0], says(same_thing[0]) + ", the only official count of them"};
    }
    return {Verdict::kUnverified, std::nullopt, "no official count of what " + quote(c.text) + " counts lines up"};
  }

  // A count of part of a whole ("two other bidders", "six of the eleven
  // sites") or per item ("12 satellites each", quantity extractor attrs.part):
  // not one count told two ways with another count of its document.
  static bool partial_count(const Claim& c) { return !str_attr(c.attrs, "part").empty(); }
  // The part a count is set apart as, against an official count of the same
  // things: "other" or "each". A part named by its whole ("six of the eleven
  // sites", part "of") is a plain count of what it names: six sites.
  static std::string set_apart(const Claim& c) {
    std::string part = str_attr(c.attrs, "part");
    return part == "of" ? std::string() : part;
  }

  // The official candidate with the best overlap among differing values, its
  // score, and the best score of any other value.
  template <typename Key>
  static std::tuple<std::optional<uint32_t>, double, double> best_differing(
      const std::map<Key, std::pair<double, uint32_t>>& differing) {
    double best = 0, runner_up = 0;
    std::optional<uint32_t> conflict;
    for (const auto& [value, hit] : differing) {
      if (hit.first > best) runner_up = best, best = hit.first, conflict = hit.second;
      else runner_up = std::max(runner_up, hit.first);
    }
    return {conflict, best, runner_up};
  }
  // The three words two contexts share that weigh most, for a reason.
  static std::string shared_words(const Context& a, const Context& b, const StemRarity& rarity) {
    std::vector<std::string> shared;
    context_overlap(a, b, rarity, &shared);
    std::string out;
    for (size_t k = 0; k < shared.size() && k < 3; ++k) out += (k ? ", " : "") + shared[k];
    return out;
  }

  // ---- the document against itself

  // Claims that could contradict one another share a kind and, for terms, a
  // type; only those are paired. A cap on partners per claim keeps a document
  // of thousands of like claims (a table of prices) from costing n squared.
  // What conflict_within compares is computed once per claim (PairFacts), so
  // a partner costs a few integer comparisons; and a run of partners holding
  // the claim's own value and state (which can never contradict it) is
  // stepped over at once, so a document of 100,000 like claims costs a
  // constant per claim. Verdicts are those of trying every partner in turn.
  static constexpr size_t kMaxInternalPartners = 256;

  static std::string internal_bucket(const Claim& c) {
    return std::string(to_string(c.kind)) + '\x1f' + (c.kind == ClaimKind::kTerm ? c.value : std::string());
  }

  // A coverage claim's side of conflict_within. Strings are interned (0 is
  // the empty string); parties and scopes lowercased. Within one document a
  // party keeps one id, so equal ids (not same_party) decide here.
  struct PairFacts {
    uint32_t bucket = 0, pos = 0;                             // internal_bucket, position in it
    uint32_t type = 0, subject = 0, object = 0, scope = 0;    // term slot, or a bounded date's date_slot
    uint32_t group = 0;                                       // term: condition group; date: bound group
    uint32_t conjunction = 0;                                 // term: condition conjunction
    uint32_t measure = 0, unit = 0, currency = 0, dates = 0;  // figures: slot and sentence_dates
    uint32_t party_subject = 0, party_object = 0;             // figures: figure_parties
    double number = 0, half = 0;
    long first = 0, last = 0;  // bounded date: its days
    Approx approx = Approx::kExact;
    bool holds = false, weak_negative = false, explicit_state = false, condition = false;
    bool bounded = false, days = false, parties = false, self_agrees = false;
    std::optional<Length> length;  // lengths of time
    bool length_official = false;  // the official text gives this length (relate: kSame)
    uint32_t length_head = 0;      // length_head
    bool length_of_noun = false;   // ... and it names a noun ("of agreement"), not a preposition
    bool count = false;                // a count of things (its magnitude is in `length`)
    std::vector<std::string> counted;  // counts: counted_stems
    bool count_official = false;       // counts: the official text gives this amount of one of those things
    int8_t assertive = -1;  // state_is_assertive, once asked
  };
  std::vector<PairFacts> pair_;                   // per coverage claim
  std::vector<std::vector<uint32_t>> buckets_;    // claim indices, ascending, per internal_bucket
  std::vector<std::vector<uint32_t>> run_end_;    // per bucket position: the next position of another value
  std::unordered_map<std::string, uint32_t> interned_{{std::string(), 0}};

  uint32_t intern(const std::string& s) {
    return interned_.emplace(s, static_cast<uint32_t>(interned_.size())).first->second;
  }
  void set_slot(PairFacts& f, const TermSlot& s) {
    f.type = intern(s.type);
    f.subject = intern(ascii_lower(s.subject));
    f.object = intern(ascii_lower(s.object));
    f.scope = intern(ascii_lower(s.scope));
  }

  void pair_facts(uint32_t k) {
    const Claim& c = cov_.claims()[k];
    PairFacts& f = pair_[k];
    switch (c.kind) {
      case ClaimKind::kTerm:
        if (is_count(c)) {
          f.count = true;
          f.length = count_magnitude(c);
          f.counted = counted_stems(c);
          f.count_official = std::any_of(off_counts_.begin(), off_counts_.end(), [&](uint32_t j) {
            return share_a_stem(f.counted, off_facts_[j].counted) &&
                   relate(*f.length, count_magnitude(off_.claims()[j]), 0) == LengthRelation::kSame;
          });
          break;
        }
        if (is_length(c)) {
          f.length = length_of(c.attrs);
          const std::string head = length_head(cov_, c);
          f.length_head = intern(head);
          f.length_of_noun = head.rfind("of ", 0) == 0;
          f.length_official = f.length && std::any_of(off_lengths_.begin(), off_lengths_.end(), [&](uint32_t j) {
            return relate(*f.length, *off_facts_[j].length) == LengthRelation::kSame;
          });
          break;
        }
        set_slot(f, slot_of(c));
        f.holds = holds(c);
        f.explicit_state = explicit_state(c);
        f.weak_negative = str_attr(c.attrs, "polarity") == "negative" && str_attr(c.attrs, "status").empty() &&
                          str_attr(c.attrs, "negation") != "in_word";
        if (auto cond = condition_of(c)) {
          f.condition = true;
          f.group = intern(cond->group);
          f.conjunction = intern(cond->conjunction);
        }
        break;
      case ClaimKind::kDate:
        if (!bounded(c)) break;
        f.bounded = true;
        set_slot(f, date_slot(cov_, k));
        f.group = intern(bound_group(str_attr(c.attrs, "bound")));
        if (const Timex t = parse_timex(c.value); t.days) {
          f.days = true;
          f.first = t.days->first;
          f.last = t.days->second;
        }
        break;
      case ClaimKind::kMoney:
      case ClaimKind::kPercent: {
        f.measure = intern(norm_measure(str_attr(c.attrs, "measure")));
        f.unit = intern(unit_of(cov_, c));
        f.currency = intern(c.currency);
        std::string dates;  // the set, length-prefixed: equal strings, equal sets
        for (const auto& v : sentence_dates(cov_, c, DateScope::kPeriodsAndDays)) dates += std::to_string(v.size()) + ':' + v;
        f.dates = intern(dates);
        if (auto p = figure_parties(cov_, c)) {
          f.parties = true;
          f.party_subject = intern(ascii_lower(p->subject));
          f.party_object = intern(ascii_lower(p->object));
        }
        f.number = c.number;
        f.half = half_unit(c);
        f.approx = approx_of(c);
        f.self_agrees = figure_agrees(f.number, f.half, f.approx, f.number, f.half, f.approx, opt_);
        break;
      }
    }
  }

  // Two claims of one bucket that hold the same value and state: neither can
  // contradict the other (for figures, when the value agrees with itself).
  static bool same_value(ClaimKind kind, const PairFacts& a, const PairFacts& b) {
    switch (kind) {
      case ClaimKind::kTerm:
        if (a.length || b.length) {
          const double slack = a.count || b.count ? 0 : 0.04;  // counts are exact
          return a.length && b.length && a.counted == b.counted && relate(*a.length, *b.length, slack) == LengthRelation::kSame &&
                 relate(*b.length, *a.length, slack) == LengthRelation::kSame;
        }
        return a.holds == b.holds && a.conjunction == b.conjunction;
      case ClaimKind::kDate: return a.bounded == b.bounded && a.days == b.days && a.first == b.first && a.last == b.last;
      case ClaimKind::kMoney:
      case ClaimKind::kPercent:
        return std::bit_cast<uint64_t>(a.number) == std::bit_cast<uint64_t>(b.number) &&
               std::bit_cast<uint64_t>(a.half) == std::bit_cast<uint64_t>(b.half) && a.approx == b.approx;
    }
    return false;
  }

  void prepare_internal() {
    const auto& cl = cov_.claims();
    pair_.resize(cl.size());
    std::unordered_map<std::string, uint32_t> ids;
    for (uint32_t k = 0; k < cl.size(); ++k) {
      const auto [it, fresh] = ids.emplace(internal_bucket(cl[k]), static_cast<uint32_t>(buckets_.size()));
      if (fresh) buckets_.emplace_back();
      pair_[k].bucket = it->second;
      pair_[k].pos = static_cast<uint32_t>(buckets_[it->second].size());
      buckets_[it->second].push_back(k);
      pair_facts(k);
    }
    run_end_.resize(buckets_.size());
    for (size_t b = 0; b < buckets_.size(); ++b) {
      const auto& members = buckets_[b];
      auto& ends = run_end_[b];
      ends.resize(members.size());
      const ClaimKind kind = cl[members.front()].kind;
      for (size_t p = members.size(); p-- > 0;)
        ends[p] = p + 1 < members.size() && same_value(kind, pair_[members[p]], pair_[members[p + 1]])
                      ? ends[p + 1]
                      : static_cast<uint32_t>(p + 1);
    }
  }

  bool hedged_coverage(uint32_t j) const {
    if (hedged_cache_.empty()) hedged_cache_.assign(cov_.claims().size(), -1);
    if (hedged_cache_[j] < 0) hedged_cache_[j] = hedged(cov_, j) ? 1 : 0;
    return hedged_cache_[j] == 1;
  }

  std::optional<Finding> internal(uint32_t i) {
    const auto& cl = cov_.claims();
    if (pair_.empty()) prepare_internal();
    const Claim& a = cl[i];
    if (hedged_coverage(i)) return std::nullopt;
    const PairFacts& fa = pair_[i];
    const auto& members = buckets_[fa.bucket];
    const auto& ends = run_end_[fa.bucket];
    const bool skip_same = a.kind == ClaimKind::kTerm || a.kind == ClaimKind::kDate || fa.self_agrees;
    const size_t limit = std::min(members.size(), fa.pos + 1 + kMaxInternalPartners);
    for (size_t p = fa.pos + 1; p < limit;) {
      const uint32_t j = members[p];
      if (skip_same && same_value(a.kind, fa, pair_[j])) {
        p = ends[p];
        continue;
      }
      ++p;
      // Within one sentence two values are about two things ("fell 2.8% ... down 12% this year").
      if (cov_.same_sentence(a, cl[j]) || hedged_coverage(j)) continue;
      // Two figures the official text also gives are two things it names (a deposit
      // rate of 1.75% and a refinancing rate of 1.90%), not one thing said twice.
      if (official_gives_cached(i) && official_gives_cached(j)) continue;
      if (auto reason = conflict_within(i, j)) {
        // Told as the official text tells it once and otherwise once: the other telling is the wrong one.
        if (told_officially(i) && !told_officially(j)) return Finding{Verdict::kInternal, j, i, *reason};
        return Finding{Verdict::kInternal, i, j, *reason};
      }
    }
    return std::nullopt;
  }

  // Whether the official text gives coverage claim i's value for a thing of its kind.
  bool told_officially(uint32_t i) {
    const PairFacts& f = pair_[i];
    return f.count_official || f.length_official || official_gives_cached(i);
  }

  // Whether the official document has a figure of c's kind, unit and value;
  // with `unnamed_only`, one that no other measure word or term claims for
  // something else (an official "revenue share of 10%" is no "10% stake").
  bool official_gives(const Claim& c, bool unnamed_only = false) const {
    if (c.kind != ClaimKind::kMoney && c.kind != ClaimKind::kPercent) return false;
    const std::string unit = unit_of(cov_, c), measure = str_attr(c.attrs, "measure");
    return std::any_of(off_figure_ids_.begin(), off_figure_ids_.end(), [&](uint32_t j) {
      const Claim& o = off_.claims()[j];
      const OfficialFacts& f = off_facts_[j];
      if (o.kind != c.kind || !currency_compatible(c, o) || f.unit != unit || !same_number(o.number, c.number))
        return false;
      return !unnamed_only || f.measure == measure || (f.measure.empty() && !f.in_terms);
    });
  }

  // official_gives for coverage claim i, answered once per claim: the
  // internal pairing asks it for every partner.
  bool official_gives_cached(uint32_t i) {
    if (official_gives_cache_.empty()) official_gives_cache_.assign(cov_.claims().size(), -1);
    if (official_gives_cache_[i] < 0) official_gives_cache_[i] = official_gives(cov_.claims()[i]) ? 1 : 0;
    return official_gives_cache_[i] == 1;
  }

  // states_clash(cov_, claim i, claim j) from PairFacts.
  bool clashes(uint32_t i, uint32_t j) {
    PairFacts& a = pair_[i];
    if (a.assertive < 0) a.assertive = state_is_assertive(cov_, cov_.claims()[i]) ? 1 : 0;
    return a.assertive == 1 && (!a.weak_negative || pair_[j].explicit_state);
  }

  // Whether two figures whose digits slip, one or both named by no measure
  // word, are one quantity told twice: parties that do not differ, dates of
  // their sentences that meet (or none on one side: "the 43% jump in steel
  // imports in 2026" against "steel imports shot up 34% last year, and ...
  // since 2025"), and contexts that overlap as much as an equal figure's must
  // to be supported (CompareOptions::context_support).
  bool slip_told_twice(uint32_t i, uint32_t j) {
    const PairFacts& a = pair_[i];
    const PairFacts& b = pair_[j];
    if (a.parties && b.parties && !figure_parties_compatible(a, b)) return false;
    const auto& cl = cov_.claims();
    const auto da = sentence_dates(cov_, cl[i], DateScope::kPeriods), db = sentence_dates(cov_, cl[j], DateScope::kPeriods);
    if (!da.empty() && !db.empty() &&
        std::none_of(da.begin(), da.end(), [&](const std::string& d) { return db.count(d) != 0; }))
      return false;
    build_contexts();
    return context_overlap(cov_context_->of(i), cov_context_->of(j), *rarity_) >= opt_.context_support;
  }

  // Whether two sums of money one digit apart, neither of them one the
  // official text gives, are one sum told two ways ("export earnings were
  // US$2.4 billion last season", "the US$2.9 billion in export earnings for
  // the last season"): with no official figure to side with either, only
  // words shared as strongly as unofficial_internal_overlap asks, and no
  // measure, party or period that differs, make them one thing. Percentages
  // are left out: a document's rates (coupon, yield, margin) differ by a
  // digit all the time and share their words.
  bool unofficial_sum_told_twice(uint32_t i, uint32_t j) {
    const PairFacts& a = pair_[i];
    const PairFacts& b = pair_[j];
    if (cov_.claims()[i].kind != ClaimKind::kMoney || official_gives_cached(i) || official_gives_cached(j) ||
        !compatible(a.measure, b.measure) || a.dates != b.dates || (a.parties && b.parties && !figure_parties_compatible(a, b)))
      return false;
    build_contexts();
    return context_overlap(cov_context_->of(i), cov_context_->of(j), *rarity_) >= opt_.unofficial_internal_overlap;
  }

  // Whether one of two slipped figures is a figure the official text gives
  // and the other is not: the article tells the official number right once
  // and mistyped once (a headline's "$2.35bn" and the body's "$2.53bn"), so
  // no shared words are needed, only measures and parties that do not differ,
  // and no period in the mistyped figure's sentence that the other's lacks ("a
  // study commissioned in 2014 put the cost at $2.1 billion" is history, not
  // the province's $1.2 billion).
  bool slip_of_official(uint32_t i, uint32_t j) {
    const PairFacts& a = pair_[i];
    const PairFacts& b = pair_[j];
    if (official_gives_cached(i) == official_gives_cached(j) || !compatible(a.measure, b.measure) ||
        (a.parties && b.parties && !figure_parties_compatible(a, b)))
      return false;
    const auto& cl = cov_.claims();
    const uint32_t wrong = official_gives_cached(i) ? j : i, right = wrong == i ? j : i;
    const auto dw = sentence_dates(cov_, cl[wrong], DateScope::kPeriods, /*own_only=*/true);
    const auto dr = sentence_dates(cov_, cl[right], DateScope::kPeriods);
    return std::all_of(dw.begin(), dw.end(), [&](const std::string& d) { return dr.count(d) != 0; });
  }

  // How many different official figures of coverage claim i's kind and unit,
  // in currencies that do not differ, are one digit off its value.
  size_t official_one_digit_off(uint32_t i, int min_significant = 3) const {
    const Claim& c = cov_.claims()[i];
    const std::string unit = unit_of(cov_, c);
    std::set<double> values;
    for (uint32_t j : off_figure_ids_) {
      const Claim& o = off_.claims()[j];
      if (o.kind == c.kind && off_facts_[j].unit == unit && currency_compatible(c, o) && one_digit_off(c.number, o.number, min_significant))
        values.insert(o.number);
    }
    return values.size();
  }

  // Two interned strings that do not differ: equal, or one unknown (0).
  static bool compatible(uint32_t x, uint32_t y) { return x == 0 || y == 0 || x == y; }
  // Two figures' parties (figure_parties) that do not differ.
  static bool figure_parties_compatible(const PairFacts& a, const PairFacts& b) {
    return compatible(a.party_subject, b.party_subject) && compatible(a.party_object, b.party_object);
  }

  // Whether claims i and j of the coverage contradict each other: same slot,
  // and states, conditions, bounded dates or figures that cannot both hold.
  // Compares the interned PairFacts, so a partner costs a few integer tests.
  bool may_conflict(uint32_t i, uint32_t j) {
    const PairFacts& a = pair_[i];
    const PairFacts& b = pair_[j];
    auto slot_strict = [&] {
      return a.type != 0 && a.type == b.type && a.subject != 0 && a.subject == b.subject && a.object != 0 &&
             a.object == b.object && compatible(a.scope, b.scope);
    };
    switch (cov_.claims()[i].kind) {
      case ClaimKind::kTerm:
        if (history_stretch(cov_, cov_.claims()[i]) || history_stretch(cov_, cov_.claims()[j])) return false;
        if (is_count(cov_.claims()[i])) return counts_conflict(i, j);
        if (a.length || b.length) return lengths_conflict(i, j);
        if (!slot_strict()) return false;
        if (a.holds != b.holds && clashes(i, j) && clashes(j, i)) return true;
        return a.condition && b.condition && a.group == b.group && a.conjunction != 0 && b.conjunction != 0 &&
               a.conjunction != b.conjunction;
      case ClaimKind::kDate:
        return a.bounded && b.bounded && a.group == b.group && slot_strict() && a.days && b.days &&
               !days_overlap({a.first, a.last}, {b.first, b.last});
      case ClaimKind::kMoney:
      case ClaimKind::kPercent: {
        // Figures of one measure differ all through real news (a quarter's net
        // income and the nine months'): only a slip of the digits makes two of
        // them one number told twice.
        if (!compatible(a.currency, b.currency) || a.unit != b.unit ||
            figure_agrees(a.number, a.half, a.approx, b.number, b.half, b.approx, opt_) ||
            figure_agrees(b.number, b.half, b.approx, a.number, a.half, a.approx, opt_))
          return false;
        const DigitSlip slip = digit_slip(a.number, b.number);
        // One digit changed is also how two figures differ by chance ("$2.35bn"
        // and "the deal values it at $2.75bn including net debt"): it tells a
        // slip only where the official text gives one of them, no other
        // official figure is one digit off the other ("$349" against fares of
        // A$399 and A$249 may be either mistyped), and no measure word names
        // either (or the two share the words of a match).
        // With two significant digits ("$65 million" against the official
        // "$60 million") chance is likelier still: the two must also share words.
        if (slip == DigitSlip::kNone) {
          const bool three = one_digit_off(a.number, b.number);
          if ((three || one_digit_off(a.number, b.number, 2)) && unofficial_sum_told_twice(i, j)) return true;
          if (!(three || one_digit_off(a.number, b.number, 2)) || !slip_of_official(i, j) ||
              official_one_digit_off(official_gives_cached(i) ? j : i, three ? 3 : 2) != 1)
            return false;
          if (three && a.measure == 0 && b.measure == 0) return true;
          build_contexts();
          return context_overlap(cov_context_->of(i), cov_context_->of(j), *rarity_) >= opt_.context_support;
        }
        // Another power of ten is also how two sums of one kind differ by
        // chance ("$230 million of green bonds", "debt of about $2.3
        // billion"): that slip needs some words in common.
        if (slip == DigitSlip::kScaled) {
          build_contexts();
          if (context_overlap(cov_context_->of(i), cov_context_->of(j), *rarity_) < opt_.scaled_internal_overlap)
            return false;
        }
        if (slip_of_official(i, j)) return true;
        if (a.measure != 0 && b.measure != 0)
          return a.measure == b.measure && a.dates == b.dates &&
                 (a.parties && b.parties ? figure_parties_compatible(a, b) : a.parties == b.parties);
        return slip_told_twice(i, j);
      }
    }
    return false;
  }

  // Whether two counts of one document are one count told two ways: of a
  // thing both name, amounts that cannot both be true, and either digits that
  // slip (2,480 dockers and 2,840 port workers) or, for counts less than
  // count_ratio apart, one amount the official text gives and the other not
  // (the article tells it right once: "11 bids" and "nine bids").
  bool counts_conflict(uint32_t i, uint32_t j) {
    const PairFacts& a = pair_[i];
    const PairFacts& b = pair_[j];
    if (partial_count(cov_.claims()[i]) || partial_count(cov_.claims()[j])) return false;
    if (!a.length || !b.length || !share_a_stem(a.counted, b.counted) ||
        relate(*a.length, *b.length, 0) != LengthRelation::kDiffers ||
        !within_ratio(a.length->high, b.length->high, opt_.context_ratio))
      return false;
    if (a.count_official && b.count_official) return false;  // both given officially: two things
    // "31 diesel units", "30 hydrogen units": counts of things set apart.
    if (counts_other_things(a.counted, b.counted) || counts_other_things(b.counted, a.counted)) return false;
    if (digit_slip(a.length->high, b.length->high) != DigitSlip::kNone) return true;
    // One digit of two or more changed, and the article gives the official
    // amount once ("Tier 3 covers 38 provinces", "the 28 provinces in Tier
    // 3"): a slip however far apart the two are.
    if (a.count_official != b.count_official && one_digit_off(a.length->high, b.length->high, 2) &&
        !official_count_reaches(a.count_official ? j : i))
      return true;
    // A whole and its part differ more ("286 restaurants", "142 quick-service restaurants").
    return a.count_official != b.count_official && within_ratio(a.length->high, b.length->high, opt_.count_ratio);
  }

  // Whether an official count of the same things reaches coverage count k's
  // amount as its bound ("options on up to 7.5 million additional doses"
  // against "a further 7.5 million doses"): not the official amount, but
  // no slip of it either.
  bool official_count_reaches(uint32_t k) const {
    const PairFacts& f = pair_[k];
    return std::any_of(off_counts_.begin(), off_counts_.end(), [&](uint32_t j) {
      return share_a_stem(f.counted, off_facts_[j].counted) && count_magnitude(off_.claims()[j]).high == f.length->high;
    });
  }

  // What a length is said of, as far as its own words tell: the noun a
  // hyphenated length qualifies ("ten-year agreement" -> "of agreement",
  // through the context synonyms; every agreement word counts as one), else
  // its preposition ("within 60 days" -> "within"). Empty when neither is there.
  std::string length_head(const DocView& d, const Claim& c) const {
    if (c.text.find('-') != std::string::npos) {
      size_t p = c.span.end;
      while (p < d.doc.bytes.size() && d.doc.bytes[p] == ' ') ++p;
      size_t q = p;
      while (q < d.doc.bytes.size() && std::isalpha(static_cast<unsigned char>(d.doc.bytes[q]))) ++q;
      const std::string noun = opt_.context.stem(d.doc.bytes.substr(p, q - p));
      if (noun.empty()) return {};
      // "a 12-year deal", "the ten-year agreement": one whole agreement.
      const bool whole = std::find(opt_.agreement_words.begin(), opt_.agreement_words.end(), noun) != opt_.agreement_words.end();
      return "of " + (whole ? std::string("agreement") : noun);
    }
    return str_attr(c.attrs, "relation");
  }

  // Whether two lengths of one document are one length told two ways that
  // cannot both be true: said of the same thing (length_head), less than
  // length_ratio apart, and words in common: as many as an equal figure's must
  // share to be supported when the official text gives one of the two and not
  // the other (the article tells it right once), else as many as a figure's
  // must to be contradicted. Two lengths of one noun, one of them official,
  // need no shared words ("the 12-year deal", "the ten-year agreement").
  bool lengths_conflict(uint32_t i, uint32_t j) {
    const PairFacts& a = pair_[i];
    const PairFacts& b = pair_[j];
    // A length said of a noun is one thing only with a length said of the same noun.
    if (!a.length || !b.length || ((a.length_of_noun || b.length_of_noun) && a.length_head != b.length_head) ||
        relate(*a.length, *b.length) != LengthRelation::kDiffers)
      return false;
    if (std::max(a.length->high, b.length->high) > opt_.length_ratio * std::min(a.length->high, b.length->high))
      return false;
    if (a.length_official && b.length_official) return false;  // two lengths the official text gives: two things
    const bool told_right_once = a.length_official != b.length_official;
    // "the 12-year deal" and "the ten-year agreement": the noun says they are one thing.
    if (told_right_once && a.length_of_noun && a.length_head != 0) return true;
    build_contexts();
    const double score = context_overlap(cov_context_->of(i), cov_context_->of(j), *rarity_);
    return score >= (told_right_once ? opt_.context_support : opt_.context_contradict);
  }

  // Why claims i and j of the coverage contradict each other, or nullopt:
  // may_conflict decides, this only words the reason.
  std::optional<std::string> conflict_within(uint32_t i, uint32_t j) {
    if (!may_conflict(i, j)) return std::nullopt;
    const Claim& a = cov_.claims()[i];
    const Claim& b = cov_.claims()[j];
    switch (a.kind) {
      case ClaimKind::kTerm: {
        if (is_count(a)) return "count: this document says " + quote(a.text) + " and " + quote(b.text);
        if (is_length(a)) {
          build_contexts();  // lengths_conflict may decide by their nouns alone, before any context is built
          return "length by its context (" + shared_words(cov_context_->of(i), cov_context_->of(j), *rarity_) +
                 "): this document says " + quote(a.text) + " and " + quote(b.text);
        }
        const TermSlot sa = slot_of(a);
        if (pair_[i].holds != pair_[j].holds && clashes(i, j) && clashes(j, i))
          return describe(sa) + ": this document says it " + state_word(a) + " (" + quote(a.text) +
                 ") and that it " + state_word(b) + " (" + quote(b.text) + ")";
        const auto ca = condition_of(a), cb = condition_of(b);
        return condition_name(*ca) + " (" + describe(sa) + "): this document says " + quote(ca->text) + " and " +
               quote(cb->text);
      }
      case ClaimKind::kDate:
        return describe(date_slot(cov_, i)) + " date: this document says " + a.value + " and " + b.value;
      case ClaimKind::kMoney:
      case ClaimKind::kPercent: {
        const std::string says = ": this document says " + quote(a.text) + " and " + quote(b.text);
        const DigitSlip kind = digit_slip(a.number, b.number);
        const std::string slip = kind == DigitSlip::kNone && one_digit_off(a.number, b.number, 2)
                                     ? std::string("one digit changed")
                                     : to_string(kind);
        if (slip_of_official(i, j)) {
          const Claim& right = official_gives_cached(i) ? a : b;
          const std::string m = str_attr(a.attrs, "measure").empty() ? str_attr(b.attrs, "measure") : str_attr(a.attrs, "measure");
          return (m.empty() ? std::string("figure") : m) + " (" + slip + ")" + says + "; the official document gives " +
                 quote(right.text);
        }
        if (pair_[i].measure != 0 && pair_[j].measure != 0) return str_attr(a.attrs, "measure") + " (" + slip + ")" + says;
        return "figure by its context (" + shared_words(cov_context_->of(i), cov_context_->of(j), *rarity_) + "), " + slip + says;
      }
    }
    return std::nullopt;
  }
};

template <typename T>
void read_field(const nlohmann::json& j, const char* key, T& field, std::vector<std::string>& bad) {
  auto it = j.find(key);
  if (it == j.end()) return;
  try {
    field = it->get<T>();
  } catch (const nlohmann::json::exception&) {
    bad.push_back(key);
  }
}

}  // namespace

Result<CompareOptions> CompareOptions::from_json(const nlohmann::json& j) {
  CompareOptions o;
  if (!j.is_object()) return Error{"compare.json", "expected a JSON object"};
  std::vector<std::string> bad;
  read_field(j, "announce_cues", o.announce_cues, bad);
  read_field(j, "reported_clause_leads", o.reported_clause_leads, bad);
  read_field(j, "signing_cues", o.signing_cues, bad);
  read_field(j, "signing_words", o.signing_words, bad);
  read_field(j, "signing_gap_days", o.signing_gap_days, bad);
  read_field(j, "today_cues", o.today_cues, bad);
  read_field(j, "exception_cues", o.exception_cues, bad);
  read_field(j, "hedge_cues", o.hedge_cues, bad);
  read_field(j, "clause_breaks", o.clause_breaks, bad);
  read_field(j, "relative_words", o.relative_words, bad);
  read_field(j, "generic_parties", o.generic_parties, bad);
  read_field(j, "role_parties", o.role_parties, bad);
  read_field(j, "weaker_rights", o.weaker_rights, bad);
  read_field(j, "attribution_cues", o.attribution_cues, bad);
  read_field(j, "past_cues", o.past_cues, bad);
  read_field(j, "history_leads", o.history_leads, bad);
  read_field(j, "change_words", o.change_words, bad);
  read_field(j, "change_hedges", o.change_hedges, bad);
  read_field(j, "period_after", o.period_after, bad);
  read_field(j, "period_before", o.period_before, bad);
  read_field(j, "period_spans", o.period_spans, bad);
  read_field(j, "period_span_past", o.period_span_past, bad);
  read_field(j, "prior_words", o.prior_words, bad);
  read_field(j, "prior_from_needs", o.prior_from_needs, bad);
  read_field(j, "agreement_words", o.agreement_words, bad);
  read_field(j, "agreement_length_leads", o.agreement_length_leads, bad);
  read_field(j, "prior_agreement_words", o.prior_agreement_words, bad);
  read_field(j, "family_measures", o.family_measures, bad);
  read_field(j, "carrier_terms", o.carrier_terms, bad);
  read_field(j, "flow_groups", o.flow_groups, bad);
  read_field(j, "contrast_modifiers", o.contrast_modifiers, bad);
  read_field(j, "base_contrasts", o.base_contrasts, bad);
  read_field(j, "directional_terms", o.directional_terms, bad);
  read_field(j, "cue_window", o.cue_window, bad);
  read_field(j, "approx_tolerance", o.approx_tolerance, bad);
  read_field(j, "approx_floor", o.approx_floor, bad);
  read_field(j, "bound_tolerance", o.bound_tolerance, bad);
  if (auto it = j.find("context"); it != j.end()) {
    if (!it->is_object()) return Error{"compare.json", "field 'context' must be an object"};
    const nlohmann::json& c = *it;
    std::vector<std::string> stopwords, breaks, term_anchors;
    std::vector<std::vector<std::string>> synonyms;
    read_field(c, "stopwords", stopwords, bad);
    read_field(c, "breaks", breaks, bad);
    read_field(c, "term_anchors", term_anchors, bad);
    read_field(c, "synonyms", synonyms, bad);
    read_field(c, "support", o.context_support, bad);
    read_field(c, "contradict", o.context_contradict, bad);
    read_field(c, "figure_contradict", o.figure_contradict, bad);
    read_field(c, "margin", o.context_margin, bad);
    read_field(c, "swap_margin", o.swap_margin, bad);
    read_field(c, "pair_swap_margin", o.pair_swap_margin, bad);
    read_field(c, "ratio", o.context_ratio, bad);
    read_field(c, "slip_overlap", o.slip_overlap, bad);
    read_field(c, "points_overlap", o.points_overlap, bad);
    read_field(c, "scaled_internal_overlap", o.scaled_internal_overlap, bad);
    read_field(c, "unofficial_internal_overlap", o.unofficial_internal_overlap, bad);
    read_field(c, "date_contradict", o.date_contradict, bad);
    read_field(c, "date_slip_contradict", o.date_slip_contradict, bad);
    read_field(c, "length_contradict", o.length_contradict, bad);
    read_field(c, "length_ratio", o.length_ratio, bad);
    read_field(c, "count_ratio", o.count_ratio, bad);
    read_field(c, "date_gap_days", o.date_gap_days, bad);
    // Each synonym group counts as its first word; words are stemmed as text is.
    for (const auto& w : stopwords) o.context.stopwords.insert(ContextLexicon::base(w));
    for (const auto& group : synonyms) o.context.add_synonyms(group);
    for (const auto& w : breaks) o.context.breaks.insert(w);
    o.context.term_anchors.insert(term_anchors.begin(), term_anchors.end());
  }
  for (auto& group : o.contrast_modifiers)
    for (auto& w : group) w = o.context.stem(w);
  for (auto& group : o.base_contrasts)
    for (auto& cls : group)
      for (auto& w : cls) w = o.context.stem(w);
  if (!bad.empty()) return Error{"compare.json", "field '" + bad.front() + "' has the wrong type"};
  return o;
}

std::vector<Finding> compare_document(const ClaimedDocument& official, const ClaimedDocument& coverage,
                                      const CompareOptions& options) {
  static const std::vector<Claim> kNone;
  ClaimedDocument off = official, cov = coverage;
  if (!off.claims) off.claims = &kNone;
  if (!cov.claims) cov.claims = &kNone;
  return Engine(off, cov, options).run();
}

}  // namespace claimcheck
