#include "pipeline/normalise/normalise.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "pipeline/core/utf8.h"

namespace claimcheck {

void OffsetMap::append(uint32_t norm_len, uint32_t orig_len, bool identity) {
  if (norm_len == 0 && orig_len == 0) return;
  if (identity && !pieces_.empty() && pieces_.back().identity) {
    pieces_.back().norm_len += norm_len;
    pieces_.back().orig_len += orig_len;
  } else {
    pieces_.push_back({norm_total_, orig_total_, norm_len, orig_len, identity});
  }
  norm_total_ += norm_len;
  orig_total_ += orig_len;
}

const OffsetMap::Piece& OffsetMap::piece_at(uint32_t pos) const {
  // The last piece starting at or before pos; deletions (norm_len 0) share
  // their norm_start with the piece after them, which therefore wins.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                             [](uint32_t p, const Piece& pc) { return p < pc.norm_start; });
  return *(it - 1);
}

Span OffsetMap::to_original(Span s) const {
  if (pieces_.empty()) return {0, 0};
  auto map_start = [&](uint32_t p) -> uint32_t {
    if (p >= norm_total_) return orig_total_;
    const Piece& pc = piece_at(p);
    return pc.identity ? pc.orig_start + (p - pc.norm_start) : pc.orig_start;
  };
  auto map_end = [&](uint32_t p) -> uint32_t {
    if (p == 0) return 0;
    if (p > norm_total_) p = norm_total_;
    const Piece& pc = piece_at(p - 1);
    return pc.identity ? pc.orig_start + (p - pc.norm_start) : pc.orig_start + pc.orig_len;
  };
  return {map_start(s.start), std::max(map_start(s.start), map_end(s.end))};
}

namespace {

constexpr UChar32 kReplacement = 0xFFFD;

bool is_ascii_punct(unsigned char c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
         (c >= 0x7B && c <= 0x7E);
}

bool is_vulgar_fraction(UChar32 c) { return (c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x215E) || c == 0x2189; }

// Code points dropped before normalisation: invisible format characters that
// only split words for matching (BOM/ZWNBSP, soft hyphen, zero-width space,
// word joiner, directional marks). ZWJ/ZWNJ stay: they change rendering.
bool is_invisible(UChar32 c) {
  return c == 0xFEFF || c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0x200E || c == 0x200F;
}

// Typographic folding applied to NFKC output; returns nullptr to keep `c`.
const char* fold(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:  // single curly quotes
    case 0x2032: case 0x2035:                            // primes
    case 0x2039: case 0x203A:                            // single angle quotes
    case 0x02BC:                                         // modifier letter apostrophe
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:  // double curly quotes
    case 0x2033: case 0x2036:                            // double primes
    case 0x00AB: case 0x00BB:                            // guillemets
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:  // hyphen, nb hyphen, figure/en dash
    case 0x2014: case 0x2015: case 0x2212:               // em dash, bar, minus sign
    case 0x2E3A: case 0x2E3B: case 0xFE58:               // two/three-em dash, small em dash
      return "-";
    case 0x2044: case 0x2215:  // fraction slash, division slash
      return "/";
    default:
      break;
  }
  if (c != ' ' && u_charType(c) == U_SPACE_SEPARATOR) return " ";
  return nullptr;
}

struct Counter {
  uint32_t count = 0;
  uint32_t first = 0;
  void add(uint32_t at, uint32_t n = 1) {
    if (count == 0) first = at;
    count += n;
  }
};

// Builds the output one normalisation segment at a time: a segment starts at
// a code point with a normalisation boundary before it and runs to the next
// one, so NFKC never needs context beyond it.
class Builder {
 public:
  Builder(std::string_view in, const icu::Normalizer2& norm, bool fold_case, NormalisedText& out)
      : in_(in), norm_(norm), fold_case_(fold_case), out_(out) {}

  // A code point that came from in_[orig_start, orig_end); `changed` when it
  // is not what those bytes spell (a replacement, a converted line end).
  void code_point(UChar32 c, uint32_t orig_start, uint32_t orig_end, bool changed) {
    if (!seg_.empty() && norm_.hasBoundaryBefore(c)) flush();
    if (seg_.empty()) seg_start_ = orig_start;
    seg_.push_back(c);
    seg_end_ = orig_end;
    seg_changed_ = seg_changed_ || changed;
    seg_ascii_ = seg_ascii_ && c < 0x80 && !(fold_case_ && c >= 'A' && c <= 'Z');
  }

  // Bytes [start, end) of printable ASCII, tab or LF (no backslash; with
  // case folding, no capitals): NFKC-stable and their own fold, copied as is.
  // The caller keeps the run's last byte back (code_point) in case a combining
  // mark follows it.
  void ascii_run(uint32_t start, uint32_t end) {
    flush();
    out_.text.append(in_.substr(start, end - start));
    out_.map.append(end - start, end - start, true);
  }
  void drop(uint32_t orig_start, uint32_t orig_end) {
    flush();
    out_.map.append(0, orig_end - orig_start, false);
  }

  void flush() {
    if (seg_.empty()) return;
    const uint32_t orig_len = seg_end_ - seg_start_;
    if (seg_ascii_ && !seg_changed_) {
      // ASCII is NFKC-stable and folds to itself: the common case, no ICU call.
      out_.text.append(in_.substr(seg_start_, orig_len));
      out_.map.append(orig_len, orig_len, true);
    } else {
      const size_t before = out_.text.size();
      emit_normalised();
      const auto norm_len = static_cast<uint32_t>(out_.text.size() - before);
      const bool same = !seg_changed_ && norm_len == orig_len &&
                        std::string_view(out_.text).substr(before) == in_.substr(seg_start_, orig_len);
      out_.map.append(norm_len, orig_len, same);
    }
    seg_.clear();
    seg_changed_ = false;
    seg_ascii_ = true;
  }

 private:
  void emit_normalised() {
    icu::UnicodeString src;
    for (UChar32 c : seg_) src.append(c);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString dst = norm_.normalize(src, status);
    if (U_FAILURE(status)) dst = src;  // cannot happen for valid input; keep the text rather than lose it
    const bool fraction = is_vulgar_fraction(seg_.front());
    if (fraction && !out_.text.empty() && out_.text.back() >= '0' && out_.text.back() <= '9') out_.text += ' ';
    for (int32_t i = 0; i < dst.length();) {
      const UChar32 c = dst.char32At(i);
      i += U16_LENGTH(c);
      if (const char* f = fold(c)) {
        out_.text += f;
      } else {
        append_utf8(out_.text, c);
      }
    }
  }

  std::string_view in_;
  const icu::Normalizer2& norm_;
  bool fold_case_;
  NormalisedText& out_;
  std::vector<UChar32> seg_;
  uint32_t seg_start_ = 0, seg_end_ = 0;
  bool seg_changed_ = false;
  bool seg_ascii_ = true;
};

std::string counted(uint32_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

NormalisedText normalise(std::string_view bytes, const NormaliseOptions& options) {
  NormalisedText out;
  out.text.reserve(bytes.size());
  if (bytes.size() > UINT32_MAX / 2) {
    // Spans are 32-bit; such a document cannot be mapped. Keep nothing rather than wrap.
    out.warnings.push_back("document larger than 2 GiB; not processed");
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = options.fold_case ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                                   : icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || norm == nullptr) {
    out.text.assign(bytes);
    out.map.append(static_cast<uint32_t>(bytes.size()), static_cast<uint32_t>(bytes.size()), true);
    out.warnings.push_back(std::string("ICU normaliser unavailable (") + u_errorName(status) + "); text left as is");
    return out;
  }

  Builder b(bytes, *norm, options.fold_case, out);
  Counter invalid, controls, crlf, lone_cr;
  bool bom = false;
  bool escaped = false;  // the previous code point was a dropped markdown backslash
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      // A run of plain ASCII goes in one copy; per byte, each would be its own
      // normalisation segment (most of this function's time on news text).
      const auto plain = [&](uint8_t c) {
        return ((c >= 0x20 && c < 0x7F && c != '\\') || c == '\n' || c == '\t') &&
               !(options.fold_case && c >= 'A' && c <= 'Z');
      };
      int32_t j = i;
      while (j < length && plain(s[j])) ++j;
      if (j - i >= 2) {
        b.ascii_run(static_cast<uint32_t>(i), static_cast<uint32_t>(j - 1));
        i = j - 1;  // the last byte goes through code_point below
      }
    }
    const auto start = static_cast<uint32_t>(i);
    const uint8_t byte = s[i];
    if (byte < 0x80) {
      ++i;
      const bool was_escaped = escaped;
      escaped = false;
      if (byte == '\r') {
        if (i < length && s[i] == '\n') {
          crlf.add(start);
          b.drop(start, start + 1);  // the LF that follows is kept as is
        } else {
          lone_cr.add(start);
          b.code_point('\n', start, start + 1, true);
        }
      } else if (byte == '\v' || byte == '\f') {
        b.code_point('\n', start, start + 1, true);
      } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
        controls.add(start);
        b.drop(start, start + 1);
      } else if (byte == '\\' && !was_escaped && i < length && is_ascii_punct(s[i])) {
        escaped = true;
        b.drop(start, start + 1);
      } else {
        b.code_point(byte, start, start + 1, false);
      }
      continue;
    }
    escaped = false;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    const auto end = static_cast<uint32_t>(i);
    if (c < 0) {
      invalid.add(start, end - start);
      b.code_point(kReplacement, start, end, true);
    } else if (c == 0xFEFF && start == 0) {
      bom = true;
      b.drop(start, end);
    } else if (is_invisible(c)) {
      b.drop(start, end);
    } else if (c == 0x85 || c == 0x2028 || c == 0x2029) {
      b.code_point('\n', start, end, true);
    } else if (c >= 0x80 && c < 0xA0) {
      controls.add(start);
      b.drop(start, end);
    } else {
      b.code_point(c, start, end, false);
    }
  }
  b.flush();

  if (bom) out.warnings.push_back("UTF-8 byte order mark dropped");
  if (invalid.count)
    out.warnings.push_back(counted(invalid.count, "invalid UTF-8 byte", "invalid UTF-8 bytes") +
                           " replaced (first at byte " + std::to_string(invalid.first) + ")");
  if (crlf.count)
    out.warnings.push_back(counted(crlf.count, "CRLF line end", "CRLF line ends") + " converted to LF (first at byte " +
                           std::to_string(crlf.first) + ")");
  if (lone_cr.count)
    out.warnings.push_back(counted(lone_cr.count, "lone CR", "lone CRs") + " converted to LF (first at byte " +
                           std::to_string(lone_cr.first) + ")");
  if (controls.count)
    out.warnings.push_back(counted(controls.count, "control character", "control characters") +
                           " removed (first at byte " + std::to_string(controls.first) + ")");
  return out;
}

}  // namespace claimcheck
