// The claim line writer against nlohmann::json, which it must equal byte for byte.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "pipeline/app/claim_json.h"

namespace claimcheck {
namespace {

// What extract wrote before the direct writer: a JSON tree, dumped.
std::string reference_line(std::string_view doc, const Claim& c, std::string_view sentence, const Span* span) {
  nlohmann::json j;
  j["doc"] = doc;
  j["kind"] = to_string(c.kind);
  j["start"] = c.span.start;
  j["end"] = c.span.end;
  j["text"] = c.text;
  if (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent) {
    j["value"] = c.number;
    if (c.kind == ClaimKind::kMoney && !c.currency.empty()) j["currency"] = c.currency;
  } else {
    j["value"] = c.value;
  }
  for (auto it = c.attrs.begin(); it != c.attrs.end(); ++it)
    if (!j.contains(it.key())) j[it.key()] = it.value();
  j["rule"] = c.rule;
  if (!sentence.empty()) j["sentence"] = sentence;
  if (span) j["sentence_span"] = {span->start, span->end};
  return dump_json(j);
}

std::string direct_line(std::string_view doc, const Claim& c, std::string_view sentence, const Span* span) {
  std::string out;
  append_claim_json(out, doc, c, sentence, span);
  return out;
}

TEST_CASE("append_json_string writes what nlohmann writes, invalid UTF-8 included") {
  const char* cases[] = {"", "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\x01\x1f\x7f",
                         "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80", "\xC3", "\xE2\x80", "\xF0\x9F\x98",
                         "a\x80" "b", "\xC0\xAF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF\xFE",
                         "\xE2\x28\xA1", "ok\xE2\x82"};
  for (const char* c : cases) {
    std::string mine;
    append_json_string(mine, c);
    CHECK_MESSAGE(mine == dump_json(nlohmann::json(std::string(c))), c);
  }
  // Random bytes weighted toward the awkward ones.
  std::mt19937 rng(20261122);
  const unsigned char alphabet[] = {'a', ' ', '"', '\\', '\n', 0x01, 0x7f, 0x80, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0,
                                    0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x90, 0x8F};
  for (int n = 0; n < 20000; ++n) {
    std::string s(rng() % 12, ' ');
    for (auto& ch : s) ch = static_cast<char>(alphabet[rng() % sizeof alphabet]);
    std::string mine;
    append_json_string(mine, s);
    REQUIRE(mine == dump_json(nlohmann::json(s)));
  }
}

TEST_CASE("append_claim_json orders keys as a JSON object does, fixed fields over attrs") {
  Claim date;
  date.kind = ClaimKind::kDate;
  date.span = {10, 24};
  date.text = "March 3, 2026";
  date.value = "2026-03-03";
  date.rule = "date.month_day_year";
  date.attrs = {{"type", "DATE"}, {"bound", "until"}, {"value", "overridden?"}, {"rule", "no"}, {"zzz", {1, 2}}};
  const Span span{0, 40};
  CHECK(direct_line("d1", date, "On March 3, 2026 it \"closed\".", &span) ==
        reference_line("d1", date, "On March 3, 2026 it \"closed\".", &span));
  CHECK(direct_line("d1", date, "", nullptr) == reference_line("d1", date, "", nullptr));

  Claim money;
  money.kind = ClaimKind::kMoney;
  money.span = {0, 12};
  money.text = "$13 billion";
  money.number = 13e9;
  money.currency = "USD";
  money.rule = "money.amount_scale";
  money.attrs = {{"approx", true}, {"currency", "EUR"}, {"sentence", "attr sentence"}, {"a", nullptr}};
  CHECK(direct_line("x\xFFy", money, "", &span) == reference_line("x\xFFy", money, "", &span));
  CHECK(direct_line("x", money, "s\x80", nullptr) == reference_line("x", money, "s\x80", nullptr));

  Claim percent;
  percent.kind = ClaimKind::kPercent;
  percent.text = "12.5%";
  percent.number = 12.5;
  percent.currency = "USD";  // never written for a percent
  percent.rule = "percent.plain";
  percent.attrs = {{"currency", "from attrs"}, {"sentence_span", "attr"}, {"range", {{"lo", 1.0 / 3}, {"hi", 1e300}}}};
  CHECK(direct_line("p", percent, "", nullptr) == reference_line("p", percent, "", nullptr));
  CHECK(direct_line("p", percent, "", &span) == reference_line("p", percent, "", &span));

  Claim bare;  // no attrs at all, and a null attrs value
  bare.kind = ClaimKind::kTerm;
  bare.attrs = nlohmann::json();
  CHECK(direct_line("", bare, "", nullptr) == reference_line("", bare, "", nullptr));
}

}  // namespace
}  // namespace claimcheck
