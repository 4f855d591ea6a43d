#include "pipeline/compare/figure_context.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace claimcheck {
namespace {

bool is_figure(const Claim& c) { return c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent; }

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
  std::string stem;  // words only; empty for stopwords
};

// The words and phrase breaks of `sentence`, skipping the bytes of `skip`
// (spans relative to the sentence, sorted).
std::vector<Token> tokenize(std::string_view sentence, const std::vector<Span>& skip, const ContextLexicon& lex) {
  std::vector<Token> out;
  size_t k = 0;
  for (size_t i = 0; i < sentence.size();) {
    while (k < skip.size() && skip[k].end <= i) ++k;
    if (k < skip.size() && skip[k].start <= i) {
      i = skip[k].end;
      continue;
    }
    const char c = sentence[i];
    const Punct p = typographic(sentence, i);
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || p == Punct::kDash ||
        (c == '-' && i > 0 && sentence[i - 1] == ' ' && i + 1 < sentence.size() && sentence[i + 1] == ' ')) {
      out.push_back({true, {}});
      i += p == Punct::kDash ? 3 : 1;
      continue;
    }
    if (!is_letter_at(sentence, i)) {
      i += p == Punct::kNone ? 1 : 3;
      continue;
    }
    size_t j = i;
    while (j < sentence.size() && (k >= skip.size() || j < skip[k].start)) {
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
    std::string low(word);
    for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lex.breaks.count(low)) out.push_back({true, {}});
    else out.push_back({false, lex.stem(word)});
    i = j;
  }
  return out;
}

// Nearer words say more: a word d words away from its figure weighs 1 / (1 + d/3).
float nearness(size_t d, float base) { return base / (1.0f + static_cast<float>(d) / 3.0f); }

void add_word(std::map<std::string, float>& ctx, const std::string& stem, size_t d, float base = 1.0f) {
  if (stem.empty()) return;
  float& w = ctx[stem];
  w = std::max(w, nearness(d, base));
}

}  // namespace

std::string ContextLexicon::stem(std::string_view word) const {
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
  if (auto it = synonyms.find(s); it != synonyms.end()) s = it->second;
  if (s.size() < 2 || stopwords.count(s)) return {};
  return s;
}

FigureContexts::FigureContexts(std::string_view bytes, const std::vector<Sentence>* sentences,
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
  for (const Span& sp : spans) {
    ++sentence_count_;
    while (next < order.size() && claims[order[next]].span.start < sp.start) ++next;
    std::vector<uint32_t> figures;
    std::vector<Span> skip;
    for (size_t k = next; k < order.size() && claims[order[k]].span.start < sp.end; ++k) {
      const Claim& c = claims[order[k]];
      if (c.kind == ClaimKind::kTerm || c.span.end > sp.end) continue;
      skip.push_back({c.span.start - sp.start, c.span.end - sp.start});
      if (is_figure(c)) figures.push_back(order[k]);
    }
    const std::string_view text = bytes.substr(sp.start, sp.size());
    // Words counted once per sentence, for rarity.
    std::unordered_set<std::string> seen;
    for (const Token& t : tokenize(text, {}, lex))
      if (!t.is_break && !t.stem.empty() && seen.insert(t.stem).second) ++df_[t.stem];
    if (figures.empty()) continue;

    // Split the tokens at the figures: part 0 before the first, part i between
    // figure i-1 and i, the last after the last figure.
    std::vector<std::vector<Token>> parts(figures.size() + 1);
    {
      size_t f = 0, prev = 0;
      for (; f <= figures.size(); ++f) {
        const size_t end = f < figures.size() ? claims[figures[f]].span.start - sp.start : text.size();
        std::vector<Span> inner;
        for (const Span& s : skip)
          if (s.start >= prev && s.end <= end) inner.push_back({s.start - static_cast<uint32_t>(prev), s.end - static_cast<uint32_t>(prev)});
        if (end > prev) parts[f] = tokenize(text.substr(prev, end - prev), inner, lex);
        if (f < figures.size()) prev = claims[figures[f]].span.end - sp.start;
      }
    }
    std::vector<std::map<std::string, float>> ctx(figures.size());
    // Every word of the sentence counts a little for each of its figures.
    for (const auto& part : parts)
      for (const Token& t : part)
        if (!t.is_break)
          for (auto& m : ctx) add_word(m, t.stem, 0, 0.25f);
    // Before the first figure: all of it, nearest first.
    {
      size_t d = 0;
      for (auto it = parts[0].rbegin(); it != parts[0].rend(); ++it)
        if (!it->is_break) add_word(ctx[0], it->stem, d++);
    }
    // Between figures: up to the first break to the left figure, the rest to the right one.
    for (size_t f = 1; f < figures.size(); ++f) {
      const auto& mid = parts[f];
      const size_t brk = static_cast<size_t>(std::find_if(mid.begin(), mid.end(), [](const Token& t) { return t.is_break; }) - mid.begin());
      for (size_t i = 0, d = 0; i < brk; ++i) add_word(ctx[f - 1], mid[i].stem, d++);
      size_t d = 0;
      for (size_t i = mid.size(); i > brk; --i)
        if (!mid[i - 1].is_break) add_word(ctx[f], mid[i - 1].stem, d++);
    }
    // After the last figure: up to the first break.
    {
      size_t d = 0;
      for (const Token& t : parts.back()) {
        if (t.is_break) break;
        add_word(ctx.back(), t.stem, d++);
      }
    }
    for (size_t f = 0; f < figures.size(); ++f) contexts_[figures[f]].assign(ctx[f].begin(), ctx[f].end());
  }
}

const Context& FigureContexts::of(uint32_t claim) const {
  static const Context kNone;
  return claim < contexts_.size() ? contexts_[claim] : kNone;
}

StemRarity::StemRarity(const FigureContexts& a, const FigureContexts& b)
    : a_(a), b_(b), n_(static_cast<double>(a.sentence_count() + b.sentence_count())) {}

double StemRarity::of(const std::string& stem) const {
  double df = 0;
  for (const FigureContexts* d : {&a_, &b_})
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
