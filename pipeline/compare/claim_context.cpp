#include "pipeline/compare/claim_context.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace claimcheck {
namespace {


// Typographic punctuation is three bytes E2 80 xx: dashes end a phrase, the
// right single quote is an apostrophe, the rest separate words.
enum class Punct : uint8_t { kNone, kDash, kApostrophe, kOther };
Punct typographic(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2 || static_cast<unsigned char>(s[i + 1]) != 0x80)
    return Punct::kNone;
  const auto c = static_cast<unsigned char>(s[i + 2]);
  if (c == 0x93 || c == 0x94) return Punct::kDash;
  if (c == 0x99) return Punct::kApostrophe;
  return Punct::kOther;
}
bool is_letter_at(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c >= 0x80) return typographic(s, i) == Punct::kNone;  // non-ASCII letters ("Zürich") stay in words
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct Token {
  bool is_break = false;
  bool head = false;      // its base starts a lexicon phrase
  bool in_claim = false;  // it lies inside a claim (a figure, a date): rarity counts it, contexts do not
  bool after_gap = false; // a claim lies between it and the word before
  uint32_t start = 0;     // byte offset in the sentence
  std::string stem;       // words only; empty for stopwords
  std::string_view word;  // words only: as written
};

// "kick" "in" -> one token "effect" where the lexicon names the phrase; the
// longest phrase wins. Phrases never take in or span a claim.
void join_phrases(std::vector<Token>& tokens, const ContextLexicon& lex) {
  if (lex.phrases.empty() || std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.head; })) return;
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool joined = false;
    for (size_t n = tokens[i].head ? std::min(lex.longest_phrase, tokens.size() - i) : 0; n >= 2 && !joined; --n) {
      std::string key;
      bool words = true;
      for (size_t k = i; k < i + n && words; ++k) {
        words = !tokens[k].is_break && !tokens[k].in_claim && (k == i || !tokens[k].after_gap);
        if (!words) break;
        if (k > i) key += ' ';
        key += ContextLexicon::base(tokens[k].word);
      }
      if (!words) continue;
      if (auto it = lex.phrases.find(key); it != lex.phrases.end()) {
        Token t;
        t.start = tokens[i].start;
        t.after_gap = tokens[i].after_gap;
        t.stem = it->second;
        t.word = tokens[i].word;
        out.push_back(std::move(t));
        i += n - 1;
        joined = true;
      }
    }
    if (!joined) out.push_back(std::move(tokens[i]));
  }
  tokens = std::move(out);
}

// The words and phrase breaks of `sentence`, phrases not yet joined.
std::vector<Token> tokenize(std::string_view sentence, const ContextLexicon& lex) {
  std::vector<Token> out;
  std::string low;
  for (size_t i = 0; i < sentence.size();) {
    const char c = sentence[i];
    const Punct p = typographic(sentence, i);
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || p == Punct::kDash ||
        (c == '-' && i > 0 && sentence[i - 1] == ' ' && i + 1 < sentence.size() && sentence[i + 1] == ' ')) {
      Token t;
      t.is_break = true;
      t.start = static_cast<uint32_t>(i);
      out.push_back(std::move(t));
      i += p == Punct::kDash ? 3 : 1;
      continue;
    }
    if (!is_letter_at(sentence, i)) {
      i += p == Punct::kNone ? 1 : 3;
      continue;
    }
    size_t j = i;
    while (j < sentence.size()) {
      if (is_letter_at(sentence, j)) {
        ++j;
      } else if (sentence[j] == '\'' && j + 1 < sentence.size() && is_letter_at(sentence, j + 1)) {
        j += 1;
      } else if (typographic(sentence, j) == Punct::kApostrophe && j + 3 < sentence.size() &&
                 is_letter_at(sentence, j + 3)) {
        j += 3;
      } else {
        break;
      }
    }
    const std::string_view word = sentence.substr(i, j - i);
    low.assign(word);
    for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    Token t;
    t.start = static_cast<uint32_t>(i);
    if (lex.breaks.count(low)) {
      t.is_break = true;
    } else {
      std::string b = ContextLexicon::base(word);
      t.head = lex.phrase_heads.count(b) > 0;
      t.stem = lex.stem_of_base(std::move(b));
      t.word = word;
    }
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

// Nearer words say more: a word d words away from its anchor weighs 1 / (1 + d/3).
float nearness(size_t d, float base) { return base / (1.0f + static_cast<float>(d) / 3.0f); }


// Splits `tokens` (one sentence's, claims skipped) at `anchors` (claims of one
// kind, in text order) and gives each anchor the words of its phrase. Part 0
// is before the first anchor, part i between anchor i-1 and i, the last after
// the last anchor.
void add_contexts(std::vector<Context>& contexts, const std::vector<Token>& tokens, const std::vector<uint32_t>& anchors,
                  const std::vector<Claim>& claims, uint32_t sentence_start) {
  const size_t n = anchors.size();
  std::vector<std::pair<size_t, size_t>> parts(n + 1);  // token index ranges
  size_t ti = 0;
  for (size_t f = 0; f <= n; ++f) {
    const size_t end = f < n ? claims[anchors[f]].span.start - sentence_start : SIZE_MAX;
    const size_t first = ti;
    while (ti < tokens.size() && tokens[ti].start < end) ++ti;
    parts[f] = {first, ti};
    if (f < n)
      while (ti < tokens.size() && tokens[ti].start < claims[anchors[f]].span.end - sentence_start) ++ti;
  }
  // Per anchor: (stem, weight) pairs, the highest weight of a stem kept at the end.
  std::vector<std::vector<std::pair<const std::string*, float>>> ctx(n);
  auto add = [&](size_t f, const Token& t, size_t d, float base = 1.0f) {
    if (!t.is_break && !t.stem.empty()) ctx[f].emplace_back(&t.stem, nearness(d, base));
  };
  // Every word of the sentence counts a little for each of its anchors.
  for (const auto& [b, e] : parts)
    for (size_t i = b; i < e; ++i)
      for (size_t f = 0; f < n; ++f) add(f, tokens[i], 0, 0.25f);
  // Before the first anchor: all of it, nearest first.
  for (size_t i = parts[0].second, d = 0; i > parts[0].first; --i)
    if (!tokens[i - 1].is_break) add(0, tokens[i - 1], d++);
  // Between anchors: up to the first break to the left anchor, the rest to the right one.
  for (size_t f = 1; f < n; ++f) {
    const auto [b, e] = parts[f];
    size_t brk = b;
    while (brk < e && !tokens[brk].is_break) ++brk;
    for (size_t i = b, d = 0; i < brk; ++i) add(f - 1, tokens[i], d++);
    for (size_t i = e, d = 0; i > brk; --i)
      if (!tokens[i - 1].is_break) add(f, tokens[i - 1], d++);
  }
  // After the last anchor: up to the first break.
  for (size_t i = parts[n].first, d = 0; i < parts[n].second && !tokens[i].is_break; ++i) add(n - 1, tokens[i], d++);
  for (size_t f = 0; f < n; ++f) {
    auto& words = ctx[f];
    std::sort(words.begin(), words.end(), [](const auto& x, const auto& y) {
      return *x.first != *y.first ? *x.first < *y.first : x.second > y.second;
    });
    Context& out = contexts[anchors[f]];
    out.clear();
    for (const auto& [stem, w] : words)
      if (out.empty() || out.back().first != *stem) out.emplace_back(*stem, w);
  }
}

}  // namespace

std::string ContextLexicon::base(std::string_view word) {
  std::string s;
  s.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    if (typographic(word, i) == Punct::kApostrophe) {
      s += '\'';
      i += 2;
      continue;
    }
    s += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  }
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  if (s.size() > 4 && s.compare(s.size() - 3, 3, "ies") == 0) s.replace(s.size() - 3, 3, "y");
  else if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
  return s;
}

std::string ContextLexicon::stem(std::string_view word) const { return stem_of_base(base(word)); }

std::string ContextLexicon::stem_of_base(std::string s) const {
  if (auto it = synonyms.find(s); it != synonyms.end()) s = it->second;
  if (s.size() < 2 || stopwords.count(s)) return {};
  return s;
}

void ContextLexicon::add_synonyms(const std::vector<std::string>& group) {
  if (group.empty()) return;
  // A phrase's key: the base of each word, one space apart.
  auto words_of = [](const std::string& entry) {
    std::vector<std::string> out;
    for (size_t i = 0; i < entry.size();) {
      const size_t j = std::min(entry.find(' ', i), entry.size());
      if (j > i) out.push_back(base(std::string_view(entry).substr(i, j - i)));
      i = j + 1;
    }
    return out;
  };
  const std::vector<std::string> head_words = words_of(group.front());
  std::string head;
  for (const auto& w : head_words) {
    if (!head.empty()) head += ' ';
    head += w;
  }
  for (const auto& entry : group) {
    const std::vector<std::string> words = words_of(entry);
    if (words.empty()) continue;
    if (words.size() == 1) {
      if (words.front() != head) synonyms[words.front()] = head;
      continue;
    }
    std::string key;
    for (const auto& w : words) {
      if (!key.empty()) key += ' ';
      key += w;
    }
    phrases[key] = head;
    phrase_heads.insert(words.front());
    longest_phrase = std::max(longest_phrase, words.size());
  }
}

ClaimContexts::ClaimContexts(std::string_view bytes, const std::vector<Sentence>* sentences,
                             const std::vector<Claim>& claims, const ContextLexicon& lex)
    : contexts_(claims.size()) {
  // Sentences to read: the segmenter's, or the whole text as one when there are none.
  std::vector<Span> spans;
  if (sentences && !sentences->empty()) {
    for (const Sentence& s : *sentences)
      if (s.span.start <= s.span.end && s.span.end <= bytes.size()) spans.push_back(s.span);
  } else {
    spans.push_back({0, static_cast<uint32_t>(bytes.size())});
  }
  // Claims per sentence, by position (sorted here: callers need not keep claims in text order).
  std::vector<uint32_t> order(claims.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return claims[a].span.start < claims[b].span.start; });
  size_t next = 0;
  std::unordered_set<std::string> seen;
  for (const Span& sp : spans) {
    ++sentence_count_;
    while (next < order.size() && claims[order[next]].span.start < sp.start) ++next;
    std::vector<uint32_t> figures, dates, lengths, counts, terms;
    std::vector<Span> skip;
    for (size_t k = next; k < order.size() && claims[order[k]].span.start < sp.end; ++k) {
      const Claim& c = claims[order[k]];
      const bool length = c.kind == ClaimKind::kTerm && c.value == "duration";
      const bool count = c.kind == ClaimKind::kTerm && c.value == "count";
      if (c.kind == ClaimKind::kTerm && !length && !count) {
        if (c.span.end <= sp.end && lex.term_anchors.count(c.value)) terms.push_back(order[k]);
        continue;
      }
      if (c.span.end > sp.end) continue;
      if (length || count) {
        // A length's or a count's words still speak for the figures and dates
        // beside it ("the year-earlier nine months"); only its own context leaves them out.
        (length ? lengths : counts).push_back(order[k]);
        continue;
      }
      skip.push_back({c.span.start - sp.start, c.span.end - sp.start});
      (c.kind == ClaimKind::kDate ? dates : figures).push_back(order[k]);
    }
    const std::string_view text = bytes.substr(sp.start, sp.size());
    // Words counted once per sentence, for rarity; words inside claims count here too.
    std::vector<Token> all = tokenize(text, lex);
    // Which words lie inside claims and which follow one (skip is sorted by
    // start), so that phrases join neither.
    size_t k = 0;
    bool gap = false;
    for (Token& t : all) {
      for (; k < skip.size() && skip[k].end <= t.start; ++k) gap = true;
      t.in_claim = k < skip.size() && skip[k].start <= t.start;
      if (!t.in_claim) t.after_gap = std::exchange(gap, false);
    }
    join_phrases(all, lex);
    seen.clear();
    for (const Token& t : all)
      if (!t.is_break && !t.stem.empty() && seen.insert(t.stem).second) ++df_[t.stem];
    if (figures.empty() && dates.empty() && lengths.empty() && counts.empty() && terms.empty()) continue;
    // The contexts' words: those outside claims.
    std::vector<Token> tokens;
    tokens.reserve(all.size());
    for (Token& t : all)
      if (!t.in_claim) tokens.push_back(std::move(t));
    for (const auto* anchors : {&figures, &dates, &lengths, &counts, &terms}) {
      if (anchors->empty()) continue;
      add_contexts(contexts_, tokens, *anchors, claims, sp.start);
    }
  }
}

const Context& ClaimContexts::of(uint32_t claim) const {
  static const Context kNone;
  return claim < contexts_.size() ? contexts_[claim] : kNone;
}

StemRarity::StemRarity(const ClaimContexts& a, const ClaimContexts& b)
    : a_(a), b_(b), n_(static_cast<double>(a.sentence_count() + b.sentence_count())) {}

double StemRarity::of(const std::string& stem) const {
  double df = 0;
  for (const ClaimContexts* d : {&a_, &b_})
    if (auto it = d->stem_sentences().find(stem); it != d->stem_sentences().end()) df += it->second;
  return std::log((n_ + 1) / (df + 0.5));
}

double context_overlap(const Context& a, const Context& b, const StemRarity& rarity, std::vector<std::string>* shared) {
  double total = 0;
  std::vector<std::pair<double, const std::string*>> parts;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      const double s = rarity.of(i->first) * std::min(i->second, j->second);
      total += s;
      if (shared) parts.emplace_back(s, &i->first);
      ++i, ++j;
    }
  }
  if (shared) {
    std::sort(parts.begin(), parts.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    shared->clear();
    for (const auto& p : parts) shared->push_back(*p.second);
  }
  return total;
}

}  // namespace claimcheck
