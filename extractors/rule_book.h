// The rule data every extractor and the segmenter are built from: the
// embedded extractors/rules/*.json files, plus an optional story overlay
// (a story folder's rules.json) that adds entities, aliases and term
// vocabulary. It parses JSON; it compiles no pattern.
//
// Every rule file shares one shape, so that one test can run all examples:
//   {"kind": "date", "published": "2026-04-27",
//    "rules": [{"id": "date.mdy", ...rule-specific fields...,
//               "examples": [{"text": "on April 27, 2026", "value": "2026-04-27"}],
//               "not": ["2.8%"]}]}
// An example may add "match" (the expected claim text), "currency", "published"
// and "attrs" (a subset of the claim's attrs).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/core/error.h"

namespace claimcheck {

class RuleBook {
 public:
  // The embedded rule files; an error names the file that does not parse.
  static Result<RuleBook> embedded();

  // A story's rules.json; `where` names it in errors. Its top-level keys are
  // merged into the file of the same name minus ".json" (e.g. {"terms": {...}}
  // extends terms.json): arrays are appended, objects merged key by key.
  Status add_overlay(const std::string& where, const nlohmann::json& overlay);

  // The parsed file by name ("dates.json"), or nullptr.
  const nlohmann::json* file(std::string_view name) const;

  struct File {
    std::string name;
    nlohmann::json json;
  };
  const std::vector<File>& files() const { return files_; }

 private:
  std::vector<File> files_;
};

}  // namespace claimcheck
