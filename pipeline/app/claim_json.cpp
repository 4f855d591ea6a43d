#include "pipeline/app/claim_json.h"

namespace claimcheck {

nlohmann::json claim_to_json(std::string_view doc, const Claim& c, std::string_view sentence_text) {
  nlohmann::json j;
  j["doc"] = doc;
  j["kind"] = to_string(c.kind);
  j["start"] = c.span.start;
  j["end"] = c.span.end;
  j["text"] = c.text;
  switch (c.kind) {
    case ClaimKind::kMoney:
      j["value"] = c.number;
      if (!c.currency.empty()) j["currency"] = c.currency;
      break;
    case ClaimKind::kPercent: j["value"] = c.number; break;
    default: j["value"] = c.value; break;
  }
  for (auto it = c.attrs.begin(); it != c.attrs.end(); ++it)
    if (!j.contains(it.key())) j[it.key()] = it.value();
  j["rule"] = c.rule;
  if (!sentence_text.empty()) j["sentence"] = sentence_text;
  return j;
}

std::string dump_json(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimcheck
