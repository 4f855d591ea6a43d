// One way to build an extractor from the rule book: T::init(rules) reads its
// rule files, and any exception it lets out (a JSON field of the wrong type)
// becomes an error naming `file`. No extractor logic lives here.
#pragma once

#include <exception>
#include <memory>
#include <string>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

template <typename T>
Result<std::unique_ptr<Extractor>> build_extractor(const RuleBook& rules, const std::string& file) {
  auto e = std::make_unique<T>();
  Status st = [&]() -> Status {
    try {
      return e->init(rules);
    } catch (const std::exception& ex) {
      return Error{file, ex.what()};
    }
  }();
  if (!st.ok()) return st.error();
  return std::unique_ptr<Extractor>(std::move(e));
}

}  // namespace claimcheck
