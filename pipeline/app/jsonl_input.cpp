#include "pipeline/app/jsonl_input.h"

#include <cstdint>

#include "pipeline/core/utf8.h"

namespace claimcheck {
namespace {

class FlatReader {
 public:
  explicit FlatReader(std::string_view s) : s_(s) {}

  std::optional<InputLine> read() {
    InputLine out;
    skip_space();
    if (!eat('{')) return std::nullopt;
    skip_space();
    if (eat('}')) return finish(out);
    for (;;) {
      std::string key, value;
      skip_space();
      if (!string(key)) return std::nullopt;
      skip_space();
      if (!eat(':')) return std::nullopt;
      skip_space();
      if (!string(value)) return std::nullopt;
      if (key == "id") out.id = std::move(value);
      else if (key == "text") out.text = std::move(value);
      else if (key == "published") out.published = std::move(value);
      skip_space();
      if (eat(',')) continue;
      if (eat('}')) return finish(out);
      return std::nullopt;
    }
  }

 private:
  std::optional<InputLine> finish(InputLine& out) {
    skip_space();
    if (pos_ != s_.size()) return std::nullopt;
    return std::move(out);
  }
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  // Four hex digits after "\u".
  bool hex4(uint32_t& v) {
    if (s_.size() - pos_ < 4) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }
  bool escape(std::string& out) {
    if (pos_ >= s_.size()) return false;
    switch (s_[pos_++]) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': {
        uint32_t cp;
        if (!hex4(cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate first
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          uint32_t low;
          if (!eat('\\') || !eat('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, static_cast<UChar32>(cp));
        return true;
      }
      default: return false;
    }
  }
  // A JSON string, decoded into `out`; runs of plain bytes are copied at once.
  bool string(std::string& out) {
    if (!eat('"')) return false;
    size_t run = pos_;
    while (pos_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        out.append(s_.data() + run, pos_ - run);
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        out.append(s_.data() + run, pos_ - run);
        ++pos_;
        if (!escape(out)) return false;
        run = pos_;
        continue;
      }
      if (c < 0x80) {
        ++pos_;
        continue;
      }
      const size_t n = utf8_sequence_length(s_, pos_);
      if (n == 0) return false;
      pos_ += n;
    }
    return false;  // unterminated
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

std::optional<InputLine> read_flat_line(std::string_view line) { return FlatReader(line).read(); }

}  // namespace claimcheck
