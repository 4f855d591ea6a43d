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

// "a string", "an object": a JSON value's type as a phrase.
std::string a_type(const nlohmann::json& v) {
  const std::string t = v.type_name();
  return (t == "object" || t == "array" ? "an " : "a ") + t;
}

// The shape every rule file shares (rule_book.h), checked once at load so
// that a misplaced entry is reported by file and position, not later as a
// JSON type error from whichever extractor reads it first.
Status check_shape(const std::string& where, const nlohmann::json& file) {
  if (!file.is_object()) return Error{where, "not a JSON object"};
  auto it = file.find("rules");
  if (it == file.end()) return ok_status();
  if (!it->is_array()) return Error{where, "\"rules\" is " + a_type(*it) + ", not an array"};
  for (size_t i = 0; i < it->size(); ++i) {
    const nlohmann::json& rule = (*it)[i];
    const std::string at = "rules[" + std::to_string(i) + "]";
    if (!rule.is_object())
      return Error{where, at + " is " + a_type(rule) +
                              ", not a rule object (an example outside its rule's list?)"};
    auto id = rule.find("id");
    if (id == rule.end() || !id->is_string() || id->get_ref<const std::string&>().empty())
      return Error{where, at + " has no \"id\" string"};
    const std::string named = at + " ('" + id->get<std::string>() + "')";
    for (const char* list : {"examples", "not"})
      if (auto l = rule.find(list); l != rule.end() && !l->is_array())
        return Error{where, named + ": \"" + list + "\" is " + a_type(*l) + ", not an array"};
  }
  return ok_status();
}

}  // namespace

Result<RuleBook> RuleBook::embedded() {
  RuleBook book;
  for (const EmbeddedFile& f : embedded_rule_files()) {
    auto j = nlohmann::json::parse(f.text, nullptr, /*allow_exceptions=*/false);
    const std::string where = "extractors/rules/" + std::string(f.name);
    if (j.is_discarded()) return Error{where, "not valid JSON"};
    if (Status st = check_shape(where, j); !st.ok()) return st.error();
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
        nlohmann::json merged = f.json;
        merge_into(merged, it.value());
        // Checked before it replaces the file: a bad key leaves its file as it was.
        if (Status st = check_shape(where + " (key '" + it.key() + "')", merged); !st.ok()) return st;
        f.json = std::move(merged);
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
