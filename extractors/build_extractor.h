// One way to build an extractor from the rule book: T::init(rules) reads its
// rule files, and any exception it lets out (a JSON field of the wrong type)
// becomes an error naming `file`; and one way to read which rule switches on
// which of an extractor's forms. No extractor logic lives here.
#pragma once

#include <algorithm>
#include <array>
#include <exception>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

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

// The rule id of each form in `forms`, from the "rules" of rule file `j`
// (each {"id", "form"}), empty for a form no rule names; an error naming
// `file` and the rule when a rule has no id or a form the code does not know.
template <size_t N>
Result<std::array<std::string, N>> rule_ids_by_form(const nlohmann::json& j, const std::array<std::string_view, N>& forms,
                                                    const std::string& file) {
  std::array<std::string, N> ids;
  for (const auto& r : j.at("rules")) {
    const std::string id = r.value("id", ""), form = r.value("form", "");
    const auto it = std::find(forms.begin(), forms.end(), form);
    if (id.empty() || it == forms.end()) return Error{file, "rule '" + id + "': unknown or missing \"form\" '" + form + "'"};
    ids[static_cast<size_t>(it - forms.begin())] = id;
  }
  return ids;
}

}  // namespace claimcheck
