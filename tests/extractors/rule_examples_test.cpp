// Runs the examples every rule carries in extractors/rules/*.json: each
// "examples" entry must yield a claim of the file's kind from that rule with
// the expected value and attrs (an attribute wanted as null must be absent,
// the counter-example of a hedge); each "not" text must yield no claim of that
// kind whose rule id shares the file's prefix ("term.", "duration.", "count.":
// terms, lengths and counts are all of kind term).
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>

#include "pipeline/app/document_pipeline.h"
#include "tests/test_resources.h"

namespace claimcheck {
namespace {

const Resources& resources() { return testing::shipped_resources(); }

bool value_matches(const Claim& c, const nlohmann::json& want) {
  if (want.is_number()) {
    const double w = want.get<double>();
    return std::fabs(c.number - w) <= 1e-9 * std::max(1.0, std::fabs(w));
  }
  return want.is_string() && c.value == want.get<std::string>();
}

// An attribute wanted as null must be absent: {"approx": null} is a figure no hedge bounds.
bool attrs_match(const Claim& c, const nlohmann::json& want) {
  for (auto it = want.begin(); it != want.end(); ++it) {
    if (it.value().is_null()) {
      if (c.attrs.contains(it.key())) return false;
      continue;
    }
    if (!c.attrs.contains(it.key()) || c.attrs[it.key()] != it.value()) return false;
  }
  return true;
}

std::string describe(const std::vector<Claim>& claims) {
  std::string s;
  for (const auto& c : claims) {
    s += "\n  " + std::string(to_string(c.kind)) + " '" + c.text + "' value=" +
         (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent ? std::to_string(c.number) : c.value) +
         " rule=" + c.rule + " attrs=" + c.attrs.dump();
  }
  return s.empty() ? " (no claims)" : s;
}

}  // namespace

TEST_CASE("every rule's examples match and its counter-examples do not") {
  auto book = RuleBook::embedded();
  REQUIRE(book.ok());
  size_t examples_run = 0;
  for (const auto& file : book->files()) {
    const auto& j = file.json;
    if (!j.contains("rules") || !j.contains("kind")) continue;
    const auto kind = claim_kind_from_string(j["kind"].get<std::string>());
    if (!kind) continue;  // e.g. segment.json has no claim kind
    const auto file_published = j.contains("published") ? parse_iso_date(j["published"].get<std::string>())
                                                        : std::optional<CivilDate>{};
    std::set<std::string> prefixes;  // "term", "duration", ...
    for (const auto& rule : j["rules"]) {
      const std::string id = rule.value("id", "");
      prefixes.insert(id.substr(0, id.find('.')));
    }
    auto of_file = [&](const Claim& c) { return prefixes.count(c.rule.substr(0, c.rule.find('.'))) > 0; };
    for (const auto& rule : j["rules"]) {
      const std::string id = rule.value("id", "");
      CAPTURE(file.name);
      CAPTURE(id);
      CHECK_MESSAGE(rule.contains("examples"), "rule without examples is unfinished");
      for (const auto& ex : rule.value("examples", nlohmann::json::array())) {
        const std::string text = ex.at("text").get<std::string>();
        auto published = file_published;
        if (ex.contains("published")) published = parse_iso_date(ex["published"].get<std::string>());
        const auto pd = process_document(text, published, resources());
        bool found = false;
        for (const auto& c : pd.claims) {
          if (c.kind != *kind || c.rule != id) continue;
          if (ex.contains("value") && !value_matches(c, ex["value"])) continue;
          if (ex.contains("match") && c.text != ex["match"].get<std::string>()) continue;
          if (ex.contains("currency") && c.currency != ex["currency"].get<std::string>()) continue;
          if (ex.contains("attrs") && !attrs_match(c, ex["attrs"])) continue;
          found = true;
        }
        CHECK_MESSAGE(found, "example '" << text << "' expected " << ex.dump() << ", got" << describe(pd.claims));
        ++examples_run;
      }
      for (const auto& neg : rule.value("not", nlohmann::json::array())) {
        const std::string text = neg.get<std::string>();
        const auto pd = process_document(text, file_published, resources());
        std::vector<Claim> same_kind;
        for (const auto& c : pd.claims)
          if (c.kind == *kind && of_file(c)) same_kind.push_back(c);
        CHECK_MESSAGE(same_kind.empty(), "counter-example '" << text << "' produced" << describe(same_kind));
      }
    }
  }
  MESSAGE(examples_run << " rule examples run");
}

}  // namespace claimcheck
