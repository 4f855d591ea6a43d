// Date extractor: RE2 rules from extractors/rules/dates*.json find temporal
// expressions; a small set of resolvers (chosen per rule by "unit") turns the
// named groups into TimeML TIMEX3 values, resolving relative forms against
// ExtractInput::published. Vocabulary (month, weekday, number words, modifiers,
// bound words) is data; only the calendar arithmetic lives here.
// It does not tag durations (P3Y) or sets (XXXX-WXX-1 "every Monday").
#include "extractors/dates/date_extractor.h"
#include "pipeline/core/ascii.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace claimcheck {
namespace {

constexpr size_t kClauseReach = 400;
constexpr size_t kVerbReach = 64;  // how far before an expression the "reported" cue looks
constexpr size_t kSequenceReach = 48;  // the longest gap between two weekdays of one schedule
constexpr long kNearDays = 45;     // a date this near the anchor keeps its year when the clause looks ahead
// A retrospective goes back decades ("Aug. 25, 1954", "June 28, 1914"); a date a
// year or three back is more often background to the present story ("the
// August 1988 cease-fire"), after which a bare month is this year's again.
constexpr int kSceneYears = 5;
constexpr uint32_t kNarrativeReach = 400;  // how far after a dated past a bare month may still fall in its year
constexpr uint32_t kClockReach = 400;      // how far a clock time's a.m./p.m. carries to a spoken one
constexpr uint32_t kNightReach = 300;      // how far an evening carries an early-morning time into the next day

using nlohmann::json;

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '.') continue;  // "Sept." and "Sept" are one word
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  // Inner runs of spaces or hyphens fold to one space ("mid-" == "mid ").
  std::string folded;
  for (char c : out) {
    const bool sp = c == ' ' || c == '-' || c == '\n' || c == '\t';
    if (sp) {
      if (!folded.empty() && folded.back() != ' ') folded.push_back(' ');
    } else {
      folded.push_back(c);
    }
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

// One vocabulary list: words -> JSON value, and the regex alternation of its words.
struct Vocab {
  std::unordered_map<std::string, json> words;  // lower-cased, dots removed
  std::string alternation;                      // "(?:...)" or "(?i:...)"
  const json* find(std::string_view w) const {
    auto it = words.find(lower(w));
    return it == words.end() ? nullptr : &it->second;
  }
};

std::string regex_escape_word(const std::string& w) {
  std::string out;
  for (char c : w) {
    if (c == ' ') {
      out += "[\\s-]+";
    } else if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(c);
    } else {
      out.push_back('\\');
      out.push_back(c);
    }
  }
  return out;
}

// The named groups a rule may use; their meaning is fixed here, their words are data.
enum G : int { kX, kYear, kYY, kYearWords, kMonth, kDay, kWeekday, kHoliday, kQ, kH, kSeason, kDecade,
               kCentury, kMod, kBound, kRel, kN, kPart, kHour, kMinute, kAmPm, kTo, kSecond, kGroupCount };
constexpr std::array<const char*, kGroupCount> kGroupNames = {
    "x", "year", "yy", "yearw", "month", "day", "weekday", "holiday", "q", "h", "season", "decade",
    "century", "mod", "bound", "rel", "n", "part", "hour", "minute", "ampm", "to", "second"};

struct Rule {
  std::string id;
  std::unique_ptr<RE2> re;
  // RE2 group indices per named group; a name may occur in several alternatives.
  std::array<std::vector<int>, kGroupCount> group{};
  int ngroups = 0;
  std::string unit;        // day, holiday, week, weekend, month, quarter, half, season, year, decade, century
  std::string literal;     // fixed value, e.g. PRESENT_REF
  std::string mod;         // fixed mod
  std::string ref;         // quarter: "latest" (the story's quarter) or "" ; year/month/day: "mention"
                           // year: "results_year" ("for the year": the one reported on)
                           // (shift from the last date the text named: "the following year")
                           // day: "named_week" (a weekday of the week just dated: "on the Saturday")
                           // day: "rel_week" (a weekday of the week its rel names: "Monday last week")
  std::string range;       // "low"/"high": one end of a year range ("2025-26"); `to` holds the other end
  std::string type = "DATE";
  int shift = 0;           // relative offset in `unit`s
  bool ago = false;        // n group counts backwards ("two years ago")
  bool later = false;      // n group counts forwards ("in two years")
  bool ahead_only = false; // no date unless the clause looks ahead ("will meet both sides in three days")
  std::string step;         // what a day unit's count counts: "year"s ("52 years ago today"), or "week"s or
                            // "month"s from a day ("a week from Thursday")
                            // holiday: "around", a day counted from the holiday ("the day after Thanksgiving")
  bool clipped = false;     // `yearw` may be a clipped year ("ninety-two" in a list after "nineteen ninety-one")
  bool quarter_context = false;  // "a year earlier" means the year-ago quarter in earnings talk
  bool rel_year = false;         // `rel` shifts the year, not the month ("June last year")
  bool bc = false;               // the year counts back from the era ("44 BC"): value BCnnnn
  bool consecutive = false;      // a year pair read as one label must name one 12-month period ("2025-26")
  int add_days = 0;              // days added to a weekday's resolved date ("next Monday week")
  bool ahead = false;            // the weekday is the coming one, today's included ("Tuesday week"); a
                                 // month and day the next one ("the year ending June 30")
  bool entries_only = false;     // only in a text of dated entries (a log's "0645 CTD cast commenced")
  bool day_first_doc = false;    // numeric day and month swap when the text writes day-first dates elsewhere
  bool weekday_agrees = false;   // no date unless the weekday written with it falls on it ("Tues 24/7", not "Sun 24/7")
  std::string history_value;     // the value in a text that has named only a distant past ("Today" in an encyclopedia entry)
  std::optional<int> ahead_shift;  // the shift when the clause looks ahead ("expected to drop below freezing overnight")
  int priority = 0;
  std::unique_ptr<RE2> reject_before;  // matched against the text before the claim (ends with $)
  std::unique_ptr<RE2> reject_after;   // matched against the text after the claim (anchored at start)
};

struct Candidate {
  Span x;
  size_t rule;
  std::array<std::string_view, kGroupCount> g;
};

struct DocState {
  std::optional<std::pair<int, int>> quarter;  // last (year, quarter) mentioned explicitly
  uint32_t quarter_end = 0;                    // where it was named
  // The last quarter named with its number or end, over or not ("for the
  // quarter ending March 31st"): "a year earlier" in its sentence compares it.
  std::optional<std::pair<int, int>> named_quarter;
  bool named_quarter_fiscal = false;  // named by a fiscal label ("Q4 FY2035", "fiscal 2035's fourth quarter")
  uint32_t named_quarter_end = 0;
  std::optional<std::pair<int, int>> half;     // latest (year, half) named ("the first half")
  uint32_t half_end = 0;
  std::optional<int> year;                     // last year the text named (or resolved a month/day into)
  // The last year written out ("in early 2036") and where its claim ends: a
  // bare "the second half" later in its sentence is that year's.
  std::optional<int> written_year;
  uint32_t written_year_end = 0;
  std::optional<int> month;                    // last month as year*12 + (month-1)
  uint32_t month_end = 0;                      // where the claim that named `month` ends
  std::optional<CivilDate> day;                // last full date
  // The Monday of the last week named as a week ("next week", "the week of
  // 9 June"): "the week after" right after it counts from it, not from a day.
  std::optional<CivilDate> week_day;
  uint32_t week_end = 0;
  uint32_t day_end = 0;                        // where it was named
  bool day_bound = false;                      // it was named with a bound word ("through Sunday")
  std::optional<CivilDate> ahead_day;          // the last day named that lies ahead of the story
  int days_ahead = 0, days_behind = 0;         // days named so far after and before the story's
  // The last day named by a weekday ("on Friday"): a weekday listed right
  // after it ("Friday and Saturday") counts on from it.
  std::optional<CivilDate> weekday_day;
  uint32_t weekday_end = 0;
  // A month and day given as the moment of a figure ("backlog at June 30",
  // "as of Jan. 3"): "a year earlier" in its sentence is that day a year back.
  std::optional<CivilDate> point_day;
  uint32_t point_end = 0;
  // A year kSceneYears or more before the story's that the text last dated ("in
  // 1954", "52 years ago today"): a retrospective's bare "in July" or "on
  // Aug. 4" told in the past tense falls in it. A named recent year clears it.
  std::optional<int> past_year;
  uint32_t past_year_end = 0;
  // The last bare year long past the text named ("the Christmas truce of
  // 1914"): the past told later in its own sentence falls in it.
  std::optional<int> sentence_past_year;
  uint32_t sentence_past_year_end = 0;
  // Whether any expression so far fell near the story's own date. Until one
  // does, the text is all history (an encyclopedia entry, a retrospective's
  // opening): its scene year carries across paragraphs and without a reach.
  bool present_seen = false;
  // The text writes numeric dates day first somewhere ("13/11/2023"): its
  // "07/11/2023" is then 7 November too.
  bool day_first = false;
  // The last clock time: a spoken "eleven o'clock" after "seven p.m." is p.m. too.
  bool spoken_years = false;  // the text says years in words: a clipped "ninety-two" may be one
  std::optional<bool> clock_pm;
  uint32_t clock_end = 0;
  // The day whose evening or night the text last named ("last night", "8 p.m."):
  // an early-morning clock time just after it falls on the next day.
  std::optional<CivilDate> evening_day;
  uint32_t evening_end = 0;
  bool evening_clock = false;  // the evening was a clock time ("10.45pm"), not "tonight"
  // Clock times written with their day ("23:52 UTC on 31 December 2032"), by
  // minute of the day: the same time restated alone in a timeline is that day's.
  std::map<int, CivilDate> clock_days;
  // The day a heading line names ("DAILY CAUSE LIST FOR MONDAY 24 NOVEMBER
  // 2036", "WHAT'S ON TV - SATURDAY 23 SEPTEMBER"): a listing's lines that
  // open with a clock time are on it, whatever day their entries mention.
  std::optional<CivilDate> heading_day;
  // Days written out with their month ("Tuesday 20 December", "April 15,
  // 2038") ahead of and behind the story's, over the whole text: counted by a
  // first pass, they tell a notice, a schedule or an itinerary (most of its
  // written days ahead) from a news story.
  int written_ahead = 0, written_behind = 0;
  // Set for the second pass over such a text: a bare weekday with no tense in
  // its clause ("- Wednesday: no sailing", "Funeral Mass on Thursday") is the
  // coming one, not the last.
  bool looks_ahead = false;
  // Entry headings: a line that opens with a day and holds little else
  // ("2041-04-03 (Wed)", "Sun. June 28, 2043", "Wed. July 1 - Canada Day"),
  // the dated entries of a log or a diary. The first pass counts the distinct
  // days they name; with two or more the second pass sets `entries`, and each
  // entry's "today", "tomorrow" and "this morning" count from its heading's
  // day (`entry_day`), as do its clock times ("0645 CTD cast commenced").
  // An entry runs to its block's end (a blank line): "Looking ahead" after the
  // last entry is the text's own day again. Entries are written on their day or
  // after it, so a heading ahead of the text makes it a listing (a tour's
  // dates), not a diary.
  std::set<CivilDate> entry_days;
  int entries_ahead = 0;
  bool entries = false;
  std::optional<CivilDate> entry_day;
  uint32_t entry_end = 0;
};

std::string pad(int v, int width) {
  std::string s = std::to_string(std::abs(v));
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return v < 0 ? "-" + s : s;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) v = v * 10 + (c - '0');
  return v;
}

// A holiday's date in `year`, from its HOLIDAY vocab entry: {"month", "day"} for
// a fixed date, {"month", "n", "weekday"} for the n-th weekday (0 = Monday; n = -1
// the last), {"easter": k} for k days from Easter Sunday; "offset" adds days
// ("the day after Thanksgiving"). nullopt for an entry of any other shape.
std::optional<CivilDate> holiday_date(const json& spec, int year) {
  if (!spec.is_object()) return std::nullopt;
  auto number = [&](const char* key) -> std::optional<int> {
    auto it = spec.find(key);
    if (it == spec.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<int>();
  };
  std::optional<CivilDate> date;
  const auto month = number("month"), day = number("day"), n = number("n"), weekday = number("weekday");
  if (auto easter = number("easter")) {
    date = add_days(easter_sunday(year), *easter);
  } else if (month && day) {
    const CivilDate fixed{year, *month, *day};
    if (is_valid(fixed)) date = fixed;
  } else if (month && n && weekday) {
    date = nth_weekday(year, *month, *n, *weekday);
  }
  if (date) date = add_days(*date, number("offset").value_or(0));
  return date;
}

class DateExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "dates"; }

  static Result<std::unique_ptr<Extractor>> build(const RuleBook& book);

  std::vector<Claim> extract(const ExtractInput& in) const override;

 private:
  std::optional<json> vocab_value(const std::string& list, std::string_view word) const {
    auto it = vocab_.find(list);
    if (it == vocab_.end()) return std::nullopt;
    const json* v = it->second.find(word);
    if (!v) return std::nullopt;
    return *v;
  }
  int vocab_int(const std::string& list, std::string_view word, int fallback) const {
    auto v = vocab_value(list, word);
    return v && v->is_number_integer() ? v->get<int>() : fallback;
  }
  std::vector<Claim> extract_pass(const ExtractInput& in, DocState& st) const;
  std::optional<Claim> resolve(const Candidate& c, const ExtractInput& in, std::string_view sentence,
                               DocState& st) const;
  std::optional<int> spoken_year(std::string_view words) const;
  int spoken_number(std::string_view words) const;
  bool abbreviation_before(std::string_view text, size_t dot) const;
  size_t ed_verb(std::string_view part) const;

  std::map<std::string, Vocab> vocab_;
  std::vector<Rule> rules_;
  std::unique_ptr<RE2::Set> set_;
  std::unique_ptr<RE2> future_cue_;
  std::unique_ptr<RE2> past_cue_;
  std::unique_ptr<RE2> modal_cue_;  // "would", "could": future only in the expression's own conjunct
  std::unique_ptr<RE2> past_verb_;  // irregular past-tense verbs ("beat", "held"), read only in the expression's own conjunct
  std::unique_ptr<RE2> past_ed_;    // "-ed" words: past verbs, or adjectives ("the reduced dividend"); weekdays only
  std::unique_ptr<RE2> ed_adjective_;  // before an "-ed" word: a determiner or "be" ("a planned day", "be closed"): no past verb
  std::unique_ptr<RE2> conjunct_;   // where a conjunct ends: "; ", " and ", ", "
  std::unique_ptr<RE2> complement_;  // where a weekday's own clause ends after it: "said", "that"
  std::unique_ptr<RE2> second_predicate_;  // "and" before a second past verb: "built in 1978 and failed in December"
  std::unique_ptr<RE2> reported_cue_;  // matched on the bytes just before an expression
  std::unique_ptr<RE2> reported_not_;  // ... unless this matches at its verb (participles that look ahead)
  std::unique_ptr<RE2> reported_not_after_;  // ... or these end the bytes before its verb
  std::unique_ptr<RE2> year_after_;  // "this/last/next year" right after a day and month; group 1 the REL word
  std::unique_ptr<RE2> range_cue_;
  std::unique_ptr<RE2> quarter_cue_;
  std::unique_ptr<RE2> results_cue_;  // "results", "earnings": a quarter reported on is over
  std::unique_ptr<RE2> weekday_future_;  // present-tense verbs of schedule: a weekday in their conjunct is ahead
  std::unique_ptr<RE2> nine_months_;  // "the nine months": a comparison period after it is a year
  std::unique_ptr<RE2> period_end_;   // ", ended March 31": a fiscal quarter's end date (groups: month, year)
  std::unique_ptr<RE2> abbreviation_cue_;  // text before a full stop that makes it an abbreviation's
  std::unique_ptr<RE2> day_first_;  // a numeric date that can only be day first ("13/11/2023")
  std::unique_ptr<RE2> month_first_;  // a numeric date that can only be month first ("03/19/2043")
  std::unique_ptr<RE2> weekday_past_;  // after a weekday: a day already over whatever the clause says ("Monday's close")
  std::unique_ptr<RE2> weekday_list_;  // between two weekdays of one list ("Friday and Saturday"): the second counts on
  std::unique_ptr<RE2> conditional_;  // a condition opening the clause ("If the launch slips, ..."): what may yet happen
  std::unique_ptr<RE2> weekday_before_;  // before a weekday: another weekday it is listed after ("Saturday and Sunday, March 30")
  std::unique_ptr<RE2> weekday_sequence_;  // a longer gap of one schedule ("Wednesday, followed by literature on Thursday")
  std::unique_ptr<RE2> point_;         // before a month and day given as a figure's moment ("at June 30")
  std::unique_ptr<RE2> subject_;       // before a verb: an active past, whatever "reported_not" says ("it projected in July")
  std::unique_ptr<RE2> day_apposition_;  // between a day and "the year" of its apposition ("Monday, the last day of")
  std::unique_ptr<RE2> warning_window_;  // before a day: a warning's window ("a blizzard warning from"), told ahead
  std::unique_ptr<RE2> clock_bound_;     // before a weekday: a bound and that day's clock time ("until 12:00 CEST on")
  std::unique_ptr<RE2> weekday_copula_;  // before a weekday in its conjunct: "is", "are" (a schedule)
  std::unique_ptr<RE2> looks_back_;  // a bound's words that look back whatever the verb ("since", "backdated to")
  std::unique_ptr<RE2> infinitive_;  // a conjunct opened by an infinitive ("to complete ... by July 31"): its own time
  std::unique_ptr<RE2> moved_to_;    // before a day: a new date ("has been moved to June 21"), the nearer one
  std::unique_ptr<RE2> directive_;   // before an expression: a directive's infinitive ("advised passengers to travel ... on")
};

Error compile_error(const std::string& id, const std::string& what) {
  return Error{"dates.json", "rule '" + id + "': " + what};
}

Result<std::unique_ptr<Extractor>> DateExtractor::build(const RuleBook& book) {
  auto ex = std::make_unique<DateExtractor>();
  std::vector<const json*> files;
  for (const auto& f : book.files())
    if (f.name.rfind("dates", 0) == 0 && f.json.is_object()) files.push_back(&f.json);

  // Vocabulary first: every file's "vocab" lists are merged.
  std::map<std::string, std::pair<bool, std::vector<std::string>>> words;  // list -> (case-insensitive, words)
  for (const json* f : files) {
    if (!f->contains("vocab")) continue;
    for (auto it = (*f)["vocab"].begin(); it != (*f)["vocab"].end(); ++it) {
      if (!it.value().is_object() || !it.value().contains("words"))
        return Error{"dates.json", "vocab '" + it.key() + "' has no \"words\" object"};
      auto& entry = words[it.key()];
      entry.first = it.value().value("case", std::string("insensitive")) == "insensitive";
      Vocab& v = ex->vocab_[it.key()];
      for (auto w = it.value()["words"].begin(); w != it.value()["words"].end(); ++w) {
        v.words[lower(w.key())] = w.value();
        entry.second.push_back(w.key());
      }
    }
  }
  for (auto& [list, entry] : words) {
    auto& ws = entry.second;
    std::sort(ws.begin(), ws.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::string alt = entry.first ? "(?i:" : "(?:";
    for (size_t i = 0; i < ws.size(); ++i) alt += (i ? "|" : "") + regex_escape_word(ws[i]);
    alt += ")";
    ex->vocab_[list].alternation = alt;
  }
  if (auto h = ex->vocab_.find("HOLIDAY"); h != ex->vocab_.end())
    for (const auto& [word, spec] : h->second.words)
      if (!holiday_date(spec, 2000)) return Error{"dates.json", "vocab HOLIDAY: '" + word + "' is not a date spec"};
  // Named sub-patterns ("patterns": {"SPOKEN_YEAR": "..."}), written once and
  // used by several rules as {NAME}; each may use vocab lists and earlier patterns.
  std::map<std::string, std::string> patterns;
  auto expand = [&](std::string p) -> Result<std::string> {
    std::string out;
    for (size_t i = 0; i < p.size(); ++i) {
      if (p[i] == '{' && i + 1 < p.size() && std::isupper(static_cast<unsigned char>(p[i + 1]))) {
        const size_t close = p.find('}', i);
        if (close == std::string::npos) break;
        const std::string name = p.substr(i + 1, close - i - 1);
        if (auto it = ex->vocab_.find(name); it != ex->vocab_.end()) {
          out += it->second.alternation;
        } else if (auto sub = patterns.find(name); sub != patterns.end()) {
          out += "(?:" + sub->second + ")";
        } else {
          return Error{"dates.json", "pattern names unknown vocab or pattern {" + name + "}"};
        }
        i = close;
      } else {
        out.push_back(p[i]);
      }
    }
    return out;
  };

  for (const json* f : files) {
    if (!f->contains("patterns")) continue;
    for (auto it = (*f)["patterns"].begin(); it != (*f)["patterns"].end(); ++it) {
      if (it.key().rfind('_', 0) == 0) continue;  // "_about" and other notes
      if (!it.value().is_string()) return Error{"dates.json", "pattern '" + it.key() + "' is not a string"};
      auto body = expand(it.value().get<std::string>());
      if (!body.ok()) return body.error();
      patterns[it.key()] = *body;
    }
  }

  RE2::Options opts;
  opts.set_max_mem(64 << 20);
  opts.set_log_errors(false);
  ex->set_ = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  std::string bound_prefix;
  if (ex->vocab_.count("BOUND")) bound_prefix = "(?:(?P<bound>" + ex->vocab_["BOUND"].alternation + ")\\s+)?";

  for (const json* f : files) {
    if (f->contains("cues")) {
      const json& cues = (*f)["cues"];
      for (auto [key, dest] : {std::pair{"future", &ex->future_cue_}, std::pair{"past", &ex->past_cue_},
                                std::pair{"past_verb", &ex->past_verb_}, std::pair{"past_ed", &ex->past_ed_},
                                std::pair{"ed_adjective", &ex->ed_adjective_},
                                std::pair{"modal", &ex->modal_cue_}, std::pair{"conjunct", &ex->conjunct_},
                                std::pair{"complement", &ex->complement_},
                                std::pair{"second_predicate", &ex->second_predicate_},
                                std::pair{"reported", &ex->reported_cue_},
                                std::pair{"reported_not", &ex->reported_not_},
                                std::pair{"reported_not_after", &ex->reported_not_after_},
                                std::pair{"year_after", &ex->year_after_},
                                std::pair{"range", &ex->range_cue_}, std::pair{"quarter", &ex->quarter_cue_},
                                std::pair{"results", &ex->results_cue_},
                                std::pair{"nine_months", &ex->nine_months_},
                                std::pair{"weekday_future", &ex->weekday_future_}, std::pair{"period_end", &ex->period_end_},
                                std::pair{"abbreviation", &ex->abbreviation_cue_},
                                std::pair{"day_first", &ex->day_first_}, std::pair{"month_first", &ex->month_first_},
                                std::pair{"weekday_past", &ex->weekday_past_},
                                std::pair{"weekday_list", &ex->weekday_list_},
                                std::pair{"weekday_before", &ex->weekday_before_},
                                std::pair{"conditional", &ex->conditional_},
                                std::pair{"weekday_sequence", &ex->weekday_sequence_}, std::pair{"point", &ex->point_},
                                std::pair{"subject", &ex->subject_},
                                std::pair{"day_apposition", &ex->day_apposition_},
                                std::pair{"infinitive", &ex->infinitive_},
                                std::pair{"directive", &ex->directive_},
                                std::pair{"moved_to", &ex->moved_to_},
                                std::pair{"looks_back", &ex->looks_back_},
                                std::pair{"warning_window", &ex->warning_window_},
                                std::pair{"clock_bound", &ex->clock_bound_},
                                std::pair{"weekday_copula", &ex->weekday_copula_}}) {
        if (!cues.contains(key)) continue;
        auto p = expand(cues[key].get<std::string>());
        if (!p.ok()) return p.error();
        *dest = std::make_unique<RE2>(*p, opts);
        if (!(*dest)->ok()) return Error{"dates.json", std::string("cue '") + key + "': " + (*dest)->error()};
      }
    }
    if (!f->contains("rules")) continue;
    for (const json& r : (*f)["rules"]) {
      Rule rule;
      rule.id = r.value("id", "");
      if (rule.id.empty() || !r.contains("pattern")) return Error{"dates.json", "a rule lacks \"id\" or \"pattern\""};
      auto p = expand(r["pattern"].get<std::string>());
      if (!p.ok()) return p.error();
      std::string pattern = *p;
      if (pattern.find("(?P<x>") == std::string::npos) pattern = "(?P<x>" + pattern + ")";
      // The set only tells which rules match somewhere, and an optional lead-in
      // cannot change that; without the bound words before every rule its DFA
      // has far fewer states (10 MB corpus: 0.48 to 0.33 s in the set).
      const std::string set_pattern = pattern;
      if (r.value("bounded", true) && pattern.find("(?P<bound>") == std::string::npos) pattern = bound_prefix + pattern;
      rule.re = std::make_unique<RE2>(pattern, opts);
      if (!rule.re->ok()) return compile_error(rule.id, rule.re->error());
      rule.ngroups = rule.re->NumberOfCapturingGroups();
      for (const auto& [index, gname] : rule.re->CapturingGroupNames())
        for (int g = 0; g < kGroupCount; ++g)
          if (gname == kGroupNames[g]) rule.group[g].push_back(index);
      rule.unit = r.value("unit", "");
      rule.literal = r.value("value", "");
      rule.mod = r.value("mod", "");
      rule.ref = r.value("ref", "");
      rule.range = r.value("range", "");
      rule.type = r.value("type", "DATE");
      rule.shift = r.value("shift", 0);
      rule.ago = r.value("ago", false);
      rule.later = r.value("later", false);
      rule.ahead_only = r.value("ahead_only", false);
      rule.step = r.value("step", std::string());
      rule.clipped = r.value("clipped", false);
      rule.quarter_context = r.value("quarter_context", false);
      rule.rel_year = r.value("rel_year", false);
      rule.bc = r.value("era", std::string()) == "bc";
      rule.consecutive = r.value("consecutive", false);
      rule.add_days = r.value("add_days", 0);
      rule.ahead = r.value("ahead", false);
      rule.day_first_doc = r.value("day_first_doc", false);
      rule.entries_only = r.value("entries", false);
      rule.weekday_agrees = r.value("weekday_agrees", false);
      rule.history_value = r.value("history_value", std::string());
      if (r.contains("ahead_shift")) rule.ahead_shift = r.value("ahead_shift", 0);
      rule.priority = r.value("priority", 0);
      if (rule.unit.empty() && rule.literal.empty()) return compile_error(rule.id, "needs \"unit\" or \"value\"");
      for (auto [key, dest] : {std::pair{"reject_before", &rule.reject_before}, std::pair{"reject_after", &rule.reject_after}}) {
        if (!r.contains(key)) continue;
        auto rp = expand(r[key].get<std::string>());
        if (!rp.ok()) return rp.error();
        std::string full = std::string(key) == "reject_before" ? "(?:" + *rp + ")$" : "^(?:" + *rp + ")";
        *dest = std::make_unique<RE2>(full, opts);
        if (!(*dest)->ok()) return compile_error(rule.id, std::string(key) + ": " + (*dest)->error());
      }
      std::string err;
      if (ex->set_->Add(set_pattern, &err) < 0) return compile_error(rule.id, err);
      ex->rules_.push_back(std::move(rule));
    }
  }
  if (!ex->set_->Compile()) return Error{"dates.json", "RE2::Set did not compile (raise max_mem?)"};
  return std::unique_ptr<Extractor>(std::move(ex));
}

// ---- calendar helpers -------------------------------------------------------

int quarter_of(int month) { return (month - 1) / 3 + 1; }

// A year said in words, as broadcast transcripts write it: "nineteen ninety-six",
// "nineteen oh five", "nineteen hundred", "twenty twenty-five", "two thousand and
// eight". Word values come from the UNITS, TEENS and TENS lists; the rule's
// pattern decides which word sequences get here, this only adds them up.
std::optional<int> DateExtractor::spoken_year(std::string_view words) const {
  std::vector<int> v;  // "oh" is 0, "hundred" 100, "thousand" 1000; "and" is skipped
  const std::string folded = lower(words);
  for (size_t i = 0; i < folded.size();) {
    size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    const std::string_view w(folded.data() + i, j - i);
    i = j + 1;
    if (w == "and") continue;
    int n = w == "oh" ? 0 : w == "hundred" ? 100 : w == "thousand" ? 1000 : -1;
    for (const char* list : {"UNITS", "TEENS", "TENS"})
      if (n < 0) n = vocab_int(list, w, -1);
    if (n < 0) return std::nullopt;
    v.push_back(n);
  }
  // The last two digits: "ninety six", "oh five", "fifteen", "eight", or nothing.
  auto tail = [&](size_t from) -> std::optional<int> {
    const size_t n = v.size() - from;
    if (n == 0) return 0;
    if (n == 1 && v[from] < 100) return v[from];
    if (n == 2 && (v[from] == 0 || (v[from] >= 20 && v[from] < 100 && v[from] % 10 == 0)) && v[from + 1] >= 1 &&
        v[from + 1] <= 9)
      return v[from] + v[from + 1];
    return std::nullopt;
  };
  if (v.size() >= 2 && v[0] == 2 && v[1] == 1000) {
    auto t = tail(2);
    return t ? std::optional<int>(2000 + *t) : std::nullopt;
  }
  if (v.size() < 2 || v[0] < 10 || v[0] > 20) return std::nullopt;
  if (v.size() == 2 && v[1] == 100) return v[0] * 100;
  auto t = tail(1);
  return t ? std::optional<int>(v[0] * 100 + *t) : std::nullopt;
}

// A small number said in words, as in a spoken clock time or a clipped year:
// "nineteen" 19, "twenty five" 25, "oh two" 2, "a quarter" 15, "half" 30;
// digits are read as digits. -1 when a word is not a number.
int DateExtractor::spoken_number(std::string_view words) const {
  if (!words.empty() && std::isdigit(static_cast<unsigned char>(words[0]))) return to_int(words);
  const std::string folded = lower(words);
  if (folded == "a quarter" || folded == "quarter") return 15;
  if (folded == "half") return 30;
  int total = 0;
  bool any = false;
  for (size_t i = 0; i < folded.size();) {
    size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    const std::string_view w(folded.data() + i, j - i);
    i = j + 1;
    int n = w == "oh" ? 0 : -1;
    for (const char* list : {"UNITS", "TEENS", "TENS"})
      if (n < 0) n = vocab_int(list, w, -1);
    if (n < 0) return -1;
    total += n;
    any = true;
  }
  return any ? total : -1;
}

std::string iso_week_str(const CivilDate& d) {
  const IsoWeek w = iso_week(d);
  return pad(w.year, 4) + "-W" + pad(w.week, 2);
}

// Days from the anchor to (month, day) of the anchor's own year; a month
// counts from its first day when ahead, from its last when behind.
long days_within_year(const CivilDate& anchor, int month, int day) {
  const long a = days_from_civil(anchor);
  if (day) return days_from_civil({anchor.year, month, day}) - a;
  const long first = days_from_civil({anchor.year, month, 1});
  if (first > a) return first - a;
  return days_from_civil({anchor.year, month, days_in_month(anchor.year, month)}) - a;
}

// A month (and day) without a year: its next occurrence when the clause looks
// ahead (even if it also looks back), its latest one up to the anchor when it
// only looks back; otherwise the one just ahead if it is near (announced dates,
// "Dec. 15" payment days), else the latest one before the anchor. day == 0
// compares months.
int infer_year(const CivilDate& anchor, int month, int day, bool future, bool past, bool past_near_kept = false) {
  const int a = anchor.month * 100 + (day ? anchor.day : 0);
  const int m = month * 100 + day;
  // Looking ahead, a date a few weeks back is still this year's: a plan
  // is rarely dated eleven months on ("decided on Feb. 11" told on Feb. 25).
  if (future) {
    // The same across the new year: "Dec. 18" or "the December report" told
    // on Jan. 2 is last month's, not one eleven months on.
    if (m >= a) {
      const CivilDate last{anchor.year - 1, month, day ? day : days_in_month(anchor.year - 1, month)};
      const bool valid = day == 0 || day <= days_in_month(anchor.year - 1, month);
      return valid && days_from_civil(anchor) - days_from_civil(last) <= kNearDays && month > anchor.month
                 ? anchor.year - 1
                 : anchor.year;
    }
    return days_within_year(anchor, month, day) >= -kNearDays ? anchor.year : anchor.year + 1;
  }
  // Looking back, a day a few weeks ahead is still this year's when no past
  // verb governs it (past_near_kept): copy gives the year of a day eleven
  // months back ("had been due on April 29", "came three weeks ahead of its
  // July 5 deadline", told on April 1 and June 13; not "the year-ago quarter
  // ended Oct. 31", told on Oct. 27).
  if (past) {
    if (m <= a) return anchor.year;
    return past_near_kept && day && days_within_year(anchor, month, day) <= kNearDays ? anchor.year : anchor.year - 1;
  }
  const int ahead_months = (month - anchor.month + 12) % 12;  // 0..11
  if (m > a && ahead_months <= (day ? 3 : 1)) return anchor.year;
  if (m < a && ahead_months > 0 && ahead_months <= (day ? 3 : 1)) return anchor.year + 1;
  return m <= a ? anchor.year : anchor.year - 1;
}

// A fiscal year written as a pair ("2025-26", "2019/2020") spans two
// consecutive calendar years; "1914-18" is a range of years.
bool one_year_pair(std::string_view first, std::string_view second) {
  if (first.size() != 4 || (second.size() != 2 && second.size() != 4)) return false;
  const int lo = to_int(first);
  int hi = to_int(second);
  if (second.size() == 2) {
    hi += lo / 100 * 100;
    if (hi < lo) hi += 100;
  }
  return hi == lo + 1;
}

// True when the full stop at `dot` closes an abbreviation (the "abbreviation"
// cue: an initial, "Mr.", "Corp.") rather than a clause.
bool DateExtractor::abbreviation_before(std::string_view text, size_t dot) const {
  const size_t from = dot > 12 ? dot - 12 : 0;
  return abbreviation_cue_ && RE2::PartialMatch(text.substr(from, dot - from), *abbreviation_cue_);
}

// Where the first "-ed" word of `part` that may be a past verb starts: not one
// after a determiner ("on a planned teacher work day", "the reduced dividend"),
// an adjective, or after "be" ("would be closed over the weekend"), a passive.
// npos when there is none.
size_t DateExtractor::ed_verb(std::string_view part) const {
  if (!past_ed_) return std::string_view::npos;
  re2::StringPiece m;
  for (size_t from = 0; from < part.size() && past_ed_->Match(part, from, part.size(), RE2::UNANCHORED, &m, 1);) {
    const size_t at = static_cast<size_t>(m.data() - part.data());
    const size_t lead = at > 16 ? at - 16 : 0;
    if (!ed_adjective_ || !RE2::PartialMatch(part.substr(lead, at - lead), *ed_adjective_)) return at;
    from = at + m.size();
  }
  return std::string_view::npos;
}

// True when `x` opens a line and what follows it on the line is a short
// bracket or title: a dated entry's heading ("2041-04-03 (Wed)", "Tue. 30
// June", "Wed. July 1 - Canada Day"), not a sentence that opens with a date.
bool entry_heading(std::string_view text, Span x) {
  size_t b = x.start;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  // A weekday's abbreviation the segmenter took for a sentence's end ("Sun. June 28, 2043").
  size_t w = b;
  while (w > 0 && b - w < 6 && (std::isalpha(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.' ||
                                text[w - 1] == ','))
    --w;
  if (w < b && (w == 0 || text[w - 1] == '\n') && std::isupper(static_cast<unsigned char>(text[w]))) b = w;
  if (b > 0 && text[b - 1] != '\n') return false;
  size_t e = text.find('\n', x.end);
  if (e == std::string_view::npos) e = text.size();
  std::string_view rest = text.substr(x.end, e - x.end);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r')) rest.remove_suffix(1);
  if (rest.empty()) return true;
  if (rest.size() > 32 || rest.find(". ") != std::string_view::npos) return false;
  return rest.starts_with(" (") || rest.starts_with(" - ") || rest.starts_with(" \xE2\x80\x93 ") ||
         rest.starts_with(" \xE2\x80\x94 ");
}

// True when `x` ends a short line with no sentence stop: a heading or a
// dateline ("WHAT'S ON TV - SATURDAY 23 SEPTEMBER", "Wednesday 24 April 2041").
bool heading_line(std::string_view text, Span x) {
  const size_t nl = x.start == 0 ? std::string_view::npos : text.rfind('\n', x.start - 1);
  const size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
  size_t e = x.end;
  // A heading may close a parenthesis on the date ("LAUNCH DAY TIMELINE (all times UTC, 21 June)").
  if (e < text.size() && text[e] == ')') ++e;
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
  if (e < text.size() && text[e] != '\n' && text[e] != '\r') return false;
  return x.end - line_start <= 80;
}

std::optional<Claim> DateExtractor::resolve(const Candidate& c, const ExtractInput& in, std::string_view sentence,
                                            DocState& st) const {
  const Rule& r = rules_[c.rule];
  const auto& g = c.g;
  auto has = [&](G k) { return !g[k].empty(); };
  // Whether what the text named ending at byte `end` lies before this
  // expression in its paragraph (no blank line between).
  auto in_paragraph_since = [&](uint32_t end) {
    return end <= c.x.start && in.text.substr(end, c.x.start - end).find("\n\n") == std::string_view::npos;
  };
  // ... and near it: within kClauseReach bytes (checked first: the cheaper test).
  auto just_named = [&](uint32_t end) {
    return end <= c.x.start && c.x.start - end <= kClauseReach && in_paragraph_since(end);
  };
  // In a text of dated entries, an entry's relative forms count from its heading's day.
  const bool in_entry = st.entries && st.entry_day && in.published && in_paragraph_since(st.entry_end);
  const std::optional<CivilDate> anchor = in_entry ? st.entry_day : in.published;
  bool anchored = false;
  std::string value;
  std::string type = r.type;
  // The expression's bounds within `sentence`.
  const size_t sentence_at = static_cast<size_t>(sentence.data() - in.text.data());
  const size_t x_start = c.x.start - sentence_at, x_end = c.x.end - sentence_at;
  // A new date the text says something was moved to ("has been moved to June 21",
  // "was postponed until Monday"): the occurrence nearest the story, whatever the tense.
  auto moved_to = [&] { return moved_to_ && RE2::PartialMatch(sentence.substr(0, x_start), *moved_to_); };

  // Tense is read from the clause around the expression, not the whole sentence
  // (the segmenter may hand over long spans).
  auto clause = [&] {
    const size_t xs = x_start, xe = x_end;
    size_t b = xs, e = xe;
    // At most kClauseReach bytes each way: a run-on "sentence" must not make this quadratic.
    const size_t b_min = xs > kClauseReach ? xs - kClauseReach : 0;
    const size_t e_max = std::min(sentence.size(), xe + kClauseReach);
    while (b > b_min &&
           !(sentence[b - 1] == '\n' || (sentence[b - 1] == ' ' && b >= 2 && sentence[b - 2] == '.' &&
                                         !abbreviation_before(sentence, b - 2))))
      --b;
    while (e < e_max && !(sentence[e] == '\n' || (sentence[e] == '.' && (e + 1 == sentence.size() || sentence[e + 1] == ' ') &&
                                                  !abbreviation_before(sentence, e))))
      ++e;
    return sentence.substr(b, e - b);
  };
  // "since March" looks back whatever the verb. Where both cues occur, infer_year
  // lets the future one win ("was announced in June and will close in January").
  // A past-tense verb right before the expression ("the company said on March 3")
  // governs it, whatever other verbs the clause holds ("... will pay ..., the
  // company said on March 3").
  const bool since = has(kBound) && (vocab_value("BOUND", g[kBound]) == json("since") ||
                                     (looks_back_ && RE2::FullMatch(g[kBound], *looks_back_)));
  // Not after "to be", "will" or "been": "guidelines to be published in November" is ahead.
  // Both tense questions ask it, so it is answered once.
  std::optional<bool> reported_answer;
  auto reported = [&] {
    if (reported_answer) return *reported_answer;
    reported_answer = false;
    if (!reported_cue_) return false;
    const size_t xs = x_start;
    const size_t from = xs > kVerbReach ? xs - kVerbReach : 0;
    const std::string_view before = sentence.substr(from, xs - from);
    re2::StringPiece verb;
    if (!reported_cue_->Match(before, 0, before.size(), RE2::UNANCHORED, &verb, 1)) return false;
    const size_t vs = static_cast<size_t>(verb.data() - sentence.data());
    const size_t vfrom = vs > kVerbReach ? vs - kVerbReach : 0;
    // "it projected in July" is an active past, though "projected" alone may look ahead.
    const bool active = subject_ && RE2::PartialMatch(sentence.substr(vfrom, vs - vfrom), *subject_);
    reported_answer =
        !(!active && reported_not_ && RE2::PartialMatch(std::string_view(verb.data(), verb.size()), *reported_not_)) &&
        !(reported_not_after_ && RE2::PartialMatch(sentence.substr(vfrom, vs - vfrom), *reported_not_after_));
    return *reported_answer;
  };
  // The expression's own conjunct, read before the clause: "Brazil beat Russia
  // on Sunday" in "... and will face Cameroon on Friday". Its words before the
  // expression, then those after it up to a reporting verb or "that" ("warnings
  // on Thursday that strikes could harm"). Modal verbs ("would", "could") count
  // only here, as do past-tense verbs ("beat", "held"). Words in "-ed" only
  // when `ed_words`: a weekday has no nearness to go by, while a month's year
  // is better guessed by nearness than by "the reduced dividend is payable Jan. 2".
  enum class Tense : uint8_t { kNone, kFuture, kPast };
  bool said_right_after = false;
  std::string_view conjunct;  // the expression's own conjunct, once read_local_tense has run
  auto read_local_tense = [&](bool ed_words) {
    const std::string_view cl = clause();
    const size_t xs = c.x.start - static_cast<size_t>(cl.data() - in.text.data());
    const size_t xe = xs + c.x.size();
    size_t b = 0, e = cl.size();
    re2::StringPiece cut;
    // Whether the conjunct opens after a verb of saying ("will be announced in
    // the spring, Keane said"): what follows is its complement, never a fronted
    // adverbial whose main clause comes after the comma.
    bool after_verb = false;
    if (conjunct_) {
      for (size_t from = 0; from < xs && conjunct_->Match(cl, from, xs, RE2::UNANCHORED, &cut, 1);) {
        b = static_cast<size_t>(cut.data() - cl.data()) + cut.size();
        from = std::max(b, from + 1);
        const std::string w = ascii_lower(std::string_view(cut.data(), cut.size()));
        after_verb = w.find("said") != std::string::npos || w.find("says") != std::string::npos ||
                     w.find("told") != std::string::npos || w.find("announced") != std::string::npos;
      }
    }
    if (complement_ && complement_->Match(cl, xe, cl.size(), RE2::UNANCHORED, &cut, 1)) {
      e = static_cast<size_t>(cut.data() - cl.data());
      // A reporting verb right after ("on Tuesday said"), not a relative
      // "that" ("will propose a budget Thursday that holds the line").
      std::string_view word(cut.data(), cut.size());
      word.remove_prefix(std::min(word.size(), word.find_first_not_of(" ,")));
      // Not after a comma: "... through Saturday, said the sheriff" is a postposed
      // attribution, whose tense says nothing of the day.
      const bool comma = std::string_view(cut.data(), cut.size()).find(',') != std::string_view::npos;
      said_right_after = cl.substr(xe, e - xe).find_first_not_of(" ,") == std::string_view::npos && !comma &&
                         !word.starts_with("that") && !word.starts_with("That");
    }
    if (conjunct_ && conjunct_->Match(cl, xe, e, RE2::UNANCHORED, &cut, 1)) e = static_cast<size_t>(cut.data() - cl.data());
    const std::string_view before = cl.substr(b, xs - b);
    std::string_view after = cl.substr(xe, e - xe);
    conjunct = cl.substr(b, e - b);
    // A fronted adverbial ("In January, American Medical brought in ...") has
    // no verb of its own: the main clause after its comma governs it, past-tense
    // verbs included, before any relative clause further on ("..., who will remain").
    bool fronted = false;
    const size_t first_word = before.find_first_not_of(' ');
    const bool at_most_one_word = first_word == std::string_view::npos ||
                                  before.find(' ', first_word) >= before.find_last_not_of(' ');
    if (after.find_first_not_of(' ') == std::string_view::npos && e < cl.size() && cl[e] == ',' && at_most_one_word &&
        !after_verb) {
      size_t me = cl.size();
      const size_t ms = std::min(cl.size(), e + 1);
      if (conjunct_ && conjunct_->Match(cl, ms, cl.size(), RE2::UNANCHORED, &cut, 1))
        me = static_cast<size_t>(cut.data() - cl.data());
      after = cl.substr(ms, me - ms);
      fronted = true;
    }
    auto in_part = [](std::string_view part, const std::unique_ptr<RE2>& re) { return re && RE2::PartialMatch(part, *re); };
    if (in_part(before, future_cue_) || in_part(before, modal_cue_)) return Tense::kFuture;
    // "gave it until mid-November": a bound ahead outlives the telling's tense.
    const bool has_bound = has(kBound) && !since;
    if (in_part(before, past_cue_) || (!has_bound && in_part(before, past_verb_)) ||
        (ed_words && ed_verb(before) != std::string_view::npos))
      return Tense::kPast;
    if (fronted) {
      // The main clause's first verb governs a fronted adverbial, not a later
      // one in a subordinate clause ("On Monday, the justices heard arguments
      // on whether ... until the penalty takes effect").
      auto first = [&](const std::unique_ptr<RE2>& re) {
        re2::StringPiece m;
        if (!re || !re->Match(after, 0, after.size(), RE2::UNANCHORED, &m, 1)) return std::string_view::npos;
        return static_cast<size_t>(m.data() - after.data());
      };
      const size_t fut = std::min(first(future_cue_), first(modal_cue_));
      size_t past = std::min(first(past_cue_), first(past_verb_));
      if (ed_words) past = std::min(past, ed_verb(after));
      if (fut == std::string_view::npos && past == std::string_view::npos) return Tense::kNone;
      return fut <= past ? Tense::kFuture : Tense::kPast;  // "scheduled" is both: the future reading wins
    }
    if (in_part(after, future_cue_) || in_part(after, modal_cue_)) return Tense::kFuture;
    if (in_part(after, past_cue_)) return Tense::kPast;
    return Tense::kNone;
  };
  std::array<std::optional<Tense>, 2> local_answers;  // by ed_words: asked several times, read once
  auto local_tense = [&](bool ed_words) {
    std::optional<Tense>& answer = local_answers[ed_words ? 1 : 0];
    if (!answer) answer = read_local_tense(ed_words);
    return *answer;
  };
  // A modal verb earlier in the clause with no past cue between it and the
  // expression: "said it would ship in Europe and Japan in April", where
  // "and" joins nouns, not clauses.
  auto modal_before = [&](bool strict) {
    if (!modal_cue_) return false;
    const std::string_view cl = clause();
    const size_t xs = c.x.start - static_cast<size_t>(cl.data() - in.text.data());
    re2::StringPiece m;
    size_t last = std::string_view::npos;
    for (size_t from = 0; from < xs && modal_cue_->Match(cl, from, xs, RE2::UNANCHORED, &m, 1);) {
      last = static_cast<size_t>(m.data() - cl.data()) + m.size();
      from = last;
    }
    if (last == std::string_view::npos) return false;
    const std::string_view between = cl.substr(last, xs - last);
    if (strict && (between.find(',') != std::string_view::npos || between.starts_with(" have ") ||
                   between.starts_with(" not have ")))
      return false;
    for (const auto* re : {past_cue_.get(), past_verb_.get()})
      if (re && RE2::PartialMatch(between, *re)) return false;
    return ed_verb(between) == std::string_view::npos;
  };
  // A past verb in "-ed" in the expression's own conjunct, not a participle
  // that looks ahead ("the merger, expected in May, closes").
  auto ed_past_own = [&] {
    local_tense(false);  // sets `conjunct`
    for (std::string_view rest = conjunct;;) {
      const size_t at = ed_verb(rest);
      if (at == std::string_view::npos) return false;
      rest.remove_prefix(at);
      size_t len = 0;
      while (len < rest.size() && std::isalpha(static_cast<unsigned char>(rest[len]))) ++len;
      if (!reported_not_ || !RE2::PartialMatch(rest.substr(0, len), *reported_not_)) return true;
      rest.remove_prefix(len);
    }
  };
  // What a directive asks for lies ahead of it: "advised passengers to travel
  // only if necessary on Monday", "urged parents to have children vaccinated
  // before schools reopen in late August". The cue reads the clause up to the
  // expression; an explicit past between ("was", "had") undoes it.
  auto directed = [&] {
    if (!directive_) return false;
    const std::string_view cl = clause();
    const size_t xs = c.x.start - static_cast<size_t>(cl.data() - in.text.data());
    const std::string_view lead = cl.substr(0, xs);
    re2::StringPiece m;
    if (!directive_->Match(lead, 0, lead.size(), RE2::UNANCHORED, &m, 1)) return false;
    return !(past_cue_ && RE2::PartialMatch(std::string_view(m.data(), m.size()), *past_cue_));
  };
  // Past the conjunct, the nearest tense cue of the clause decides ("On
  // Tuesday's call, the chief executive said ... the company intends to").
  auto nearest_cue = [&](const std::vector<const RE2*>& cues) {
    const std::string_view cl = clause();
    const size_t xs = c.x.start - static_cast<size_t>(cl.data() - in.text.data());
    const size_t xe = xs + c.x.size();
    size_t best = SIZE_MAX;
    // After the expression, only up to a comma that opens a postposed
    // attribution ("... recorders Wednesday, a board spokesman said"), which
    // says nothing of the day's tense; not ", so the holiday will be observed".
    size_t comma = std::min(cl.find(',', xe), cl.size());
    if (comma < cl.size()) {
      const size_t next = std::min(cl.find(',', comma + 1), cl.size());
      if (!complement_ || !RE2::PartialMatch(cl.substr(comma + 1, next - comma - 1), *complement_)) comma = cl.size();
    }
    for (const RE2* re : cues) {
      if (!re) continue;
      re2::StringPiece m;
      for (size_t from = 0; from < comma && re->Match(cl, from, comma, RE2::UNANCHORED, &m, 1);) {
        const size_t ms = static_cast<size_t>(m.data() - cl.data()), me = ms + m.size();
        best = std::min(best, me <= xs ? xs - me : ms >= xe ? ms - xe : 0);
        from = std::max(me, ms + 1);
      }
    }
    return best;
  };
  auto clause_future = [&] { return (future_cue_ && RE2::PartialMatch(clause(), *future_cue_)) || modal_before(false); };
  auto is_future = [&] {
    if (since || reported()) return false;
    if (directed()) return true;
    const Tense t = local_tense(false);
    // Another conjunct's future ("..., and the bank expects it to return")
    // does not reach an expression whose own conjunct has a past verb in "-ed"
    // ("inflation slowed to 2.6% from 3.1% in the March quarter").
    // Nor does one further off than a past cue of the clause ("Rainfall
    // between January and March was 160 per cent of normal, so ... rivers
    // will respond quickly"): the nearer tense is the expression's.
    if (t == Tense::kNone && past_cue_ && RE2::PartialMatch(clause(), *past_cue_) &&
        nearest_cue({past_cue_.get()}) < nearest_cue({future_cue_.get(), modal_cue_.get()}))
      return false;
    return t == Tense::kFuture || (t == Tense::kNone && !ed_past_own() && clause_future());
  };
  auto is_past = [&] {
    if (since || reported()) return true;
    const Tense t = local_tense(false);
    return t == Tense::kPast || (t == Tense::kNone && past_cue_ && RE2::PartialMatch(clause(), *past_cue_));
  };
  // A deadline ("by", "before", "until" a month or day) lies ahead unless the
  // clause looks back, "-ed" verbs of its conjunct included: "claim before
  // the end of June", told in February; not "closed by the end of November".
  const std::string bound_word = ascii_lower(std::string_view(g[kBound].data(), g[kBound].size()));  // empty without a bound
  // A past verb right before the expression, perhaps with one preposition
  // between ("the quarter ended Oct. 31", "shares bought from Aug. 26"), or a
  // direction of change ("come down from"): the day is that verb's, over,
  // whatever the rest of the clause says.
  std::optional<bool> past_verb_answer;
  auto past_verb_governs = [&] {
    if (past_verb_answer) return *past_verb_answer;
    const size_t from = x_start > 40 ? x_start - 40 : 0;
    std::string_view before = sentence.substr(from, x_start - from);
    auto last_word = [&] {
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      size_t b = before.size();
      while (b > 0 && std::isalpha(static_cast<unsigned char>(before[b - 1]))) --b;
      const std::string_view w = before.substr(b);
      before = before.substr(0, b);
      return ascii_lower(w);
    };
    std::string word = last_word();
    static const std::set<std::string, std::less<>> kPrepositions = {"on", "from", "in", "at", "of", "to", "since"};
    if (kPrepositions.count(word)) word = last_word();
    // "have come down from the middle of October": a change from a level, over.
    static const std::set<std::string, std::less<>> kDirections = {"down", "up", "back", "away", "off"};
    past_verb_answer = !word.empty() && (kDirections.count(word) || (past_verb_ && RE2::FullMatch(word, *past_verb_)) ||
                                         (past_ed_ && RE2::FullMatch(word, *past_ed_)));
    return *past_verb_answer;
  };
  // "from" looks ahead too ("gets the county's buses from 1 September"), unless
  // a past verb or a change ("down from") governs it.
  auto bound_ahead = [&] {
    return bound_word == "by" || bound_word == "before" || bound_word == "until" || bound_word == "till" ||
           (bound_word == "from" && !past_verb_governs());
  };
  // A weekday deadline: "until 8 a.m. Thursday", "by Friday"; not "before
  // Friday's purchases", which may be a day just past.
  auto deadline = [&] {
    return bound_word == "by" || bound_word == "until" || bound_word == "till" || bound_word == "through" ||
           bound_word == "thru";
  };
  // A past verb anywhere in the expression's clause between semicolons ("The
  // storm that moved through ... left 9,400 without power, around 3 a.m.
  // Sunday"; not "Talks are arranged for Thursday; a meeting follows on Friday").
  auto past_in_semiclause = [&] {
    std::string_view cl = clause();
    const size_t xs = c.x.start - static_cast<size_t>(cl.data() - in.text.data());
    const size_t open = cl.rfind(';', xs);
    if (open != std::string_view::npos) cl.remove_prefix(open + 1);
    const size_t close = cl.find(';', xs - (open == std::string_view::npos ? 0 : open + 1));
    if (close != std::string_view::npos) cl = cl.substr(0, close);
    return (past_verb_ && RE2::PartialMatch(cl, *past_verb_)) || ed_verb(cl) != std::string_view::npos;
  };
  auto is_ahead = [&] { return is_future() || (bound_ahead() && !is_past() && local_tense(true) != Tense::kPast); };
  // A deadline governed by an infinitive ("had agreed to let convoys cross and
  // to complete an exchange by July 31", "ordered both sides to file arguments
  // by April 18"): the past is the agreeing, not the day, which nearness places.
  auto infinitive_deadline = [&] {
    if (!infinitive_ || !bound_ahead()) return false;
    local_tense(false);  // sets `conjunct`
    const size_t at = static_cast<size_t>(conjunct.data() - in.text.data());
    if (c.x.start < at || c.x.start - at > conjunct.size()) return false;
    return RE2::PartialMatch(conjunct.substr(0, c.x.start - at), *infinitive_);
  };
  // Results reported in the expression's own conjunct: "will report fourth-quarter
  // results on Feb. 24", not "reported earnings on Tuesday, but warned that ...
  // could crimp sales in the second half".
  auto reports_results = [&] {
    local_tense(false);  // sets `conjunct`
    return results_cue_ && RE2::PartialMatch(conjunct, *results_cue_);
  };
  auto weekday_ahead = [&] {
    if (since || reported()) return false;
    const Tense t = local_tense(true);
    // The window of a warning ("issued a blizzard warning from 5 p.m. Friday
    // until noon Saturday"): the issuing is past, the window ahead, unless the
    // conjunct says it was ("the warning was in effect until Friday").
    if (warning_window_ && RE2::PartialMatch(sentence.substr(0, x_start), *warning_window_) &&
        !(past_cue_ && RE2::PartialMatch(conjunct, *past_cue_)))
      return true;
    if (said_right_after) return false;  // "on Tuesday said": the day of the saying
    if (directed()) return true;
    if (deadline() && t != Tense::kPast) return true;  // "has until 8 a.m. Thursday to leave"
    // "a closure from 20:00 on Friday until 06:00 on Monday": a weekday whose
    // clock time opens or closes a window lies ahead unless told in the past.
    if (clock_bound_ && t != Tense::kPast) {
      const size_t wd_at = static_cast<size_t>(g[kWeekday].data() - sentence.data());
      if (wd_at <= sentence.size() && RE2::PartialMatch(sentence.substr(0, wd_at), *clock_bound_)) return true;
    }
    if (t != Tense::kNone) return t == Tense::kFuture;
    // A clause opened by a condition in the present ("If Selene 3 lifts off on
    // Wednesday as planned, ...", "If the launch slips, a backup is available
    // on Thursday") speaks of what may yet happen; not with a past verb
    // between ("If he left on Monday").
    if (conditional_) {
      const std::string_view cl = clause();
      const size_t xs = c.x.start - static_cast<size_t>(cl.data() - in.text.data());
      re2::StringPiece m;
      if (conditional_->Match(cl, 0, xs, RE2::ANCHOR_START, &m, 1)) {
        const std::string_view between = cl.substr(m.size(), xs - m.size());
        bool past = ed_verb(between) != std::string_view::npos;
        for (const auto* re : {past_cue_.get(), past_verb_.get()})
          if (re && RE2::PartialMatch(between, *re)) past = true;
        if (!past) return true;
      }
    }
    // A verb of schedule in the present in the weekday's own conjunct: "Delaware
    // votes Saturday", "the team plays its first game Sunday".
    if (weekday_future_ && RE2::PartialMatch(conjunct, *weekday_future_)) return true;
    // A present copula before it: "The pick of the fixtures is City v United
    // (Saturday, 12.30pm)"; not after it ("Friday's purchases is far below").
    if (weekday_copula_ && conjunct.data() <= in.text.data() + c.x.start) {
      const size_t lead = static_cast<size_t>(in.text.data() + c.x.start - conjunct.data());
      if (RE2::PartialMatch(conjunct.substr(0, std::min(conjunct.size(), lead)), *weekday_copula_)) return true;
    }
    if (!clause_future()) return false;
    // "could bring heavy snow and strong winds to New England Thursday, followed
    // by ...": a modal with nothing past between it and the day governs it, if
    // no comma parts them ("would be on the streets tonight, up from 6,000 on
    // Monday night") and it is no perfect ("may have been responsible").
    if (modal_before(true)) return true;
    return nearest_cue({future_cue_.get()}) < nearest_cue({past_cue_.get(), past_verb_.get(), past_ed_.get()});
  };
  // The second month of a range ("January-June", "from March to May") takes the
  // first one's year, or the next year if it comes earlier in the calendar.
  auto range_end_year = [&](int m) -> std::optional<int> {
    if (!range_cue_ || !st.month || st.month_end > c.x.start || c.x.start - st.month_end > 16) return std::nullopt;
    if (!RE2::FullMatch(in.text.substr(st.month_end, c.x.start - st.month_end), *range_cue_)) return std::nullopt;
    const int first_year = *st.month / 12, first_month = *st.month % 12 + 1;
    return m >= first_month ? first_year : first_year + 1;
  };

  // A bare month, day, season or holiday told in the past tense in a
  // retrospective: the past year the text last named, if it is near.
  bool in_scene = false;  // the claim fell in the scene's year: it carries the scene on
  auto narrative_year = [&]() -> std::optional<int> {
    std::optional<int> y;
    if (st.past_year && c.x.start >= st.past_year_end) {
      y = st.past_year;
      // Within the paragraph and its reach, unless the text has not yet come to
      // the present: a new paragraph of a news story may come back to it.
      if (st.present_seen && (c.x.start - st.past_year_end > kNarrativeReach || !in_paragraph_since(st.past_year_end)))
        y.reset();
    }
    // A bare year long past earlier in the same sentence ("the Christmas truce
    // of 1914, when he swapped cigarettes with a Saxon soldier on Boxing Day")
    // sets no scene beyond its sentence, but what the sentence tells in the
    // past falls in it; not across a verb of saying ("The owner of the store,
    // which opened in 1987, said the June 27 robbery was the first").
    // Near it, too: a run-on "sentence" (a listing, a transcript) is no clause.
    if (!y && st.sentence_past_year && st.sentence_past_year_end >= sentence_at &&
        st.sentence_past_year_end <= c.x.start && c.x.start - st.sentence_past_year_end <= kVerbReach * 3) {
      const std::string_view between = in.text.substr(st.sentence_past_year_end, c.x.start - st.sentence_past_year_end);
      // Nor across a second predicate of its own ("Substation 7 was built in 1978
      // and failed twice in December"): that verb tells a time of its own.
      if (between.find('\n') == std::string_view::npos && between.find(". ") == std::string_view::npos &&
          !(complement_ && RE2::PartialMatch(between, *complement_)) &&
          !(second_predicate_ && RE2::PartialMatch(between, *second_predicate_)))
        y = st.sentence_past_year;
    }
    if (!y) return std::nullopt;
    // A bound ("until early December") looks ahead only from the present.
    if (since || (st.present_seen ? is_ahead() : is_future())) return std::nullopt;
    // Told in the past; in a text that is all history so far, any date not looking ahead.
    if (st.present_seen && !(is_past() || local_tense(true) == Tense::kPast)) return std::nullopt;
    in_scene = true;
    return y;
  };

  // The last period the text named was a half, not a quarter ("in the first
  // half ... a year earlier"); only within its paragraph: a later paragraph's
  // "more confident than they were a year ago" is the year, not the half.
  const bool half_last = st.half && (!st.quarter || st.half_end > st.quarter_end) && just_named(st.half_end);

  // A text that looks ahead (a call for papers, a term calendar: more of the
  // days it has named lie ahead of the story than behind it) and has just named
  // one ahead ("Notification of acceptance: April 24", "Term 1: Wednesday 3
  // September to"): a month or day with no tense of its own in its reach
  // ("Camera-ready papers due: May 8", "letters requested after mid-April") is
  // the next one too, not the last.
  auto text_ahead = [&] {
    return anchor && st.day && *st.day > *anchor && st.day_end <= c.x.start && c.x.start - st.day_end <= kClauseReach &&
           st.days_ahead >= 2 && st.days_ahead > st.days_behind && !is_past() && local_tense(true) != Tense::kPast;
  };

  // "in three days" is a day ahead only when the clause looks ahead; else a
  // span ("the index fell 5% in three days").
  if (r.ahead_only && !(anchor && is_ahead())) return std::nullopt;

  // The relative shift: the rule's own, or the word in `rel`, times the count in `n`.
  int shift = r.shift;
  if (has(kRel)) shift = vocab_int("REL", g[kRel], shift);
  if (has(kN) && (r.ago || r.later)) {
    int n = std::isdigit(static_cast<unsigned char>(g[kN][0])) ? to_int(g[kN]) : vocab_int("NUM", g[kN], 0);
    if (n == 0) n = spoken_number(g[kN]);  // "Twenty-two years ago"
    if (n <= 0) return std::nullopt;
    shift = r.ago ? -n : n;
  } else if (r.ago) {
    shift = shift ? shift : -1;
  }
  // "temperatures were expected to drop below freezing overnight": the night ahead.
  if (r.ahead_shift && anchor && is_ahead()) shift = *r.ahead_shift;

  int year = 0;
  if (has(kYear)) year = to_int(g[kYear]);
  if (has(kYearWords)) {
    auto y = spoken_year(g[kYearWords]);
    if (!y && r.clipped && st.spoken_years) {
      // "ninety-two" after "nineteen ninety-one": the century of the year the
      // text last named, else the story's, as with a two-digit year.
      const int yy = spoken_number(g[kYearWords]);
      if (yy >= 10 && yy <= 99) {
        if (st.year) {
          y = *st.year / 100 * 100 + yy;
        } else if (anchor) {
          const int pivot = (anchor->year % 100) + 10;
          y = (anchor->year / 100) * 100 + (yy <= pivot ? 0 : -100) + yy;
        }
      }
    }
    if (!y) return std::nullopt;
    year = *y;
    st.spoken_years = true;
  }
  if (has(kYY)) {
    const int yy = to_int(g[kYY]);
    const int pivot = anchor ? (anchor->year % 100) + 10 : 50;
    const int century = anchor ? (anchor->year / 100) * 100 : 2000;
    year = yy <= pivot ? century + yy : century - 100 + yy;
  }
  if (!r.range.empty()) {
    // One end of a year range: the other end must be a later year, at most 20 on
    // ("2025-26", "2024-2025"), which keeps ISO months ("2025-09") out.
    if (!has(kTo)) return std::nullopt;
    const int lo = r.range == "low" ? year : to_int(g[kTo]);
    int hi = r.range == "low" ? to_int(g[kTo]) : (has(kYY) ? to_int(g[kYY]) : year);
    const bool short_hi = r.range == "low" ? g[kTo].size() == 2 : has(kYY);
    if (short_hi) {
      hi += lo / 100 * 100;
      if (hi < lo) hi += 100;
    }
    // A life's or an era's span of full years ("1941-2032") may be longer.
    const bool full_years = r.range == "low" ? g[kTo].size() == 4 : !has(kYY);
    if (hi <= lo || (hi - lo > 20 && !full_years)) return std::nullopt;
    year = r.range == "low" ? lo : hi;
  }
  int month = 0;
  if (has(kMonth)) {
    month = std::isdigit(static_cast<unsigned char>(g[kMonth][0])) ? to_int(g[kMonth]) : vocab_int("MONTH", g[kMonth], 0);
    if (month < 1 || month > 12) return std::nullopt;
  }
  // "June thirtieth", "January first": a spoken ordinal day.
  int day = !has(kDay) ? 0
            : std::isdigit(static_cast<unsigned char>(g[kDay][0])) ? to_int(g[kDay])
                                                                  : vocab_int("DAY_ORD", g[kDay], 0);
  if (r.day_first_doc && st.day_first && day >= 1 && day <= 12) std::swap(month, day);
  if (has(kDay) && day == 0) return std::nullopt;
  // "6 p.m. on Halloween": a clock time joined to a holiday by "on" is on the
  // holiday's day, as one joined to a written date is (date.time_on_date); the
  // year is then inferred as for that date.
  if (r.unit == "time" && has(kHoliday) && !has(kMonth)) {
    const auto spec = vocab_value("HOLIDAY", g[kHoliday]);
    const auto date = spec && (year || anchor) ? holiday_date(*spec, year ? year : anchor->year) : std::nullopt;
    if (!date) return std::nullopt;
    month = date->month;
    day = date->day;
  }

  const std::string& u = r.unit;
  // An encyclopedia entry's "Today the name survives ...": no story day to
  // anchor it, only the present against the past the text has told; not a
  // day told in the past ("marked the anniversary today").
  const bool history_only = !r.history_value.empty() && anchor && !st.present_seen && st.year &&
                            *st.year <= anchor->year - kSceneYears && !is_past() &&
                            local_tense(true) != Tense::kPast;
  if (history_only) {
    value = r.history_value;
  } else if (!r.literal.empty()) {
    value = r.literal;
  } else if (u == "day" || u == "time") {
    std::optional<CivilDate> mention_day;  // the day named before, when the claim took it
    if (month && day) {
      std::string year_word;
      if (!year && anchor && year_after_ &&
          RE2::PartialMatch(sentence.substr(x_end), *year_after_, &year_word)) {
        // "due by August 31 next year": the year phrase after the day (its own
        // expression) says which year, whatever the tense says.
        year = anchor->year + vocab_int("REL", year_word, 0);
        anchored = true;
      } else if (!year && anchor && moved_to()) {
        // "has been moved to June 21", "was postponed until March 3": whatever
        // the tense of the moving, the new date is the occurrence nearest the
        // story's (ahead when told in April, past when told in July).
        year = anchor->year;
        long best = -1;
        for (int y : {anchor->year - 1, anchor->year, anchor->year + 1}) {
          if (day > days_in_month(y, month)) continue;
          const long d = std::labs(days_from_civil(CivilDate{y, month, day}) - days_from_civil(*anchor));
          if (best < 0 || d < best) {
            best = d;
            year = y;
          }
        }
        anchored = true;
      } else if (!year && anchor) {
        // "the fiscal year ending June 30": the end of a period still running,
        // the next such day unless it has just gone by.
        year = narrative_year().value_or(
            infer_year(*anchor, month, day, r.ahead || is_ahead() || text_ahead(),
                       !r.ahead && (is_past() || ed_past_own()) && !infinitive_deadline(), !past_verb_governs()));
        anchored = true;
        // A weekday written with the date must fall on it: "Sunday, July 20" in
        // a story of 2009 about 1969 is 1969's, the year the text last dated.
        // Only that year is tried: a weekday that fits no year the text named
        // is more likely a misread list ("Saturday and Sunday, March 30 and 31").
        const int wd = has(kWeekday) ? vocab_int("WEEKDAY", g[kWeekday], -1) : -1;
        auto agrees = [&](int y) {
          return day <= days_in_month(y, month) && iso_weekday(CivilDate{y, month, day}) == wd;
        };
        // Failing those, the story's year or the next one ("The last day of
        // school moves to Thursday, June 12", told in February), when the
        // weekday stands alone, not second in a list of weekdays.
        if (wd >= 0 && !agrees(year)) {
          const std::string_view lead = sentence.substr(0, x_start);
          const bool listed = weekday_before_ && RE2::PartialMatch(lead, *weekday_before_);
          if (st.day && agrees(st.day->year)) year = st.day->year;
          else if (st.year && agrees(*st.year)) year = *st.year;
          else if (!listed && agrees(anchor->year)) year = anchor->year;
          else if (!listed && agrees(anchor->year + 1)) year = anchor->year + 1;
          else if (r.weekday_agrees) return std::nullopt;
        }
      }
      if (year) {
        if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
        value = to_iso({year, month, day});
        if (point_ && RE2::PartialMatch(sentence.substr(0, x_start), *point_)) {
          st.point_day = CivilDate{year, month, day};
          st.point_end = c.x.end;
        }
      } else {
        if (day < 1 || day > 31) return std::nullopt;
        value = "XXXX-" + pad(month, 2) + "-" + pad(day, 2);
      }
    } else if (day && anchor) {
      // A day of the month alone ("the 4th", "Tuesday 4th"): the last full date if
      // it has that day, else the story's month, or the next/previous one when the
      // day is already past/still ahead against the clause's tense; with a weekday,
      // the nearest month where the two agree.
      anchored = true;
      auto in_month = [&](int off) -> std::optional<CivilDate> {
        const int m = anchor->year * 12 + (anchor->month - 1) + off;
        if (day < 1 || day > days_in_month(m / 12, m % 12 + 1)) return std::nullopt;
        return CivilDate{m / 12, m % 12 + 1, day};
      };
      std::optional<CivilDate> pick;
      // The month the text named last, close by ("on Saturday 2 November ...
      // Return on the 9th", "payable on August 28 to holders of record as of
      // the 14th"), unless that puts a day told in the past after the story.
      std::optional<CivilDate> in_named_month;
      if (st.month && !has(kWeekday) && !has(kRel) && st.month_end <= c.x.start &&
          c.x.start - st.month_end <= kClauseReach) {
        const int ny = *st.month / 12, nm = *st.month % 12 + 1;
        if (day <= days_in_month(ny, nm) && !(CivilDate{ny, nm, day} > *anchor && is_past()))
          in_named_month = CivilDate{ny, nm, day};
      }
      if (st.day && st.day->day == day && !has(kWeekday)) {
        pick = st.day;  // "put back to Tuesday 4th ... if approved on the 4th": the same day again
      } else if (in_named_month) {
        pick = in_named_month;
      } else if (has(kWeekday)) {
        const int wd = vocab_int("WEEKDAY", g[kWeekday], -1);
        // The month the text named last, when the weekday falls on the day there
        // ("Race day: Saturday 17 June ... Reserve day: Sunday 18th"); else the
        // story's month or the one after or before.
        if (st.month && st.month_end <= c.x.start) {
          const int ny = *st.month / 12, nm = *st.month % 12 + 1;
          if (day <= days_in_month(ny, nm) && iso_weekday(CivilDate{ny, nm, day}) == wd) pick = CivilDate{ny, nm, day};
        }
        for (int off : {0, 1, -1})
          if (auto d = in_month(off); !pick && d && iso_weekday(*d) == wd) {
            pick = d;
            break;
          }
      } else if (has(kRel)) {
        pick = in_month(shift);  // "the 15th of next month", "the 22nd of this month"
      } else if (day < anchor->day && is_ahead()) {
        pick = in_month(1);
      } else if (day > anchor->day && is_past()) {
        pick = in_month(-1);
      } else {
        pick = in_month(0);
      }
      if (!pick) return std::nullopt;
      value = to_iso(*pick);
    } else if (month && has(kWeekday) && has(kQ)) {
      // "the first Saturday of February": the n-th weekday of the month, in the
      // year the clause's tense gives the month.
      const int wd = vocab_int("WEEKDAY", g[kWeekday], -1);
      const std::string nth = lower(g[kQ]);
      const int n = nth == "last" || nth == "final" ? -1 : vocab_int("ORD", g[kQ], 0);
      if (wd < 0 || n == 0) return std::nullopt;
      if (!year && anchor) {
        anchored = true;
        // A recurring day named by its rule, with no past in its clause
        // ("open nights restart on the first Saturday of February"), is the next one.
        const bool past = is_past() || local_tense(true) == Tense::kPast;
        year = narrative_year().value_or(infer_year(*anchor, month, 0, !past, past));
      }
      if (!year) return std::nullopt;
      const auto d = nth_weekday(year, month, n, wd);
      if (!d) return std::nullopt;
      value = to_iso(*d);
    } else if (has(kWeekday) && r.ref == "rel_week" && anchor) {
      // "Monday last week", "Friday of next week": that weekday of the ISO week
      // the rel shifts to from the story's.
      anchored = true;
      const int wd = vocab_int("WEEKDAY", g[kWeekday], -1);
      if (wd < 0) return std::nullopt;
      const int weeks = has(kRel) ? vocab_int("REL", g[kRel], 0) : 0;
      value = to_iso(add_days(*anchor, wd - iso_weekday(*anchor) + 7L * weeks));
    } else if (has(kWeekday) && r.ref == "named_week" && st.day && just_named(st.day_end)) {
      // "On the Saturday" after "opens on Friday 11 July": the first such
      // weekday on or after the day the text last named, in its paragraph and
      // near it (farther off, the week meant may be another the text named).
      const int wd = vocab_int("WEEKDAY", g[kWeekday], -1);
      if (wd < 0) return std::nullopt;
      const CivilDate d = add_days(*st.day, (wd - iso_weekday(*st.day) + 7) % 7);
      value = to_iso(d);
      st.weekday_day = d;
      st.weekday_end = c.x.end;
    } else if (has(kWeekday) && r.step != "week" && r.step != "month") {
      const int wd = vocab_int("WEEKDAY", g[kWeekday], -1);
      if (wd < 0) return std::nullopt;
      if (anchor) {
        anchored = true;
        const int aw = iso_weekday(*anchor);
        int delta;
        // The second day of a list counts on from the first: "meeting on
        // Friday and Saturday", "trains on Saturday and Sunday".
        // Only a list told ahead, in the week's order: "statements made Friday
        // and Thursday" is two days past.
        // A range ("from Friday through Sunday") counts on whichever way it lies.
        const std::string_view gap =
            st.weekday_day && c.x.start >= st.weekday_end && c.x.start - st.weekday_end <= kSequenceReach
                ? in.text.substr(st.weekday_end, c.x.start - st.weekday_end)
                : std::string_view();
        const bool near = !gap.empty() && gap.size() <= 16;
        const bool range = near && range_cue_ && RE2::FullMatch(gap, *range_cue_) &&
                           gap.find("and") == std::string_view::npos && gap.find("or") == std::string_view::npos;
        // A longer gap of one schedule told ahead ("announced Wednesday, followed
        // by literature on Thursday and the peace prize on Friday") counts on
        // too, unless a past verb in it starts a clause of its own ("and the
        // index fell on Friday").
        auto in_gap = [&](const std::unique_ptr<RE2>& re) { return re && RE2::PartialMatch(gap, *re); };
        const bool sequence = !gap.empty() && weekday_sequence_ && RE2::FullMatch(gap, *weekday_sequence_) &&
                              !in_gap(past_cue_) && !in_gap(past_verb_);
        const bool listed = !has(kRel) && !gap.empty() && (range || *st.weekday_day >= *anchor) &&
                            iso_weekday(*st.weekday_day) < wd &&
                            ((near && weekday_list_ && RE2::FullMatch(gap, *weekday_list_)) || sequence);
        const std::string_view after_day = sentence.substr(x_end);
        // A bare weekday that is the weekday of a day ahead the text has just
        // named, in its paragraph ("SATURDAY 3 JUNE / ... all Saturday
        // afternoon", "the vote on Tuesday, March 5 ... Tuesday's turnout"):
        // that day, not the one of the story's own week. Not a day gone by:
        // news names one in passing ("since his Aug. 2 power-grab ... on
        // Iraqi television Thursday", "from Sept. 14 to Thursday"), nor a
        // day of reporting or told in the past ("will launch on June 1 ...,
        // the agency said on Sunday").
        const bool same_day = !has(kRel) && !r.ahead && r.add_days == 0 && st.day && *st.day > *anchor &&
                              !reported() && !said_right_after && !is_past() && local_tense(true) != Tense::kPast &&
                              just_named(st.day_end) && iso_weekday(*st.day) == wd;
        if (same_day) {
          delta = static_cast<int>(days_from_civil(*st.day) - days_from_civil(*anchor));
        } else if (r.ahead) {
          delta = (wd - aw + 7) % 7;  // "Tuesday week": a week after the coming Tuesday, said only of days ahead
        } else if (listed) {
          const int lw = iso_weekday(*st.weekday_day);
          const int step = (wd - lw + 7) % 7;
          delta = static_cast<int>(days_from_civil(add_days(*st.weekday_day, step == 0 ? 7 : step)) -
                                   days_from_civil(*anchor));
        } else if (!has(kRel) && weekday_past_ && RE2::PartialMatch(after_day, *weekday_past_)) {
          delta = -((aw - wd + 7) % 7);  // "a premium to Monday's close"
        } else if (!has(kRel) && moved_to()) {
          // "has been moved to Monday": the new day is the nearer one, whatever
          // the tense of the moving.
          const int ahead_days = (wd - aw + 7) % 7, back_days = (aw - wd + 7) % 7;
          delta = ahead_days <= back_days ? ahead_days : -back_days;
        } else if (has(kRel) && shift > 0 && ascii_lower(g[kRel]).find("following") != std::string::npos && st.day &&
                   just_named(st.day_end)) {
          // "the following Saturday" after "Saturday 26 September": the first one
          // after the day the text last named in its paragraph, not after the story's.
          const int step = (wd - iso_weekday(*st.day) + 7) % 7;
          delta = static_cast<int>(days_from_civil(add_days(*st.day, step == 0 ? 7 : step)) - days_from_civil(*anchor));
        } else if (has(kRel) && shift < 0) {
          delta = -((aw - wd + 7) % 7);
          if (delta == 0) delta = -7;
        } else if ((has(kRel) && shift > 0) || weekday_ahead() ||
                   // "this Friday" is the coming one unless its clause is told
                   // in the past ("goes live this Friday", told on a Wednesday).
                   (has(kRel) && shift == 0 && local_tense(true) != Tense::kPast)) {
          delta = (wd - aw + 7) % 7;
          if (has(kRel) && delta == 0) delta = 7;
        } else if (st.looks_ahead && !has(kRel) && !since && !reported() && !said_right_after &&
                   local_tense(true) == Tense::kNone && !is_past() && !past_in_semiclause()) {
          delta = (wd - aw + 7) % 7;  // a notice's or a schedule's bare weekday: the coming one
        } else if (in_entry && !has(kRel) && !since &&
                   add_days(*anchor, (wd - aw + 7) % 7) <= *in.published) {
          // A diary entry tells its day and those after it, up to the text's
          // own: "we wrapped at 03:20 Wednesday" under a Tuesday's heading.
          delta = (wd - aw + 7) % 7;
        } else {
          delta = -((aw - wd + 7) % 7);
          if (delta == 0 && since) delta = -7;  // "has fallen since Friday", told on a Friday
        }
        value = to_iso(add_days(*anchor, delta + r.add_days));
        st.weekday_day = add_days(*anchor, delta + r.add_days);
        st.weekday_end = c.x.end;
      } else {
        value = "XXXX-WXX-" + std::to_string(wd + 1);
      }
    } else if (r.ref == "heading" && st.heading_day) {
      mention_day = *st.heading_day;
      value = to_iso(*mention_day);
    } else if ((r.ref == "mention" || r.ref == "heading") && st.day &&
               // A day ahead of the story cannot hold what the clause tells as
               // past ("were suspended at noon" after "a deadline of April 15"):
               // the story's own day does.
               !(anchor && *st.day > *anchor && is_past() &&
                 !moved_to())) {
      mention_day = *st.day;
      // Two paragraph breaks or more since the day was named (then it was
      // named in an earlier sentence, however the text was segmented).
      const std::string_view gap =
          st.day_end <= c.x.start ? in.text.substr(st.day_end, c.x.start - st.day_end) : std::string_view();
      const size_t first_break = gap.find("\n\n");
      const bool far_back = first_break != std::string_view::npos &&
                            gap.find("\n\n", first_break + 2) != std::string_view::npos;
      if (anchor && u == "time" && (st.day_end < sentence_at || far_back)) {
        // A clock time told ahead ("Commercial operations will start at 6
        // am") cannot fall on a day already past that an earlier sentence
        // named ("Trial runs had been going on since 5th December"): it is on
        // the day ahead the text last named (the opening), if it named one.
        // Not after the story's own day: "will be held at 4 p.m." may be today.
        if (st.ahead_day && *st.day < *anchor && is_future()) mention_day = *st.ahead_day;
        // A day named as a bound in an earlier sentence ("rain is possible
        // through Sunday", "trial runs since 5th December") is the far end of
        // a span, not the day the text has moved to: a clock time after it
        // ("The next advisory is due at 4 p.m. CDT") is on the story's day.
        else if (st.day_bound) mention_day = *anchor;
        // A day named two paragraphs back or more ("reserves were 87% full as
        // of Monday") is no scene the text stays in: a clock time there ("shares
        // were up 2.4% at 11:15 a.m. in Frankfurt") is on the story's day. The
        // next paragraph may still tell the lead's day ("canceled flights on
        // Monday" ... "The outage began at about 4:15 a.m.").
        else if (far_back) mention_day = *anchor;
        // A clock time with no past in its clause after a sentence that named
        // a day gone by ("Offence date 05/09/2036." ... "Sitting at 10.30am")
        // is the listing's day, or the story's: a past day holds only times
        // told in the past ("The plant was shut on March 3. The fire broke out
        // shortly after 5 a.m.").
        else if (*st.day < *anchor && !is_past() && local_tense(true) == Tense::kNone &&
                 !(past_verb_ && RE2::PartialMatch(clause(), *past_verb_)) && ed_verb(clause()) == std::string_view::npos)
          mention_day = st.heading_day.value_or(*anchor);
      }
      value = to_iso(add_days(*mention_day, shift));
    } else if (anchor && (r.step == "week" || r.step == "month")) {
      // "a week from today", "three weeks from tomorrow", "a week from Thursday"
      // (the coming one), "two months from tomorrow": the exact day.
      anchored = true;
      CivilDate base = *anchor;
      if (has(kWeekday)) {
        const int wd = vocab_int("WEEKDAY", g[kWeekday], -1);
        if (wd < 0) return std::nullopt;
        int delta = (wd - iso_weekday(*anchor) + 7) % 7;
        base = add_days(*anchor, delta == 0 ? 7 : delta);
      } else if (has(kRel)) {
        base = add_days(*anchor, vocab_int("REL", g[kRel], 0));
      }
      value = to_iso(r.step == "week" ? add_days(base, 7L * shift) : add_months(base, shift));
    } else if (anchor && r.step == "year") {
      // The same day N years back; 29 February falls back to the 28th.
      anchored = true;
      value = to_iso(add_months(*anchor, 12 * shift));
    } else if (anchor) {
      anchored = true;
      if (r.ref == "mention" || r.ref == "heading") mention_day = *anchor;  // no day named yet: the story's
      value = to_iso(add_days(*anchor, shift));
    } else {
      value = "XXXX-XX-XX";
    }
    if (has(kPart) && !has(kHour)) {
      auto p = vocab_value("PART", g[kPart]);
      if (p && p->is_string()) {
        value += "T" + p->get<std::string>();
        type = "TIME";
      }
    }
    if (has(kHour)) {
      // "two-nineteen", "eleven o'clock", "twenty past midnight": words as well as digits.
      const std::string hour_word = lower(g[kHour]);
      int h = hour_word == "midnight" ? 0 : hour_word == "noon" ? 12 : spoken_number(g[kHour]);
      // a.m./p.m., or the part of the day said with a spoken time ("this
      // afternoon", "last night", "in the morning"), or none: the clock as said.
      std::string half = has(kAmPm) ? lower(g[kAmPm]) : std::string();
      if (half.empty() && has(kPart)) half = lower(g[kPart]);
      if (!half.empty() && h >= 0 && h <= 12) {
        bool pm = half[0] == 'p' || half.find("afternoon") != std::string::npos ||
                  half.find("evening") != std::string::npos || half.find("night") != std::string::npos;
        // The first end of a range borrowing the second end's a.m./p.m. ("5-7pm")
        // is in the other half of the day when its hour is the later one: "11-1pm"
        // starts at 11:00, "10-2am" at 22:00.
        const bool borrowed = has(kTo) && has(kAmPm) && has(kX) && g[kAmPm].data() >= g[kX].data() + g[kX].size();
        if (borrowed && h % 12 > to_int(g[kTo]) % 12) pm = !pm;
        if (h == 12) h = 0;
        // "twelve o'clock tonight" is midnight's hour, "ten last night" 22:00.
        if (pm && !(half.find("night") != std::string::npos && h == 0)) h += 12;
      }
      // A spoken time with nothing to tell a.m. from p.m. ("eleven o'clock",
      // "nine-thirty") shortly after a p.m. one is p.m. too: broadcasts give
      // one evening in several zones ("seven p.m. Eastern ... eleven o'clock").
      const bool spoken = !std::isdigit(static_cast<unsigned char>(g[kHour][0])) ||
                          lower(in.text.substr(c.x.start, c.x.size())).find("o'clock") != std::string::npos;
      if (half.empty() && spoken && h >= 1 && h <= 11 && st.clock_pm.value_or(false) && c.x.start >= st.clock_end &&
          c.x.start - st.clock_end <= kClockReach)
        h += 12;
      const int minute = has(kMinute) ? spoken_number(g[kMinute]) : 0;
      if (h < 0 || h > 23 || minute < 0 || minute > 59) return std::nullopt;
      // "a curfew from 8 p.m. to 5 a.m.", "stayed until two a.m." after "last
      // night": an early-morning time right after an evening is the next day's.
      // The same clock time restated alone ("23:52 The signing service fails"
      // after "Between 23:52 UTC on 31 December 2032 and ...") is that day's.
      // A listing entry after the heading's "tonight" is no night-time sequel:
      // only a listing entry's own evening time is.
      const auto restated = mention_day && minute ? st.clock_days.find(h * 60 + minute) : st.clock_days.end();
      if (restated != st.clock_days.end()) {
        value = to_iso(restated->second) + value.substr(10);
      } else if (mention_day && h < 7 && st.evening_day && *st.evening_day == *mention_day &&
                 c.x.start >= st.evening_end && c.x.start - st.evening_end <= kNightReach && value.size() >= 10 &&
                 (r.ref != "heading" || st.evening_clock)) {
        value = to_iso(add_days(*mention_day, shift + 1)) + value.substr(10);
      }
      if (!mention_day && minute && value.size() >= 10 && ((has(kMonth) && has(kDay)) || has(kWeekday)))
        if (auto d = parse_iso_date(value.substr(0, 10))) st.clock_days[h * 60 + minute] = *d;
      value += "T" + pad(h, 2) + ":" + pad(minute, 2);
      if (has(kSecond)) value += ":" + pad(to_int(g[kSecond]), 2);  // "23:59:59 UTC"
      type = "TIME";
      st.clock_pm = h >= 12;
      st.clock_end = c.x.end;
    }
    if (type == "TIME" && value.size() >= 13 && value[10] == 'T') {
      const std::string_view t = std::string_view(value).substr(11);
      if (t == "EV" || t == "NI" || (std::isdigit(static_cast<unsigned char>(t[0])) && to_int(t.substr(0, 2)) >= 18)) {
        if (auto d = parse_iso_date(value.substr(0, 10))) {
          st.evening_day = d;
          st.evening_end = c.x.end;
          st.evening_clock = std::isdigit(static_cast<unsigned char>(t[0]));
        }
      }
    }
  } else if (u == "holiday") {
    auto spec = vocab_value("HOLIDAY", g[kHoliday]);
    if (!spec) return std::nullopt;
    std::optional<CivilDate> date;
    if (year) {
      date = holiday_date(*spec, year);
    } else if (anchor) {
      anchored = true;
      const auto cur = holiday_date(*spec, anchor->year);
      if (!cur) return std::nullopt;
      if (has(kRel) && shift < 0) {  // "last Christmas": the latest one before the story
        date = *cur < *anchor ? cur : holiday_date(*spec, anchor->year - 1);
      } else if (has(kRel) && shift > 0) {
        date = *cur > *anchor ? cur : holiday_date(*spec, anchor->year + 1);
      } else if (has(kRel)) {
        date = cur;
      } else {
        date = holiday_date(*spec, narrative_year().value_or(
                                       infer_year(*anchor, cur->month, cur->day, is_future() || text_ahead(), is_past())));
      }
    }
    if (date && r.step == "around") {
      // "the day after Thanksgiving", "the Tuesday before Thanksgiving": a day
      // counted from the holiday, the rule's shift giving the direction.
      const int dir = shift < 0 ? -1 : 1;
      if (has(kWeekday)) {
        const int wd = vocab_int("WEEKDAY", g[kWeekday], -1);
        if (wd < 0) return std::nullopt;
        CivilDate d = add_days(*date, dir);
        while (iso_weekday(d) != wd) d = add_days(d, dir);
        value = to_iso(d);
      } else {
        value = to_iso(add_days(*date, dir));
      }
    } else if (date) {
      value = to_iso(*date);
    } else if (spec->contains("day") && spec->contains("month")) {
      value = "XXXX-" + pad(spec->value("month", 0), 2) + "-" + pad(spec->value("day", 0), 2);
    } else {
      value = "XXXX-XX-XX";
    }
  } else if (u == "week" || u == "weekend") {
    // "that weekend", "the week after", "the week before": the week of the
    // day the text last named in its paragraph, or the one after or before
    // it ("Apple Day falls on Sunday 21 October; orchards open that weekend").
    // A week the text named after that day ("Next week: Level 10 pour. The
    // week after: ...") is the one counted from.
    std::optional<CivilDate> base_day = st.day;
    uint32_t base_end = st.day_end;
    if (st.week_day && (!st.day || st.week_end > st.day_end)) base_day = st.week_day, base_end = st.week_end;
    const bool mention_week = r.ref == "mention" && anchor && base_day && just_named(base_end);
    if (mention_week) {
      // dated below
    } else if (u == "weekend" && !has(kRel) && anchor) {
      // "the weekend": the one just past, unless the clause looks ahead or it is the weekend now.
      // From Friday on it is the coming one: the one five days back would be "last weekend".
      shift = (weekday_ahead() || iso_weekday(*anchor) >= 4) ? 0 : -1;
    } else if (u == "weekend" && has(kRel) && shift > 0 && anchor && iso_weekday(*anchor) <= 4 &&
               ascii_lower(g[kRel]).find("coming") != std::string::npos) {
      shift = 0;  // "this coming weekend", told on a weekday: the one at the end of this week
    }
    std::optional<json> holiday;
    if (u == "weekend" && has(kHoliday)) holiday = vocab_value("HOLIDAY", g[kHoliday]);
    if (mention_week) {
      anchored = true;
      value = iso_week_str(add_days(*base_day, 7L * shift));
    } else if (holiday && anchor) {
      // "the Easter weekend", "the Fourth of July weekend": the weekend holding
      // the holiday, or next to it (a Monday holiday's weekend is the one before,
      // a Thursday's the one after), in the year the tense gives.
      anchored = true;
      const auto cur = holiday_date(*holiday, anchor->year);
      if (!cur) return std::nullopt;
      auto d = holiday_date(*holiday, infer_year(*anchor, cur->month, cur->day, is_future(), is_past()));
      if (!d) return std::nullopt;
      const int wd = iso_weekday(*d);
      value = iso_week_str(add_days(*d, wd <= 1 ? -2 - wd : 5 - wd));
    } else if (month && !day && u == "week" && has(kQ)) {
      // "the last week of August", "the first week of September": the ISO week
      // whose Thursday falls in the month (as ISO weeks belong to years).
      const std::string nth = lower(g[kQ]);
      const int n = nth == "last" || nth == "final" ? -1 : vocab_int("ORD", g[kQ], 0);
      if (n == 0) return std::nullopt;
      if (!year && anchor) {
        anchored = true;
        year = narrative_year().value_or(infer_year(*anchor, month, 0, is_ahead(), is_past()));
      }
      if (!year) return std::nullopt;
      auto thursday = nth_weekday(year, month, n, 3);
      if (!thursday) return std::nullopt;
      value = iso_week_str(*thursday);
    } else if (month && day) {  // "w/c 7 June", "the weekend of 22-23 May": the week holding that day
      if (!year && anchor) {
        year = infer_year(*anchor, month, day, is_ahead() || text_ahead(), is_past());
        anchored = true;
      }
      if (!year || day < 1 || day > days_in_month(year, month)) return std::nullopt;
      value = iso_week_str({year, month, day});
    } else if (u == "week" && year && has(kN)) {  // "week 21 of 2036": the ISO week by its number
      const int n = to_int(g[kN]);
      if (n < 1 || n > iso_week(CivilDate{year, 12, 28}).week) return std::nullopt;
      value = pad(year, 4) + "-W" + pad(n, 2);
    } else if (anchor) {
      anchored = true;
      value = iso_week_str(add_days(*anchor, 7L * shift));
    } else {
      value = "XXXX-WXX";
    }
    if (u == "weekend") value += "-WE";
  } else if (u == "month") {
    if (month) {
      if (!year && r.ref == "mention" && st.year) year = *st.year;  // "that December": the year last named
      if (!year && anchor) {
        anchored = true;
        if (r.rel_year) year = anchor->year + shift;
        else if (has(kRel) && shift < 0) year = month < anchor->month ? anchor->year : anchor->year - 1;
        else if (has(kRel) && shift > 0) year = month > anchor->month ? anchor->year : anchor->year + 1;
        else if (has(kRel)) year = anchor->year;
        else if (auto y = range_end_year(month)) year = *y;
        else if (r.ahead) year = infer_year(*anchor, month, 0, true, false);  // "for May delivery": the coming one
        else year = narrative_year().value_or(infer_year(*anchor, month, 0, is_ahead() || text_ahead(), is_past()));
      }
      value = (year ? pad(year, 4) : std::string("XXXX")) + "-" + pad(month, 2);
    } else if (r.ref == "mention" && st.month) {
      const int m = *st.month + shift;
      value = pad(m / 12, 4) + "-" + pad(m % 12 + 1, 2);
    } else if (anchor) {
      anchored = true;
      // "Five years ago this month": the story's month, years back.
      int m = anchor->year * 12 + (anchor->month - 1) + shift * (r.step == "year" ? 12 : 1);
      value = pad(m / 12, 4) + "-" + pad(m % 12 + 1, 2);
    } else {
      value = "XXXX-XX";
    }
  } else if (u == "quarter" || u == "half") {
    const int per = u == "quarter" ? 3 : 6;
    const char letter = u == "quarter" ? 'Q' : 'H';
    int q = 0;
    if (has(kQ)) q = std::isdigit(static_cast<unsigned char>(g[kQ][0])) ? to_int(g[kQ]) : vocab_int("ORD", g[kQ], 0);
    if (has(kH)) q = std::isdigit(static_cast<unsigned char>(g[kH][0])) ? to_int(g[kH]) : vocab_int("ORD", g[kH], 0);
    if (!q && month && u == "quarter") q = quarter_of(month);  // "the December quarter"
    if (q < 0 || q > 12 / per) return std::nullopt;
    // "its fiscal third quarter, ended March 31": the quarter keeps its fiscal
    // number and takes the calendar year it (mostly) falls in, the end date's
    // (a quarter ended in January began in November).
    bool ended = false;
    bool ends_ahead = false;  // "ending Sept. 30", told in July: not yet the quarter reported on
    // "the quarter ending March 31st", told in March: no number of its own and
    // not yet over, so not the latest one reported on but the one its end
    // closes (whose middle month is the one before the end). One that "ended"
    // stays the latest, which may be numbered by a fiscal year.
    const bool unnumbered = !q && u == "quarter" && r.ref == "latest" && !has(kRel) && !has(kYear);
    if ((q || unnumbered) && !year && anchor && period_end_ && x_end <= sentence.size()) {
      std::string end_month, end_year;
      const bool over = sentence.substr(x_end, 16).find("ended") != std::string_view::npos;
      if ((q || !over) && RE2::PartialMatch(sentence.substr(x_end), *period_end_, &end_month, &end_year)) {
        const int m = vocab_int("MONTH", end_month, 0);
        if (m >= 1) {
          // "ended March 31" is over; "ending Sept. 30" may lie ahead.
          const int ey = end_year.empty() ? infer_year(*anchor, m, 0, !over, over) : to_int(end_year);
          if (!q) q = m == 1 ? 4 : quarter_of(m - 1);
          year = m == 1 ? ey - 1 : ey;
          anchored = true;
          ended = over;
          ends_ahead = !over;
        }
      }
    }
    if (q) {
      if (!year && r.ref == "mention" && st.year) year = *st.year;  // "that year's first half"
      // A fiscal quarter reported on is the one just over, in the calendar year
      // it ended in: "fiscal fourth quarter" told in July (April-June), "fiscal
      // second quarter" told in February (October-December).
      const bool fiscal = lower(in.text.substr(c.x.start, c.x.size())).find("fiscal") != std::string::npos;
      if (!year && anchor && fiscal && u == "quarter" && !has(kRel) && (!is_future() || reports_results())) {
        anchored = ended = true;
        year = (anchor->year * 4 + quarter_of(anchor->month) - 2) / 4;
      }
      // "to bottom out in early 2036 and to recover gradually in the second
      // half": a bare quarter or half after a year written in its sentence is
      // that year's.
      // Only within the clause, close by: a year further back is another story.
      const bool year_before = st.written_year && st.written_year_end >= sentence_at && st.written_year_end <= c.x.start;
      const std::string_view since_year =
          year_before ? in.text.substr(st.written_year_end, c.x.start - st.written_year_end) : std::string_view();
      if (!year && !has(kRel) && r.ref.empty() && year_before && since_year.size() <= 120 &&
          since_year.find_first_of(";\n") == std::string_view::npos &&
          since_year.find(". ") == std::string_view::npos) {
        year = *st.written_year;
        anchored = true;
      }
      if (!year && anchor) {
        anchored = true;
        if (has(kRel) && shift != 0) year = anchor->year + shift;
        // "Q4 FY2035 earnings call ... welcome to our fourth-quarter call", told
        // in July 2035: the quarter of that number the text named with its
        // (fiscal) year, when later than the calendar's latest one.
        else if (u == "quarter" && !has(kRel) && r.ref.empty() && st.named_quarter_fiscal && st.named_quarter &&
                 st.named_quarter->second == q && st.named_quarter->first <= anchor->year + 1 &&
                 st.named_quarter->first > anchor->year - ((q - 1) * per + 1 > anchor->month ? 1 : 0))
          year = st.named_quarter->first;
        // A quarter long over this year that the clause looks ahead to is next year's
        // ("will close a plant by the end of the first quarter", told in October).
        // Only a quarter two or more back: the one just over is still reported on.
        else if (u == "quarter" && q <= quarter_of(anchor->month) - 2 && !has(kRel) && is_future() && !reports_results())
          year = anchor->year + 1;
        else {
          year = anchor->year;
          // A quarter that has not begun yet is last year's, unless the sentence
          // looks ahead; results are reported for a quarter already over ("is
          // due to report fourth-quarter results on February 24").
          if ((q - 1) * per + 1 > anchor->month && !has(kRel) && (!is_future() || reports_results())) year -= 1;
        }
      }
      if (u == "quarter" && year) {
        st.named_quarter = std::pair{year, q};
        const std::string said = lower(in.text.substr(c.x.start, c.x.size()));
        st.named_quarter_fiscal = has(kYear) && (said.find("fiscal") != std::string::npos || said.find("fy") != std::string::npos);
        st.named_quarter_end = c.x.end;
      }
      if (u == "quarter" && year && !ends_ahead && (ended || !anchor || year * 4 + q - 1 < anchor->year * 4 + quarter_of(anchor->month) - 1)) {
        st.quarter = std::pair{year, q};
        st.quarter_end = c.x.end;
      }
      // The latest half named is the one reported on; an earlier one ("the
      // first half of 2012" beside this year's) is its comparison.
      if (u == "half" && year) {
        if (!st.half || *st.half <= std::pair{year, q}) st.half = std::pair{year, q};
        st.half_end = c.x.end;
      }
      value = (year ? pad(year, 4) : std::string("XXXX")) + "-" + letter + std::to_string(q);
    } else if (r.ref == "latest" && u == "quarter" && anchor && nine_months_ &&
               lower(in.text.substr(c.x.start, c.x.size())).find("quarter") == std::string::npos &&
               RE2::PartialMatch(sentence.substr(0, x_start), *nine_months_)) {
      // "For the nine months, ... in the year-earlier period": nine months have
      // no unit of their own, so the comparison is the year (TimeBank "the 1988 period").
      anchored = true;
      const int last_done = anchor->year * 4 + quarter_of(anchor->month) - 2;
      value = pad(year ? year : (st.quarter ? st.quarter->first : last_done / 4) + shift, 4);
    } else if ((r.ref == "latest" || r.ref == "completed") && u == "quarter" && half_last &&
               lower(in.text.substr(c.x.start, c.x.size())).find("quarter") == std::string::npos) {
      // "the 1998 period", "the year-earlier period" after a half-year figure.
      anchored = true;
      value = pad(year ? year : st.half->first + shift, 4) + "-H" + std::to_string(st.half->second);
    } else if ((r.ref == "latest" || r.ref == "completed") && u == "quarter") {
      if (year && st.quarter) {
        value = pad(year, 4) + "-Q" + std::to_string(st.quarter->second);
        anchored = true;
      } else if (year) {
        value = pad(year, 4);
      } else if (st.quarter && r.ref == "latest") {
        value = pad(st.quarter->first + shift, 4) + "-Q" + std::to_string(st.quarter->second);
        anchored = true;
      } else if (anchor) {
        anchored = true;
        int k = anchor->year * 4 + quarter_of(anchor->month) - 1 - 1;  // last completed quarter
        value = pad(k / 4 + shift, 4) + "-Q" + std::to_string(k % 4 + 1);
      } else {
        value = "XXXX-QX";
      }
    } else if (anchor) {
      anchored = true;
      const int n = 12 / per;
      int k = anchor->year * n + (anchor->month - 1) / per + shift;
      value = pad(k / n, 4) + "-" + letter + std::to_string(k % n + 1);
    } else {
      value = std::string("XXXX-") + letter + "X";
    }
  } else if (u == "season") {
    auto s = vocab_value("SEASON", g[kSeason]);
    if (!s || !s->is_string()) return std::nullopt;
    const std::string code = s->get<std::string>();
    // "that spring", "the following spring": the season of the year the text last named.
    if (!year && r.ref == "mention" && st.year) year = *st.year + shift;
    if (!year && anchor) {
      anchored = true;
      year = anchor->year + (has(kRel) ? shift : 0);
      // Meteorological seasons (TimeML's): "last summer" written in November is
      // the summer just over, "next spring" written in January the one ahead.
      // Winter straddles two years, so it keeps the plain year shift.
      static const std::map<std::string, std::pair<int, int>> kMonths = {
          {"SP", {3, 5}}, {"SU", {6, 8}}, {"FA", {9, 11}}};
      // Winter takes the year of its December: in January "this winter" is the
      // last year's, "last winter" the one before, "next winter" this year's.
      if (code == "WI" && has(kRel)) {
        const int y = anchor->year, m = anchor->month;
        year = shift < 0 ? (m <= 2 ? y - 2 : y - 1) : shift > 0 ? (m <= 2 ? y : m == 12 ? y + 1 : y) : (m <= 2 ? y - 1 : y);
      }
      if (auto m = kMonths.find(code); m != kMonths.end() && has(kRel) && shift != 0)
        year = shift < 0 ? (m->second.second < anchor->month ? anchor->year : anchor->year - 1)
                         : (m->second.first > anchor->month ? anchor->year : anchor->year + 1);
      // "the summer" with no year or relative word: tense decides, its own
      // conjunct's "-ed" verbs first ("the plan it outlined in the spring").
      // Looking back, the latest one begun by the anchor ("well into the
      // summer" told in October); looking ahead, the next one not yet over;
      // otherwise the anchor's own year.
      else if (m != kMonths.end() && !has(kRel)) {
        const bool back = local_tense(true) == Tense::kPast || (is_past() && !is_ahead());
        if (auto ny = narrative_year()) year = *ny;
        else year = back         ? (m->second.first <= anchor->month ? anchor->year : anchor->year - 1)
               : is_ahead() ? (m->second.second >= anchor->month ? anchor->year : anchor->year + 1)
                            : anchor->year;
      }
    }
    value = (year ? pad(year, 4) : std::string("XXXX")) + "-" + code;
  } else if (u == "year") {
    if (r.quarter_context && shift == -1 && st.point_day && st.point_end <= c.x.start && st.point_end >= sentence_at) {
      // "backlog at June 30, compared with $610 million a year earlier": that day a year back.
      value = to_iso(add_months(*st.point_day, -12));
    } else if (r.quarter_context && shift == -1 && half_last) {
      // "a year earlier" after a first-half figure compares halves (TimeBank's
      // practice with quarters, applied to the period the text last named).
      anchored = true;
      value = pad(st.half->first + shift, 4) + "-H" + std::to_string(st.half->second);
    } else if (r.quarter_context && shift == -1 &&
               (st.quarter || (anchor && quarter_cue_ && RE2::PartialMatch(clause(), *quarter_cue_)))) {
      anchored = true;
      if (st.named_quarter && st.named_quarter_end >= sentence_at && st.named_quarter_end <= c.x.start &&
          (!st.quarter || st.quarter_end < st.named_quarter_end)) {
        value = pad(st.named_quarter->first + shift, 4) + "-Q" + std::to_string(st.named_quarter->second);
      } else if (st.quarter) {
        value = pad(st.quarter->first + shift, 4) + "-Q" + std::to_string(st.quarter->second);
      } else {
        int k = anchor->year * 4 + quarter_of(anchor->month) - 2;
        value = pad(k / 4 + shift, 4) + "-Q" + std::to_string(k % 4 + 1);
      }
    } else if (year && r.bc) {
      value = "BC" + pad(year, 4);
      st.year = -year;  // "the following year" after 49 BC is 48 BC
    } else if (year) {
      value = pad(year, 4);
    } else if (r.ref == "results_year" && st.day && day_apposition_ && st.day_end <= c.x.start &&
               st.day_end + 48 >= c.x.start &&
               RE2::FullMatch(in.text.substr(st.day_end, c.x.start - st.day_end), *day_apposition_)) {
      value = pad(st.day->year, 4);  // "on Monday, the last trading day of the year"
    } else if (r.ref == "new_year" && anchor) {
      // "the new year": the one begun if the story is in its first half, else the next.
      anchored = true;
      value = pad(anchor->year + (anchor->month >= 7 ? 1 : 0), 4);
    } else if (r.ref == "results_year" && anchor) {
      // Results for "the year" told in the past in January or February are the year just ended's.
      anchored = true;
      const bool past = is_past() || local_tense(true) == Tense::kPast;
      value = pad(anchor->year - (anchor->month <= 2 && past && !is_future() ? 1 : 0), 4);
    } else if (r.ref == "mention" && st.year) {
      const int y = *st.year + shift;
      value = y < 0 ? "BC" + pad(-y, 4) : pad(y, 4);
    } else if (anchor) {
      anchored = true;
      value = pad(anchor->year + shift, 4);
    } else {
      value = "XXXX";
    }
  } else if (u == "year_end") {
    // "year-end": the last day of the named year, else of the story's year.
    if (!year && anchor) {
      anchored = true;
      year = anchor->year + shift;
    }
    value = (year ? pad(year, 4) : std::string("XXXX")) + "-12-31";
  } else if (u == "decade") {
    const std::string_view d = g[kDecade];
    if (d.size() == 4 && std::isdigit(static_cast<unsigned char>(d[0]))) {
      value = std::string(d.substr(0, 3));
    } else if (has(kDecade)) {
      // "the '90s", "the nineties": the latest such decade begun by the story's date
      // ("the '20s" written in 2026 is the 2020s, in 1998 the 1920s).
      const int dd = std::isdigit(static_cast<unsigned char>(d[0])) ? to_int(d) : vocab_int("DECADES", d, -1);
      if (dd < 0 || dd > 90 || dd % 10 != 0) return std::nullopt;
      if (has(kCentury)) {
        // "the nineteen-fifties": the century said with it.
        const int cent = spoken_number(g[kCentury]);
        if (cent < 10 || cent > 20) return std::nullopt;
        value = pad(cent * 10 + dd / 10, 3);
      } else if (anchor) {
        anchored = true;
        int start = anchor->year / 100 * 100 + dd;
        if (start > anchor->year) start -= 100;
        value = pad(start / 10, 3);
      } else {
        value = "XX" + std::to_string(dd / 10);
      }
    } else if (r.ref == "mention" && st.year && *st.year > 0) {
      value = pad(*st.year / 10 + shift, 3);  // "the following decade": after the year last named
    } else if (anchor) {
      anchored = true;
      value = pad(anchor->year / 10 + shift, 3);
    } else {
      value = "XXX";
    }
  } else if (u == "century") {
    // "the 20th century", "the twentieth century"
    const int ordinal = !has(kCentury) ? 0
                        : std::isdigit(static_cast<unsigned char>(g[kCentury][0])) ? to_int(g[kCentury])
                                                                                    : vocab_int("DAY_ORD", g[kCentury], 0);
    if (has(kCentury) && ordinal < 1) return std::nullopt;
    int cent = has(kCentury) ? ordinal - 1 : (anchor ? anchor->year / 100 + shift : -1);
    // "the 1800s": the group holds the century's first year, whose hundreds are the value.
    if (has(kCentury) && g[kCentury].size() == 4 && g[kCentury].ends_with("00")) cent = ordinal / 100;
    if (!has(kCentury) && anchor) anchored = true;
    // "the rest of the century": the century of the year the text last named.
    if (!has(kCentury) && r.ref == "mention" && st.year && *st.year > 0) cent = *st.year / 100 + shift;
    value = cent >= 0 ? pad(cent, 2) : std::string("XX");
  } else {
    return std::nullopt;
  }

  // Remember what the text named, for "the following year/month/day".
  if (value.size() >= 4 && std::isdigit(static_cast<unsigned char>(value[0])) && r.ref != "mention" && r.literal.empty()) {
    const int vy = to_int(value.substr(0, 4));
    if (has(kYear) || has(kYY) || has(kYearWords) || has(kMonth)) st.year = vy;
    // Not a year compared with ("the strongest since 1985"), nor one far from the story's.
    if ((has(kYear) || has(kYY) || has(kYearWords)) && u == "year" && r.range.empty() && !since && anchor &&
        std::abs(vy - anchor->year) < kSceneYears) {
      st.written_year = vy;
      st.written_year_end = c.x.end;
    }
    if ((has(kYear) || has(kYY) || has(kYearWords)) && u == "year" && r.range.empty() && !since && anchor &&
        vy <= anchor->year - kSceneYears) {
      st.sentence_past_year = vy;
      st.sentence_past_year_end = c.x.end;
    }
    // Only a dated past (a month or season of that year, a day "N years ago
    // today") sets the scene; a bare year is usually a passing mention ("the
    // worst since 1988").
    const bool named_year = has(kYear) || has(kYY) || has(kYearWords);
    // "a streak not seen since the winter of 1917" compares, it sets no scene.
    if (anchor && !since && (named_year || r.ago || in_scene || (has(kWeekday) && has(kDay)))) {
      // In a text that is all history so far, a bare year moves the scene too ("began in 1700 ... in November").
      const bool scene = (named_year && (has(kMonth) || has(kSeason) || !st.present_seen)) ||
                         (r.ago && value.size() >= 10) || (has(kWeekday) && has(kDay));
      if (vy <= anchor->year - kSceneYears && (scene || in_scene)) {
        st.past_year = vy;
        st.past_year_end = c.x.end;
      } else if (vy > anchor->year - kSceneYears) {
        st.past_year.reset();
      }
    }
    // A relative expression of the present ("last autumn", "last week") brings
    // a retrospective back to the story's time: a bare "Christmas" after it is
    // the latest one, not the scene's.
    if (anchor && has(kRel) && !since && vy > anchor->year - kSceneYears) st.past_year.reset();
    if (anchor && vy > anchor->year - kSceneYears) st.present_seen = true;
    if (value.size() >= 7 && value[4] == '-' && std::isdigit(static_cast<unsigned char>(value[5])) && has(kMonth)) {
      st.month = vy * 12 + to_int(value.substr(5, 2)) - 1;
      st.month_end = c.x.end;
    }
    if (value.size() == 8 && value[4] == '-' && value[5] == 'W') {
      const int wy = to_int(value.substr(0, 4)), wn = to_int(value.substr(6, 2));
      const CivilDate jan4{wy, 1, 4};
      st.week_day = add_days(jan4, 7L * (wn - 1) - iso_weekday(jan4));
      st.week_end = c.x.end;
    }
    // Any resolved day names a day: a weekday ("on Monday afternoon ... at 2:50 p.m."),
    // "today" ("a call today at 2:00 p.m. PT (5:00 p.m. ET)"), "the same day".
    if (value.size() >= 10)
      if (auto named = parse_iso_date(value.substr(0, 10))) {
        st.day = named;
        st.day_end = c.x.end;
        st.day_bound = has(kBound);
        if (anchor && *named > *anchor) st.ahead_day = named, ++st.days_ahead;
        if (anchor && *named < *anchor) ++st.days_behind;
        if (anchor && has(kMonth) && has(kDay) && *named != *anchor) ++(*named > *anchor ? st.written_ahead : st.written_behind);
        if (type == "DATE" && heading_line(in.text, c.x)) st.heading_day = named;
        if (type == "DATE" && has(kMonth) && has(kDay) && entry_heading(in.text, c.x)) {
          if (in.published && *named > *in.published) ++st.entries_ahead;
          else st.entry_days.insert(*named);
          if (st.entries) st.entry_day = st.heading_day = named, st.entry_end = c.x.end;
        }
      }
  }

  Claim claim;
  claim.kind = ClaimKind::kDate;
  claim.span = c.x;
  claim.text = std::string(in.text.substr(c.x.start, c.x.size()));
  claim.value = value;
  claim.rule = r.id;
  claim.attrs["type"] = type;
  std::string mod = r.mod;
  if (has(kMod)) {
    auto m = vocab_value("MOD", g[kMod]);
    if (m && m->is_string()) mod = m->get<std::string>();
  }
  if (!mod.empty()) claim.attrs["mod"] = mod;
  if (has(kBound)) {
    auto b = vocab_value("BOUND", g[kBound]);
    if (b && b->is_string()) claim.attrs["bound"] = b->get<std::string>();
  }
  claim.attrs["anchored"] = anchored;
  return claim;
}

// Where the title of a listing entry ends: the run of capitalised words,
// figures and short joining words after its clock time ("Match of the Week",
// "Film: 2046 (2004)" up to the bracket, "The Twenties"), up to a full stop,
// a bracket, a line end or the first lower-case word ("The hot-wallet service
// fails" is no title past "The").
uint32_t title_run_end(std::string_view text, uint32_t from) {
  static const std::set<std::string, std::less<>> kJoining = {"of", "the", "a", "an", "in", "at", "on", "and", "for", "to", "&", "-"};
  size_t i = from, end = from;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size() || text[i] == '\n' || text[i] == '(') break;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
    const std::string_view word = text.substr(i, j - i);
    const unsigned char first = static_cast<unsigned char>(word[0]);
    if (!(std::isupper(first) || std::isdigit(first) || kJoining.count(word))) break;
    end = j;
    if (word.back() == '.' || word.back() == '!' || word.back() == '?') break;
    i = j;
  }
  return static_cast<uint32_t>(end);
}

std::vector<Claim> DateExtractor::extract(const ExtractInput& in) const {
  DocState first;
  std::vector<Claim> out = extract_pass(in, first);
  // A text most of whose written days lie ahead of it reads its bare weekdays
  // ahead: a second pass, so that those before its first written day do too.
  const bool ahead = first.written_ahead >= 3 && first.written_ahead > 2 * first.written_behind;
  const bool entries = first.entry_days.size() >= 2 && first.entries_ahead == 0;
  if (ahead || entries) {
    DocState st;
    st.looks_ahead = ahead;
    st.entries = entries;
    out = extract_pass(in, st);
  }
  return out;
}

std::vector<Claim> DateExtractor::extract_pass(const ExtractInput& in, DocState& st) const {
  std::vector<Claim> out;
  // A text that writes a numeric date only month first can write ("03/19/2043")
  // reads its other numeric dates month first too, whatever day-first prose
  // dates ("12 March 2043") it also has.
  st.day_first = day_first_ && in.text.find('/') != std::string_view::npos && RE2::PartialMatch(in.text, *day_first_) &&
                 !(month_first_ && RE2::PartialMatch(in.text, *month_first_));
  std::vector<int> hits;
  std::vector<re2::StringPiece> groups;
  std::vector<Candidate> cands;
  for (size_t si = 0; si < in.sentences.size(); ++si) {
    const Span s = in.sentences[si];
    if (s.end > in.text.size() || s.empty()) continue;
    const std::string_view sentence = in.text.substr(s.start, s.size());
    hits.clear();
    if (!set_->Match(sentence, &hits)) continue;
    cands.clear();
    for (int id : hits) {
      const Rule& r = rules_[static_cast<size_t>(id)];
      groups.assign(static_cast<size_t>(r.ngroups) + 1, re2::StringPiece());
      size_t pos = 0;
      while (pos <= sentence.size() &&
             r.re->Match(sentence, pos, sentence.size(), RE2::UNANCHORED, groups.data(), r.ngroups + 1)) {
        const size_t mstart = static_cast<size_t>(groups[0].data() - sentence.data());
        size_t mend = mstart + groups[0].size();
        // Go on from the end of the expression, not of the match: the context a
        // rule reads after it ("8 a.m. to") may be the next one's lead-in
        // ("to 6 p.m.").
        if (int xg = r.group[kX].empty() ? 0 : r.group[kX].front(); xg > 0 && groups[xg].data())
          mend = static_cast<size_t>(groups[xg].data() - sentence.data()) + groups[xg].size();
        pos = std::max(mend, mstart + 1);
        Candidate c;
        c.rule = static_cast<size_t>(id);
        for (int k = 0; k < kGroupCount; ++k)
          for (int gi : r.group[k])
            if (groups[gi].data() && c.g[k].empty()) c.g[k] = std::string_view(groups[gi].data(), groups[gi].size());
        if (c.g[kX].data() == nullptr) continue;
        const size_t xs = static_cast<size_t>(c.g[kX].data() - sentence.data());
        const size_t xe = xs + c.g[kX].size();
        if (xe <= xs) continue;
        if (r.reject_before && RE2::PartialMatch(sentence.substr(0, xs), *r.reject_before)) continue;
        if (r.reject_after && RE2::PartialMatch(sentence.substr(xe), *r.reject_after)) continue;
        // Checked before the overlap choice, so that "1914-18" falls to the range rules.
        if (r.consecutive && !one_year_pair(c.g[kTo], c.g[kYY])) continue;
        if (r.entries_only && !st.entries) continue;
        c.x = {static_cast<uint32_t>(s.start + xs), static_cast<uint32_t>(s.start + xe)};
        cands.push_back(c);
      }
    }
    // Longest expression wins; then the rule listed with the higher priority; then the earlier one.
    std::sort(cands.begin(), cands.end(), [&](const Candidate& a, const Candidate& b) {
      if (a.x.size() != b.x.size()) return a.x.size() > b.x.size();
      if (rules_[a.rule].priority != rules_[b.rule].priority) return rules_[a.rule].priority > rules_[b.rule].priority;
      if (a.x.start != b.x.start) return a.x.start < b.x.start;
      return a.rule < b.rule;
    });
    // Chosen spans never overlap, so ordered by start only the neighbours of a
    // new candidate can clash with it: O(n log n) however many a sentence holds.
    std::map<uint32_t, const Candidate*> by_start;
    for (const auto& c : cands) {
      auto next = by_start.lower_bound(c.x.start);
      if (next != by_start.end() && next->second->x.overlaps(c.x)) continue;
      if (next != by_start.begin() && std::prev(next)->second->x.overlaps(c.x)) continue;
      by_start.emplace(c.x.start, &c);
    }
    std::vector<const Candidate*> chosen;
    for (const auto& [start, c] : by_start) chosen.push_back(c);
    uint32_t title_end = 0;  // the title of a listing entry ("7.30pm Match of the Week."): no dates in it
    for (const Candidate* c : chosen) {
      if (c->x.start < title_end) continue;
      auto claim = resolve(*c, in, sentence, st);
      if (!claim) continue;
      if (rules_[c->rule].ref == "heading") title_end = title_run_end(in.text, c->x.end);
      claim->sentence = static_cast<int32_t>(si);
      out.push_back(std::move(*claim));
    }
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<Extractor>> make_date_extractor(const RuleBook& rules) { return DateExtractor::build(rules); }

}  // namespace claimcheck
