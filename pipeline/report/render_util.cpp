// Shared pieces of the Markdown and HTML renderers (see render_util.h).
#include "pipeline/report/render_util.h"

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <map>

#include "pipeline/core/utf8.h"

namespace claimcheck::report_detail {

void Tally::add(Verdict v) {
  switch (v) {
    case Verdict::kSupported: ++supported; break;
    case Verdict::kContradicted: ++contradicted; break;
    case Verdict::kUnverified: ++unverified; break;
    case Verdict::kInternal: ++internal; break;
  }
}

std::string source_name(const std::string& source, const std::string& file) { return source.empty() ? file : source; }

bool is_problem(Verdict v) { return v == Verdict::kContradicted || v == Verdict::kInternal; }

std::vector<ScorecardRow> scorecard(const ReportStory& s) {
  std::vector<ScorecardRow> rows;
  std::map<std::string, size_t> index;
  for (const auto& d : s.documents) {
    if (d.role != "coverage" || d.status == "retired") continue;
    index[d.file] = rows.size();
    rows.push_back({source_name(d.source, d.file), d.file, d.url, {}});
  }
  for (const auto& f : s.findings) {
    auto it = index.find(f.document);
    if (it == index.end()) {
      it = index.emplace(f.document, rows.size()).first;
      rows.push_back({source_name(f.source, f.document), f.document, f.url, {}});
    }
    rows[it->second].tally.add(f.verdict);
  }
  return rows;
}

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// A cut at byte i of `text` does not split a UTF-8 sequence.
bool on_boundary(const std::string& text, size_t i) {
  return i == 0 || i >= text.size() || !is_continuation(static_cast<unsigned char>(text[i]));
}

}  // namespace

Located locate_claim(const ReportSpan& s) {
  if (s.sentence.empty()) return {"", s.text, "", true};
  const std::string& text = s.sentence;
  // The offsets first: they say which occurrence is meant when the claim's text repeats.
  if (s.start >= s.sentence_start && s.end >= s.start && s.end - s.sentence_start <= text.size()) {
    const size_t a = s.start - s.sentence_start, b = s.end - s.sentence_start;
    if (on_boundary(text, a) && on_boundary(text, b) && b > a &&
        (s.text.empty() || text.compare(a, b - a, s.text) == 0))
      return {text.substr(0, a), text.substr(a, b - a), text.substr(b), true};
  }
  // Offsets that disagree with the text: the occurrence nearest to where they point.
  if (!s.text.empty()) {
    const long want = static_cast<long>(s.start) - static_cast<long>(s.sentence_start);
    size_t best = std::string::npos;
    for (size_t p = text.find(s.text); p != std::string::npos; p = text.find(s.text, p + 1))
      if (best == std::string::npos || std::labs(static_cast<long>(p) - want) < std::labs(static_cast<long>(best) - want))
        best = p;
    if (best != std::string::npos)
      return {text.substr(0, best), s.text, text.substr(best + s.text.size()), true};
  }
  return {text, "", "", false};
}

std::string valid_utf8(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    if (const size_t n = utf8_sequence_length(raw, i)) {
      out.append(raw.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";  // one per ill-formed byte
      ++i;
    }
  }
  return out;
}

std::string one_line(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

std::string md_escape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + 8);
  // Every ASCII punctuation character that can open or close markup in
  // CommonMark/GFM (including '$' for GitHub math and '|' for table cells).
  // Plain '.', ',', '-', ':', '(' stay readable: after a label they never start a list or a link.
  constexpr std::string_view special = "\\`*_{}[]<>#+!|~&$";
  const std::string text = valid_utf8(one_line(raw));
  auto alnum = [&](size_t i) { return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) != 0; };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // An underscore inside a word (file_name.txt) can neither open nor close
    // emphasis in CommonMark, so it stays unescaped and readable.
    const bool inner_underscore = c == '_' && i > 0 && alnum(i - 1) && alnum(i + 1);
    if (special.find(c) != std::string_view::npos && !inner_underscore) out += '\\';
    out += c;
  }
  return out;
}

std::string html_escape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + 16);
  for (char c : valid_utf8(raw)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

bool is_web_url(std::string_view url) {
  auto starts = [&](std::string_view p) {
    if (url.size() <= p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != p[i]) return false;
    return true;
  };
  if (!starts("https://") && !starts("http://")) return false;
  for (char c : url)
    if (static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') return false;
  return true;
}

}  // namespace claimcheck::report_detail
