// The claim line of `claimcheck extract` (see shared/INTERFACE.md): one JSON
// object per claim. Invalid UTF-8 in claim text is replaced, never thrown on.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/core/types.h"

namespace claimcheck {

nlohmann::json claim_to_json(std::string_view doc, const Claim& claim, std::string_view sentence_text);

// nlohmann::json::dump that replaces invalid UTF-8 instead of throwing.
std::string dump_json(const nlohmann::json& j, int indent = -1);

}  // namespace claimcheck
