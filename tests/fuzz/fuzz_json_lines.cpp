// libFuzzer target, differential: extract's own JSON reading and writing
// against nlohmann on arbitrary bytes. append_json_string must write what
// nlohmann::json::dump writes (invalid UTF-8 replaced the same way), and
// read_flat_line, wherever it accepts a line, must read what nlohmann reads.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/app/claim_json.h"
#include "pipeline/app/jsonl_input.h"
#include "tests/fuzz/fuzz_util.h"

using namespace claimcheck;

namespace {

// The line as nlohmann reads it, when it is a flat object of strings.
void check_flat_line(const std::string& line) {
  const auto mine = read_flat_line(line);
  if (!mine) return;
  const auto j = nlohmann::json::parse(line, nullptr, false);
  FUZZ_CHECK(!j.is_discarded() && j.is_object(), "read_flat_line accepted what nlohmann rejects (%zu bytes)",
             line.size());
  const auto field = [&](const char* key) -> std::optional<std::string> {
    if (!j.contains(key)) return std::nullopt;
    FUZZ_CHECK(j[key].is_string(), "read_flat_line accepted a non-string '%s'", key);
    return j[key].get<std::string>();
  };
  FUZZ_CHECK(mine->id == field("id"), "id differs from nlohmann's");
  FUZZ_CHECK(mine->text == field("text"), "text differs from nlohmann's");
  FUZZ_CHECK(mine->published == field("published"), "published differs from nlohmann's");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in(reinterpret_cast<const char*>(data), size);

  std::string mine;
  append_json_string(mine, in);
  const std::string ref = dump_json(nlohmann::json(in));
  FUZZ_CHECK(mine == ref, "append_json_string differs from nlohmann (%zu bytes in)", in.size());

  // The bytes as a line of their own, and wrapped as the text of a valid line.
  check_flat_line(in);
  check_flat_line("{\"id\": \"x\", \"text\": " + mine + "}");
  const auto wrapped = read_flat_line("{\"text\": " + mine + "}");
  FUZZ_CHECK(wrapped && wrapped->text, "a line written by append_json_string was not read back");
  return 0;
}
