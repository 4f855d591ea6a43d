// The flat reader of extract's input lines against nlohmann, which it must agree with.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "pipeline/app/jsonl_input.h"

namespace claimcheck {
namespace {

// nlohmann's reading of `line` as a flat object of strings, or nullopt.
std::optional<InputLine> reference(const std::string& line) {
  auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  InputLine out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it.value().is_string()) return std::nullopt;
    const std::string& v = it.value().get_ref<const std::string&>();
    if (it.key() == "id") out.id = v;
    if (it.key() == "text") out.text = v;
    if (it.key() == "published") out.published = v;
  }
  return out;
}

bool same(const InputLine& a, const InputLine& b) {
  return a.id == b.id && a.text == b.text && a.published == b.published;
}

TEST_CASE("read_flat_line reads flat string objects as nlohmann does") {
  const auto line = read_flat_line(
      R"( {"id": "d1", "text": "Caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t end", "published": "2026-01-02", "x": ""} )");
  REQUIRE(line);
  CHECK(*line->id == "d1");
  CHECK(*line->text == "Caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" \\ / \b\f\n\r\t end");
  CHECK(*line->published == "2026-01-02");

  const auto last = read_flat_line(R"({"text": "a", "text": "b"})");  // a repeated key keeps its last value
  REQUIRE(last);
  CHECK(*last->text == "b");
  CHECK_FALSE(last->id);
  CHECK(read_flat_line("{}"));
  CHECK(read_flat_line("{\"text\": \"\\u0000\"}")->text->size() == 1);
}

TEST_CASE("read_flat_line leaves everything else to nlohmann") {
  for (const char* bad : {"", "[]", "{", "{\"text\": 1}", "{\"text\": null}", "{\"id\": {\"a\": \"b\"}, \"text\": \"x\"}",
                          "{\"text\": \"x\"} trailing", "{\"text\": \"x\",}", "{\"text\": \"tab\there\"}",
                          "{\"text\": \"\\ud800\"}", "{\"text\": \"\\udc00\\ud800\"}", "{\"text\": \"\\x\"}",
                          "{\"text\": \"\\u12G4\"}", "{\"text\": \"\xC3\"}", "{\"text\": \"\xED\xA0\x80\"}",
                          "\xEF\xBB\xBF{\"text\": \"bom\"}", "{\"text\": \"unterminated}", "{text: \"x\"}"}) {
    CHECK_MESSAGE(!read_flat_line(bad), bad);
  }
}

TEST_CASE("read_flat_line never disagrees with nlohmann on random lines") {
  std::mt19937 rng(22112026);
  const char* pieces[] = {"{", "}", "\"", "\"text\"", "\"id\"", "\"published\"", ":", ",", " ", "\\", "\\n", "\\\"",
                          "\\u00e9", "\\ud83d", "\\ude00", "\\u0041", "a", "1", "null", "\xC3\xA9", "\xC3", "\xE2\x82",
                          "\x01", "\t", "[", "]"};
  const std::string skeletons[] = {R"({"text": "%"})", R"({"id": "%", "text": "%"})", R"({"text": "%", "published": "%"})"};
  int accepted = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string line;
    if (n % 2 == 0) {
      // Valid-looking lines with random string contents.
      for (char c : skeletons[rng() % 3]) {
        if (c != '%') {
          line += c;
          continue;
        }
        for (unsigned k = rng() % 6; k > 0; --k) {
          const std::string p = pieces[rng() % std::size(pieces)];
          if (p != "\"" && p != "{" && p != "}") line += p;
        }
      }
    } else {
      for (unsigned k = rng() % 12; k > 0; --k) line += pieces[rng() % std::size(pieces)];
    }
    const auto mine = read_flat_line(line);
    const auto ref = reference(line);
    if (mine) {
      ++accepted;
      REQUIRE_MESSAGE(ref, line);
      REQUIRE_MESSAGE(same(*mine, *ref), line);
    } else if (ref && line.rfind("\xEF\xBB\xBF", 0) != 0) {
      FAIL_CHECK("nlohmann reads a flat object the fast path refused: " << line);
    }
  }
  CHECK(accepted > 2000);  // the generator does reach the fast path
}

}  // namespace
}  // namespace claimcheck
