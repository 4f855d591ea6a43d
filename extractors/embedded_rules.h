// The JSON rule files of extractors/rules/, compiled into the binary by
// cmake/embed_rules.cmake so that claimcheck runs from any directory.
#pragma once

#include <string_view>
#include <vector>

namespace claimcheck {

struct EmbeddedRuleFile {
  std::string_view name;  // file name, e.g. "dates.json"
  std::string_view text;  // the file's JSON text
};

const std::vector<EmbeddedRuleFile>& embedded_rule_files();

}  // namespace claimcheck
