// Money and percent extractor: a small tokeniser plus a left-to-right parser
// whose vocabulary comes from numbers.json and whose forms are switched on by
// the rules of money.json / percent.json (see number_extractor.h).
#include "extractors/numbers/number_extractor.h"
#include "extractors/build_extractor.h"
#include "pipeline/core/ascii.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimcheck {
namespace {

using json = nlohmann::json;

// ---------------------------------------------------------------- forms

enum Form : int { kPrefix, kSuffix, kSubunit, kCompound, kMoneyRange, kSign, kWord, kPoints, kPctRange, kPctOf, kFormCount };
constexpr std::array<std::string_view, kFormCount> kFormNames = {"prefix", "suffix", "subunit", "compound", "range",
                                                                 "sign",   "word",   "points",  "range",    "of"};
bool is_money_form(int f) { return f <= kMoneyRange; }

// ---------------------------------------------------------------- tokens

enum class T : uint8_t { kNum, kWord, kSym, kPct, kDash, kDot, kComma, kOther };

struct Tok {
  T t = T::kOther;
  uint32_t b = 0, e = 0;
  bool sp = false;        // whitespace before this token
  double num = 0;         // kNum: value
  bool dec = false;       // kNum: has a decimal part
  bool grouped = false;   // kNum: has thousands separators
  char ch = 0;            // kOther/kDot/kComma: the ASCII byte (0 when not ASCII)
  std::string low;        // kWord: lower-case text; kSym: the sign
};

using Phrase = std::vector<std::string>;

struct Subunit {
  std::string code;
  double factor = 0.01;
  bool glued = false;  // an abbreviation ("54.6p") that counts only glued to a figure, see unit_after
  bool lower = false;  // only in lower case ("32c a litre"; "32C" is a temperature)
  // Also a measure ("gr", grams and the grosz): money only in a sentence telling money in one of `of`
  bool beside_money = false;
  // The factor under another code the text's country gives the word ("35 fils" is 0.035 KWD, 0.35 AED)
  std::unordered_map<std::string, double> local_factors;
  // Every currency the word is a minor unit of ("cents": dollars of any kind and euros), the
  // usual code among them: a bare sub-unit takes the code of the money figure told beside it.
  std::unordered_set<std::string> of;
  double factor_for(const std::string& c) const {
    const auto it = local_factors.find(c);
    return it != local_factors.end() ? it->second : factor;
  }
};
struct DollarPrefix {
  std::string code;
  bool space = false;
  bool tokenised = false;  // apart from the sign only in tokenised text: "s $ 1.2 billion", see currency_prefix
  bool bare = false;  // glued signs: a plain figure will do ("Sh180"), no scale or groups needed
  bool local_only = false;  // glued signs: money only where the text names a country that uses it ("K217.1 billion")
};
struct Measure {
  Phrase words;
  std::string name;
  bool direction = false;
};

// A unit a money figure is quoted in ("$45 a share"): it becomes attrs.unit, and
// the measures in `replaces` (and none at all) become `measure`, so that
// "receive $45 per share", "an offer of $45 a share" and "a price of $45 a
// share" all compare as one per-share price.
struct PerUnit {
  std::string unit;
  std::vector<Phrase> words;
  std::string measure;
  std::unordered_set<std::string> replaces;
};

// A country whose name fixes the code of a currency word it shares with others
// ("Argentina" makes "pesos" ARS), see numbers.json local_currencies.
struct LocalCurrency {
  std::vector<Phrase> country;
  std::string code;
  std::vector<std::string> words;
};
// Currency word -> the code a named country gives it ("" when two named countries disagree).
using LocalCodes = std::unordered_map<std::string, std::string>;

struct Lexicon {
  std::unordered_map<std::string, double> number_words, scales, scale_abbrevs, fractions;
  std::unordered_set<std::string> triggers, hundred, negatives, point_words, stop_words, followers, weights, weight_context;
  std::unordered_set<std::string> qualified_words;  // currency only after a qualifier ("Swedish crowns")
  std::unordered_set<std::string> glued_only;       // unit words apart from the figure only in lower case ("5 pc", not "10 BP")
  std::unordered_set<std::string> weight_verbs;     // "weighs 250 pounds"
  std::unordered_set<std::string> point_moves;      // "a half-point cut": nouns that make "point" a percentage point
  std::unordered_set<std::string> bound_negations;  // "cannot be sold for more than": the bound turns around
  // "No annual increase may exceed": a determiner negation turns a bound only across a verb.
  std::unordered_set<std::string> bound_negation_determiners, bound_negation_verbs;
  // "a minimum contribution of US$5 million": a bound word a few words before the "of" or "at"
  // that stands right before the figure.
  std::vector<std::pair<Phrase, std::string>> gapped_bounds;
  std::unordered_map<std::string, std::vector<size_t>> gapped_bounds_by_last;
  std::unordered_set<std::string> gapped_bound_links, bound_gap_breaks;
  size_t bound_gap_words = 0;
  std::unordered_map<std::string, std::string> bound_nouns_after;  // "the 25% regional ceiling"
  std::unordered_set<std::string> bound_noun_followers;            // "a 4% ceiling on rises", not "floor lamp"
  // "3% or EUR 1,100, whichever is greater": alternatives settled by size after the figures.
  std::vector<std::pair<Phrase, std::string>> size_choices;
  size_t size_choice_gap_words = 0, alternative_gap_tokens = 0;
  std::unordered_map<std::string, std::string> symbols, codes, codes_upper, currency_words, directions;
  std::vector<std::string> nonascii_symbols;  // longest first
  std::unordered_map<std::string, DollarPrefix> dollar_prefixes;
  std::vector<std::pair<std::string, DollarPrefix>> glued_signs;  // "R2.3-billion", "GH¢1.2 billion"; longest first
  std::unordered_map<std::string, std::string> dollar_suffixes;    // "$A1.2 billion", as written
  std::vector<std::pair<std::string, std::string>> suffix_signs;   // "166 000 F CFP", as written
  std::vector<std::pair<Phrase, std::string>> qualifiers, hedges;
  std::unordered_map<std::string, Subunit> subunits;
  std::vector<Phrase> percent_words, points_words, basis_points_words;  // basis points: hundredths of a point
  std::vector<Measure> measures;
  // indexes into measures / hedges by last and first word, so lookups cost one hash each
  std::unordered_map<std::string, std::vector<size_t>> measures_by_last, measures_by_first, hedges_by_last;
  size_t max_measure_len = 1;
  std::vector<PerUnit> per_units;
  std::unordered_set<std::string> measure_links;  // words that tie a figure to the one before it
  std::vector<std::string> odd_words;  // currency words with non-ASCII letters ("zł", "¢"), tokenised as words
  std::unordered_map<std::string, std::string> subunit_prefixes;  // "US66.2 cents", as written
  std::unordered_set<std::string> subunit_nouns;                 // "a 12p special dividend"
  std::unordered_set<std::string> positives;                     // "plus 1 percent"
  std::unordered_map<std::string, std::string> scaled_words;      // "450 million marks", never "45 marks"
  std::unordered_set<std::string> price_units;                   // "N950 a litre", "R2,190 a month"
  std::unordered_set<std::string> sign_followups;                // "... from N990"
  std::unordered_set<std::string> codes_lower_after;             // "300 cad or best offer"
  std::unordered_set<std::string> price_fillers;                 // "R150 extra a month"
  std::unordered_set<std::string> subunit_noun_links;            // "a dividend of 550c"
  std::unordered_map<std::string, double> slang_scales;          // "2 grand"
  std::unordered_set<std::string> slang_followers;
  std::unordered_set<std::string> price_verbs;     // "would cost a pound a day": "a pound" alone is one unit
  std::vector<Phrase> price_phrases;                 // "start at QR 10" in a story of riyals
  std::unordered_set<std::string> words_before;    // currency words written before the figure ("rupees 1.44 trillion")
  std::unordered_set<std::string> minus_money_after;  // "stood at minus €430 billion": words after which minus signs money
  std::unordered_set<std::string> numbered_names;  // capitals-only codes that name events or titles before a plain figure ("COP29", "Fr. 25")
  std::unordered_set<std::string> designator_words;  // "flight TK 1980": a code after one of these numbers the thing
  std::unordered_set<std::string> party_counts;    // "Rs 220, Ds 213": party seat counts, as written
  std::unordered_set<std::string> party_joiners;   // "Rs and Ds"
  std::unordered_set<std::string> code_words;      // a script or regex: "$1" is a placeholder there
  std::unordered_set<std::string> codes_lower_only;  // codes that are signs only in lower case ("kr")
  std::unordered_set<std::string> bracket_negative_after;  // "shown as (12.5%)": an accountant's negative
  std::unordered_set<std::string> constant_money_before;   // "in 2022 dollars": a year, not an amount
  std::vector<std::string> decimal_comma_units;            // "4,75 EUR", "€3,5 Mio.": as written
  std::vector<std::string> dot_thousands_units;            // "Rp10.000", "50.000 dong": as written
  std::vector<std::string> dot_thousands_after;            // "56.995 €": signs placed after the figure
  std::unordered_set<std::string> dotted_scales;            // "Mio.", "Mrd.": the dot belongs to the figure
  std::unordered_set<std::string> dotted_only_scales;       // "bio": a scale only as "Bio.", written so
  std::unordered_set<std::string> dotted_only_written;      // "Bio"
  std::vector<std::string> dot_thousands_qualifiers;       // "14.500 Argentine pesos": lower case
  std::vector<std::string> percent_after_words;            // "9,6 per cent", "4,2pp": lower case
  std::vector<LocalCurrency> locals;
  std::unordered_map<std::string, std::vector<size_t>> locals_by_first;  // country phrase's first word -> locals
  // "SYDNEY - ... $2.45m": a wire dateline's city gives a bare "$" (and its cents) its country's
  // dollar (dateline_dollars); the words so given, as tokens are (dateline_dollar_words).
  std::unordered_map<std::string, std::string> dateline_dollars;  // place as written, lower case -> code
  std::vector<std::string> dateline_dollar_words;
  std::unordered_map<std::string, double> sign_scales;  // "450 M€", "40 Md€": as written, glued to the sign
  std::unordered_set<std::string> dotted_signs_after;    // "1.800 kr. without": lower case
  std::unordered_set<std::string> codes_local_only;      // capitals codes only where their country is named ("AWG")
  std::unordered_set<std::string> local_words;                          // every word some country localises
};

bool is_ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Adds to `out` the local codes of the countries the word sequence names.
void named_locals(const Lexicon& lx, const std::vector<std::string_view>& words, LocalCodes& out) {
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = lx.locals_by_first.find(std::string(words[i]));
    if (it == lx.locals_by_first.end()) continue;
    for (size_t li : it->second) {
      const LocalCurrency& lc = lx.locals[li];
      const bool named = std::any_of(lc.country.begin(), lc.country.end(), [&](const Phrase& p) {
        if (p.empty() || p[0] != words[i] || i + p.size() > words.size()) return false;
        for (size_t j = 1; j < p.size(); ++j)
          if (words[i + j] != p[j]) return false;
        return true;
      });
      if (!named) continue;
      for (const auto& w : lc.words) {
        auto [at, fresh] = out.emplace(w, lc.code);
        if (!fresh && at->second != lc.code) at->second.clear();
      }
    }
  }
}

// The local codes of the countries the lower-case text names, read word by word (ASCII
// letters; other bytes end a word).
void text_locals(const Lexicon& lx, std::string_view lowered, LocalCodes& out) {
  std::vector<std::string_view> words;
  auto letter = [&](size_t p) { return is_ascii_alpha(static_cast<unsigned char>(lowered[p])); };
  for (size_t p = 0; p < lowered.size();) {
    if (!letter(p)) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < lowered.size() && letter(q)) ++q;
    words.push_back(lowered.substr(p, q - p));
    p = q;
  }
  named_locals(lx, words, out);
}

// Where a line opens with a wire dateline: a place in capitals ("ALGIERS", "PORT OF SPAIN",
// "NUKU'ALOFA", "CHIȘINĂU"), perhaps a comma and a few words ("VICTORIA, Seychelles",
// "LONDON, March 3"), then a dash between spaces (the normaliser folds the em dash to "-").
// A round-up of several countries opens a section with each; the section decides what its
// shared currency words mean ("dinars" in the Algiers section are Algerian, in the Tunis one
// Tunisian), where the story as a whole names both countries and so decides nothing.
std::vector<uint32_t> dateline_starts(std::string_view text) {
  std::vector<uint32_t> out;
  auto upper = [](unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0x80; };
  for (size_t line = 0; line < text.size();) {
    const size_t eol = std::min(text.find('\n', line), text.size());
    size_t p = line, capitals = 0;
    for (;;) {  // words in capitals (non-ASCII bytes count as letters: "NOUMÉA")
      const size_t w = p;
      while (p < eol && (upper(static_cast<unsigned char>(text[p])) || text[p] == '\'' || text[p] == '.' ||
                         (text[p] == '-' && p > w && p + 1 < eol && text[p + 1] != ' '))) {
        if (text[p] >= 'A' && text[p] <= 'Z') ++capitals;
        ++p;
      }
      if (p == w) break;
      if (p + 1 < eol && text[p] == ' ' && upper(static_cast<unsigned char>(text[p + 1])))
        ++p;
      else
        break;
    }
    if (p > line && capitals >= 3) {
      size_t q = p;
      if (q < eol && text[q] == ',') {  // ", Seychelles", ", March 3": at most four words
        ++q;
        for (int n = 0; n < 4 && q + 1 < eol && text[q] == ' ' && std::isalnum(static_cast<unsigned char>(text[q + 1])); ++n) {
          ++q;
          while (q < eol && (std::isalnum(static_cast<unsigned char>(text[q])) || static_cast<unsigned char>(text[q]) >= 0x80 ||
                             text[q] == '\'' || text[q] == '.'))
            ++q;
        }
      }
      if (q + 2 < eol && text[q] == ' ' && text[q + 1] == '-' && text[q + 2] == ' ') out.push_back(static_cast<uint32_t>(line));
    }
    line = eol + 1;
  }
  return out;
}

Phrase split_phrase(const std::string& s) {
  Phrase p;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) p.push_back(cur);
      cur.clear();
    } else {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!cur.empty()) p.push_back(cur);
  return p;
}

// A Latin letter with a diacritic at p (U+00C0-U+017F bar × and ÷), as its
// unaccented lower-case ASCII ("á" -> "a", "Ł" -> "l"), or nullptr. Words keep
// such letters so that "Bogotá" is the country word "bogota" and "krónur" is
// one word, not "kr" (a crown sign) followed by letters.
const char* fold_latin_letter(std::string_view s, size_t p) {
  if (p + 1 >= s.size()) return nullptr;
  const unsigned char lead = s[p], next = s[p + 1];
  if (next < 0x80 || next > 0xBF) return nullptr;
  if (lead == 0xC3) {
    // U+00C0-U+00FF; capitals and small letters share their folds 32 code points apart.
    static const char* const kFolds[32] = {"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
                                           "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss"};
    if (next == 0xBF) return "y";
    if (next == 0xB7) return nullptr;  // ÷
    return kFolds[(next - 0x80) % 32];
  }
  if (lead != 0xC4 && lead != 0xC5) return nullptr;
  // U+0100-U+017F (Latin Extended-A) by ranges of one base letter.
  const unsigned cp = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
  static const struct { unsigned last; const char* fold; } kRanges[] = {
      {0x105, "a"}, {0x10D, "c"}, {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"}, {0x131, "i"}, {0x133, "ij"},
      {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"}, {0x151, "o"}, {0x153, "oe"}, {0x159, "r"}, {0x161, "s"},
      {0x167, "t"}, {0x173, "u"}, {0x175, "w"}, {0x178, "y"}, {0x17E, "z"}, {0x17F, "s"}};
  for (const auto& r : kRanges)
    if (cp <= r.last) return r.fold;
  return nullptr;
}
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// The place of the wire dateline opening the line at `line` ("MEXICO CITY - ", "SYDNEY, March 3 -
// "), in lower case: its words in capitals, as dateline_starts reads them.
std::string dateline_place(std::string_view text, size_t line) {
  std::string out;
  for (size_t p = line; p < text.size(); ++p) {
    const char c = text[p];
    if (c == ',' || c == '\n' || (c == ' ' && p + 1 < text.size() && (text[p + 1] == '-' || text[p + 1] == '('))) break;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The dollar signs in text[b, e): `bare` counts "$" figures with no country written on them, and
// `lettered` those of `code` written with its letters ("A$", "$A", "AUD 150"). With
// `first_lettered`, the offset of the first lettered one (or e).
void count_dollars(const Lexicon& lx, std::string_view text, size_t b, size_t e, const std::string& code, size_t& bare,
                   size_t& lettered, size_t* first_lettered = nullptr) {
  bare = lettered = 0;
  if (first_lettered) *first_lettered = e;
  auto alpha = [&](size_t p) { return p < e && is_ascii_alpha(static_cast<unsigned char>(text[p])); };
  auto figure_at = [&](size_t p) {
    while (p < e && text[p] == ' ') ++p;
    return p < e && is_digit(static_cast<unsigned char>(text[p]));
  };
  auto mark = [&](size_t p) {
    ++lettered;
    if (first_lettered && p < *first_lettered) *first_lettered = p;
  };
  for (size_t p = b; p < e; ++p) {
    if (alpha(p) && (p == b || !alpha(p - 1))) {  // a code in capitals beside a figure: "AUD 150", "150 AUD"
      size_t q = p;
      while (alpha(q)) ++q;
      if (text.substr(p, q - p) == code && (figure_at(q) || (p > b + 1 && is_digit(static_cast<unsigned char>(text[p - 2])))))
        mark(p);
      p = q - 1;
      continue;
    }
    if (text[p] != '$') continue;
    size_t w = p;
    while (w > b && alpha(w - 1)) --w;
    if (w < p) {  // letters before the sign: "A$", "NZ$", "US$"
      auto it = lx.dollar_prefixes.find(ascii_lower(text.substr(w, p - w)));
      if (it != lx.dollar_prefixes.end() && it->second.code == code) mark(w);
      continue;
    }
    size_t q = p + 1;
    while (alpha(q)) ++q;
    if (q > p + 1) {  // letters after the sign: "$A", "$US"
      auto it = lx.dollar_suffixes.find(std::string(text.substr(p + 1, q - p - 1)));
      if (it != lx.dollar_suffixes.end() && it->second == code && figure_at(q)) mark(p);
      continue;
    }
    if (figure_at(p + 1)) ++bare;
  }
}

// ---------------------------------------------------------------- tokeniser

// Whether one of `units` stands as written just before the figure (perhaps with its dot:
// "kr. 24,50"), or after it from r (spaces allowed), not glued to more letters; or, with
// percent_after, a percent sign after it. A decimal comma ("9,99 €", "4,5 %", "4,75 EUR",
// "€3,5 Mio.", "CHF 3,50") is read only in such a context of decimal_comma_units, where no
// thousands or list reading is left.
bool unit_context(std::string_view s, size_t r, const std::vector<Tok>& before, const std::vector<std::string>& units,
                  bool percent_after) {
  auto is_unit = [&](std::string_view rest) {
    for (const auto& u : units)
      if (rest.starts_with(u) && (rest.size() == u.size() || !is_ascii_alpha(static_cast<unsigned char>(rest[u.size()]))))
        return true;
    return false;
  };
  // The unit before may keep its abbreviation's dot: Danish prices read "kr. 24,50".
  const size_t n =
      before.size() >= 2 && before.back().t == T::kDot && !before.back().sp ? before.size() - 1 : before.size();
  if (n > 0 && (before[n - 1].t == T::kSym || before[n - 1].t == T::kWord) &&
      is_unit(s.substr(before[n - 1].b, before[n - 1].e - before[n - 1].b)))
    return true;
  // A sign written as letters glued to a symbol is two tokens ("R$" is "R" and "$"): the
  // Brazilian real writes decimal commas ("R$5,89") where the bare "$" does not ("$2,05").
  // Letters may follow the symbol too, as Uruguay's "$U 22.268" does.
  if (n > 1 && !before[n - 1].sp &&
      ((before[n - 1].t == T::kSym && before[n - 2].t == T::kWord) ||
       (before[n - 1].t == T::kWord && before[n - 2].t == T::kSym)) &&
      is_unit(s.substr(before[n - 2].b, before[n - 1].e - before[n - 2].b)))
    return true;
  while (r < s.size() && s[r] == ' ') ++r;
  const std::string_view rest = s.substr(r);
  return (percent_after && rest.starts_with("%")) || is_unit(rest);
}
bool continental_context(std::string_view s, size_t r, const std::vector<Tok>& before, const Lexicon& lx) {
  return unit_context(s, r, before, lx.decimal_comma_units, true);
}
// Whether a scale word starts at r, after spaces ("6,26 billion", "1,45bn"): a
// comma before one or two digits there is a decimal comma whatever the currency,
// since thousands are never grouped in twos before a scale.
bool scale_after(std::string_view s, size_t r, const Lexicon& lx) {
  while (r < s.size() && s[r] == ' ') ++r;
  size_t e = r;
  while (e < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[e]))) ++e;
  std::string word(s.substr(r, e - r));
  for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  // "Bio." only as written, with its dot (dotted_only_scales)
  if (lx.dotted_only_scales.count(word) &&
      !(lx.dotted_only_written.count(std::string(s.substr(r, e - r))) && e < s.size() && s[e] == '.'))
    return false;
  return !word.empty() && (lx.scales.count(word) || (word.size() > 1 && lx.scale_abbrevs.count(word)));
}

// Whether the lower-case phrase w starts at r, not glued to more letters.
bool phrase_at(std::string_view s, size_t r, std::string_view w) {
  if (r + w.size() > s.size()) return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[r + i])) != static_cast<unsigned char>(w[i])) return false;
  return r + w.size() == s.size() || !is_ascii_alpha(static_cast<unsigned char>(s[r + w.size()]));
}
// Whether a percent, points or basis-points word starts at r, after spaces ("9,6 per cent",
// "1,3 percentage points", "4,2pp"): like a percent sign, it makes a comma before one or two
// digits a decimal comma ("1,300%" keeps its thousands, three digits being a group).
bool percent_word_after(std::string_view s, size_t r, const Lexicon& lx) {
  while (r < s.size() && s[r] == ' ') ++r;
  return std::any_of(lx.percent_after_words.begin(), lx.percent_after_words.end(),
                     [&](const std::string& w) { return phrase_at(s, r, w); });
}
// Whether a qualifier of a dot-thousands currency and then a currency word start at r, after
// spaces: "14.500 Argentine pesos", "103.500 Serbian dinars" (the qualifier names the currency
// whose press groups thousands with dots; the bare word may be shared, as "dinars" is with the
// Kuwaiti dinar of three decimals).
bool qualified_dot_unit(std::string_view s, size_t r, const Lexicon& lx) {
  while (r < s.size() && s[r] == ' ') ++r;
  for (const auto& q : lx.dot_thousands_qualifiers) {
    if (!phrase_at(s, r, q)) continue;
    size_t w = r + q.size();
    while (w < s.size() && s[w] == ' ') ++w;
    size_t e = w;
    std::string word;
    while (e < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[e])))
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[e++])));
    if (lx.currency_words.count(word) || lx.qualified_words.count(word)) return true;
  }
  return false;
}

// Bytes of a whitespace character at p (ASCII space, NBSP, thin/narrow spaces), or 0.
size_t space_len(std::string_view s, size_t p) {
  const unsigned char c = s[p];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && p + 1 < s.size() && static_cast<unsigned char>(s[p + 1]) == 0xA0) return 2;
  if (c == 0xE2 && p + 2 < s.size() && static_cast<unsigned char>(s[p + 1]) == 0x80) {
    const unsigned char d = s[p + 2];
    if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) return 3;
  }
  return 0;
}

size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

size_t count_digits(std::string_view s, size_t p) {
  size_t n = 0;
  while (p + n < s.size() && is_digit(s[p + n])) ++n;
  return n;
}

// `local_dot_units`: currency words the story's country makes a dot-thousands currency ("103.500
// dinars" in a Serbian story; the same word is the Kuwaiti dinar of three decimals elsewhere).
void tokenise(std::string_view text, Span sent, const Lexicon& lx, std::vector<Tok>& out,
              const std::vector<std::string>& local_dot_units = {}) {
  out.clear();
  size_t p = sent.start;
  const size_t end = std::min<size_t>(sent.end, text.size());
  const std::string_view s = text.substr(0, end);
  bool sp = true;
  std::string digits;
  while (p < end) {
    if (size_t w = space_len(s, p)) {
      sp = true;
      p += w;
      continue;
    }
    Tok t;
    t.b = static_cast<uint32_t>(p);
    t.sp = sp;
    sp = false;
    const unsigned char c = s[p];
    if (c >= 0x80 || is_ascii_alpha(c)) {
      const std::string_view rest = s.substr(p);
      const std::string* odd = nullptr;
      for (const auto& w : lx.odd_words)
        if (rest.starts_with(w) && (rest.size() == w.size() || !is_ascii_alpha(rest[w.size()]))) odd = &w;
      if (odd) {
        t.t = T::kWord;
        t.low = *odd;
        p += odd->size();
        t.e = static_cast<uint32_t>(p);
        out.push_back(std::move(t));
        continue;
      }
    }
    if (is_digit(c)) {
      digits.clear();
      bool space_groups = false;  // thousands grouped by spaces
      size_t n = count_digits(s, p);
      digits.append(s.substr(p, n));
      size_t q = p + n;
      // Dots after one to three digits, each before three more ("1.234", "10.000.000"): thousands
      // groups in continental notation, read as such only where no English decimal is left.
      if (n <= 3 && q + 4 <= end && s[q] == '.' && count_digits(s, q + 1) == 3) {
        size_t r = q;
        std::string whole = digits;
        while (r + 4 <= end && s[r] == '.' && count_digits(s, r + 1) == 3) {
          whole.append(s.substr(r + 1, 3));
          r += 4;
        }
        // With a decimal comma after them, "1.234,56 EUR": the comma marks one or two decimals.
        // Only with a euro sign before or a currency after (decimal_comma_units); with both
        // separators any currency will do: a sign before, or letters after ("1.234,56 dollars").
        const size_t f = r + 1 < end && s[r] == ',' ? count_digits(s, r + 1) : 0;
        size_t w = r + 1 + f;
        while (w < end && s[w] == ' ') ++w;
        const bool currency_near = (!out.empty() && out.back().t == T::kSym) || (w < end && is_ascii_alpha(s[w]));
        if (f >= 1 && f <= 2 && (currency_near || continental_context(s, r + 1 + f, out, lx))) {
          digits = whole + "." + std::string(s.substr(r + 1, f));
          q = r + 1 + f;
          t.grouped = true;
          t.dec = true;
        } else if (!(r + 1 < end && (s[r] == '.' || s[r] == ',') && is_digit(s[r + 1])) && !scale_after(s, r, lx) &&
                   (unit_context(s, r, out, lx.dot_thousands_units, false) ||
                    unit_context(s, r, {}, lx.dot_thousands_after, false) || qualified_dot_unit(s, r, lx) ||
                    (!local_dot_units.empty() && unit_context(s, r, out, local_dot_units, false)))) {
          // With no decimals ("Rp10.000", "50.000 dong"): only beside a currency with no minor
          // unit in use (dot_thousands_units), where "10.000" is no decimal; not before a scale,
          // where the dot is a decimal point ("ARS 1.285 trillion").
          digits = whole;
          q = r;
          t.grouped = true;
        }
      }
      // Thousands separators: ",ddd" (or Indian ",dd" groups before a final ",ddd"), and
      // raw NBSP / thin spaces between digit groups (the normaliser removes them later).
      for (;;) {
        if (q + 1 < end && s[q] == ',') {
          const size_t g = count_digits(s, q + 1);
          if (g == 3 || (g == 2 && q + 3 < end && s[q + 3] == ',' && count_digits(s, q + 4) >= 2)) {
            digits.append(s.substr(q + 1, g));
            q += 1 + g;
            t.grouped = true;
            continue;
          }
        }
        // Swiss groups: "CHF 1'250'000", with a straight or typographic apostrophe, three
        // digits each and no digit after ("5'11" is feet and inches).
        if (n <= 3 && !t.dec) {
          const size_t a = q < end && s[q] == '\'' ? 1 : s.substr(q, 3) == "\xE2\x80\x99" ? 3 : 0;
          if (a > 0 && count_digits(s, q + a) == 3) {
            digits.append(s.substr(q + a, 3));
            q += a + 3;
            t.grouped = true;
            continue;
          }
        }
        // Plain spaces too ("10 000 €"), but only as a whole run of 3-digit groups after 1-3 digits.
        const size_t w = q < end ? space_len(s, q) : 0;
        if (w > 0 && q + w < end && count_digits(s, q + w) == 3 && (w > 1 || (n <= 3 && !t.dec)) &&
            (q + w + 3 >= end || !is_ascii_alpha(s[q + w + 3]))) {
          digits.append(s.substr(q + w, 3));
          q += w + 3;
          t.grouped = true;
          space_groups = true;
          continue;
        }
        break;
      }
      // A decimal comma, as continental Europe writes prices: "9,99 €", "4,5 %",
      // also after groups of spaces ("1 801,80 €"), though not after groups of
      // commas. Only with one or two decimals and a euro sign, a percent sign or
      // word ("9,6 per cent", "4,2pp") or a scale right after, where a thousands
      // comma (three digits) cannot be meant.
      if (const size_t f = q + 1 < end && s[q] == ',' ? count_digits(s, q + 1) : 0;
          (!t.grouped || space_groups) && f >= 1 && f <= 2) {
        if (continental_context(s, q + 1 + f, out, lx) || scale_after(s, q + 1 + f, lx) ||
            percent_word_after(s, q + 1 + f, lx)) {
          digits += '.';
          digits.append(s.substr(q + 1, f));
          q += 1 + f;
          t.dec = true;
        }
      }
      if (!t.dec && q + 1 < end && s[q] == '.' && is_digit(s[q + 1])) {
        const size_t f = count_digits(s, q + 1);
        digits += '.';
        digits.append(s.substr(q + 1, f));
        q += 1 + f;
        t.dec = true;
      }
      t.t = T::kNum;
      std::from_chars(digits.data(), digits.data() + digits.size(), t.num);
      p = q;
    } else if (is_ascii_alpha(c)) {
      size_t q = p;
      t.t = T::kWord;
      for (;;) {
        if (q < end && is_ascii_alpha(s[q])) {
          t.low += static_cast<char>(std::tolower(static_cast<unsigned char>(s[q++])));
        } else if (const char* fold = q < end ? fold_latin_letter(s.substr(0, end), q) : nullptr) {
          t.low += fold;
          q += 2;
        } else {
          break;
        }
      }
      // "U.S." / "u.s." as one word
      if (q - p == 1 && q + 2 < end && s[q] == '.' && is_ascii_alpha(s[q + 1]) && s[q + 2] == '.') {
        q += 3;
        t.low.assign(s.substr(p, 4));
        for (auto& ch : t.low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      }
      p = q;
    } else if (c == '%') {
      t.t = T::kPct;
      ++p;
    } else if (c == '$') {
      t.t = T::kSym;
      t.low = "$";
      ++p;
    } else if (c == '-') {
      t.t = T::kDash;
      ++p;
    } else if (c == '.' || c == ',') {
      t.t = c == '.' ? T::kDot : T::kComma;
      t.ch = static_cast<char>(c);
      ++p;
    } else if (c < 0x80) {
      t.t = T::kOther;
      t.ch = static_cast<char>(c);
      ++p;
    } else {
      const std::string_view rest = s.substr(p);
      bool done = false;
      // en dash, em dash, minus sign, non-breaking hyphen, figure dash
      for (std::string_view d : {"\u2013", "\u2014", "\u2212", "\u2011", "\u2012", "\u2010"}) {
        if (rest.starts_with(d)) {
          t.t = T::kDash;
          p += d.size();
          done = true;
          break;
        }
      }
      if (!done && rest.starts_with("\uFF05")) {  // fullwidth percent sign
        t.t = T::kPct;
        p += 3;
        done = true;
      }
      if (!done) {
        for (const auto& sym : lx.nonascii_symbols) {
          if (rest.starts_with(sym)) {
            t.t = T::kSym;
            t.low = sym;
            p += sym.size();
            done = true;
            break;
          }
        }
      }
      if (!done) {
        t.t = T::kOther;
        p += std::min(utf8_len(c), end - p);
      }
    }
    t.e = static_cast<uint32_t>(p);
    out.push_back(std::move(t));
  }
}

// ---------------------------------------------------------------- parser

struct Amount {
  double base = 0;   // the number before scale words
  double scale = 1;  // product of scale words
  bool has_scale = false;
  bool words = false;
  bool yearlike = false;
  size_t begin = 0, end = 0;  // tokens [begin, end)
  double value() const { return base * scale; }
};

struct Found {
  ClaimKind kind = ClaimKind::kMoney;
  size_t begin = 0, end = 0;  // tokens
  double number = 0;
  std::string currency;
  int form = kPrefix;
  const char* range = nullptr;
  bool pp = false;
  // A sub-unit word whose code no sign, code or qualifier on the figure gave ("30 cents"):
  // the extractor may give it the code of a money figure in the same sentence.
  const Subunit* bare_subunit = nullptr;
};

double tidy(double v) {
  const double r = std::round(v);
  if (std::fabs(v) >= 1 && std::fabs(v - r) <= 1e-12 * std::fabs(v)) return r;
  const double c = std::round(v * 1e6) / 1e6;
  return std::fabs(v - c) <= 1e-9 * std::max(1.0, std::fabs(v)) ? c : v;
}

class Parser {
 public:
  Parser(const Lexicon& lx, const std::vector<Tok>& toks, std::string_view text, const std::array<bool, kFormCount>& on,
         const LocalCodes* local = nullptr, const std::unordered_set<std::string>* story_money = nullptr)
      : lx_(lx), t_(toks), text_(text), on_(on), local_(local), story_money_(story_money) {}

  // Parses a figure starting at token k; appends to out and returns the token after it, or 0.
  size_t parse_at(size_t k, std::vector<Found>& out, bool allow_range = true) const {
    if (k >= t_.size()) return 0;
    const Tok& tk = t_[k];
    // Negative percent: "minus five percent", " -5%". Not "plus or minus 3.1 percentage
    // points", a margin of error, whose figure the scan reads next.
    if (tk.t == T::kWord && lx_.negatives.count(tk.low) && !(k >= 2 && word_is(k - 1, "or") && word_is(k - 2, "plus"))) {
      std::vector<Found> tmp;
      const size_t e = parse_at(k + 1, tmp, false);
      if (e && tmp.size() == 1 && tmp[0].kind == ClaimKind::kPercent && tmp[0].begin == k + 1) {
        tmp[0].begin = k;
        tmp[0].number = -tmp[0].number;
        out.push_back(tmp[0]);
        return e;
      }
      // "stood at minus €430 billion": money takes a written minus as its sign after one of
      // negative_money_after or a colon; after a noun or a figure it subtracts ("revenue minus
      // $2 billion of costs"). Not before a range, whose ends the scan reads apart.
      if (e && tmp.size() == 1 && tmp[0].kind == ClaimKind::kMoney && tmp[0].begin == k + 1 && !range_connector(e, k + 1) &&
          k > 0 && (word_in(k - 1, lx_.minus_money_after) || (t_[k - 1].t == T::kOther && t_[k - 1].ch == ':'))) {
        tmp[0].begin = k;
        tmp[0].number = -tmp[0].number;
        out.push_back(tmp[0]);
        return e;
      }
      // "minus 1 to plus 1 percent": the low end is signed, the unit is written once.
      Amount a;
      if (on_[kPctRange] && allow_range && parse_amount(k + 1, false, false, a) && !a.has_scale && !a.yearlike) {
        if (const size_t c = range_connector(a.end, k)) {
          std::vector<Found> hi;
          if (parse_at(c, hi, false) && hi.size() == 1 && hi[0].begin == c && hi[0].kind == ClaimKind::kPercent &&
              !hi[0].pp && -a.value() < hi[0].number) {
            out.push_back({ClaimKind::kPercent, k, a.end, -a.value(), "", kPctRange, "low", false});
            Found h = hi[0];
            h.form = kPctRange;
            h.range = "high";
            out.push_back(h);
            return h.end;
          }
        }
      }
      return 0;
    }
    // "minus 1 to plus 1 percent": a written plus belongs to the high end of a range; elsewhere
    // "plus" adds ("prime plus one percentage point") and stays outside the span.
    if (tk.t == T::kWord && lx_.positives.count(tk.low) && k > 0 && (word_is(k - 1, "to") || word_is(k - 1, "and"))) {
      std::vector<Found> tmp;
      const size_t e = parse_at(k + 1, tmp, false);
      if (e && tmp.size() == 1 && tmp[0].kind == ClaimKind::kPercent && tmp[0].begin == k + 1) {
        tmp[0].begin = k;
        out.push_back(tmp[0]);
        return e;
      }
      return 0;
    }
    // "US66.2 cents", "US64.2c": the country of a sub-unit glued before its figure.
    if (tk.t == T::kWord && k + 1 < t_.size() && t_[k + 1].t == T::kNum && !t_[k + 1].sp) {
      auto it = lx_.subunit_prefixes.find(std::string(text_.substr(tk.b, tk.e - tk.b)));
      Amount a;
      Found f;
      if (it != lx_.subunit_prefixes.end() && parse_amount(k + 1, false, true, a) && !a.has_scale && unit_after(a, f) &&
          f.kind == ClaimKind::kMoney && f.form == kSubunit && on_[kSubunit]) {
        f.begin = k;
        f.currency = it->second;
        f.bare_subunit = nullptr;  // "US72c": the country is written on the figure
        out.push_back(f);
        return f.end;
      }
    }
    // A sign written on the figure: " -5%", "(+9%)", "was -$45 million".
    // Money takes one before its currency sign ("-$45 million"), or after a
    // word: a dash between two figures joins them.
    // A results table also signs a code ("net financials: −DKK 0.85bn").
    const bool sign = (tk.t == T::kDash || (tk.t == T::kOther && tk.ch == '+')) && is_sign(k);
    const bool signed_code = sign && k + 1 < t_.size() && t_[k + 1].t == T::kWord && code_at(k + 1) != nullptr;
    if (sign && k + 1 < t_.size() && !t_[k + 1].sp && (t_[k + 1].t == T::kNum || t_[k + 1].t == T::kSym || signed_code)) {
      std::vector<Found> tmp;
      const size_t e = parse_at(k + 1, tmp, false);
      // A number-first amount takes the sign only after a word ("my balance is
      // -250 usd") or a label's colon ("Net result: −12,8 Mio. €"), not after a
      // figure ("100 -250 usd" is a range).
      const bool after_word =
          k == 0 || t_[k - 1].t == T::kWord || (t_[k - 1].t == T::kOther && t_[k - 1].ch == ':');
      if (e && tmp.size() == 1 && tmp[0].begin == k + 1 &&
          (tmp[0].kind == ClaimKind::kPercent || t_[k + 1].t == T::kSym || (signed_code && tmp[0].kind == ClaimKind::kMoney) ||
           after_word)) {
        tmp[0].begin = k;
        if (tk.t == T::kDash) tmp[0].number = -tmp[0].number;
        out.push_back(tmp[0]);
        return e;
      }
      return 0;
    }
    // Tokenised newswire parts a minus from its figure as it parts "%" ("the index changed - 0.3 %");
    // after a word only, since "37 - 38 %" is a range.
    if (tk.t == T::kDash && tk.sp && k > 0 && t_[k - 1].t == T::kWord && k + 1 < t_.size() && t_[k + 1].t == T::kNum &&
        t_[k + 1].sp) {
      std::vector<Found> tmp;
      const size_t e = parse_at(k + 1, tmp, false);
      if (e && tmp.size() == 1 && tmp[0].begin == k + 1 && tmp[0].kind == ClaimKind::kPercent &&
          t_[tmp[0].end - 1].t == T::kPct && t_[tmp[0].end - 1].sp) {
        tmp[0].begin = k;
        tmp[0].number = -tmp[0].number;
        out.push_back(tmp[0]);
        return e;
      }
    }
    if (size_t e = parse_bracketed_percent(k, out)) return e;
    if (size_t e = parse_sign_first(k, out)) return e;
    if (size_t e = parse_prefixed(k, out, allow_range)) return e;
    if (size_t e = parse_amount_first(k, out, allow_range)) return e;
    if (size_t e = parse_percent_of(k, out)) return e;
    return 0;
  }

  // A '+' or '-' at token k that signs the figure after it: at the start, after
  // a space or after an opening bracket.
  bool is_sign(size_t k) const {
    return k == 0 || t_[k].sp || (t_[k - 1].t == T::kOther && t_[k - 1].ch == '(');
  }

  // ---- vocabulary helpers

  bool word_is(size_t k, std::string_view w) const { return k < t_.size() && t_[k].t == T::kWord && t_[k].low == w; }
  // Whether token k is a word of `words` (lower case).
  bool word_in(size_t k, const std::unordered_set<std::string>& words) const {
    return k < t_.size() && t_[k].t == T::kWord && words.count(t_[k].low) > 0;
  }

  // The code of the country the text names for the currency word at token k
  // ("800 pesos" in an Argentine story), or "" when none does or a qualifier
  // stands before it ("Mexican pesos" keeps MXN).
  std::string_view local_code(size_t k) const { return local_code_as(k, k < t_.size() ? t_[k].low : std::string()); }
  // The same for a glued sign of letters at token k, looked up as written before its lower
  // case: "P2.1 billion" is the pula in a Botswana story while "3p" stays pence there, since
  // the country lists the sign "P" and not the sub-unit "p"; "K50 billion" is listed as "k".
  std::string_view sign_local_code(size_t k) const {
    if (!local_ || k >= t_.size()) return {};
    const std::string raw(text_.substr(t_[k].b, t_[k].e - t_[k].b));
    return local_->count(raw) ? local_code_as(k, raw) : local_code(k);
  }
  std::string_view local_code_as(size_t k, const std::string& key) const {
    if (!local_ || k >= t_.size() || (t_[k].t != T::kWord && t_[k].t != T::kSym)) return {};
    auto it = local_->find(key);
    if (it == local_->end() || it->second.empty()) return {};
    for (const auto& [q, code] : lx_.qualifiers)
      if (match_backward(k, q) != SIZE_MAX) return {};
    return it->second;
  }
  std::string localised(size_t k, const std::string& code) const {
    const std::string_view l = local_code(k);
    return l.empty() ? code : std::string(l);
  }

  // End of `p` matched forward from token k (words, optionally joined by dashes), or 0.
  size_t match_forward(size_t k, const Phrase& p) const {
    for (size_t i = 0; i < p.size(); ++i) {
      if (i > 0 && k < t_.size() && t_[k].t == T::kDash) ++k;
      if (k >= t_.size() || t_[k].t != T::kWord || t_[k].low != p[i]) return 0;
      ++k;
    }
    return k;
  }
  size_t match_any_forward(size_t k, const std::vector<Phrase>& ps) const {
    size_t best = 0;
    for (const auto& p : ps) best = std::max(best, match_forward(k, p));
    return best;
  }
  // Start of `p` matched backward so that it ends just before token k, or SIZE_MAX.
  size_t match_backward(size_t k, const Phrase& p) const {
    if (p.size() > k) return SIZE_MAX;
    size_t j = k;
    for (size_t i = p.size(); i-- > 0;) {
      if (j == 0) return SIZE_MAX;
      --j;
      if (t_[j].t != T::kWord || t_[j].low != p[i]) return SIZE_MAX;
    }
    return j;
  }

  const std::string* code_at(size_t k) const {
    if (k >= t_.size() || t_[k].t != T::kWord) return nullptr;
    if (auto it = lx_.codes.find(t_[k].low); it != lx_.codes.end()) {
      // "kr 42", "499 kr": a sign in lower case standing on its own or on its figure; "Kr"
      // abbreviates names, and "gov.kr" ends a web address.
      const bool apart =
          k == 0 || t_[k].sp || t_[k - 1].t == T::kNum || (t_[k - 1].t == T::kOther && t_[k - 1].ch == '(');
      if (lx_.codes_lower_only.count(t_[k].low) && (!is_lower(k) || !apart)) return nullptr;
      return &it->second;
    }
    const std::string raw(text_.substr(t_[k].b, t_[k].e - t_[k].b));
    if (auto it = lx_.codes_upper.find(raw); it != lx_.codes_upper.end()) {
      // "20 AWG a night" in an Aruban story; elsewhere "12 AWG" is a wire gauge (codes_local_only).
      if (lx_.codes_local_only.count(raw) && local_code_as(k, raw).empty()) return nullptr;
      return &it->second;
    }
    return nullptr;
  }
  // "MUSD", "MAUD": millions of a currency (written all in capitals, or all
  // in lower case as chat and tokenised text have it: "30 musd").
  const std::string* mcode_at(size_t k) const {
    if (k >= t_.size() || t_[k].t != T::kWord || t_[k].low.size() != 4) return nullptr;
    const std::string_view raw = text_.substr(t_[k].b, 4);
    const bool upper = std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!upper && raw != t_[k].low) return nullptr;
    if (t_[k].low[0] != 'm') return nullptr;
    auto it = lx_.codes.find(t_[k].low.substr(1));
    return it == lx_.codes.end() ? nullptr : &it->second;
  }
  double scale_at(size_t k, bool money) const {
    if (k >= t_.size() || t_[k].t != T::kWord) return 0;
    if (auto it = lx_.scales.find(t_[k].low); it != lx_.scales.end()) return it->second;
    if (!money) return 0;
    // "450 M€", "40 Md€": the French press glues its scale to the sign after it (sign_scales).
    if (k + 1 < t_.size() && t_[k + 1].t == T::kSym && !t_[k + 1].sp)
      if (auto it = lx_.sign_scales.find(std::string(text_.substr(t_[k].b, t_[k].e - t_[k].b))); it != lx_.sign_scales.end())
        return it->second;
    if (auto it = lx_.scale_abbrevs.find(t_[k].low); it != lx_.scale_abbrevs.end()) {
      // One-letter abbreviations only glued to the figure ("$250B", "£350m").
      if (t_[k].low.size() == 1 && t_[k].sp) return 0;
      // "2 Bio. €" (German, a trillion): written otherwise "bio" may be an English billion.
      if (lx_.dotted_only_scales.count(t_[k].low) &&
          !(lx_.dotted_only_written.count(std::string(text_.substr(t_[k].b, t_[k].e - t_[k].b))) &&
            k + 1 < t_.size() && t_[k + 1].t == T::kDot && !t_[k + 1].sp))
        return 0;
      return it->second;
    }
    return 0;
  }
  // Whether the sentence names one of `codes` by a sign, a code or a currency word.
  bool tells_money_in(const std::unordered_set<std::string>& codes) const {
    for (size_t j = 0; j < t_.size(); ++j) {
      if (t_[j].t == T::kSym && codes.count(localised(j, lx_.symbols.at(t_[j].low)))) return true;
      if (t_[j].t != T::kWord) continue;
      if (const std::string* c = code_at(j); c && codes.count(localised(j, *c))) return true;
      if (auto w = lx_.currency_words.find(t_[j].low); w != lx_.currency_words.end() && codes.count(localised(j, w->second)))
        return true;
    }
    return false;
  }
  bool is_currencyish(size_t k) const {
    if (k >= t_.size()) return false;
    if (t_[k].t == T::kSym) return true;
    if (t_[k].t != T::kWord) return false;
    return lx_.currency_words.count(t_[k].low) || lx_.subunits.count(t_[k].low) || code_at(k) || mcode_at(k);
  }
  // "-point" then a rate move ("a half-point cut", "a quarter-point hike"): without the move
  // "point" may be a chess or sports point, so the noun after it is required.
  bool point_after(size_t k) const {
    return k + 2 < t_.size() && t_[k].t == T::kDash && word_is(k + 1, "point") && t_[k + 2].t == T::kWord &&
           lx_.point_moves.count(t_[k + 2].low);
  }
  bool is_lower(size_t k) const {
    for (char c : text_.substr(t_[k].b, t_[k].e - t_[k].b))
      if (c >= 'A' && c <= 'Z') return false;
    return true;
  }
  // "99 Cents Only Stores", "the quiz show The 1% Club": a figure and its unit inside a name,
  // in a sentence written in lower case, when a capitalised word follows and either the unit
  // word is capitalised itself or a capitalised "The" opens the title before the figure (a
  // plain capitalised word there is no cue: "Nvidia 2% Friday"). A headline in title case
  // ("Shares Rise 50 Cents On Results") capitalises every word, so there it proves nothing.
  bool inside_name(const Found& f) const {
    auto capital = [&](size_t k) {
      return k < t_.size() && t_[k].t == T::kWord && text_[t_[k].b] >= 'A' && text_[t_[k].b] <= 'Z' && !is_upper_word(k);
    };
    const size_t last = f.end - 1;
    if (f.range || !capital(f.end) || lx_.stop_words.count(t_[f.end].low) || t_[f.end].low == "per") return false;
    const bool unit_capital = last > f.begin && capital(last) && t_[last - 1].t == T::kNum && t_[last].sp;
    const bool name_before = f.begin > 1 && t_[f.begin].t == T::kNum && t_[f.begin].sp && word_is(f.begin - 1, "the") &&
                             capital(f.begin - 1) && t_[f.begin - 2].t == T::kWord;
    if (!unit_capital && !name_before) return false;
    // Prose: two words of four letters or more in lower case (a title case headline lowers
    // only short words: "on", "of", "to").
    size_t lower = 0;
    for (size_t k = 0; k < t_.size() && lower < 2; ++k)
      if (t_[k].t == T::kWord && t_[k].e - t_[k].b >= 4 && text_[t_[k].b] >= 'a' && text_[t_[k].b] <= 'z') ++lower;
    return lower >= 2;
  }
  bool is_number_word(size_t k) const {
    return k < t_.size() && t_[k].t == T::kWord && lx_.number_words.count(t_[k].low);
  }
  // Token q ends a clause (the sentence end or punctuation), or is one of `words`.
  bool clause_ends(size_t q, const std::unordered_set<std::string>& words) const {
    return q >= t_.size() || t_[q].t == T::kDot || t_[q].t == T::kComma ||
           (t_[q].t == T::kOther && t_[q].ch && std::string_view("!?;:)").find(t_[q].ch) != std::string_view::npos) ||
           (t_[q].t == T::kWord && words.count(t_[q].low));
  }
  // The sentence names a currency other than by the word at token p: a sign or a currency word.
  bool names_other_currency(size_t p) const {
    for (size_t k = 0; k < t_.size(); ++k)
      if (k != p && (t_[k].t == T::kSym || (t_[k].t == T::kWord && t_[k].low != t_[p].low &&
                                            lx_.currency_words.count(t_[k].low))))
        return true;
    return false;
  }

  // ---- amounts

  // Number words: "seventy", "one hundred and six", "twenty-two", "a billion", "half a",
  // "three quarters", "two and a half", "five point five".
  bool parse_words(size_t k, Amount& a) const {
    double total = 0, cur = 0;
    bool any = false;
    int last = 0;  // 1 unit/teen, 2 tens, 3 hundred, 4 scale, 5 fraction
    size_t m = k;
    auto next_is_mult = [&](size_t j) {
      return j < t_.size() && t_[j].t == T::kWord &&
             (lx_.hundred.count(t_[j].low) || lx_.scales.count(t_[j].low) || lx_.fractions.count(t_[j].low));
    };
    // "half-billion", "quarter-million": a fraction hyphenated to a scale is one compound word.
    auto hyphenated_scale = [&](size_t j) {
      return j + 1 < t_.size() && t_[j].t == T::kDash && !t_[j].sp && !t_[j + 1].sp && t_[j + 1].t == T::kWord &&
             lx_.scales.count(t_[j + 1].low);
    };
    // "a half-billion dollars", "a hundred-dollar bill": the number word hyphenated to the next
    // one makes a compound modifier, and the article belongs to the noun phrase, so it stays
    // outside the span as it does before "a half-point cut" and "a $50-billion deal".
    bool article_outside = false;
    if (word_is(m, "a") || word_is(m, "an")) {
      if (!next_is_mult(m + 1)) return false;
      article_outside = m + 3 < t_.size() && t_[m + 2].t == T::kDash && !t_[m + 2].sp && !t_[m + 3].sp &&
                        t_[m + 3].t == T::kWord;
      ++m;
      cur = 1;
      any = true;
      if (auto f = lx_.fractions.find(t_[m].low); f != lx_.fractions.end()) {
        cur = f->second;
        last = 5;
        ++m;
        if (hyphenated_scale(m)) ++m;
      }
    } else if (m < t_.size() && t_[m].t == T::kWord && lx_.fractions.count(t_[m].low) &&
               t_[m].low != "quarters" && t_[m].low != "halves") {
      cur = lx_.fractions.at(t_[m].low);
      any = true;
      last = 5;
      ++m;
      if (word_is(m, "a") || word_is(m, "an")) ++m;
      else if (hyphenated_scale(m)) ++m;
      else if (!next_is_mult(m) && !point_after(m)) return false;  // "quarter" alone is a period, not a number
    }
    while (m < t_.size()) {
      const Tok& w = t_[m];
      if (w.t == T::kDash && last == 2 && is_number_word(m + 1) && lx_.number_words.at(t_[m + 1].low) < 10) {
        ++m;
        continue;
      }
      // "three-quarters", "two-tenths": a count joined to its fraction word
      if (w.t == T::kDash && last == 1 && m + 1 < t_.size() && t_[m + 1].t == T::kWord &&
          lx_.fractions.count(t_[m + 1].low) && t_[m + 1].low != "half") {
        ++m;
        continue;
      }
      // "one-point-two billion": the decimal point written as a hyphenated word
      if (w.t == T::kDash && (last == 1 || last == 2) && m + 3 < t_.size() && t_[m + 1].t == T::kWord &&
          lx_.point_words.count(t_[m + 1].low) && t_[m + 2].t == T::kDash && is_number_word(m + 3)) {
        ++m;
        continue;
      }
      if (w.t != T::kWord) break;
      if (auto it = lx_.number_words.find(w.low); it != lx_.number_words.end()) {
        const double v = it->second;
        if (last == 2 && v > 0 && v < 10) {
          cur += v;
        } else if (last == 0 || last == 3 || last == 4) {
          cur += v;
        } else {
          break;
        }
        last = (v >= 20 && std::fmod(v, 10) == 0) ? 2 : 1;
        any = true;
        ++m;
        continue;
      }
      if (any && lx_.hundred.count(w.low) && last != 3) {
        cur = (cur == 0 ? 1 : cur) * 100;
        last = 3;
        ++m;
        continue;
      }
      if (any) {
        if (auto it = lx_.scales.find(w.low); it != lx_.scales.end()) {
          if (last == 4) {
            total *= it->second;  // "lakh crore"
          } else {
            total += cur * it->second;
            cur = 0;
          }
          a.has_scale = true;
          a.scale = it->second;
          last = 4;
          ++m;
          continue;
        }
      }
      // "three quarters", "one half" (not "two half")
      if (any && (last == 1 || last == 2) && lx_.fractions.count(w.low) && (w.low != "half" || (last == 1 && cur == 1))) {
        cur *= lx_.fractions.at(w.low);
        last = 5;
        ++m;
        continue;
      }
      // "a quarter of a million dollars": a fraction of a scale
      if (last == 5 && w.low == "of" && (word_is(m + 1, "a") || word_is(m + 1, "one")) && m + 2 < t_.size() &&
          t_[m + 2].t == T::kWord && lx_.scales.count(t_[m + 2].low)) {
        m += 2;
        continue;
      }
      // "a quarter of a percentage point", "three-tenths of a percent": a fraction of one unit
      if (last == 5 && w.low == "of" && (word_is(m + 1, "a") || word_is(m + 1, "one")) &&
          (match_any_forward(m + 2, lx_.percent_words) || match_any_forward(m + 2, lx_.points_words))) {
        m += 2;
        break;
      }
      // "two and a half", "seven and a quarter"
      if (any && w.low == "and" && (word_is(m + 1, "a") || word_is(m + 1, "an")) && m + 2 < t_.size() &&
          t_[m + 2].t == T::kWord && (t_[m + 2].low == "half" || t_[m + 2].low == "quarter")) {
        // "a billion and a half": the fraction is of the scale just read
        if (last == 4)
          total += lx_.fractions.at(t_[m + 2].low) * a.scale;
        else
          cur += lx_.fractions.at(t_[m + 2].low);
        last = 5;
        m += 3;
        continue;
      }
      if (any && w.low == "and" && (last == 3 || last == 4) && is_number_word(m + 1)) {
        ++m;
        continue;
      }
      const bool hyphenated_point = m > 0 && t_[m - 1].t == T::kDash && m + 1 < t_.size() && t_[m + 1].t == T::kDash;
      if (any && lx_.point_words.count(w.low) && (last == 1 || last == 2) &&
          is_number_word(hyphenated_point ? m + 2 : m + 1)) {
        double frac = 0, div = 10;
        size_t j = hyphenated_point ? m + 2 : m + 1;
        while (is_number_word(j) && lx_.number_words.at(t_[j].low) < 10) {
          frac += lx_.number_words.at(t_[j].low) / div;
          div *= 10;
          ++j;
        }
        if (j == (hyphenated_point ? m + 2 : m + 1)) break;
        cur += frac;
        last = 5;
        m = j;
        continue;
      }
      break;
    }
    if (!any) return false;
    a.begin = article_outside ? k + 1 : k;
    a.end = m;
    a.words = true;
    const double v = total + cur;
    if (a.has_scale) {
      a.base = v / a.scale;
    } else {
      a.base = v;
    }
    return true;
  }

  // The dot at token k ends an abbreviated word ("Rs.", "Dhs."), not a code in
  // capitals ("USD.5" is no amount) and not a number (".25").
  bool abbreviation_dot(size_t k) const {
    if (k == 0 || t_[k - 1].t != T::kWord || t_[k].sp) return false;
    const std::string_view raw = text_.substr(t_[k - 1].b, t_[k - 1].e - t_[k - 1].b);
    return std::any_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  // A figure at token k. `money` admits scale abbreviations; `after_prefix` admits a
  // word glued before it ("USD115.5").
  bool parse_amount(size_t k, bool money, bool after_prefix, Amount& a) const {
    a = Amount{};
    if (k >= t_.size()) return false;
    const Tok& tk = t_[k];
    if (tk.t == T::kWord) return parse_words(k, a);
    if (tk.t == T::kOther) return parse_bracketed(k, money, after_prefix, a);
    if (tk.t == T::kDot) return parse_leading_dot(k, money, after_prefix, a);
    if (tk.t != T::kNum) return false;
    if (!tk.sp && k > 0) {
      const Tok& pv = t_[k - 1];
      if (pv.t == T::kWord && !after_prefix) return false;  // "Q3", "A4", "x86"
      if (pv.t == T::kPct) return false;  // "%2020"
      // "2,05 lei" unread as a decimal: the digits after the comma are no figure of their own.
      if (pv.t == T::kComma && !pv.sp && k >= 2 && t_[k - 2].t == T::kNum) return false;
      if (pv.t == T::kDot && !(after_prefix && abbreviation_dot(k - 1))) return false;  // ".25", not "Rs.500"
      // "S/1,130": a sign ending in a slash (the Peruvian sol) is the prefix the caller read.
      if (pv.t == T::kOther && pv.ch && std::string_view("=/_#@&+^:").find(pv.ch) != std::string_view::npos &&
          !(pv.ch == '+' && is_sign(k - 1)) && !(pv.ch == '/' && after_prefix))
        return false;
    }
    a.begin = k;
    a.base = tk.num;
    size_t m = k + 1;
    // A percent or points word, a scale word or a currency at token j.
    auto unit_at = [&](size_t j) {
      return j < t_.size() && (t_[j].t == T::kPct || match_any_forward(j, lx_.percent_words) ||
                               match_any_forward(j, lx_.points_words) || scale_at(j, money) > 0 || is_currencyish(j));
    };
    // Tokenised decimals "6 . 2 %" (newswire), only before a unit.
    if (!tk.dec && m + 1 < t_.size() && t_[m].t == T::kDot && t_[m].sp && t_[m + 1].t == T::kNum && t_[m + 1].sp &&
        !t_[m + 1].dec && !t_[m + 1].grouped && unit_at(m + 2)) {
      const Tok& f = t_[m + 1];
      a.base = tk.num + f.num / std::pow(10.0, static_cast<double>(f.e - f.b));
      m += 2;
    }
    // A fraction "n/d" starting at token j, as stock prices were quoted: 1/2 to 15/16.
    auto fraction_at = [&](size_t j) {
      return j + 2 < t_.size() && t_[j].t == T::kNum && !t_[j].dec && !t_[j].grouped && t_[j + 1].t == T::kOther &&
             t_[j + 1].ch == '/' && !t_[j + 1].sp && t_[j + 2].t == T::kNum && !t_[j + 2].sp && !t_[j + 2].dec &&
             t_[j].num >= 1 && t_[j].num < t_[j + 2].num && t_[j + 2].num <= 16;
    };
    // Mixed numbers "2 1/2 percent" (and "2½%", which normalises to it) before
    // a unit, or after a currency sign ("$ 41 1/2"); a bare fraction only after
    // one ("up $ 7/8").
    // "1/2 percent": a bare fraction also right before its unit.
    if (m == k + 1 && !tk.dec && fraction_at(k) && (after_prefix || unit_at(k + 3))) {
      a.base = tk.num / t_[k + 2].num;
      m = k + 3;
    } else if (m == k + 1 && !tk.dec && m < t_.size() && t_[m].sp && fraction_at(m) && (after_prefix || unit_at(m + 3))) {
      a.base = tk.num + t_[m].num / t_[m + 2].num;
      m += 3;
    } else if (m == k + 1 && !tk.dec && m + 1 < t_.size() && t_[m].t == T::kDash && !t_[m].sp && !t_[m + 1].sp &&
               fraction_at(m + 1)) {
      // "5-1/4 to 5-1/2 percent": the Fed writes mixed numbers with a hyphen.
      a.base = tk.num + t_[m + 1].num / t_[m + 3].num;
      m += 4;
    }
    // "3 and a half million dollars", "7 and a quarter percent", only before a unit.
    if (m == k + 1 && !tk.dec && word_is(m, "and") && (word_is(m + 1, "a") || word_is(m + 1, "an")) &&
        (word_is(m + 2, "half") || word_is(m + 2, "quarter")) && unit_at(m + 3)) {
      a.base = tk.num + lx_.fractions.at(t_[m + 2].low);
      m += 3;
    }
    a.yearlike = !tk.dec && !tk.grouped && tk.e - tk.b == 4 && tk.num >= 1800 && tk.num <= 2100 && m == k + 1;
    // What is glued after the number must be a unit: "250B", "115USD", "5pc"; not "1e10", "2nd", "1990s".
    if (m < t_.size() && !t_[m].sp) {
      const Tok& nx = t_[m];
      if (nx.t == T::kWord) {
        const bool unit = scale_at(m, money) > 0 || is_currencyish(m) || lx_.glued_only.count(nx.low) ||
                          match_any_forward(m, lx_.percent_words) || match_any_forward(m, lx_.points_words) ||
                          match_any_forward(m, lx_.basis_points_words);
        if (!unit) return false;
      } else if (nx.t == T::kOther && nx.ch && std::string_view("/:^").find(nx.ch) != std::string_view::npos) {
        // "24/7", "9/11", "3:1"; but a price per unit after a currency sign: "US$108.50/t", "Ksh 188.84/litre".
        // An exchange rate too: "N1,482/$".
        const bool per_unit = nx.ch == '/' && money && after_prefix && m + 1 < t_.size() &&
                              (t_[m + 1].t == T::kWord || t_[m + 1].t == T::kSym) && !t_[m + 1].sp;
        if (!per_unit) return false;
      } else if (nx.t == T::kNum) {
        return false;
      }
    }
    a.end = read_scales(m, money, a);
    return true;
  }

  // ".5%": a decimal written without its leading zero, before a percent unit
  // (or after a currency sign, "$.50"); elsewhere a dot before digits ends a
  // sentence or belongs to a version or address.
  bool parse_leading_dot(size_t k, bool money, bool after_prefix, Amount& a) const {
    if (!(k + 1 < t_.size() && t_[k + 1].t == T::kNum && !t_[k + 1].sp && !t_[k + 1].dec && !t_[k + 1].grouped))
      return false;
    if (k > 0 && !t_[k].sp && !after_prefix) return false;
    const size_t m = k + 2;
    const bool percent = m < t_.size() && (t_[m].t == T::kPct || match_any_forward(m, lx_.percent_words));
    if (!percent && !after_prefix) return false;
    if (glued_alnum_after(m) && !percent && !(t_[m].t == T::kWord && scale_at(m, money) > 0)) return false;
    a = Amount{};
    a.begin = k;
    const Tok& f = t_[k + 1];
    a.base = f.num / std::pow(10.0, static_cast<double>(f.e - f.b));
    a.end = read_scales(m, money, a);
    return true;
  }

  // Scale words from token m on, possibly hyphenated ("$50-billion") and
  // chained ("lakh crore"), multiplied into a; returns the token after them.
  size_t read_scales(size_t m, bool money, Amount& a) const {
    for (;;) {
      size_t j = m;
      if (j < t_.size() && t_[j].t == T::kDash && j + 1 < t_.size() && lx_.scales.count(t_[j + 1].low) &&
          t_[j + 1].t == T::kWord)
        ++j;
      const double s = scale_at(j, money);
      if (s <= 0) break;
      if (a.has_scale && !lx_.scales.count(t_[j].low)) break;
      a.scale *= s;
      a.has_scale = true;
      m = j + 1;
      // "€3,5 Mio.": the German abbreviation keeps its dot.
      if (lx_.dotted_scales.count(t_[j].low) && m < t_.size() && t_[m].t == T::kDot && !t_[m].sp) {
        ++m;
        break;
      }
    }
    return m;
  }

  // An accountant's negative at token k: a figure in brackets right after a
  // currency sign ("$(45.2) million", "$(0.05)") or right before a percent
  // sign ("(2.1)%"). Elsewhere brackets hold asides ("(45)"), not signs.
  bool parse_bracketed(size_t k, bool money, bool after_prefix, Amount& a) const {
    if (!(k + 2 < t_.size() && t_[k].t == T::kOther && t_[k].ch == '(' && t_[k + 1].t == T::kNum && !t_[k + 1].sp &&
          t_[k + 2].t == T::kOther && t_[k + 2].ch == ')' && !t_[k + 2].sp))
      return false;
    const bool percent_after = k + 3 < t_.size() && t_[k + 3].t == T::kPct && !t_[k + 3].sp;
    if (!(money && after_prefix && !t_[k].sp) && !percent_after) return false;
    a = Amount{};
    a.begin = k;
    a.base = -t_[k + 1].num;
    a.end = read_scales(k + 3, money, a);
    return true;
  }

  // ---- money with the currency first: "$13 billion", "US$1.2bn", "USD 5m", "MAUD 60", "Rs. 500"

  // How much a prefix needs from its figure before it counts as money.
  enum class Needs { kNothing, kScaleOrGroups, kScale };

  bool currency_prefix(size_t k, std::string& code, double& factor, size_t& next, Needs* needs = nullptr) const {
    factor = 1;
    if (needs) *needs = Needs::kNothing;
    if (k >= t_.size()) return false;
    const Tok& tk = t_[k];
    if (tk.t == T::kSym) {
      code = localised(k, lx_.symbols.at(tk.low));  // "¥" in a Chinese story is the yuan
      next = k + 1;
      // "$A1.2 billion", "$US500": the country written after the sign and glued to it; the figure
      // may stand apart, as Uruguay's press writes its peso ("$U 22.268").
      if (tk.low == "$" && k + 2 < t_.size() && t_[k + 1].t == T::kWord && !t_[k + 1].sp &&
          t_[k + 2].t == T::kNum) {
        auto it = lx_.dollar_suffixes.find(std::string(text_.substr(t_[k + 1].b, t_[k + 1].e - t_[k + 1].b)));
        if (it != lx_.dollar_suffixes.end()) {
          code = it->second;
          next = k + 2;
        }
      }
      return true;
    }
    if (tk.t != T::kWord) return false;
    if (k + 1 < t_.size() && t_[k + 1].t == T::kSym && t_[k + 1].low == "$") {
      if (auto it = lx_.dollar_prefixes.find(tk.low); it != lx_.dollar_prefixes.end()) {
        // Tokenised newswire splits "S$" into "s $ 1.2 billion"; the possessive "' s $ 5" is no sign.
        const bool tokenised = it->second.tokenised && t_[k + 1].sp && k + 2 < t_.size() && t_[k + 2].sp &&
                               (k == 0 || (tk.sp && !(t_[k - 1].t == T::kOther && t_[k - 1].ch == '\'')));
        if (!t_[k + 1].sp || it->second.space || tokenised) {
          code = it->second.code;
          // "C$36.62" is the cordoba in a Managua story, "B$" the Brunei or the Bahamian dollar
          // by the story's country: the sign as written, "$" and all (local_currencies).
          if (const std::string_view l = local_code_as(k, std::string(text_.substr(tk.b, tk.e - tk.b)) + "$"); !l.empty())
            code = std::string(l);
          next = k + 2;
          return true;
        }
      }
    }
    if (const DollarPrefix* gs = glued_sign_at(k, next); gs && !(gs->local_only && sign_local_code(k).empty())) {
      const std::string_view local = sign_local_code(k);
      code = local.empty() ? gs->code : std::string(local);
      if (needs && !gs->bare) *needs = Needs::kScaleOrGroups;
      return true;
    }
    // "Rupees 1.44 trillion", "Nepalese rupees 1.44 trillion": a currency word the South Asian
    // press also writes before its figure (currency_words_before), apart from it; like a sign of
    // letters it wants a scale or groups ("the rupees 50 and 100 notes" are none). A qualifier
    // before it fixes the code (see qualifier_before), else the story's country does.
    if (auto w = lx_.currency_words.find(tk.low);
        w != lx_.currency_words.end() && lx_.words_before.count(tk.low) && k + 1 < t_.size() &&
        t_[k + 1].t == T::kNum && t_[k + 1].sp) {
      if (!needs) return false;
      *needs = Needs::kScaleOrGroups;
      std::string qualified;
      code = qualifier_before(k, qualified) < k ? qualified : localised(k, w->second);
      next = k + 1;
      return true;
    }
    if (const std::string* c = code_at(k)) {
      // Capitals-only codes are English words too ("TRY 5 times", "ALL 5 solutions", "Hong Kong
      // SAR 25 years on"): apart from the figure they count only before a scale ("SAR 10 billion").
      // Thousands groups will do as well ("CAD 300,000 per bed").
      if (!lx_.codes.count(tk.low) && k + 1 < t_.size() && t_[k + 1].sp) {
        if (!needs) return false;
        *needs = Needs::kScaleOrGroups;
      }
      // "COP29": a code that also numbers an event wants a scale or groups even when glued ("COP 29,000").
      if (lx_.numbered_names.count(std::string(text_.substr(tk.b, tk.e - tk.b)))) {
        if (!needs) return false;
        *needs = Needs::kScaleOrGroups;
      }
      code = localised(k, *c);
      next = k + 1;
      if (next < t_.size() && t_[next].t == T::kDot && !t_[next].sp) ++next;  // "Rs. 500"
      // Tokenised newswire: "rs . 450 crore", all lower case, every token apart.
      else if (next + 1 < t_.size() && t_[next].t == T::kDot && t_[next].sp && t_[next + 1].t == T::kNum &&
               t_[next + 1].sp && lx_.codes.count(tk.low) && is_lower(k))
        ++next;
      return true;
    }
    if (const std::string* c = mcode_at(k)) {
      code = *c;
      factor = 1e6;
      next = k + 1;
      return true;
    }
    return false;
  }

  // The first token of a currency qualifier ending just before token k ("Nepalese" before
  // "rupees"), with its code in `code`; k when none stands there.
  size_t qualifier_before(size_t k, std::string& code) const {
    size_t best = k;
    for (const auto& [q, c] : lx_.qualifiers)
      if (const size_t b = match_backward(k, q); b != SIZE_MAX && b < best) {
        best = b;
        code = c;
      }
    return best;
  }

  // A sign of letters as the local press writes it ("R2.3-billion", "Sh600 billion", "GH¢1.2
  // billion"), starting at word token k and ending on a token boundary just before a figure.
  // Letters glue to digits for many other reasons ("N95", "R2-D2"), so parse_prefixed also
  // wants a scale word, thousands groups or two decimals, unless the sign is `bare`.
  // Returns the sign, with `next` at the figure; nullptr when none starts at k.
  const DollarPrefix* glued_sign_at(size_t k, size_t& next) const {
    if (k >= t_.size() || t_[k].t != T::kWord) return nullptr;
    const std::string_view rest = text_.substr(t_[k].b);
    for (const auto& [sign, gs] : lx_.glued_signs) {
      if (!rest.starts_with(sign)) continue;
      const size_t end = t_[k].b + sign.size();
      size_t j = k;
      while (j < t_.size() && t_[j].e < end) ++j;
      if (j >= t_.size() || t_[j].e != end || j + 1 >= t_.size() || t_[j + 1].t != T::kNum) continue;
      if (t_[j + 1].sp && !gs.space) continue;
      next = j + 1;
      return &gs;
    }
    return nullptr;
  }

  // "Rs 220, Ds 213", "Rs and Ds": a currency code that is also a party's plural ("Rs", the
  // Republicans, beside the rupee's "Rs") counts seats when the sentence holds another party's
  // plural before a figure or joined to a party plural. Rupee copy has no "Ds 213" beside its
  // "Rs 220", and one party word alone ("Rs 220 a day") proves nothing, so the pair is the cue.
  bool party_count(size_t k) const {
    auto raw = [&](size_t j) { return std::string(text_.substr(t_[j].b, t_[j].e - t_[j].b)); };
    auto party = [&](size_t j) { return j < t_.size() && t_[j].t == T::kWord && lx_.party_counts.count(raw(j)) > 0; };
    if (!party(k)) return false;
    const std::string self = raw(k);
    for (size_t j = 0; j < t_.size(); ++j) {
      if (j == k || !party(j) || raw(j) == self) continue;
      if (j + 1 < t_.size() && t_[j + 1].t == T::kNum) return true;
      const bool joined_after = j + 2 < t_.size() && lx_.party_joiners.count(raw(j + 1)) && party(j + 2);
      const bool joined_before = j >= 2 && lx_.party_joiners.count(raw(j - 1)) && party(j - 2);
      if (joined_after || joined_before) return true;
    }
    return false;
  }

  // A figure written with two decimals, as prices are ("R24.30"): no model
  // name or road number is, so a glued sign may stand before it.
  bool cents_written(size_t k) const {
    if (k >= t_.size() || t_[k].t != T::kNum || !t_[k].dec) return false;
    const std::string_view digits = text_.substr(t_[k].b, t_[k].e - t_[k].b);
    const size_t dot = digits.rfind('.');
    return dot != std::string_view::npos && digits.size() - dot == 3;
  }

  size_t parse_prefixed(size_t k, std::vector<Found>& out, bool allow_range) const {
    std::string code;
    double factor = 1;
    size_t next = 0;
    Needs needs = Needs::kNothing;
    if (!currency_prefix(k, code, factor, next, &needs)) return 0;
    if (party_count(k)) return 0;
    if (k > 0 && word_in(k - 1, lx_.designator_words) && t_[k].t == T::kWord) return 0;
    Amount a;
    if (!parse_amount(next, true, true, a)) return 0;
    if (placeholder(k, next, a)) return 0;
    // Tokenised newswire splits "$350m" into "$ 350 m": with the sign apart from the figure,
    // a lone one-letter scale after it is the figure's ("$ 350 m for the jets").
    if (!a.has_scale && t_[next].t == T::kNum && t_[next].sp && a.end < t_.size() && t_[a.end].t == T::kWord &&
        t_[a.end].sp && t_[a.end].low.size() == 1 && lx_.scale_abbrevs.count(t_[a.end].low) && is_lower(a.end) &&
        !glued_alnum_after(a.end + 1)) {
      a.scale = lx_.scale_abbrevs.at(t_[a.end].low);
      a.has_scale = true;
      ++a.end;
    }
    const bool placed = needs != Needs::kNothing && place_before(k, code);
    if (needs == Needs::kScaleOrGroups && !a.has_scale && !t_[next].grouped && !cents_written(next) &&
        !plain_figure_priced(k, next, a.end, code) && !(money_seen_.count(code) && t_[next].sp && code_at(k)) &&
        !scaled_range_after(a, k) && !placed)
      return 0;
    if (trim_of_name(k, next, a) && !placed && !place_before(k, code)) return 0;
    // Any sign counts for a later plain figure ("₦1,530 per dollar ... fell to N865": the same
    // currency, though written otherwise).
    signs_seen_.insert(code);
    if (needs == Needs::kScale && !a.has_scale) return 0;
    if (a.words && !a.has_scale && t_[next].t == T::kWord && !t_[next].sp) return 0;
    // "10 $ 30 cent" style: the sign belongs to the figure before it.
    if (t_[a.end - 1].t == T::kNum && a.end < t_.size() && t_[a.end].t == T::kWord && lx_.subunits.count(t_[a.end].low))
      return 0;
    if (!on_[kPrefix]) return 0;
    Found f{ClaimKind::kMoney, k, a.end, a.value() * factor, code, kPrefix, nullptr, false};
    // "Nepalese rupees 1.44 trillion": the qualifier of a currency word written first is in the span.
    if (t_[k].t == T::kWord && lx_.words_before.count(t_[k].low)) {
      std::string qualified;
      f.begin = qualifier_before(k, qualified);
    }
    // Range: "$10-12 billion", "$10 to $12 billion", "between $10 and $12 billion".
    if (allow_range && on_[kMoneyRange]) {
      if (size_t c = range_connector(a.end, k)) {
        size_t n2 = c;
        std::string code2;
        double factor2 = 1;
        size_t after_prefix2 = 0;
        if (currency_prefix(c, code2, factor2, after_prefix2) && (code2 == code || shares_dollar(k, next, c, after_prefix2)))
          n2 = after_prefix2;
        Amount b;
        // "fell $1.125 to $13.625" and "from $5 to $6" are moves, not ranges, unless the ends share a scale.
        const bool move = t_[a.end].t == T::kWord && t_[a.end].low == "to" && after_motion(k);
        if (parse_amount(n2, true, n2 != c, b) && !b.words && (!move || (!a.has_scale && b.has_scale))) {
          double lo = a.value() * factor;
          if (!a.has_scale && b.has_scale) lo = a.base * b.scale * factor;
          const double hi = b.value() * factor;
          if (lo < hi) {
            f.number = lo;
            f.form = kMoneyRange;
            f.range = "low";
            out.push_back(f);
            out.push_back({ClaimKind::kMoney, c, b.end, hi, code, kMoneyRange, "high", false});
            return b.end;
          }
        }
      }
    }
    out.push_back(f);
    return a.end;
  }

  // "in Bahrain BD 950", "Dubai AED 22", "Cape Town R38": a sign or code right after the name of
  // a place that uses it (local_currencies) is that place's money, on a plain figure too, and no
  // trim of a name ("Dubai AED 22" is no "Audi RS 6").
  bool place_before(size_t k, const std::string& code) const {
    if (k == 0 || t_[k - 1].t != T::kWord) return false;
    for (const auto& lc : lx_.locals) {
      if (lc.code != code) continue;
      for (const auto& p : lc.country)
        if (match_backward(k, p) != SIZE_MAX) return true;
    }
    return false;
  }

  // "Tickets now start at QR 10" after "QAR 197 billion" in an earlier sentence: a price phrase
  // (price_phrases) before a capitals code apart from a plain figure, in a story that has already
  // told money in that currency. Either alone proves little: "the detour starts at SR 20" in a
  // story of no riyals is a road, "runs on PHP 8.3" in a Philippine story a software version.
  // Not a code that also numbers an event or abbreviates a title ("COP 29").
  bool price_phrase_in_story(size_t k, size_t next, const std::string& code) const {
    if (!story_money_ || !story_money_->count(code) || !t_[next].sp || !code_at(k) ||
        lx_.numbered_names.count(std::string(text_.substr(t_[k].b, t_[k].e - t_[k].b))))
      return false;
    const size_t h = hedge_start(k);
    return std::any_of(lx_.price_phrases.begin(), lx_.price_phrases.end(),
                       [&](const Phrase& p) { return match_backward(h, p) != SIZE_MAX; });
  }

  // "R2-3 billion", "P4 to 5 billion": a sign that wants a scale takes the one the range's high
  // end carries, which both ends share (as in "$10-12 billion"); the high end is a bare figure.
  bool scaled_range_after(const Amount& a, size_t first) const {
    const size_t c = range_connector(a.end, first);
    Amount b;
    return c && !a.has_scale && c < t_.size() && t_[c].t == T::kNum && parse_amount(c, true, false, b) &&
           b.has_scale && !b.words && a.base * b.scale < b.value();
  }

  // "the Octavia RS 2.0 TSI", "an Audi RS 6": a code written in capitals right after a
  // capitalised word (not the sentence's first, nor a price verb: "Tickets Cost EUR 50") and
  // before a plain figure (no scale, no groups) continues a name, a model and its trim.
  bool trim_of_name(size_t k, size_t next, const Amount& a) const {
    if (k < 2 || t_[k].t != T::kWord || t_[k].e - t_[k].b < 2 || a.has_scale || t_[next].grouped || !t_[next].sp)
      return false;
    const std::string_view code = text_.substr(t_[k].b, t_[k].e - t_[k].b);
    if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
    const Tok& pv = t_[k - 1];
    const char first = text_[pv.b];
    if (pv.t != T::kWord || first < 'A' || first > 'Z' || is_upper_word(k - 1) || price_verb_before(k)) return false;
    // A word opening a clause, a quotation or a list is capitalised anyway ("Fares: Adults RS 200").
    const Tok& before = t_[k - 2];
    return !(before.t == T::kDash || before.t == T::kDot ||
             (before.t == T::kOther && before.ch && std::string_view("!?:;\"'*#(").find(before.ch) != std::string_view::npos));
  }
  bool is_upper_word(size_t k) const {
    for (char c : text_.substr(t_[k].b, t_[k].e - t_[k].b))
      if (c >= 'a' && c <= 'z') return false;
    return true;
  }

  // "NZ$8.25–$10.25": a bare "$" at a range's high end is the dollar the low end's sign named
  // (the high end writes the sign short), not the US dollar.
  bool shares_dollar(size_t k, size_t next, size_t c, size_t after_prefix2) const {
    if (!(t_[c].t == T::kSym && t_[c].low == "$" && after_prefix2 == c + 1)) return false;
    for (size_t j = k; j < next; ++j)
      if (t_[j].t == T::kSym && t_[j].low == "$") return true;
    return false;
  }

  // "4 riyals for two hours and SAR 140 for a pass": a capitals code apart from its figure
  // takes a plain one in a sentence whose earlier money is in that currency (a glued sign
  // does not: "N95 masks cost N1,200 each, and N95 stock fell").
  void saw_money(const std::string& code) const {
    if (!code.empty()) money_seen_.insert(code);
  }

  // "$1 holds the input file", "the replacement $1-$2": a glued one-digit "$" figure in a
  // sentence about a script or regex (code_words) is a placeholder, not a dollar.
  bool placeholder(size_t sign, size_t next, const Amount& a) const {
    if (t_[sign].t != T::kSym || t_[sign].low != "$" || next != sign + 1 || t_[next].t != T::kNum || t_[next].sp ||
        t_[next].dec || t_[next].e - t_[next].b != 1 || a.has_scale || a.end != next + 1)
      return false;
    return std::any_of(t_.begin(), t_.end(),
                       [&](const Tok& t) { return t.t == T::kWord && lx_.code_words.count(t.low) > 0; });
  }

  // A plain figure after a sign that wants a scale or groups ("R100", "N950") is money all the
  // same when quoted per unit ("N950 per litre", "N1,482/$"), when it opens a move or range
  // to a figure that qualifies ("by R100 to R2,190"), or when the sentence already holds a
  // figure in the same sign ("... from N990").
  bool plain_figure_priced(size_t sign, size_t next, size_t end, const std::string& code) const {
    // "... from N990": after a figure in the same sign, one that a comparison word introduces.
    if (signs_seen_.count(code) && sign > 0 && word_in(sign - 1, lx_.sign_followups)) return true;
    // "a ticket costs ARS 859", "costs about MAD 10": a price verb just before the sign (a hedge
    // may stand between) says it is money; so does a money noun and its link ("the minimum fare
    // is PHP 13", "a fee of JD 5"; subunit_nouns, subunit_noun_links), though not before a code
    // that also numbers an event ("the fee at COP 29").
    if (t_[sign].t == T::kWord && price_verb_before(sign)) return true;
    if (t_[sign].t == T::kWord && price_phrase_in_story(sign, next, code)) return true;
    if (t_[sign].t == T::kWord && money_noun_before(sign) &&
        !lx_.numbered_names.count(std::string(text_.substr(t_[sign].b, t_[sign].e - t_[sign].b))))
      return true;
    // "per" takes any unit; "a" only a listed one ("R24 a litre", not "the R2 a few km away");
    // a filler may stand before either ("R150 extra a month").
    const size_t u = end < t_.size() && t_[end].t == T::kWord && lx_.price_fillers.count(t_[end].low) ? end + 1 : end;
    if (u + 1 < t_.size() && t_[u + 1].t == T::kWord &&
        ((word_is(u, "per") && !lx_.stop_words.count(t_[u + 1].low)) ||
         (word_is(u, "a") && lx_.price_units.count(t_[u + 1].low))))
      return true;
    if (end < t_.size() && (word_is(end, "to") || word_is(end, "from") || word_is(end, "and") || word_is(end, "or"))) {
      std::string code2;
      double factor2 = 1;
      size_t next2 = 0;
      Needs needs2 = Needs::kNothing;
      Amount b;
      // "rose by P2 to P15": a move by a figure to another in the same sign, both plain (not
      // "moved from P8 to P3", a racing grid, which has no "by").
      const bool move_by = word_is(end, "to") && sign >= 2 && word_is(sign - 1, "by") && t_[sign - 2].t == T::kWord &&
                           lx_.directions.count(t_[sign - 2].low);
      if (end + 1 != sign && currency_prefix(end + 1, code2, factor2, next2, &needs2) && code2 == code &&
          parse_amount(next2, true, true, b) && (b.has_scale || t_[next2].grouped || cents_written(next2) || move_by))
        return true;
      // "will rise to PHP 950 from 550 pesos": a move from or to a figure whose currency word after
      // it names the same money.
      Found f2;
      if ((word_is(end, "to") || word_is(end, "from")) && parse_amount(end + 1, true, false, b) && unit_after(b, f2) &&
          f2.kind == ClaimKind::kMoney && f2.form == kSuffix && f2.currency == code)
        return true;
    }
    return false;
  }

  // The first token of a hedge ending just before token k ("about", "close to"), else k.
  size_t hedge_start(size_t k) const {
    if (k == 0 || t_[k - 1].t != T::kWord) return k;
    auto idx = lx_.hedges_by_last.find(t_[k - 1].low);
    if (idx == lx_.hedges_by_last.end()) return k;
    size_t best = k;
    for (size_t i : idx->second)
      if (const size_t b = match_backward(k, lx_.hedges[i].first); b != SIZE_MAX && b < best) best = b;
    return best;
  }
  // A price verb before token k, perhaps with a hedge between: "costs about 65 crowns".
  bool price_verb_before(size_t k) const {
    const size_t h = hedge_start(k);
    return h > 0 && word_in(h - 1, lx_.price_verbs);
  }
  // A money noun and its link before token k, perhaps with a hedge between: "the fare is PHP 13".
  bool money_noun_before(size_t k) const {
    const size_t h = hedge_start(k);
    return h > 1 && word_in(h - 1, lx_.subunit_noun_links) && word_in(h - 2, lx_.subunit_nouns);
  }

  // A motion verb or "from" within two words before token k ("fell $1 to $2").
  bool after_motion(size_t k) const {
    for (size_t j = k; j > 0 && k - j < 2;) {
      --j;
      if (t_[j].t != T::kWord) return false;
      if (t_[j].low == "from" || lx_.directions.count(t_[j].low)) return true;
    }
    return false;
  }

  // The token after a range connector following token `end`, or 0.
  size_t range_connector(size_t end, size_t first) const {
    if (end >= t_.size()) return 0;
    if (t_[end].t == T::kDash) return end + 1;
    if (word_is(end, "to")) return end + 1;
    if (word_is(end, "and") && first > 0 && word_is(first - 1, "between")) return end + 1;
    return 0;
  }

  // ---- figure first: "13 billion dollars", "450,000 yen", "50 cents", "2.8%", "27 per cent"

  bool glued_alnum_after(size_t k) const {
    return k < t_.size() && !t_[k].sp && (t_[k].t == T::kWord || t_[k].t == T::kNum);
  }

  // The whitespace-delimited run holding token k looks like a URL or a query string.
  bool in_url(size_t k) const {
    size_t b = k, e = k;
    while (b > 0 && !t_[b].sp) --b;
    while (e + 1 < t_.size() && !t_[e + 1].sp) ++e;
    const std::string_view run = text_.substr(t_[b].b, t_[e].e - t_[b].b);
    return run.find('=') != std::string_view::npos || run.find("://") != std::string_view::npos ||
           run.find("www.") != std::string_view::npos;
  }

  // Unit after an amount: fills f (kind, currency, number, form, end) and returns true.
  bool unit_after(const Amount& a, Found& f) const {
    size_t p = a.end;
    if (p >= t_.size()) return false;
    f.begin = a.begin;
    // Percent ("10-percent stake" and "0.25 percentage-point cut" included)
    if (!a.has_scale) {
      // "a half-point cut" -> 0.5 pp; the article stays outside the span.
      if (a.words && a.value() < 1 && point_after(p)) {
        if (word_is(a.begin, "a") || word_is(a.begin, "an")) f.begin = a.begin + 1;
        f.kind = ClaimKind::kPercent;
        f.number = a.value();
        f.form = kPoints;
        f.pp = true;
        f.end = p + 2;
        return true;
      }
      if (t_[p].t == T::kDash && p + 1 < t_.size() &&
          (match_any_forward(p + 1, lx_.percent_words) || match_any_forward(p + 1, lx_.points_words) ||
           match_any_forward(p + 1, lx_.basis_points_words)))
        ++p;
      if (t_[p].t == T::kPct) {
        if (glued_alnum_after(p + 1) || in_url(p)) return false;
        f.kind = ClaimKind::kPercent;
        f.number = a.value();
        f.form = kSign;
        f.end = p + 1;
        return true;
      }
      if (size_t e = match_any_forward(p, lx_.points_words)) {
        if (t_[p].low.size() <= 3 && t_[p].low != "pct" && t_[p].sp && t_[p].low != "ppt" && t_[p].low != "ppts" &&
            t_[p].low != "pp")
          return false;
        f.kind = ClaimKind::kPercent;
        f.number = a.value();
        f.form = kPoints;
        f.pp = true;
        f.end = e;
        return true;
      }
      // "50 basis points", "25bps": a percent claim in points (0.5 pp), so it
      // compares with "half a percentage point" elsewhere.
      if (size_t e = match_any_forward(p, lx_.basis_points_words)) {
        if (lx_.glued_only.count(t_[p].low) && t_[p].sp && !is_lower(p)) return false;  // "10 BP shares"
        f.kind = ClaimKind::kPercent;
        f.number = a.value() / 100.0;
        f.form = kPoints;
        f.pp = true;
        f.end = e;
        return true;
      }
      if (size_t e = match_any_forward(p, lx_.percent_words)) {
        if (lx_.glued_only.count(t_[p].low) && t_[p].sp && !is_lower(p)) return false;  // "12 PC makers"
        f.kind = ClaimKind::kPercent;
        f.number = a.value();
        f.form = kWord;
        f.end = e;
        return true;
      }
    }
    // Money: optional hyphen ("12-cent", "one-yen", "50-dollar").
    if (t_[p].t == T::kDash && p + 1 < t_.size() && t_[p + 1].t == T::kWord) ++p;
    f.kind = ClaimKind::kMoney;
    // "166 000 F CFP", "5 000 F CFA": a sign of two words after the figure, as written.
    if (p == a.end && t_[p].t == T::kWord)
      for (const auto& [sign, code] : lx_.suffix_signs) {
        if (!text_.substr(t_[p].b).starts_with(sign)) continue;
        const size_t end = t_[p].b + sign.size();
        size_t j = p;
        while (j < t_.size() && t_[j].e < end) ++j;
        if (j >= t_.size() || t_[j].e != end || glued_alnum_after(j + 1)) continue;
        f.currency = localised(j, code);  // "F CFA" in a Cameroonian story is the central African franc
        f.number = a.value();
        f.form = kSuffix;
        f.end = j + 1;
        return true;
      }
    // Qualified currency word: "10 us dollar", "100 chinese yuan", "10,000 swiss francs".
    for (const auto& [q, code] : lx_.qualifiers) {
      const size_t e = match_forward(p, q);
      if (e && e < t_.size() && t_[e].t == T::kWord &&
          (lx_.currency_words.count(t_[e].low) || lx_.subunits.count(t_[e].low) || lx_.qualified_words.count(t_[e].low))) {
        if (auto su = lx_.subunits.find(t_[e].low); su != lx_.subunits.end()) {
          f.number = a.value() * su->second.factor;
          f.form = kSubunit;
        } else {
          f.number = a.value();
          f.form = kSuffix;
        }
        f.currency = localised(p, code);  // "CFA francs" in a Cameroonian story are the central African franc
        f.end = e + 1;
        return true;
      }
    }
    if (p < t_.size() && t_[p].t == T::kWord) {
      // Words that are money only in some texts: "2.22 trillion crowns" in a Norwegian
      // story (a word that needs a qualifier elsewhere, where the text names its country,
      // on a figure no dentist counts), "450 million marks" (only right after a scale).
      std::string_view only_here;
      // A price verb before the figure will do as well: "a beer costs about 65 crowns".
      if (lx_.qualified_words.count(t_[p].low) &&
          (a.has_scale || (t_[a.begin].t == T::kNum && (t_[a.begin].grouped || t_[a.begin].dec)) ||
           price_verb_before(a.begin)))
        only_here = local_code(p);
      // "1.6215 marks": an exchange quote, a figure with decimals in a sentence naming another currency.
      if (auto it = lx_.scaled_words.find(t_[p].low);
          only_here.empty() && it != lx_.scaled_words.end() && p == a.end &&
          (a.has_scale || (t_[a.begin].t == T::kNum && t_[a.begin].dec && names_other_currency(p)))) {
        // "1.95583 marks" in a Bosnian story are convertible marks (local_currencies).
        const std::string_view l = local_code(p);
        only_here = l.empty() ? std::string_view(it->second) : l;
      }
      if (!only_here.empty()) {
        f.currency = std::string(only_here);
        f.number = a.value();
        f.form = kSuffix;
        f.end = p + 1;
        return true;
      }
      if (auto it = lx_.currency_words.find(t_[p].low); it != lx_.currency_words.end()) {
        // "in 2022 dollars": a year names the dollar's purchasing power, not an amount.
        if (a.yearlike && p == a.end && a.begin > 0 && t_[a.begin - 1].t == T::kWord &&
            lx_.constant_money_before.count(t_[a.begin - 1].low))
          return false;
        if (lx_.weights.count(t_[p].low)) {
          // "a 300-pound lineman": a weight word hyphenated to the figure is an adjective of
          // weight (money adjectives carry the sign: "a £300 fine").
          if (p > a.end && !a.has_scale) return false;
          // "weighs 250 pounds": a weighing verb just before the figure.
          if (a.begin > 0 && t_[a.begin - 1].t == T::kWord && lx_.weight_verbs.count(t_[a.begin - 1].low)) return false;
          // "1,300 pounds (600 kgs) of fertilizer": a weight, not money.
          if (p + 1 < t_.size() &&
              ((t_[p + 1].t == T::kWord && lx_.weight_context.count(t_[p + 1].low)) ||
               (t_[p + 1].t == T::kOther && t_[p + 1].ch == '(' && p + 2 < t_.size() && t_[p + 2].t == T::kNum)))
            return false;
        }
        f.currency = localised(p, it->second);
        f.number = a.value();
        f.form = kSuffix;
        f.end = p + 1;
        // "10 euro cents" (a sub-unit of the named currency), "5 pounds sterling"
        if (p + 1 < t_.size() && t_[p + 1].t == T::kWord) {
          const std::string& nx = t_[p + 1].low;
          if (lx_.currency_words.count(nx) && lx_.currency_words.at(nx) == f.currency && nx != t_[p].low &&
              lx_.currency_words.at(nx) != "USD") {
            f.end = p + 2;
          } else if ((nx == "cent" || nx == "cents") && lx_.subunits.count(nx)) {
            f.number = a.value() * lx_.subunits.at(nx).factor;
            f.form = kSubunit;
            f.end = p + 2;
          }
        }
        return true;
      }
      if (auto it = lx_.subunits.find(t_[p].low); it != lx_.subunits.end()) {
        // "54.6p", "rose 3p", "fell by 5p", "5p a litre": a glued abbreviation counts only
        // on a figure with decimals, after a move verb or priced per unit; "1080p", "24p"
        // (video) and "17p" (chromosomes) stay out.
        if (it->second.lower && !is_lower(p)) return false;  // "32C" is a temperature
        // "99 gr" is the grosz beside "5,49 zł" in its sentence; "200 gr of flour", or "gr"
        // in a sentence of no zloty, is grams.
        if (it->second.beside_money &&
            ((p + 1 < t_.size() && t_[p + 1].t == T::kWord && lx_.weight_context.count(t_[p + 1].low)) ||
             !tells_money_in(it->second.of)))
          return false;
        if (it->second.glued) {
          const bool decimal = t_[a.begin].t == T::kNum && t_[a.begin].dec;
          auto move_at = [&](size_t k) { return t_[k].t == T::kWord && lx_.directions.count(t_[k].low) > 0; };
          // "jumped 45p to 612p": the end of a move that a moved sub-unit figure starts (not "30p to 60p" video).
          auto subunit_at = [&](size_t k) { return t_[k].t == T::kWord && lx_.subunits.count(t_[k].low) > 0 && !t_[k].sp; };
          // "raised the price of a pint by 20p": "by" alone also marks a move (not "rose to
          // 35c", which may be a temperature).
          // "rose to 52p" too, where the sub-unit is no temperature (not "rose to 35c").
          const bool moved = a.begin > 0 && (move_at(a.begin - 1) || word_is(a.begin - 1, "by") ||
                                             (!it->second.lower && a.begin > 1 && word_is(a.begin - 1, "to") && move_at(a.begin - 2)) ||
                                             (a.begin > 3 && (word_is(a.begin - 1, "to") || word_is(a.begin - 1, "from")) &&
                                              subunit_at(a.begin - 2) && t_[a.begin - 3].t == T::kNum && move_at(a.begin - 4)));
          // "sell at 99p rather than £1", "by 20c to $3.30": the sentence also names the
          // currency by its sign; "US80c": the country is glued before the figure.
          // A sign of letters told before will do too ("stays at R4.01 a litre, and excise adds 19c").
          const bool signed_nearby = std::any_of(t_.begin(), t_.end(), [&](const Tok& t) {
            return t.t == T::kSym && it->second.of.count(lx_.symbols.at(t.low));
          }) || std::any_of(it->second.of.begin(), it->second.of.end(), [&](const std::string& c) { return signs_seen_.count(c) > 0; });
          // "a final dividend of 12.5p per share, taking the total to 18p", "up 18p at 425p",
          // "rose to 52p (prior year 48p)": after a figure in the same sub-unit read as money,
          // the sub-unit is money for the rest of the sentence where a word stands before it.
          const bool followed = subunits_seen_.count(t_[p].low) && a.begin > 0 && t_[a.begin - 1].t == T::kWord;
          const bool prefixed = a.begin > 0 && !t_[a.begin].sp && t_[a.begin - 1].t == T::kWord &&
                                lx_.subunit_prefixes.count(std::string(text_.substr(t_[a.begin - 1].b, t_[a.begin - 1].e - t_[a.begin - 1].b)));
          const bool per_unit = p + 2 < t_.size() && (word_is(p + 1, "a") || word_is(p + 1, "per") || word_is(p + 1, "each")) &&
                                t_[p + 2].t == T::kWord;
          // "a 12p special dividend": a money noun right after, or after one adjective.
          auto noun_at = [&](size_t k) { return k < t_.size() && t_[k].t == T::kWord && lx_.subunit_nouns.count(t_[k].low) > 0; };
          // "an interim dividend of 550c", "a stamp is 85p now": the noun before, and one linking word.
          const bool priced = noun_at(p + 1) ||
                              (p + 1 < t_.size() && t_[p + 1].t == T::kWord && !lx_.stop_words.count(t_[p + 1].low) &&
                               noun_at(p + 2)) ||
                              (a.begin >= 2 && t_[a.begin - 1].t == T::kWord &&
                               lx_.subunit_noun_links.count(t_[a.begin - 1].low) && noun_at(a.begin - 2));
          if (p != a.end || t_[p].sp || a.has_scale || a.words ||
              !(decimal || moved || per_unit || priced || signed_nearby || prefixed || followed) ||
              glued_alnum_after(p + 1))
            return false;
          subunits_seen_.insert(t_[p].low);
        }
        // "35 fils" in a Kuwaiti story: the country's code, and its factor (a thousandth of a dinar).
        f.currency = localised(p, it->second.code);
        f.number = a.value() * it->second.factor_for(f.currency);
        f.form = kSubunit;
        f.end = p + 1;
        f.bare_subunit = &it->second;
        return true;
      }
      // "2 grand": slang thousands of no named currency, before the end of the clause or a
      // preposition ("two grand pianos", "3 Grand Slam titles" stay out).
      if (auto it = lx_.slang_scales.find(t_[p].low);
          it != lx_.slang_scales.end() && p == a.end && t_[p].sp && !a.has_scale && is_lower(p) && clause_ends(p + 1, lx_.slang_followers)) {
        f.currency.clear();
        f.number = a.value() * it->second;
        f.form = kSuffix;
        f.end = p + 1;
        return true;
      }
      const std::string* c = code_at(p);
      double factor = 1;
      if (!c && (c = mcode_at(p))) factor = 1e6;
      // Chat writes every code in lower case ("selling it for 300 cad or best offer"); a
      // capitals-only code is an English word too ("3 cad files"), so in lower case it
      // counts only after digits other than 1 (a noun would be plural: "3 cops") and before
      // the end of the clause or a follower word ("give it 1 try." stays out).
      if (!c && a.end == p && t_[a.begin].t == T::kNum && a.value() != 1 && is_lower(p) &&
          lx_.codes_lower_after.count(t_[p].low)) {
        std::string up = t_[p].low;
        for (auto& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        auto it = lx_.codes_upper.find(up);
        if (it != lx_.codes_upper.end() && it->first.size() == 3 && clause_ends(p + 1, lx_.followers)) c = &it->second;
      }
      if (c) {
        if (p + 1 < t_.size() && t_[p + 1].t == T::kNum && !t_[p + 1].sp) return false;  // "3 USD50": the code is a prefix
        f.currency = localised(p, *c);
        f.end = p + 1;
        double scale = 1;
        if (!a.has_scale && factor == 1) {  // "75 USD million"
          const double s = scale_at(p + 1, true);
          if (s > 0) {
            scale = s;
            f.end = p + 2;
          }
        }
        f.number = a.value() * factor * scale;
        f.form = kSuffix;
        return true;
      }
    }
    if (p < t_.size() && t_[p].t == T::kSym && p == a.end) {
      // A sign after the figure ("100元", "100 ₡"), unless it leads the next figure ("1 $10").
      const bool next_num = p + 1 < t_.size() && (t_[p + 1].t == T::kNum);
      if (next_num && !t_[p].sp && t_[p].low == "$") return false;
      if (next_num && !t_[p + 1].sp) return false;
      if (next_num) {
        Amount c;
        if (!parse_amount(p + 1, false, false, c) || c.end >= t_.size() || t_[c.end].t != T::kWord ||
            !lx_.subunits.count(t_[c.end].low))
          return false;
      }
      f.currency = localised(p, lx_.symbols.at(t_[p].low));
      f.number = a.value();
      f.form = kSuffix;
      f.end = p + 1;
      return true;
    }
    return false;
  }

  // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50 more".
  void extend_compound(const Amount& a, Found& f) const {
    if (!on_[kCompound] || f.kind != ClaimKind::kMoney || f.form != kSuffix || a.has_scale) return;
    size_t p = f.end;
    // "a dollar and a half", "two pounds and a quarter" (not "a pound and a half of beef", a weight)
    if (word_is(p, "and") && (word_is(p + 1, "a") || word_is(p + 1, "an")) &&
        (word_is(p + 2, "half") || word_is(p + 2, "quarter")) && a.base == std::floor(a.base) &&
        (p + 3 >= t_.size() ||
         ((clause_ends(p + 3, lx_.followers) || (t_[p + 3].t == T::kWord && lx_.stop_words.count(t_[p + 3].low))) &&
          !(t_[p + 3].t == T::kWord && (t_[p + 3].low == "of" || lx_.weight_context.count(t_[p + 3].low)))))) {
      f.number += lx_.fractions.at(t_[p + 2].low);
      f.end = p + 3;
      f.form = kCompound;
      return;
    }
    if (word_is(p, "and")) ++p;
    Amount c;
    if (!parse_amount(p, false, false, c) || c.has_scale) return;
    const double v = c.value();
    if (v < 1 || v > 99 || v != std::floor(v)) return;
    const bool major_integer = a.base == std::floor(a.base);
    if (c.end < t_.size() && t_[c.end].t == T::kWord && lx_.subunits.count(t_[c.end].low) &&
        (t_[c.end].low == "cent" || t_[c.end].low == "cents" || t_[c.end].low == "pence" || t_[c.end].low == "penny")) {
      if (!major_integer) return;
      f.number += v / 100;
      f.end = c.end + 1;
      f.form = kCompound;
      return;
    }
    if (!major_integer) return;
    if (!clause_ends(c.end, lx_.followers) && !priced_per_unit(c.end)) return;
    f.number += v / 100;
    f.end = c.end;
    f.form = kCompound;
  }

  // "an hour", "per litre": a price unit follows token k.
  bool priced_per_unit(size_t k) const {
    return k + 1 < t_.size() && (word_is(k, "a") || word_is(k, "an") || word_is(k, "per")) &&
           t_[k + 1].t == T::kWord && lx_.price_units.count(t_[k + 1].low);
  }

  // "a dollar and a half", "a pound fifty": one unit, compounded; "a dollar" alone is no
  // amount ("against a dollar", "to a dollar") unless a price verb stands before it
  // ("would cost a pound a day").
  size_t parse_a_unit(size_t k, std::vector<Found>& out) const {
    if (!on_[kCompound] || !(word_is(k, "a") || word_is(k, "an")) || k + 1 >= t_.size() || t_[k + 1].t != T::kWord ||
        !lx_.currency_words.count(t_[k + 1].low))
      return 0;
    Amount a;
    a.base = 1;
    a.words = true;
    a.begin = k;
    a.end = k + 1;
    Found f;
    if (!unit_after(a, f) || f.form != kSuffix || f.end != k + 2) return 0;
    extend_compound(a, f);
    if (f.form != kCompound) {
      const bool priced = k > 0 && word_in(k - 1, lx_.price_verbs) &&
                          (clause_ends(f.end, lx_.followers) || priced_per_unit(f.end));
      if (!priced) return 0;
    }
    if (!on_[f.form]) return 0;
    out.push_back(f);
    return f.end;
  }

  // "widened by a percentage point": one point, the article standing for the figure (not "per
  // a percentage point", nor "a fraction of a percentage point", which is no figure).
  size_t parse_a_point(size_t k, std::vector<Found>& out) const {
    if (!on_[kPoints] || !(word_is(k, "a") || word_is(k, "an")) ||
        (k > 0 && (word_is(k - 1, "per") || word_is(k - 1, "of"))))
      return 0;
    const size_t e = match_any_forward(k + 1, lx_.points_words);
    if (!e || t_[e - 1].low != "point" || glued_alnum_after(e)) return 0;
    out.push_back({ClaimKind::kPercent, k, e, 1.0, "", kPoints, nullptr, true});
    return e;
  }

  // "3, 4 and 5 per cent", "6 or 7 percent", "1.2, 1.8 and 2.6 pct": bare figures listed before
  // the last, which carries the percent unit they share. Members are plain digits (no year, no
  // scale), joined by commas and a final "and"/"or"; the list ends in a percent claim. Two
  // figures make a list only as alternatives ("6 or 7 percent"): "the S&P 500 and 5.8%" and
  // "tumbled 5.39, or 1.2%" join a figure of another kind to a percent. Nor does a list open on
  // a whole number of 100 or more after a capitalised word, which names an index or a model
  // ("the FTSE 100, 250 or 2%"); "Labour 40 or 41 per cent" is a list.
  size_t parse_list(const Amount& a, std::vector<Found>& out) const {
    // Number words list only as plain counts ("one or two percent"), digits with digits.
    auto plain = [&](const Amount& m) {
      return !m.has_scale && !m.yearlike && (m.words ? is_number_word(m.begin) : t_[m.begin].t == T::kNum);
    };
    if (!on_[kPctRange] || !plain(a)) return 0;
    if (a.begin > 0 && t_[a.begin - 1].t == T::kWord && !is_lower(a.begin - 1) && !a.words && !t_[a.begin].dec &&
        a.value() >= 100)
      return 0;
    if (a.begin > 1 && t_[a.begin - 1].t == T::kComma && t_[a.begin - 2].t == T::kNum) return 0;  // mid-list
    std::vector<Amount> members{a};
    size_t p = a.end;
    for (;;) {
      if (p >= t_.size() || members.size() > 8) return 0;
      const bool comma = t_[p].t == T::kComma;
      if (comma) ++p;
      if (word_is(p, "and") || word_is(p, "or")) {
        if (members.size() == 1 && (comma || t_[p].low != "or")) return 0;
        ++p;
        break;
      }
      Amount b;
      if (!comma || !parse_amount(p, false, false, b) || !plain(b) || b.words != a.words ||
          (!b.words && b.end != p + 1))
        return 0;
      members.push_back(b);
      p = b.end;
    }
    std::vector<Found> last;
    Amount z;
    if (p >= t_.size() || !parse_amount(p, false, false, z) || !plain(z) || z.words != a.words || z.value() == 0 ||
        !parse_at(p, last, false) || last.size() != 1 || last[0].begin != p || last[0].kind != ClaimKind::kPercent)
      return 0;
    const double ratio = last[0].number / z.value();  // "10, 15 and 20 basis points" are in points
    last[0].form = kPctRange;  // a list is read as a range is: ends sharing one unit
    for (const Amount& m : members) {
      Found f = last[0];
      f.begin = m.begin;
      f.end = m.end;
      f.number = m.value() * ratio;
      out.push_back(f);
    }
    out.push_back(last[0]);
    return last[0].end;
  }

  size_t parse_amount_first(size_t k, std::vector<Found>& out, bool allow_range) const {
    if (size_t e = parse_a_unit(k, out)) return e;
    if (size_t e = parse_a_point(k, out)) return e;
    Amount a;
    if (!parse_amount(k, true, false, a)) return 0;
    Found f;
    if (unit_after(a, f)) {
      extend_compound(a, f);
      if (!on_[f.form]) return 0;
      // "1.800 kr. without subsidy", "2,50 лв. (€1.28)": an abbreviated sign keeps its dot where the
      // sentence goes on after it (dotted_signs_after); a sentence's last dot is its full stop.
      if (f.form == kSuffix && f.end + 1 < t_.size() && t_[f.end].t == T::kDot && !t_[f.end].sp &&
          t_[f.end - 1].t == T::kWord && lx_.dotted_signs_after.count(t_[f.end - 1].low))
        ++f.end;
      out.push_back(f);
      return f.end;
    }
    // Scale abbreviation taken too eagerly? ("5 m%" is not a thing; retry without abbreviations.)
    if (!allow_range || a.yearlike) return 0;
    // Number words open a range only as a plain count: "rose one to two percent", "between two
    // and three million dollars" (not "a quarter to 5 percent").
    if (a.words && (a.has_scale || !is_number_word(a.begin))) return 0;
    const size_t c = range_connector(a.end, k);
    if (!c) return parse_list(a, out);
    std::vector<Found> hi;
    if (!parse_at(c, hi, false) || hi.size() != 1 || hi[0].begin != c) return 0;
    const Found& h = hi[0];
    Found lo = h;
    lo.begin = a.begin;
    lo.end = a.end;
    if (h.kind == ClaimKind::kPercent) {
      if (a.has_scale) return 0;
      // "50-75 basis points": the low end is in the high end's unit (0.5 pp).
      Amount b;
      const double ratio = parse_amount(c, false, false, b) && b.value() > 0 && h.number > 0 ? h.number / b.value() : 1;
      lo.number = a.base * ratio;
      lo.form = kPctRange;
    } else {
      // The low end shares the high end's scale and unit: "10-12 billion dollars".
      Amount b;
      parse_amount(c, true, false, b);
      double ratio = b.value() != 0 ? h.number / b.value() : 1;
      if (!a.has_scale && b.has_scale) ratio *= b.scale;
      lo.number = a.value() * ratio;
      lo.form = kMoneyRange;
    }
    if (!(lo.number < h.number)) return 0;
    if (!on_[lo.form]) return 0;
    lo.range = "low";
    Found hf = h;
    hf.form = lo.form;
    hf.range = "high";
    out.push_back(lo);
    out.push_back(hf);
    return h.end;
  }

  // "(12.5%)" as a results table in prose writes a fall: negative after a colon ("change
  // versus prior year: (18%)") or one of bracket_negative_after ("appears as (12.5%)");
  // elsewhere a bracketed percent is an aside ("won 120 seats (35%)").
  size_t parse_bracketed_percent(size_t k, std::vector<Found>& out) const {
    if (!on_[kSign] || k == 0 || k + 3 >= t_.size() || t_[k].t != T::kOther || t_[k].ch != '(' ||
        t_[k + 1].t != T::kNum || t_[k + 1].sp || t_[k + 2].t != T::kPct || t_[k + 2].sp ||
        t_[k + 3].t != T::kOther || t_[k + 3].ch != ')' || t_[k + 3].sp || glued_alnum_after(k + 4))
      return 0;
    const Tok& pv = t_[k - 1];
    const bool accounting = (pv.t == T::kOther && pv.ch == ':') ||
                            (pv.t == T::kWord && lx_.bracket_negative_after.count(pv.low));
    if (!accounting) return 0;
    out.push_back({ClaimKind::kPercent, k, k + 4, -t_[k + 1].num, "", kSign, nullptr, false});
    return k + 4;
  }

  // "%5 off": the percent sign written before its figure, as some writers do. The sign opens
  // a word (not "50%5" or a query string's "%25") and nothing is glued after the figure.
  size_t parse_sign_first(size_t k, std::vector<Found>& out) const {
    if (!on_[kSign] || t_[k].t != T::kPct || !(k == 0 || t_[k].sp) || k + 1 >= t_.size() ||
        t_[k + 1].t != T::kNum || t_[k + 1].sp || t_[k + 1].grouped || glued_alnum_after(k + 2) ||
        (k + 2 < t_.size() && !t_[k + 2].sp && t_[k + 2].t != T::kDot && t_[k + 2].t != T::kComma) || in_url(k))
      return 0;
    out.push_back({ClaimKind::kPercent, k, k + 2, t_[k + 1].num, "", kSign, nullptr, false});
    return k + 2;
  }

  // "percent of 10", "per cent of twenty-two": a percent word, then the figure.
  size_t parse_percent_of(size_t k, std::vector<Found>& out) const {
    if (!on_[kPctOf]) return 0;
    const size_t e = match_any_forward(k, lx_.percent_words);
    if (!e || lx_.glued_only.count(t_[k].low) || !word_is(e, "of")) return 0;
    // "percentage" only opening a clause ("percentage of 12"), not "the percentage of 12-year-olds".
    if (t_[k].low == "percentage" && k > 0 && t_[k - 1].t == T::kWord) return 0;
    if (k > 0 && (t_[k - 1].t == T::kNum || is_number_word(k - 1))) return 0;
    Amount a;
    if (!parse_amount(e + 1, false, false, a) || a.has_scale || a.yearlike) return 0;
    if (a.end < t_.size() && t_[a.end].t != T::kDot && t_[a.end].t != T::kComma && t_[a.end].t != T::kOther) return 0;
    out.push_back({ClaimKind::kPercent, k, a.end, a.value(), "", kPctOf, nullptr, false});
    return a.end;
  }

  // ---- attributes

  const char* hedge_before(size_t first) const {
    const char* best = nullptr;
    size_t best_len = 0;
    // "about a half-billion dollars": the article left outside a compound number word
    // ("half-billion", "million-dollar") still stands between the hedge and the figure.
    if (first > 1 && t_[first].t == T::kWord && (word_is(first - 1, "a") || word_is(first - 1, "an"))) --first;
    if (first == 0 || t_[first - 1].t != T::kWord) return nullptr;
    auto idx = lx_.hedges_by_last.find(t_[first - 1].low);
    if (idx == lx_.hedges_by_last.end()) return gapped_bound(first);
    size_t best_start = first;
    for (size_t i : idx->second) {
      const auto& [p, kind] = lx_.hedges[i];
      if (const size_t b = match_backward(first, p); p.size() > best_len && b != SIZE_MAX) {
        best = kind.c_str();
        best_len = p.size();
        best_start = b;
      }
    }
    // "cannot be sold for more than Rs 320", "did not rise above 2%": a bound
    // under a negation a few words before it, in its clause, bounds the other way.
    if (best && !negation_in(best_start, first) && negated_before(best_start)) {
      if (std::string_view(best) == "lower_bound") return "upper_bound";
      if (std::string_view(best) == "upper_bound") return "lower_bound";
    }
    return best ? best : gapped_bound(first);
  }
  // A bound word a few words before the "of" or "at" right before token first: "a
  // minimum contribution of US$5 million", "maximum tolls for the full route of MXN
  // 185", "capped at an aggregate nominal amount of EUR 200 million". The gap is
  // words only (a figure, a comma or a clause word such as "and" ends it), so the
  // bound belongs to the noun phrase the figure completes and not to another clause.
  const char* gapped_bound(size_t first) const {
    if (lx_.gapped_bounds.empty() || first == 0 || !word_in(first - 1, lx_.gapped_bound_links)) return nullptr;
    for (size_t k = first - 1, words = 0; k > 0;) {
      if (auto idx = lx_.gapped_bounds_by_last.find(t_[k - 1].low);
          t_[k - 1].t == T::kWord && idx != lx_.gapped_bounds_by_last.end())
        for (size_t i : idx->second)
          if (match_backward(k, lx_.gapped_bounds[i].first) != SIZE_MAX) return lx_.gapped_bounds[i].second.c_str();
      const Tok& t = t_[k - 1];
      --k;
      if (t.t == T::kDash) continue;  // "full-route"
      if (t.t != T::kWord || words == lx_.bound_gap_words || lx_.bound_gap_breaks.count(t.low) ||
          lx_.number_words.count(t.low))
        return nullptr;
      ++words;
    }
    return nullptr;
  }
  // Whether tokens [b, e) (a hedge) hold a negation of their own ("never more than").
  bool negation_in(size_t b, size_t e) const {
    for (size_t j = b; j < e; ++j)
      if (t_[j].t == T::kWord && lx_.bound_negations.count(t_[j].low)) return true;
    return false;
  }
  // Whether one of bound_negations ("not", "never", "n't") stands within four
  // words before token k, with no punctuation or "and"/"or" between ("will
  // never exceed and are never more than $40": the first never is exceed's).
  bool negated_before(size_t k) const {
    for (size_t j = k, words = 0; j > 0 && words < 4;) {
      const Tok& t = t_[--j];
      if (t.t == T::kOther && t.ch == '\'') continue;  // "can't": "can", "'", "t"
      if (t.t != T::kWord || t.low == "and" || t.low == "or") return false;
      const bool contracted = t.low == "t" && j > 0 && t_[j - 1].t == T::kOther && t_[j - 1].ch == '\'';
      if (contracted || lx_.bound_negations.count(t.low)) return true;
      ++words;
    }
    return determiner_negated_before(k);
  }
  // "No annual increase may exceed two per cent", "no fee will be more than $40": a
  // negation that determines the subject turns the bound of the verb after it. A verb
  // must stand between them, since "no firm with sales over $5m qualifies" negates the
  // firm and leaves "over $5m" a floor.
  bool determiner_negated_before(size_t k) const {
    bool verb = false;
    for (size_t j = k, words = 0; j > 0 && words < lx_.bound_gap_words + 1;) {
      const Tok& t = t_[--j];
      if (t.t != T::kWord || lx_.bound_gap_breaks.count(t.low)) return false;
      if (lx_.bound_negation_determiners.count(t.low)) return verb;
      verb = verb || lx_.bound_negation_verbs.count(t.low) > 0;
      ++words;
    }
    return false;
  }
  // "the 25% regional ceiling", "a US$950 price floor": a bound noun the figure
  // qualifies, right after it or after one word that is no clause word or number,
  // and ending its noun phrase: "the $40 floor lamp" is a lamp.
  const char* bound_noun_after(size_t e) const {
    for (size_t k = e; k < t_.size() && k <= e + 1; ++k) {
      if (t_[k].t != T::kWord) return nullptr;
      if (auto it = lx_.bound_nouns_after.find(t_[k].low); it != lx_.bound_nouns_after.end())
        return k + 1 < t_.size() && t_[k + 1].t == T::kWord && !lx_.bound_noun_followers.count(t_[k + 1].low)
                   ? nullptr
                   : it->second.c_str();
      if (lx_.bound_gap_breaks.count(t_[k].low) || lx_.number_words.count(t_[k].low)) return nullptr;
    }
    return nullptr;
  }
  // The bound a size choice gives the figure ending before token e ("..., whichever
  // is greater"), within a few words and before token limit (the next figure), or null.
  const char* size_choice_after(size_t e, size_t limit) const {
    for (size_t k = e, words = 0; k < limit && words <= lx_.size_choice_gap_words; ++k) {
      const Tok& t = t_[k];
      if (t.t == T::kWord) {
        for (const auto& [p, kind] : lx_.size_choices)
          if (match_forward(k, p)) return kind.c_str();
        ++words;
      } else if (t.t != T::kComma && !(t.t == T::kOther && (t.ch == '(' || t.ch == ')'))) {
        return nullptr;
      }
    }
    return nullptr;
  }
  // How the figures at tokens [.., a) and [b, ..) are joined: 2 when an "or" stands
  // between them ("3.0% from 1 June 2031, or EUR 1,100"), 1 for a bare comma of a
  // list ("$5, $10 or 2%"), 0 otherwise (a clause word, a full stop, too far).
  int alternative_join(size_t a, size_t b) const {
    if (b < a || b - a > lx_.alternative_gap_tokens) return 0;
    if (b - a == 1 && t_[a].t == T::kComma) return 1;
    bool or_seen = false;
    for (size_t k = a; k < b; ++k) {
      const Tok& t = t_[k];
      if (t.t == T::kWord && t.low == "or") {
        or_seen = true;
      } else if (t.t == T::kWord ? lx_.bound_gap_breaks.count(t.low) > 0
                                 : t.t != T::kNum && t.t != T::kComma && t.t != T::kDash) {
        return 0;
      }
    }
    return or_seen ? 2 : 0;
  }

  // The measure at tokens [b, e) of a word list, longest phrase ending at e-1 first.
  const Measure* measure_ending(size_t e) const {
    const Measure* best = nullptr;
    size_t best_len = 0;
    if (e == 0 || t_[e - 1].t != T::kWord) return nullptr;
    auto idx = lx_.measures_by_last.find(t_[e - 1].low);
    if (idx == lx_.measures_by_last.end()) return nullptr;
    for (size_t i : idx->second) {
      const Measure& m = lx_.measures[i];
      if (m.words.size() > best_len && match_backward(e, m.words) != SIZE_MAX) {
        best = &m;
        best_len = m.words.size();
      }
    }
    return best;
  }
  const Measure* measure_starting(size_t b) const {
    const Measure* best = nullptr;
    size_t best_len = 0;
    if (b >= t_.size() || t_[b].t != T::kWord) return nullptr;
    auto idx = lx_.measures_by_first.find(t_[b].low);
    if (idx == lx_.measures_by_first.end()) return nullptr;
    for (size_t i : idx->second) {
      const Measure& m = lx_.measures[i];
      if (m.words.size() > best_len && match_forward(b, m.words)) {
        best = &m;
        best_len = m.words.size();
      }
    }
    return best;
  }

  // Whether tokens [from, to) only tie a figure to the one before it: "$610
  // million, or $1.05 a share", "$4.2 billion, up 12%", "rose 12% to $4.2 billion".
  bool linked(size_t from, size_t to) const {
    if (from > to || to - from > 3) return false;
    for (size_t k = from; k < to; ++k) {
      const Tok& t = t_[k];
      if (t.t == T::kComma && t.ch == ',') continue;
      if (t.t == T::kWord && (lx_.measure_links.count(t.low) || lx_.directions.count(t.low))) continue;
      return false;
    }
    return true;
  }

  // The per-unit phrase right after a money figure ending at token `end`, if any.
  const PerUnit* per_unit_after(size_t end) const {
    for (const auto& u : lx_.per_units)
      if (match_any_forward(end, u.words) != 0) return &u;
    return nullptr;
  }

  std::string measure_for(size_t first, size_t end) const {
    // After the figure: "a 27% stake", "$48.2 million army contract".
    size_t p = end;
    if (p < t_.size() && t_[p].t == T::kDash) ++p;
    for (int skip = 0; skip < 2 && p < t_.size() && t_[p].t == T::kWord; ++skip, ++p) {
      if (lx_.stop_words.count(t_[p].low)) break;
      if (const Measure* m = measure_starting(p)) {
        if (!m->direction) return m->name;
        break;
      }
    }
    // Before it, in the same clause: "revenue rose 12%", "Microsoft shares fell 2.8%".
    std::string direction;
    size_t j = first;
    for (int steps = 0; steps < 8 && j > 0; ++steps) {
      const Tok& pv = t_[j - 1];
      if (pv.t != T::kWord) break;
      if (const Measure* m = measure_ending(j)) {
        if (m->direction && !direction.empty()) return m->name + " " + direction;
        return m->name;
      }
      if (direction.empty())
        if (auto it = lx_.directions.find(pv.low); it != lx_.directions.end()) direction = it->second;
      --j;
    }
    return {};
  }

 private:
  const Lexicon& lx_;
  const std::vector<Tok>& t_;
  std::string_view text_;
  const std::array<bool, kFormCount>& on_;
  const LocalCodes* local_;
  const std::unordered_set<std::string>* story_money_;  // currencies of money in the story's earlier sentences
  mutable std::unordered_set<std::string> signs_seen_;  // codes of the signs before figures that were money here
  mutable std::unordered_set<std::string> subunits_seen_;  // glued sub-units ("p") read as money here
  mutable std::unordered_set<std::string> money_seen_;     // currencies of the sentence's money figures so far
};

// ---------------------------------------------------------------- extractor

class NumberExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "numbers"; }

  std::vector<Claim> extract(const ExtractInput& in) const override {
    std::vector<Claim> claims;
    std::vector<Tok> toks;
    std::vector<Found> found;
    // Countries named in the whole document, read only once a sentence holds a shared currency word.
    bool doc_read = false;
    LocalCodes doc_locals, locals;
    // Where the text's wire datelines open their lines, read once, when first wanted.
    std::optional<std::vector<uint32_t>> datelines;
    auto dateline_lines = [&]() -> const std::vector<uint32_t>& {
      if (!datelines) datelines = dateline_starts(in.text);
      return *datelines;
    };
    std::vector<uint32_t> section_starts;
    std::vector<LocalCodes> section_locals;
    // Datelined sections whose city gives a bare "$" its country's dollar, read once a sentence
    // holds a "$" or a cent: each section's start, its city's code, and whether its bare signs
    // outnumber its lettered ones (else only a sentence that writes the lettered sign first).
    bool dollars_read = false;
    struct DollarSection {
      uint32_t start;
      std::string code;
      bool bare_local;
    };
    std::vector<DollarSection> dollar_sections;
    std::vector<std::string_view> words;
    std::string lowered;
    std::vector<Bare> bare;
    std::vector<Figure> figures;  // the sentence's money and percent figures, for settle_by_size
    std::vector<std::string> local_dot_units;
    std::unordered_set<std::string> story_money;
    for (size_t si = 0; si < in.sentences.size(); ++si) {
      const Span sent = in.sentences[si];
      if (sent.end > in.text.size() || sent.empty()) continue;
      const std::string_view st = in.text.substr(sent.start, sent.size());
      if (!worth_parsing(st)) continue;
      tokenise(in.text, sent, lx_, toks);
      locals.clear();
      if (!lx_.locals.empty() &&
          std::any_of(toks.begin(), toks.end(), [&](const Tok& t) {
            return (t.t == T::kWord || t.t == T::kSym) && lx_.local_words.count(t.low);
          })) {
        if (!doc_read) {
          doc_read = true;
          lowered.assign(in.text);
          for (auto& ch : lowered) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          text_locals(lx_, lowered, doc_locals);
          // A round-up of datelined sections: each section's countries, between the story's and
          // the sentence's (the text before the first dateline, a headline, joins the first).
          section_starts = dateline_lines();
          section_locals.clear();
          if (section_starts.size() >= 2) {
            section_starts.front() = 0;
            for (size_t i = 0; i < section_starts.size(); ++i) {
              const size_t b = section_starts[i], e = i + 1 < section_starts.size() ? section_starts[i + 1] : lowered.size();
              text_locals(lx_, std::string_view(lowered).substr(b, e - b), section_locals.emplace_back());
            }
          }
        }
        words.clear();
        for (const auto& t : toks)
          if (t.t == T::kWord) words.push_back(t.low);
        named_locals(lx_, words, locals);
        // The sentence's own country wins, then its section's, then the story's.
        if (!section_locals.empty()) {
          const size_t i = std::upper_bound(section_starts.begin(), section_starts.end(), sent.start) - section_starts.begin();
          for (const auto& [w, code] : section_locals[i == 0 ? 0 : i - 1]) locals.emplace(w, code);
        }
        for (const auto& [w, code] : doc_locals) locals.emplace(w, code);
        // "103.500 dinars" in a Serbian story: a shared word whose local currency groups thousands
        // with dots (dot_thousands_units) groups them here too; read the sentence again so.
        local_dot_units.clear();
        const auto& dot_units = lx_.dot_thousands_units;
        for (const auto& [w, code] : locals)
          if (!code.empty() && std::find(dot_units.begin(), dot_units.end(), code) != dot_units.end() &&
              std::find(dot_units.begin(), dot_units.end(), w) == dot_units.end())
            local_dot_units.push_back(w);
        if (!local_dot_units.empty()) tokenise(in.text, sent, lx_, toks, local_dot_units);
      }
      if (!lx_.dateline_dollars.empty() && std::any_of(toks.begin(), toks.end(), [&](const Tok& t) {
            return (t.t == T::kSym || t.t == T::kWord) &&
                   std::find(lx_.dateline_dollar_words.begin(), lx_.dateline_dollar_words.end(), t.low) !=
                       lx_.dateline_dollar_words.end();
          })) {
        if (!dollars_read) {
          dollars_read = true;
          const std::vector<uint32_t>& starts = dateline_lines();
          for (size_t i = 0; i < starts.size(); ++i) {
            auto it = lx_.dateline_dollars.find(dateline_place(in.text, starts[i]));
            if (it == lx_.dateline_dollars.end()) {
              dollar_sections.push_back({i == 0 ? 0 : starts[i], "", false});
              continue;
            }
            // The text before the first dateline (a headline) joins the first section.
            const size_t b = i == 0 ? 0 : starts[i], e = i + 1 < starts.size() ? starts[i + 1] : in.text.size();
            size_t bare_n = 0, lettered_n = 0;
            count_dollars(lx_, in.text, b, e, it->second, bare_n, lettered_n);
            dollar_sections.push_back({static_cast<uint32_t>(b), it->second, bare_n > lettered_n});
          }
        }
        auto at = std::upper_bound(dollar_sections.begin(), dollar_sections.end(), sent.start,
                                   [](uint32_t pos, const DollarSection& d) { return pos < d.start; });
        if (at != dollar_sections.begin() && !std::prev(at)->code.empty()) {
          const DollarSection& d = *std::prev(at);
          // A local paper writes its own dollar bare and marks the foreign one ("$2.45m", "$US3.1
          // million"); a wire that writes the local dollar with letters as often as bare means the
          // US dollar by the bare sign ("A$11.7 billion ... $6.7 billion"), save right after a
          // lettered one in its sentence ("a purse of A$96.5 million ... $3.5 million each").
          size_t bare_n = 0, lettered_n = 0, first = sent.end;
          if (!d.bare_local) {
            count_dollars(lx_, in.text, sent.start, sent.end, d.code, bare_n, lettered_n, &first);
            if (lettered_n > 0) count_dollars(lx_, in.text, first, sent.end, d.code, bare_n, lettered_n);
          }
          if (d.bare_local || (lettered_n > 0 && bare_n > 0))
            for (const auto& w : lx_.dateline_dollar_words) locals.emplace(w, d.code);
        }
      }
      Parser ps(lx_, toks, in.text, on_, &locals, &story_money);
      Previous prev;
      const size_t sentence_first = claims.size();
      bare.clear();
      figures.clear();
      for (size_t k = 0; k < toks.size();) {
        // Only digits, signs, dashes and a few words can start a figure; skip the rest cheaply.
        const Tok& tk = toks[k];
        if ((tk.t == T::kWord && !lx_.triggers.count(tk.low) && !(tk.low.size() == 4 && tk.low[0] == 'm')) ||
            (tk.t == T::kOther && tk.ch != '+' && tk.ch != '(') || tk.t == T::kComma ||
            (tk.t == T::kPct && !(k + 1 < toks.size() && toks[k + 1].t == T::kNum && !toks[k + 1].sp)) ||
            (tk.t == T::kDot && !(k + 1 < toks.size() && toks[k + 1].t == T::kNum && !toks[k + 1].sp))) {
          ++k;
          continue;
        }
        found.clear();
        const size_t e = ps.parse_at(k, found);
        if (!e) {
          ++k;
          continue;
        }
        if (found.size() == 1 && ps.inside_name(found.front())) {
          k = e;
          continue;
        }
        for (const auto& f : found) {
          if (f.bare_subunit) bare.push_back({claims.size(), f.bare_subunit, f.number});
          if ((f.kind == ClaimKind::kMoney || f.kind == ClaimKind::kPercent) && !f.range)
            figures.push_back({claims.size(), f.begin, f.end});
          emit(in.text, toks, ps, f, found.front().begin, static_cast<int32_t>(si), prev, claims);
          if (f.kind == ClaimKind::kMoney) ps.saw_money(f.currency);
        }
        prev.end = e;
        k = e;
      }
      if (!bare.empty()) tell_subunits(bare, sentence_first, claims);
      settle_by_size(ps, toks.size(), figures, claims);
      for (size_t j = sentence_first; j < claims.size(); ++j)
        if (claims[j].kind == ClaimKind::kMoney && !claims[j].currency.empty()) story_money.insert(claims[j].currency);
    }
    return claims;
  }

  Status init(const RuleBook& rules) {
    const json* vocab = rules.file("numbers.json");
    if (!vocab || !vocab->is_object()) return Error{"extractors/rules/numbers.json", "missing or not an object"};
    try {
      load_vocab(*vocab);
    } catch (const json::exception& e) {
      return Error{"extractors/rules/numbers.json", std::string("bad vocabulary: ") + e.what()};
    }
    for (const auto& [file, base] : {std::pair<const char*, int>{"money.json", 0}, {"percent.json", kSign}}) {
      const json* j = rules.file(file);
      if (!j) return Error{std::string("extractors/rules/") + file, "missing"};
      if (!j->contains("rules") || !(*j)["rules"].is_array())
        return Error{std::string("extractors/rules/") + file, "no \"rules\" array"};
      for (const auto& r : (*j)["rules"]) {
        const std::string id = r.value("id", "");
        const std::string form = r.value("form", "");
        int idx = -1;
        for (int f = 0; f < kFormCount; ++f)
          if (kFormNames[f] == form && (is_money_form(f) == (base == 0))) idx = f;
        if (id.empty() || idx < 0)
          return Error{std::string("extractors/rules/") + file,
                       "rule '" + id + "': unknown or missing \"form\" '" + form + "'"};
        rule_ids_[idx] = id;
        on_[idx] = true;
      }
    }
    return ok_status();
  }

 private:
  void load_vocab(const json& v) {
    for (auto& [k, x] : v.at("number_words").items()) lx_.number_words[k] = x.get<double>();
    for (auto& x : v.at("hundred_words")) lx_.hundred.insert(x.get<std::string>());
    for (auto& [k, x] : v.at("scales").items()) lx_.scales[k] = x.get<double>();
    for (auto& [k, x] : v.at("scale_abbreviations").items()) lx_.scale_abbrevs[k] = x.get<double>();
    for (auto& [k, x] : v.at("fractions").items()) lx_.fractions[k] = x.get<double>();
    for (auto& x : v.at("negative_words")) lx_.negatives.insert(x.get<std::string>());
    for (auto& x : v.at("decimal_point_words")) lx_.point_words.insert(x.get<std::string>());
    for (auto& [k, x] : v.at("currency_symbols").items()) {
      lx_.symbols[k] = x.get<std::string>();
      if (static_cast<unsigned char>(k[0]) >= 0x80) lx_.nonascii_symbols.push_back(k);
    }
    std::sort(lx_.nonascii_symbols.begin(), lx_.nonascii_symbols.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (auto& [k, x] : v.at("dollar_prefixes").items())
      lx_.dollar_prefixes[k] = {x.at("code").get<std::string>(), x.value("space", false), x.value("tokenised", false)};
    // Optional keys are bound by reference: items() of a temporary json would dangle.
    if (v.contains("glued_signs"))
      for (auto& [k, x] : v.at("glued_signs").items())
        lx_.glued_signs.emplace_back(
            k, DollarPrefix{x.at("code").get<std::string>(), x.value("space", false), false, x.value("bare", false),
                            x.value("local_only", false)});
    std::sort(lx_.glued_signs.begin(), lx_.glued_signs.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    if (v.contains("suffix_signs"))
      for (auto& [k, x] : v.at("suffix_signs").items()) lx_.suffix_signs.emplace_back(k, x.get<std::string>());
    if (v.contains("dollar_suffixes"))
      for (auto& [k, x] : v.at("dollar_suffixes").items()) lx_.dollar_suffixes[k] = x.get<std::string>();
    for (auto& [k, x] : v.at("codes").items()) lx_.codes[k] = x.get<std::string>();
    for (auto& [k, x] : v.at("codes_upper").items()) lx_.codes_upper[k] = x.get<std::string>();
    for (auto& [k, x] : v.at("currency_words").items()) lx_.currency_words[k] = x.get<std::string>();
    for (auto& [k, x] : v.at("currency_qualifiers").items())
      lx_.qualifiers.emplace_back(split_phrase(k), x.get<std::string>());
    for (auto& x : v.value("glued_only_units", json::array())) lx_.glued_only.insert(x.get<std::string>());
    for (auto& x : v.value("point_moves", json::array())) lx_.point_moves.insert(x.get<std::string>());
    for (auto& x : v.value("qualified_currency_words", json::array())) lx_.qualified_words.insert(x.get<std::string>());
    for (auto& [k, x] : v.at("subunits").items()) {
      Subunit su{x.at("code").get<std::string>(), x.at("factor").get<double>(), x.value("glued", false),
                 x.value("lower", false), x.value("beside_money", false), {}, {}};
      if (x.contains("local_factors"))
        for (auto& [c, f] : x.at("local_factors").items()) su.local_factors[c] = f.get<double>();
      if (x.contains("of"))
        for (auto& c : x.at("of")) su.of.insert(c.get<std::string>());
      su.of.insert(su.code);
      lx_.subunits[k] = std::move(su);
    }
    for (auto& x : v.at("percent_words")) {
      std::string w = x.get<std::string>();
      std::replace(w.begin(), w.end(), '-', ' ');
      lx_.percent_words.push_back(split_phrase(w));
    }
    for (auto& x : v.at("points_words")) lx_.points_words.push_back(split_phrase(x.get<std::string>()));
    for (auto& x : v.value("basis_points_words", json::array()))
      lx_.basis_points_words.push_back(split_phrase(x.get<std::string>()));
    for (auto& [k, x] : v.at("hedges").items()) lx_.hedges.emplace_back(split_phrase(k), x.get<std::string>());
    for (auto& x : v.value("bound_negations", json::array())) lx_.bound_negations.insert(x.get<std::string>());
    for (auto& x : v.value("bound_negation_determiners", json::array()))
      lx_.bound_negation_determiners.insert(x.get<std::string>());
    for (auto& x : v.value("bound_negation_verbs", json::array())) lx_.bound_negation_verbs.insert(x.get<std::string>());
    const json gapped = v.value("gapped_bounds", json::object()), choices = v.value("size_choices", json::object());
    for (auto& [k, x] : gapped.items()) lx_.gapped_bounds.emplace_back(split_phrase(k), x.get<std::string>());
    for (auto& x : v.value("gapped_bound_links", json::array())) lx_.gapped_bound_links.insert(x.get<std::string>());
    for (auto& x : v.value("bound_gap_breaks", json::array())) lx_.bound_gap_breaks.insert(x.get<std::string>());
    lx_.bound_gap_words = v.value("bound_gap_words", size_t{0});
    const json nouns_after = v.value("bound_nouns_after", json::object());
    for (auto& [k, x] : nouns_after.items()) lx_.bound_nouns_after[k] = x.get<std::string>();
    for (auto& x : v.value("bound_noun_followers", json::array())) lx_.bound_noun_followers.insert(x.get<std::string>());
    for (auto& [k, x] : choices.items()) lx_.size_choices.emplace_back(split_phrase(k), x.get<std::string>());
    lx_.size_choice_gap_words = v.value("size_choice_gap_words", size_t{0});
    lx_.alternative_gap_tokens = v.value("alternative_gap_tokens", size_t{0});
    for (auto& m : v.at("measures")) {
      for (auto& w : m.at("words")) {
        std::string s = w.get<std::string>();
        std::replace(s.begin(), s.end(), '-', ' ');
        lx_.measures.push_back({split_phrase(s), m.at("name").get<std::string>(), m.value("direction", false)});
      }
    }
    for (auto& u : v.value("per_units", json::array())) {
      PerUnit pu;
      pu.unit = u.at("unit").get<std::string>();
      pu.measure = u.at("measure").get<std::string>();
      for (auto& w : u.at("words")) pu.words.push_back(split_phrase(w.get<std::string>()));
      for (auto& r : u.value("replaces", json::array())) pu.replaces.insert(r.get<std::string>());
      lx_.per_units.push_back(std::move(pu));
    }
    for (auto& w : v.value("measure_links", json::array())) lx_.measure_links.insert(w.get<std::string>());
    for (auto& l : v.value("local_currencies", json::array())) {
      LocalCurrency lc;
      lc.code = l.at("code").get<std::string>();
      for (auto& c : l.at("country")) lc.country.push_back(split_phrase(c.get<std::string>()));
      for (auto& w : l.at("words")) lc.words.push_back(w.get<std::string>());
      for (const auto& c : lc.country) lx_.locals_by_first[c.at(0)].push_back(lx_.locals.size());
      // In lower case, as tokens are: a sign listed as written ("P") wakes the lookup too.
      for (const auto& w : lc.words) {
        std::string low = w;
        for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        // A dollar sign of letters ("C$") is tokenised as its letters and "$": the letters wake it.
        if (low.size() > 1 && low.back() == '$') low.pop_back();
        lx_.local_words.insert(std::move(low));
      }
      lx_.locals.push_back(std::move(lc));
    }
    for (auto& d : v.value("dateline_dollars", json::array()))
      for (auto& place : d.at("places")) lx_.dateline_dollars[place.get<std::string>()] = d.at("code").get<std::string>();
    for (auto& w : v.value("dateline_dollar_words", json::array())) lx_.dateline_dollar_words.push_back(w.get<std::string>());
    for (auto& w : v.value("codes_local_only", json::array())) lx_.codes_local_only.insert(w.get<std::string>());
    for (auto& w : v.value("dotted_signs_after", json::array())) lx_.dotted_signs_after.insert(w.get<std::string>());
    if (v.contains("sign_scales"))
      for (auto& [k, x] : v.at("sign_scales").items()) lx_.sign_scales[k] = x.get<double>();
    for (auto& [name, words] : v.at("directions").items())
      for (auto& w : words) lx_.directions[w.get<std::string>()] = name;
    for (auto& x : v.at("measure_stop_words")) lx_.stop_words.insert(x.get<std::string>());
    for (auto& x : v.at("compound_followers")) lx_.followers.insert(x.get<std::string>());
    for (auto& x : v.at("weight_words")) lx_.weights.insert(x.get<std::string>());
    for (auto& x : v.at("weight_context")) lx_.weight_context.insert(x.get<std::string>());
    for (auto& x : v.value("weight_verbs", json::array())) lx_.weight_verbs.insert(x.get<std::string>());
    for (auto& x : v.value("positive_words", json::array())) lx_.positives.insert(x.get<std::string>());
    if (v.contains("scaled_currency_words"))
      for (auto& [k, x] : v.at("scaled_currency_words").items()) lx_.scaled_words[k] = x.get<std::string>();
    for (auto& x : v.value("subunit_nouns", json::array())) lx_.subunit_nouns.insert(x.get<std::string>());
    for (auto& x : v.value("price_units", json::array())) lx_.price_units.insert(x.get<std::string>());
    for (auto& x : v.value("sign_followups", json::array())) lx_.sign_followups.insert(x.get<std::string>());
    for (auto& x : v.value("codes_lower_after", json::array())) lx_.codes_lower_after.insert(x.get<std::string>());
    for (auto& x : v.value("price_unit_fillers", json::array())) lx_.price_fillers.insert(x.get<std::string>());
    for (auto& x : v.value("subunit_noun_links", json::array())) lx_.subunit_noun_links.insert(x.get<std::string>());
    for (auto& x : v.value("slang_followers", json::array())) lx_.slang_followers.insert(x.get<std::string>());
    for (auto& x : v.value("price_verbs", json::array())) lx_.price_verbs.insert(x.get<std::string>());
    for (auto& x : v.value("price_phrases", json::array())) lx_.price_phrases.push_back(split_phrase(x.get<std::string>()));
    for (auto& x : v.value("currency_words_before", json::array())) lx_.words_before.insert(x.get<std::string>());
    for (auto& x : v.value("negative_money_after", json::array())) lx_.minus_money_after.insert(x.get<std::string>());
    for (auto& x : v.value("codes_numbered_names", json::array())) lx_.numbered_names.insert(x.get<std::string>());
    for (auto& x : v.value("codes_abbreviating_titles", json::array())) lx_.numbered_names.insert(x.get<std::string>());
    for (auto& x : v.value("designator_words", json::array())) lx_.designator_words.insert(x.get<std::string>());
    for (auto& x : v.value("party_counts", json::array())) lx_.party_counts.insert(x.get<std::string>());
    for (auto& x : v.value("party_count_joiners", json::array())) lx_.party_joiners.insert(x.get<std::string>());
    for (auto& x : v.value("code_words", json::array())) lx_.code_words.insert(x.get<std::string>());
    for (auto& x : v.value("codes_lower_only", json::array())) lx_.codes_lower_only.insert(x.get<std::string>());
    for (auto& x : v.value("bracket_negative_after", json::array()))
      lx_.bracket_negative_after.insert(x.get<std::string>());
    for (auto& x : v.value("constant_money_before", json::array())) lx_.constant_money_before.insert(x.get<std::string>());
    for (auto& x : v.value("decimal_comma_units", json::array())) lx_.decimal_comma_units.push_back(x.get<std::string>());
    for (auto& x : v.value("dot_thousands_units", json::array())) lx_.dot_thousands_units.push_back(x.get<std::string>());
    for (auto& x : v.value("dot_thousands_after", json::array())) lx_.dot_thousands_after.push_back(x.get<std::string>());
    for (auto& x : v.value("dotted_scales", json::array())) lx_.dotted_scales.insert(x.get<std::string>());
    for (auto& x : v.value("dotted_only_scales", json::array())) {
      std::string low = x.get<std::string>();
      for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      lx_.dotted_only_written.insert(x.get<std::string>());
      lx_.dotted_only_scales.insert(low);
      lx_.dotted_scales.insert(low);
    }
    if (v.contains("slang_scales"))
      for (auto& [k, x] : v.at("slang_scales").items()) lx_.slang_scales[k] = x.get<double>();
    if (v.contains("subunit_prefixes"))
      for (auto& [k, x] : v.at("subunit_prefixes").items()) lx_.subunit_prefixes[k] = x.get<std::string>();
    // Words the tokeniser would split: non-ASCII letters ("zł", "đồng") or an apostrophe ("so'm").
    auto odd = [](const std::string& w) {
      return std::any_of(w.begin(), w.end(),
                         [](char c) { return static_cast<unsigned char>(c) >= 0x80 || c == '\''; });
    };
    for (const auto& phrases : {&lx_.percent_words, &lx_.points_words, &lx_.basis_points_words})
      for (const auto& p : *phrases) {
        std::string w;
        for (const auto& part : p) w += (w.empty() ? "" : " ") + part;
        lx_.percent_after_words.push_back(std::move(w));
      }
    // "14.500 Argentine pesos": qualifiers whose code groups thousands with dots.
    for (const auto& [q, code] : lx_.qualifiers)
      if (std::find(lx_.dot_thousands_units.begin(), lx_.dot_thousands_units.end(), code) !=
          lx_.dot_thousands_units.end()) {
        std::string w;
        for (const auto& part : q) w += (w.empty() ? "" : " ") + part;
        lx_.dot_thousands_qualifiers.push_back(std::move(w));
      }
    for (const auto& [k, x] : lx_.currency_words)
      if (odd(k)) lx_.odd_words.push_back(k);
    for (const auto& [k, x] : lx_.subunits)
      if (odd(k)) lx_.odd_words.push_back(k);
    for (const auto& [k, x] : lx_.codes)  // "Kč 3,650", "zł 110"
      if (odd(k) && std::find(lx_.odd_words.begin(), lx_.odd_words.end(), k) == lx_.odd_words.end())
        lx_.odd_words.push_back(k);

    for (size_t i = 0; i < lx_.measures.size(); ++i) {
      lx_.measures_by_last[lx_.measures[i].words.back()].push_back(i);
      lx_.measures_by_first[lx_.measures[i].words.front()].push_back(i);
    }
    for (size_t i = 0; i < lx_.hedges.size(); ++i) lx_.hedges_by_last[lx_.hedges[i].first.back()].push_back(i);
    for (size_t i = 0; i < lx_.gapped_bounds.size(); ++i)
      lx_.gapped_bounds_by_last[lx_.gapped_bounds[i].first.back()].push_back(i);

    // Words that may start a figure (everything else is skipped by the scan loop).
    for (const auto& [k, x] : lx_.number_words) lx_.triggers.insert(k);
    for (const auto& [k, x] : lx_.fractions) lx_.triggers.insert(k);
    for (const auto& k : lx_.negatives) lx_.triggers.insert(k);
    for (const auto& k : lx_.positives) lx_.triggers.insert(k);
    for (const auto& [k, x] : lx_.subunit_prefixes) lx_.triggers.insert(split_phrase(k)[0]);
    for (const auto& [k, x] : lx_.codes) lx_.triggers.insert(k);
    for (const auto& [k, x] : lx_.codes_upper) lx_.triggers.insert(split_phrase(k)[0]);
    for (const auto& [k, x] : lx_.dollar_prefixes) lx_.triggers.insert(k);
    for (const auto& [k, x] : lx_.glued_signs) {  // the sign's first word: "GH¢" -> "gh"
      std::string w;
      for (char c : k) {
        if (!is_ascii_alpha(static_cast<unsigned char>(c))) break;
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      lx_.triggers.insert(w);
    }
    for (const auto& p : lx_.percent_words) lx_.triggers.insert(p[0]);
    for (const auto& k : lx_.words_before) lx_.triggers.insert(k);
    lx_.triggers.insert("a");
    lx_.triggers.insert("an");

    // Sentences holding no digit, sign or currency/percent word cannot hold a figure.
    std::string alt;
    auto add = [&](const std::string& w) {
      if (!alt.empty()) alt += '|';
      alt += RE2::QuoteMeta(w);
    };
    for (const auto& [k, x] : lx_.currency_words) add(k);
    for (const auto& [k, x] : lx_.subunits)
      if (!x.glued) add(k);  // a glued one sits on a digit, which already passes
    for (const auto& k : lx_.qualified_words) add(k);
    for (const auto& [k, x] : lx_.scaled_words) add(k);
    for (const auto& [k, x] : lx_.slang_scales) add(k);  // "two grand"
    if (!lx_.point_moves.empty()) add("point");  // "a half-point cut" has no digit
    for (const auto& [k, x] : lx_.codes) add(k);
    for (const auto& [k, x] : lx_.codes_upper) add(k);
    for (const auto& p : lx_.percent_words) add(p[0]);
    for (const auto& p : lx_.points_words) add(p[0]);
    for (const auto& p : lx_.basis_points_words) add(p[0]);
    for (const auto& [k, x] : lx_.codes) add("m" + k);
    RE2::Options opt;
    opt.set_case_sensitive(false);
    opt.set_max_mem(64 << 20);
    prefilter_ = std::make_unique<RE2>("\\b(?:" + alt + ")\\b", opt);
    if (!prefilter_->ok()) throw std::runtime_error("prefilter: " + prefilter_->error());
  }

  bool worth_parsing(std::string_view s) const {
    for (unsigned char c : s)
      if (is_digit(c) || c == '$' || c == '%' || c >= 0x80) return true;
    return RE2::PartialMatch(s, *prefilter_);
  }

  // A claim of a bare sub-unit word ("30 cents"), with its number before tidying.
  struct Bare {
    size_t claim;
    const Subunit* subunit;
    double number;
  };

  // "cut its forecast to NZ$7.80 per kilogram, a drop of 30 cents", "rose 6 cents a litre to
  // €1.82": a sub-unit word names no currency of its own, so it takes the code of the nearest
  // money figure in the sentence whose currency it is a minor unit of (its usual code, or its
  // country's, where no such figure is told beside it). Figures of other currencies do not count
  // ("£1.20 ... 40 cents" keeps the dollar cent), nor do other bare sub-units.
  static void tell_subunits(const std::vector<Bare>& bare, size_t first, std::vector<Claim>& claims) {
    auto is_bare = [&](size_t j) {
      return std::any_of(bare.begin(), bare.end(), [&](const Bare& b) { return b.claim == j; });
    };
    for (const Bare& b : bare) {
      Claim& c = claims[b.claim];
      const std::string* code = nullptr;
      size_t best = SIZE_MAX;
      for (size_t j = first; j < claims.size(); ++j) {
        const Claim& o = claims[j];
        if (o.kind != ClaimKind::kMoney || o.currency.empty() || !b.subunit->of.count(o.currency) || is_bare(j))
          continue;
        const size_t gap = o.span.end <= c.span.start ? c.span.start - o.span.end
                           : o.span.start >= c.span.end ? o.span.start - c.span.end
                                                        : 0;
        if (gap < best) {
          best = gap;
          code = &o.currency;
        }
      }
      if (!code || *code == c.currency) continue;
      c.number = tidy(b.number / b.subunit->factor_for(c.currency) * b.subunit->factor_for(*code));
      c.currency = *code;
    }
  }

  // A money or percent figure of the sentence: its claim and tokens.
  struct Figure {
    size_t claim, begin, end;
  };
  // "3.0% from 1 June 2031, or EUR 1,100 a year, whichever is greater": each
  // figure of an alternative joined by "or" and settled by size after its last
  // figure is a floor ("greater", "higher") or a ceiling ("lower", "less"). A
  // hedge of the figure's own stands, and a bound on one figure leaves the whole
  // alternative alone: "fined up to 4% of turnover or EUR 20 million, whichever is
  // higher" caps the fine at the greater, so EUR 20 million is no floor on it.
  static void settle_by_size(const Parser& ps, size_t ntoks, const std::vector<Figure>& figs,
                             std::vector<Claim>& claims) {
    for (size_t i = 0; i < figs.size(); ++i) {
      const char* kind = ps.size_choice_after(figs[i].end, i + 1 < figs.size() ? figs[i + 1].begin : ntoks);
      if (!kind) continue;
      size_t lo = i;
      bool or_seen = false;
      for (int j; lo > 0 && (j = ps.alternative_join(figs[lo - 1].end, figs[lo].begin)) != 0; --lo)
        or_seen = or_seen || j == 2;
      if (!or_seen) continue;
      bool bounded = false;
      for (size_t m = lo; m <= i; ++m)
        if (auto a = claims[figs[m].claim].attrs.find("approx"); a != claims[figs[m].claim].attrs.end())
          bounded = bounded || *a == "lower_bound" || *a == "upper_bound";
      if (bounded) continue;
      for (size_t m = lo; m <= i; ++m)
        if (!claims[figs[m].claim].attrs.contains("approx")) claims[figs[m].claim].attrs["approx"] = kind;
    }
  }

  // The figure before, in the same sentence: a figure no measure word names
  // takes its measure when only linking words stand between them.
  struct Previous {
    size_t end = 0;  // token after it; 0 before the first figure
    std::string measure;
  };

  void emit(std::string_view text, const std::vector<Tok>& toks, const Parser& ps, const Found& f, size_t group_first,
            int32_t sentence, Previous& prev, std::vector<Claim>& out) const {
    Claim c;
    c.kind = f.kind;
    c.span = {toks[f.begin].b, toks[f.end - 1].e};
    c.text.assign(text.substr(c.span.start, c.span.size()));
    c.number = tidy(f.number);
    if (f.kind == ClaimKind::kMoney) c.currency = f.currency;
    c.rule = rule_ids_[f.form];
    c.sentence = sentence;
    // A range's hedge and measure belong to the whole range ("about $10-12 billion").
    const size_t first = f.range ? group_first : f.begin;
    if (const char* h = ps.hedge_before(first)) {
      c.attrs["approx"] = h;
    } else if (const char* b = f.range ? nullptr : ps.bound_noun_after(f.end)) {
      c.attrs["approx"] = b;
    }
    if (f.range) c.attrs["range"] = f.range;
    if (f.pp) c.attrs["unit"] = "pp";
    std::string m = ps.measure_for(first, f.end);
    if (m.empty() && prev.end != 0 && ps.linked(prev.end, first)) m = prev.measure;
    prev.measure = m;
    if (const PerUnit* u = f.kind == ClaimKind::kMoney ? ps.per_unit_after(f.end) : nullptr) {
      c.attrs["unit"] = u->unit;
      if (u->replaces.count(m) || m.empty()) m = u->measure;
    }
    if (!m.empty()) c.attrs["measure"] = m;
    out.push_back(std::move(c));
  }

  Lexicon lx_;
  std::array<bool, kFormCount> on_{};
  std::array<std::string, kFormCount> rule_ids_{};
  std::unique_ptr<RE2> prefilter_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_number_extractor(const RuleBook& rules) {
  return build_extractor<NumberExtractor>(rules, "extractors/rules/numbers.json");
}

}  // namespace claimcheck
