// The input lines of `claimcheck extract --jsonl`, {"id": ..., "text": ...,
// "published": ...}, read without building a JSON tree when a line is a flat
// object of string values, as nearly all are. It reports no errors: any other
// line gives nullopt, and the caller parses it with nlohmann, which decides.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

struct InputLine {
  std::optional<std::string> id, text, published;  // absent keys stay empty
};

// The fields of `line` when it is one JSON object whose values are all
// strings (other keys are checked and dropped; a repeated key keeps its last
// value, as nlohmann does). nullopt for anything else: other value types,
// invalid UTF-8, raw control characters, bad escapes, a byte-order mark or
// trailing text. Where it returns fields, nlohmann would parse the same line
// to the same strings.
std::optional<InputLine> read_flat_line(std::string_view line);

}  // namespace claimcheck
