#include "extractors/rule_book.h"

#include "extractors/embedded_rules.h"

namespace claimcheck {
namespace {

void merge_into(nlohmann::json& base, const nlohmann::json& add) {
  if (base.is_object() && add.is_object()) {
    for (auto it = add.begin(); it != add.end(); ++it) {
      if (base.contains(it.key()))
        merge_into(base[it.key()], it.value());
      else
        base[it.key()] = it.value();
    }
  } else if (base.is_array() && add.is_array()) {
    for (const auto& v : add) base.push_back(v);
  } else {
    base = add;
  }
}

}  // namespace

Result<RuleBook> RuleBook::embedded() {
  RuleBook book;
  for (const EmbeddedFile& f : embedded_rule_files()) {
    auto j = nlohmann::json::parse(f.text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return Error{"extractors/rules/" + std::string(f.name), "not valid JSON"};
    book.files_.push_back({std::string(f.name), std::move(j)});
  }
  return book;
}

Status RuleBook::add_overlay(const std::string& where, const nlohmann::json& overlay) {
  if (!overlay.is_object()) return Error{where, "rules overlay must be a JSON object"};
  for (auto it = overlay.begin(); it != overlay.end(); ++it) {
    const std::string name = it.key() + ".json";
    bool found = false;
    for (auto& f : files_) {
      if (f.name == name) {
        merge_into(f.json, it.value());
        found = true;
      }
    }
    if (!found) return Error{where, "key '" + it.key() + "' names no rule file (" + name + ")"};
  }
  return ok_status();
}

const nlohmann::json* RuleBook::file(std::string_view name) const {
  for (const auto& f : files_)
    if (f.name == name) return &f.json;
  return nullptr;
}

}  // namespace claimcheck
