// The claim line of `claimcheck extract` (see shared/INTERFACE.md): one JSON
// object per claim, written straight into a string without building a JSON
// tree. It does not parse; invalid UTF-8 in any text is replaced, never thrown on.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/core/types.h"

namespace claimcheck {

// Appends one claim line (no newline) to `out`: keys in byte order, fixed
// fields ahead of same-named attrs, "sentence" only when `sentence_text` is not
// empty and "sentence_span" only when `sentence_span` is given. The bytes are
// those nlohmann::json::dump would write for the same object (the tests hold
// it to that), at a fraction of the cost: extract writes one line per claim.
void append_claim_json(std::string& out, std::string_view doc, const Claim& claim, std::string_view sentence_text,
                       const Span* sentence_span);

// Appends `s` as a JSON string the way nlohmann::json::dump(ensure_ascii=false,
// error_handler_t::replace) does: control characters escaped, other UTF-8 as is,
// each invalid sequence replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);

// nlohmann::json::dump that replaces invalid UTF-8 instead of throwing.
std::string dump_json(const nlohmann::json& j, int indent = -1);

}  // namespace claimcheck
