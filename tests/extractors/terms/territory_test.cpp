// Territory: places named around a term's trigger, with the regions they lie in.
#include "extractors/terms/territory.h"

#include <doctest/doctest.h>

#include <string>

namespace claimcheck {
namespace {

const nlohmann::json kPlaces = nlohmann::json::parse(R"({
  "world": ["worldwide", "global"],
  "places": [
    {"id": "japan", "names": ["Japan"], "in": ["east_asia"]},
    {"id": "south_korea", "names": ["South Korea", "Korea"], "in": ["east_asia"]},
    {"id": "taiwan", "names": ["Taiwan"], "in": ["east_asia"]},
    {"id": "oman", "names": ["Oman"], "in": []},
    {"id": "united_states", "names": ["United States", "US", "U.S."], "in": []},
    {"id": "jordan", "names": ["Jordan"], "in": [], "ambiguous": true}
  ],
  "regions": [
    {"id": "east_asia", "names": ["East Asia"], "in": ["asia"]},
    {"id": "asia", "names": ["Asia"], "in": []}
  ]
})");

Territory make() {
  auto t = Territory::build(kPlaces, {"excluding", "based in"}, {", non-"});
  REQUIRE(t.ok());
  return std::move(t.value());
}

// The ids the text names around the word `trigger`.
std::string ids(const Territory& t, const std::string& text, const std::string& trigger) {
  const size_t at = text.find(trigger);
  REQUIRE(at != std::string::npos);
  std::string out;
  for (const auto& place : t.places_in(text, at, at + trigger.size())) out += place[0].get<std::string>() + " ";
  return out;
}

TEST_CASE("places come with the regions they lie in, nearest first") {
  const Territory t = make();
  const auto places = t.places_in("exclusive rights in Japan", 0, 9);
  REQUIRE(places.size() == 1);
  CHECK(places[0] == nlohmann::json::array({"japan", "east_asia", "asia"}));
  CHECK(ids(t, "a worldwide licence", "licence") == "world ");
}

TEST_CASE("only whole names that stand for a territory count") {
  const Territory t = make();
  CHECK(ids(t, "exclusive rights in Japan, South Korea and Taiwan", "exclusive") == "japan south_korea taiwan ");
  CHECK(ids(t, "exclusive rights in Romania", "exclusive").empty());                  // "Oman" inside a word
  CHECK(ids(t, "Japan's Sumikawa takes exclusive rights in Korea", "exclusive") == "south_korea ");
  CHECK(ids(t, "exclusive rights for US$175mn in Taiwan", "exclusive") == "taiwan ");  // a currency
  CHECK(ids(t, "a licence for the U.S. market", "licence") == "united_states ");
  CHECK(ids(t, "a worldwide licence excluding Japan", "licence") == "world ");
  CHECK(ids(t, "the Tokyo unit, based in Japan, holds exclusive rights", "exclusive").empty());
  CHECK(ids(t, "exclusive rights in Jordan", "exclusive").empty());  // marked ambiguous
}

TEST_CASE("a cut gives the places beyond it to the next term") {
  const Territory t = make();
  const std::string text = "Exclusive in Japan and South Korea, non-exclusive in Taiwan";
  CHECK(ids(t, text, "Exclusive") == "japan south_korea ");
  CHECK(ids(t, text, "non-exclusive") == "taiwan ");
}

TEST_CASE("a region that lies within itself, or in nothing known, is an error") {
  auto cycle = Territory::build(nlohmann::json::parse(R"({"regions": [{"id": "a", "names": ["A"], "in": ["b"]},
                                                                    {"id": "b", "names": ["B"], "in": ["a"]}]})"),
                                {}, {});
  CHECK_FALSE(cycle.ok());
  auto nowhere = Territory::build(nlohmann::json::parse(R"({"places": [{"id": "a", "names": ["A"], "in": ["x"]}]})"), {}, {});
  REQUIRE_FALSE(nowhere.ok());
  CHECK(nowhere.error().message.find("'x'") != std::string::npos);
}

}  // namespace
}  // namespace claimcheck
