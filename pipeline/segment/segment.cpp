#include "pipeline/segment/segment.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_set>

namespace claimcheck {

namespace {

// Block patterns of one type, in rule order, matched as one anchored RE2::Set:
// one DFA pass per block, however many rules there are.
class PatternList {
 public:
  PatternList() {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_case_sensitive(false);
    set_ = std::make_unique<RE2::Set>(opt, RE2::ANCHOR_BOTH);
  }

  // Adds a rule; the error is RE2's, for the caller to name the rule in.
  bool add(const std::string& id, const std::string& pattern, std::string* error) {
    if (set_->Add(pattern, error) < 0) return false;
    ids_.push_back(id);
    return true;
  }
  bool compile() { return set_->Compile(); }

  // The id of the first rule, in file order, matching the whole of `key`; null if none.
  const std::string* first_full_match(std::string_view key) const {
    if (ids_.empty()) return nullptr;
    std::vector<int> hits;
    if (!set_->Match(key, &hits) || hits.empty()) return nullptr;
    return &ids_[static_cast<size_t>(*std::min_element(hits.begin(), hits.end()))];
  }

 private:
  std::vector<std::string> ids_;
  std::unique_ptr<RE2::Set> set_;
};

// Tokens a sentence does not end on; with `followed_by`, only when the next
// text starts with a match of it ("Jan." before a day number).
struct AbbreviationRule {
  std::string id;
  std::unordered_set<std::string> words;  // exact last tokens, e.g. "Dr."
  std::unique_ptr<RE2> pattern;           // or a full match on the last token
  std::unique_ptr<RE2> followed_by;       // anchored at the start of the next text
};

}  // namespace

struct SegmentRules::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;  // prototype; segment() clones it (BreakIterators are stateful)
  std::vector<AbbreviationRule> abbreviations;
  PatternList lines;                              // boilerplate blocks
  PatternList sections;                           // headings that open a boilerplate section
  PatternList links;                              // headings that open a list of links
};

SegmentRules::SegmentRules() : impl_(std::make_unique<Impl>()) {}
SegmentRules::SegmentRules(SegmentRules&&) noexcept = default;
SegmentRules& SegmentRules::operator=(SegmentRules&&) noexcept = default;
SegmentRules::~SegmentRules() = default;

namespace {

constexpr std::string_view kWhere = "segment.json";

Result<std::unique_ptr<RE2>> compile(const std::string& id, const std::string& pattern, bool case_sensitive) {
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_case_sensitive(case_sensitive);
  auto re = std::make_unique<RE2>(pattern, opt);
  if (!re->ok()) return Error{std::string(kWhere), "rule '" + id + "': bad pattern: " + re->error()};
  return re;
}

}  // namespace

Result<SegmentRules> SegmentRules::from_json(const nlohmann::json& j) {
  SegmentRules rules;
  Impl& impl = *rules.impl_;
  UErrorCode status = U_ZERO_ERROR;
  impl.sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !impl.sentences)
    return Error{std::string(kWhere), std::string("ICU sentence break iterator unavailable: ") + u_errorName(status)};

  if (!j.is_object()) return Error{std::string(kWhere), "not a JSON object"};
  const auto it = j.find("rules");
  if (it == j.end()) return rules;
  if (!it->is_array()) return Error{std::string(kWhere), "field 'rules' is not an array"};
  for (const auto& r : *it) {
    if (!r.is_object()) return Error{std::string(kWhere), "a rule is not a JSON object"};
    const std::string id = r.value("id", "");
    if (id.empty()) return Error{std::string(kWhere), "a rule has no 'id'"};
    const std::string type = r.value("type", "");
    const auto pattern = r.find("pattern");
    if (pattern != r.end() && !pattern->is_string())
      return Error{std::string(kWhere), "rule '" + id + "': 'pattern' is not a string"};
    if (type == "abbreviation") {
      AbbreviationRule a;
      a.id = id;
      if (const auto words = r.find("words"); words != r.end()) {
        if (!words->is_array()) return Error{std::string(kWhere), "rule '" + id + "': 'words' is not an array"};
        for (const auto& w : *words) {
          if (!w.is_string() || w.get<std::string>().empty())
            return Error{std::string(kWhere), "rule '" + id + "': a word is not a non-empty string"};
          a.words.insert(w.get<std::string>());
        }
      }
      if (pattern != r.end()) {
        auto re = compile(id, pattern->get<std::string>(), /*case_sensitive=*/true);
        if (!re.ok()) return re.error();
        a.pattern = std::move(re.value());
      }
      if (const auto fb = r.find("followed_by"); fb != r.end()) {
        if (!fb->is_string()) return Error{std::string(kWhere), "rule '" + id + "': 'followed_by' is not a string"};
        auto re = compile(id, "^(?:" + fb->get<std::string>() + ")", /*case_sensitive=*/true);
        if (!re.ok()) return re.error();
        a.followed_by = std::move(re.value());
      }
      if (a.words.empty() && !a.pattern)
        return Error{std::string(kWhere), "rule '" + id + "': abbreviation rule without 'words' or 'pattern'"};
      impl.abbreviations.push_back(std::move(a));
    } else if (type == "line" || type == "section" || type == "links") {
      if (pattern == r.end()) return Error{std::string(kWhere), "rule '" + id + "': no 'pattern'"};
      std::string error;
      PatternList& list = type == "line" ? impl.lines : type == "section" ? impl.sections : impl.links;
      if (!list.add(id, pattern->get<std::string>(), &error))
        return Error{std::string(kWhere), "rule '" + id + "': bad pattern: " + error};
    } else {
      return Error{std::string(kWhere), "rule '" + id + "': unknown type '" + type + "'"};
    }
  }
  if (!impl.lines.compile() || !impl.sections.compile() || !impl.links.compile())
    return Error{std::string(kWhere), "boilerplate patterns: RE2::Set did not compile"};
  return rules;
}

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

Span trim(std::string_view text, Span s) {
  while (s.start < s.end && is_blank(text[s.start])) ++s.start;
  while (s.end > s.start && is_blank(text[s.end - 1])) --s.end;
  return s;
}

std::string_view view(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

// The last character before any closing quotes/brackets: what decides
// whether a line ends a sentence.
char last_significant(std::string_view t) {
  size_t n = t.size();
  while (n > 0 && (t[n - 1] == '"' || t[n - 1] == '\'' || t[n - 1] == ')' || t[n - 1] == ']' || is_blank(t[n - 1])))
    --n;
  return n == 0 ? '\0' : t[n - 1];
}

// Length of a markdown heading marker ("## ") at the start of t, 0 if none.
size_t heading_marker(std::string_view t) {
  size_t n = 0;
  while (n < t.size() && t[n] == '#') ++n;
  if (n == 0 || n > 6 || n >= t.size() || t[n] != ' ') return 0;
  size_t m = n;
  while (m < t.size() && t[m] == ' ') ++m;
  return m < t.size() ? m : 0;
}

// Length of a list marker ("- ", "* ", "+ ", "• ", "12. ", "3) ") at the start of t, 0 if none.
size_t list_marker(std::string_view t) {
  size_t n = 0;
  if (t.starts_with("\u2022")) {
    n = 3;
  } else if (!t.empty() && (t[0] == '-' || t[0] == '*' || t[0] == '+')) {
    n = 1;
  } else {
    while (n < t.size() && n < 3 && t[n] >= '0' && t[n] <= '9') ++n;
    if (n == 0 || n >= t.size() || (t[n] != '.' && t[n] != ')')) return 0;
    ++n;
  }
  if (n >= t.size() || t[n] != ' ') return 0;
  size_t m = n;
  while (m < t.size() && t[m] == ' ') ++m;
  return m < t.size() ? m : 0;
}

bool starts_lower(std::string_view t) {
  if (t.empty()) return false;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, static_cast<int32_t>(t.size()), c);
  return c >= 0 && u_islower(c);
}

size_t word_count(std::string_view t) {
  size_t words = 0;
  bool in_word = false;
  for (char c : t) {
    if (is_blank(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// Groups lines into raw blocks: blank lines separate, single newlines too,
// except for hard-wrapped continuations.
std::vector<Span> raw_blocks(std::string_view text) {
  std::vector<Span> blocks;
  bool prev_nonblank = false;
  bool block_is_list = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const Span line{static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)};
    const Span t = trim(text, line);
    pos = nl + 1;
    if (t.empty()) {
      prev_nonblank = false;
      continue;
    }
    const std::string_view cur = view(text, t);
    bool join = false;
    if (prev_nonblank && !blocks.empty() && heading_marker(cur) == 0 && list_marker(cur) == 0) {
      const std::string_view prev = view(text, blocks.back());
      const size_t prev_line = prev.rfind('\n');
      const std::string_view prev_last = prev_line == std::string_view::npos ? prev : prev.substr(prev_line + 1);
      const bool indented = t.start > line.start;
      if (heading_marker(prev) == 0) {
        const char end = last_significant(prev_last);
        const bool open = end != '.' && end != '!' && end != '?' && end != ':';
        join = (open && starts_lower(cur)) || (block_is_list && indented);
      }
    }
    if (join) {
      blocks.back().end = t.end;
    } else {
      blocks.push_back(t);
      block_is_list = list_marker(cur) != 0;
    }
    prev_nonblank = true;
  }
  return blocks;
}

// Splits a raw block where flattened markdown starts a new heading or list
// item: " ## Title" or " - item" after the end of a sentence.
std::vector<Span> split_inline(std::string_view text, Span block) {
  std::vector<Span> out;
  const std::string_view b = view(text, block);
  uint32_t start = 0;
  for (size_t p = 1; p + 1 < b.size(); ++p) {
    if (b[p - 1] != ' ') continue;
    const std::string_view rest = b.substr(p);
    const size_t hm = heading_marker(rest);
    const bool bullet = (rest[0] == '-' || rest[0] == '*' || rest.starts_with("\u2022")) && list_marker(rest) != 0;
    if (hm == 0 && !bullet) continue;
    const char before = last_significant(b.substr(0, p));
    const bool after_sentence = before == '.' || before == '!' || before == '?' || before == ':';
    // A heading may also follow a parenthesised source credit: "... (openai.com) ### Why".
    const bool after_paren = p >= 2 && b[p - 2] == ')';
    if (!after_sentence && !(hm != 0 && after_paren)) continue;
    out.push_back(trim(text, {block.start + start, block.start + static_cast<uint32_t>(p)}));
    start = static_cast<uint32_t>(p);
  }
  out.push_back(trim(text, {block.start + start, block.end}));
  return out;
}

// Sentence spans of one block, with ICU boundaries merged where the
// sentence would end on an abbreviation.
class SentenceSplitter {
 public:
  explicit SentenceSplitter(const SegmentRules::Impl& rules) : rules_(rules), bi_(rules.sentences->clone()) {}

  std::vector<Span> split(std::string_view text, Span block) {
    std::vector<Span> out;
    if (!bi_) {  // clone failed (out of memory): the block is one sentence
      out.push_back(block);
      return out;
    }
    // ICU breaks at every newline; a block's newlines are wrapped lines, so hide them.
    buf_.assign(view(text, block));
    for (char& c : buf_)
      if (c == '\n') c = ' ';
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, buf_.data(), static_cast<int64_t>(buf_.size()), &status);
    bi_->setText(ut, status);
    if (U_FAILURE(status)) {
      utext_close(ut);
      out.push_back(block);
      return out;
    }
    uint32_t start = 0;
    for (int32_t p = bi_->next(); p != icu::BreakIterator::DONE; p = bi_->next()) {
      const auto end = static_cast<uint32_t>(p);
      if (end < buf_.size() && (inside_word(end) || ends_on_abbreviation(std::string_view(buf_).substr(start, end - start),
                                                                         std::string_view(buf_).substr(end))))
        continue;
      for (const uint32_t cut : credit_ends(start, end)) {
        push(out, text, block, start, cut);
        start = cut;
      }
      push(out, text, block, start, end);
      start = end;
    }
    utext_close(ut);  // the iterator keeps its own shallow clone, pointing into buf_
    return out;
  }

 private:
  static void push(std::vector<Span>& out, std::string_view text, Span block, uint32_t from, uint32_t to) {
    const Span s = trim(text, {block.start + from, block.start + to});
    if (!s.empty()) out.push_back(s);
  }

  // A source credit after a sentence, "... on Azure. (openai.com) This is",
  // hides the break from ICU (a lower-case letter follows the '(' ). The
  // credit stays with the sentence it follows; the next sentence must start
  // with an upper-case letter or a quote.
  std::vector<uint32_t> credit_ends(uint32_t from, uint32_t to) const {
    std::vector<uint32_t> cuts;
    for (uint32_t i = from; i + 3 < to; ++i) {
      const char c = buf_[i];
      if ((c != '.' && c != '!' && c != '?') || buf_[i + 1] != ' ' || buf_[i + 2] != '(') continue;
      uint32_t j = i + 3;
      while (j < to && j < i + 83 && buf_[j] != ')' && buf_[j] != '(') ++j;
      if (j >= to || buf_[j] != ')') continue;
      uint32_t k = j + 1;
      if (k >= to || buf_[k] != ' ') continue;
      while (k < to && buf_[k] == ' ') ++k;
      if (k < to && ((buf_[k] >= 'A' && buf_[k] <= 'Z') || buf_[k] == '"')) cuts.push_back(j + 1);
    }
    return cuts;
  }

  // ICU ends a sentence after '?' or '!' even with no space after it, as in a
  // URL ("news/?tags=2026"); an ASCII terminator glued to the next word ends nothing.
  bool inside_word(uint32_t p) const {
    const auto before = static_cast<unsigned char>(buf_[p - 1]);
    if (before < 0x80 && !is_blank(buf_[p - 1]) && !is_blank(buf_[p])) return true;
    return tokenised_decimal(p);
  }

  // Tokenised text spaces out a decimal point ("rose 6 . 2 %"): a lone '.'
  // between two digits ends nothing.
  bool tokenised_decimal(uint32_t p) const {
    uint32_t q = p;
    while (q > 0 && is_blank(buf_[q - 1])) --q;
    if (q < 4 || buf_[q - 1] != '.' || buf_[q - 2] != ' ') return false;
    uint32_t d = q - 2;
    while (d > 0 && buf_[d - 1] == ' ') --d;
    if (d == 0 || buf_[d - 1] < '0' || buf_[d - 1] > '9') return false;
    return p < buf_.size() && buf_[p] >= '0' && buf_[p] <= '9';
  }

  bool ends_on_abbreviation(std::string_view sentence, std::string_view next) const {
    size_t end = sentence.size();
    while (end > 0 && is_blank(sentence[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 && !is_blank(sentence[begin - 1])) --begin;
    std::string_view token = sentence.substr(begin, end - begin);
    while (!token.empty() && (token[0] == '(' || token[0] == '"' || token[0] == '\'' || token[0] == '['))
      token.remove_prefix(1);
    if (token.empty() || token.back() != '.') return false;
    while (!next.empty() && is_blank(next.front())) next.remove_prefix(1);
    const std::string key(token);
    for (const auto& a : rules_.abbreviations) {
      const bool hit = a.words.count(key) != 0 || (a.pattern && RE2::FullMatch(token, *a.pattern));
      if (hit && (!a.followed_by || RE2::PartialMatch(next.substr(0, 80), *a.followed_by))) return true;
    }
    return false;
  }

  const SegmentRules::Impl& rules_;
  std::string buf_;  // declared before bi_: the iterator points into it and must go first
  std::unique_ptr<icu::BreakIterator> bi_;
};

// What boilerplate rules see: the block without '#'s, list marker and trailing ':'.
std::string_view match_key(std::string_view t) {
  t.remove_prefix(heading_marker(t));
  t.remove_prefix(list_marker(t));
  while (!t.empty() && (t.back() == ':' || is_blank(t.back()))) t.remove_suffix(1);
  return t;
}

bool looks_like_heading(std::string_view t) {
  if (t.find('\n') != std::string_view::npos || t.size() > 120 || word_count(t) > 15) return false;
  const char c = last_significant(t);
  return c != '.' && c != '!' && c != '?' && c != ':' && c != ';' && c != ',' && !starts_lower(t);
}

}  // namespace

Segmentation segment(std::string_view text, const SegmentRules& rules) {
  Segmentation seg;
  const SegmentRules::Impl& impl = rules.impl();
  SentenceSplitter splitter(impl);
  std::vector<std::vector<Span>> block_sentences;

  auto add_block = [&](Span span, BlockKind kind, std::vector<Span> sentences) {
    seg.blocks.push_back({span, kind, ""});
    block_sentences.push_back(std::move(sentences));
  };

  for (const Span raw : raw_blocks(text)) {
    for (const Span piece : split_inline(text, raw)) {
      if (piece.empty()) continue;
      const std::string_view t = view(text, piece);
      std::vector<Span> sentences = splitter.split(text, piece);
      if (sentences.empty()) continue;
      if (heading_marker(t) != 0) {
        // A flattened markdown heading runs into its section's first paragraph;
        // the heading is its first sentence.
        add_block(sentences.front(), BlockKind::kHeading, {sentences.front()});
        if (sentences.size() > 1) {
          const Span rest{sentences[1].start, piece.end};
          add_block(rest, BlockKind::kParagraph, {sentences.begin() + 1, sentences.end()});
        }
      } else if (list_marker(t) != 0) {
        add_block(piece, BlockKind::kListItem, std::move(sentences));
      } else if (looks_like_heading(t)) {
        add_block(piece, BlockKind::kHeading, std::move(sentences));
      } else {
        add_block(piece, BlockKind::kParagraph, std::move(sentences));
      }
    }
  }

  // Boilerplate: sections run from their heading to the next markdown heading;
  // a list of links runs from its heading over the list items and short lines
  // (headlines) after it, up to the first paragraph or markdown heading.
  std::string section;
  const std::string* links = nullptr;
  for (auto& b : seg.blocks) {
    const std::string_view t = view(text, b.span);
    const std::string_view key = match_key(t);
    if (links && heading_marker(t) == 0 && (b.kind == BlockKind::kListItem || b.kind == BlockKind::kHeading)) {
      b.kind = BlockKind::kBoilerplate;
      b.reason = "links: " + *links;
      continue;
    }
    links = nullptr;
    if (b.kind == BlockKind::kHeading || word_count(key) <= 8) {
      if (impl.sections.first_full_match(key)) {
        section.assign(key);
        b.kind = BlockKind::kBoilerplate;
        b.reason = "heading: " + section;
        continue;
      }
      if (section.empty() && (links = impl.links.first_full_match(key))) {
        b.kind = BlockKind::kBoilerplate;
        b.reason = "heading: " + *links;
        continue;
      }
    }
    if (!section.empty()) {
      if (heading_marker(t) != 0) {
        section.clear();
      } else {
        b.kind = BlockKind::kBoilerplate;
        b.reason = "section: " + section;
        continue;
      }
    }
    if (const std::string* id = impl.lines.first_full_match(key)) {
      b.kind = BlockKind::kBoilerplate;
      b.reason = "line: " + *id;
    }
  }

  for (size_t i = 0; i < seg.blocks.size(); ++i) {
    const bool boilerplate = seg.blocks[i].kind == BlockKind::kBoilerplate;
    for (const Span s : block_sentences[i]) seg.sentences.push_back({s, static_cast<uint32_t>(i), boilerplate});
  }
  return seg;
}

}  // namespace claimcheck
