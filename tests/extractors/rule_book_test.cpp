// The rule book: the shape every rule file shares is checked at load, so a
// misplaced entry is reported by file and position.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "extractors/rule_book.h"

namespace claimcheck {
namespace {

TEST_CASE("the embedded rule files load, each rule an object with an id") {
  auto rules = RuleBook::embedded();
  REQUIRE(rules.ok());
  for (const auto& f : rules->files()) {
    CAPTURE(f.name);
    if (!f.json.contains("rules")) continue;
    for (const auto& r : f.json["rules"]) CHECK(r.contains("id"));
  }
}

TEST_CASE("a misplaced entry in a rule file is one error naming the file, the rule and the problem") {
  auto overlay_error = [](const char* overlay) {
    auto rules = RuleBook::embedded();
    REQUIRE(rules.ok());
    const size_t before = rules->file("money.json")->at("rules").size();
    const Status st = rules->add_overlay("corpus/story/rules.json", nlohmann::json::parse(overlay));
    REQUIRE_FALSE(st.ok());
    CHECK(rules->file("money.json")->at("rules").size() == before);  // the file is left as it was
    return st.error().str();
  };
  // A counter-example outside its rule's "not" list.
  std::string e = overlay_error(R"({"money": {"rules": ["$5 million"]}})");
  CHECK(e.find("corpus/story/rules.json (key 'money')") == 0);
  CHECK(e.find("is a string, not a rule object") != std::string::npos);
  CHECK(e.find("rules[5]") != std::string::npos);
  CHECK(e.find('\n') == std::string::npos);
  e = overlay_error(R"({"money": {"rules": [{"form": "prefix"}]}})");
  CHECK(e.find("has no \"id\" string") != std::string::npos);
  e = overlay_error(R"({"money": {"rules": [{"id": "money.x", "not": "5 apples"}]}})");
  CHECK(e.find("('money.x'): \"not\" is a string, not an array") != std::string::npos);
  e = overlay_error(R"({"money": {"rules": {"id": "money.x"}}})");
  CHECK(e.find("\"rules\" is an object, not an array") != std::string::npos);
}

}  // namespace
}  // namespace claimcheck
