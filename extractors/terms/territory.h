// Territory: the places a contract term's clause names ("exclusive rights in
// Japan, South Korea and Taiwan"), read with a gazetteer (places.json), each
// with the regions it lies in, so a comparison can tell a territory enlarged
// without a gazetteer of its own. It reads no grammar beyond a few lead words
// ("excluding", "based in") and a possessive, and decides nothing.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "pipeline/core/error.h"

namespace claimcheck {

class Territory {
 public:
  // From places.json ({"world": [...], "places": [...], "regions": [...]},
  // each place or region {"id", "names", "in"}, names of one marked
  // "ambiguous" not read) and the lead words after
  // which a name is no territory (terms.json "territory.not_after"). An error
  // names an "in" that points nowhere, or a cycle.
  static Result<Territory> build(const nlohmann::json& places, const std::vector<std::string>& not_after,
                                 const std::vector<std::string>& cuts);

  // The places `clause` names around the term's trigger (bytes [trigger_start,
  // trigger_end) of it), in order of first mention, each as [id, the regions
  // it lies in, nearest first]; "world" for a worldwide phrase. Only the
  // stretch between the cuts on either side of the trigger counts ("Exclusive
  // in Japan and South Korea, non-exclusive in Taiwan": the cut ", non-" gives
  // Taiwan to the second term). Names right after a not_after word, or right
  // before a possessive ("Japan's Sumikawa"), are left out. Empty when none.
  nlohmann::json places_in(std::string_view clause, size_t trigger_start, size_t trigger_end) const;

 private:
  std::shared_ptr<const RE2> names_;                          // every name, longest first
  std::unordered_map<std::string, std::string> exact_, folded_;  // name -> id (all-caps names exact)
  std::unordered_map<std::string, std::vector<std::string>> within_;  // id -> id and its regions
  std::vector<std::string> not_after_;                        // lower-case lead words
  std::vector<std::string> cuts_;                             // lower-case: where a term's stretch ends
};

}  // namespace claimcheck
