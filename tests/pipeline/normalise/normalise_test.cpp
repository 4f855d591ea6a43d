#include <doctest/doctest.h>

#include <random>
#include <string>

#include <unicode/utf8.h>

#include "pipeline/normalise/normalise.h"

namespace claimcheck {
namespace {

// The original bytes that produced normalised bytes [start, end).
std::string orig_of(const NormalisedText& n, std::string_view bytes, uint32_t start, uint32_t end) {
  const Span s = n.map.to_original({start, end});
  return std::string(bytes.substr(s.start, s.size()));
}

// The original bytes behind the first occurrence of `needle` in the normalised text.
std::string orig_of(const NormalisedText& n, std::string_view bytes, std::string_view needle) {
  const size_t at = n.text.find(needle);
  REQUIRE(at != std::string::npos);
  return orig_of(n, bytes, static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size()));
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto len = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < len;) {
    UChar32 c = 0;
    U8_NEXT(p, i, len, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("plain ASCII passes through as one identity piece") {
  const std::string in = "Microsoft retains a license until 2032.\n\nNew paragraph\there.";
  const auto n = normalise(in);
  CHECK(n.text == in);
  CHECK(n.warnings.empty());
  CHECK(n.map.piece_count() == 1);
  CHECK(n.map.to_original({10, 17}) == Span{10, 17});
  CHECK(n.map.original_size() == in.size());
}

TEST_CASE("a leading BOM is dropped and reported; offsets still point into the original") {
  const std::string in = "\xEF\xBB\xBFHello world";
  const auto n = normalise(in);
  CHECK(n.text == "Hello world");
  REQUIRE(n.warnings.size() == 1);
  CHECK(n.warnings[0] == "UTF-8 byte order mark dropped");
  CHECK(n.map.to_original({6, 11}) == Span{9, 14});
  CHECK(orig_of(n, in, "Hello") == "Hello");
}

TEST_CASE("CRLF and lone CR become LF; CRLF is reported") {
  const std::string in = "one\r\ntwo\rthree\r\n";
  const auto n = normalise(in);
  CHECK(n.text == "one\ntwo\nthree\n");
  REQUIRE(n.warnings.size() == 2);
  CHECK(n.warnings[0] == "2 CRLF line ends converted to LF (first at byte 3)");
  CHECK(n.warnings[1] == "1 lone CR converted to LF (first at byte 8)");
  CHECK(orig_of(n, in, "two") == "two");
  CHECK(orig_of(n, in, "three") == "three");
  CHECK(n.map.to_original({0, static_cast<uint32_t>(n.text.size())}) == Span{0, static_cast<uint32_t>(in.size())});
}

TEST_CASE("invalid UTF-8 becomes U+FFFD per maximal subpart and is reported") {
  const std::string in = "a\xFF" "b\xE2\x82" "c\xED\xA0\x80" "d";  // stray byte, truncated euro sign, surrogate
  const auto n = normalise(in);
  CHECK(valid_utf8(n.text));
  CHECK(n.text.find("a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c") == 0);
  CHECK(n.text.back() == 'd');
  REQUIRE(n.warnings.size() == 1);
  CHECK(n.warnings[0] == "6 invalid UTF-8 bytes replaced (first at byte 1)");
  CHECK(orig_of(n, in, 1, 4) == "\xFF");
  CHECK(orig_of(n, in, 5, 8) == "\xE2\x82");
  CHECK(orig_of(n, in, "d") == "d");
}

TEST_CASE("typographic quotes, dashes and spaces fold to ASCII with exact offsets") {
  const std::string in = "It\u2019s \u201Cfine\u201D \u2014 2019\u20132023, first\u2011access, \u22122.8%, 5\u00A0billion";
  const auto n = normalise(in);
  CHECK(n.text == "It's \"fine\" - 2019-2023, first-access, -2.8%, 5 billion");
  CHECK(orig_of(n, in, "2019-2023") == "2019\u20132023");
  CHECK(orig_of(n, in, "2023") == "2023");
  CHECK(orig_of(n, in, "\"fine\"") == "\u201Cfine\u201D");
  CHECK(orig_of(n, in, "-2.8%") == "\u22122.8%");
  CHECK(orig_of(n, in, "5 billion") == "5\u00A0billion");
  CHECK(n.warnings.empty());
}

TEST_CASE("NFKC: ligatures, full-width digits, ellipsis, composed accents") {
  const std::string in = "\uFB01nance \uFF11\uFF12\uFF13 wait\u2026 cafe\u0301 \u00BD 2\u00BD";
  const auto n = normalise(in);
  CHECK(n.text == "finance 123 wait... caf\u00E9 1/2 2 1/2");
  CHECK(orig_of(n, in, "123") == "\uFF11\uFF12\uFF13");
  CHECK(orig_of(n, in, "caf\u00E9") == "cafe\u0301");
  CHECK(orig_of(n, in, "2 1/2") == "2\u00BD");
}

TEST_CASE("markdown backslash escapes lose their backslash, other backslashes stay") {
  const std::string in = "long\\-term clarity\\. a\\\\b C:\\path \\\\\\*";
  const auto n = normalise(in);
  CHECK(n.text == "long-term clarity. a\\b C:\\path \\*");
  CHECK(orig_of(n, in, "long-term") == "long\\-term");
  CHECK(orig_of(n, in, "clarity.") == "clarity\\.");
  // A span starting right after a dropped backslash does not take the backslash in.
  CHECK(orig_of(n, in, "-term") == "-term");
}

TEST_CASE("invisible format characters and controls are removed") {
  const std::string in = "non\u00ADexclusive zero\u200Bwidth\x01 bell\x07";
  const auto n = normalise(in);
  CHECK(n.text == "nonexclusive zerowidth bell");
  CHECK(orig_of(n, in, "nonexclusive") == "non\u00ADexclusive");
  REQUIRE(n.warnings.size() == 1);
  CHECK(n.warnings[0] == "2 control characters removed (first at byte 27)");
}

TEST_CASE("fold_case applies full case folding") {
  const std::string in = "Stra\u00DFe \u00C9T\u00C9 OpenAI";
  const auto n = normalise(in, {.fold_case = true});
  CHECK(n.text == "strasse \u00E9t\u00E9 openai");
  CHECK(orig_of(n, in, "openai") == "OpenAI");
  CHECK(orig_of(n, in, "strasse") == "Stra\u00DFe");
}

TEST_CASE("empty and fully dropped inputs") {
  CHECK(normalise("").text.empty());
  const auto n = normalise("\xEF\xBB\xBF");
  CHECK(n.text.empty());
  CHECK(n.map.original_size() == 3);
  CHECK(n.map.to_original({0, 0}).empty());
}

TEST_CASE("random byte soup: valid output, complete monotonic map") {
  const std::vector<std::string> palette = {"a", "Z", " ", "\n", "\r\n", "\r", "\\", "\\-", ".", "7",
                                            "\u2019", "\u201C", "\u2013", "\u00A0", "\uFB01", "\u0301",
                                            "\u00BD", "\xEF\xBB\xBF", "\xFF", "\xE2\x82", "\xC3", "\t",
                                            "\u00AD", "\x01", "\u00DF", "\u0130", "\uFF21", "\U0001F600"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    std::string in;
    const int pieces = static_cast<int>(rng() % 40);
    for (int k = 0; k < pieces; ++k) in += palette[rng() % palette.size()];
    for (const bool fold_case : {false, true}) {
      CAPTURE(in);
      const auto n = normalise(in, {.fold_case = fold_case});
      REQUIRE(valid_utf8(n.text));
      REQUIRE(n.map.normalised_size() == n.text.size());
      REQUIRE(n.map.original_size() == in.size());
      uint32_t last_start = 0;
      for (uint32_t p = 0; p < n.text.size(); ++p) {
        const Span o = n.map.to_original({p, p + 1});
        REQUIRE(o.end <= in.size());
        REQUIRE(o.start >= last_start);
        last_start = o.start;
        // Plain ASCII letters that came through unchanged point at themselves.
        if (!fold_case && (n.text[p] == 'a' || n.text[p] == 'Z')) CHECK(in[o.start] == n.text[p]);
      }
    }
  }
}

}  // namespace claimcheck
