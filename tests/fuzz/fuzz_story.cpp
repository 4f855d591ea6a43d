// libFuzzer target: story.json validation (parse_story) on arbitrary bytes, and
// the text/binary refusal check on the same bytes. A story that validates must
// keep the interface's promises: an id, documents, exactly one official, unique
// relative files that stay inside the folder.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/ingest/corpus.h"
#include "tests/fuzz/fuzz_util.h"

using namespace claimcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  (void)text_refusal(in);
  const nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return 0;
  const auto story = parse_story(j, "/nonexistent-claimcheck-fuzz/story");
  if (!story.ok()) {
    FUZZ_CHECK(!story.error().str().empty() && story.error().str().find('\n') == std::string::npos,
               "error is not one line: '%s'", story.error().str().c_str());
    return 0;
  }
  FUZZ_CHECK(!story->id.empty(), "valid story without an id");
  FUZZ_CHECK(!story->documents.empty(), "valid story without documents");
  int officials = 0;
  std::set<std::string> files;
  for (const DocumentSpec& d : story->documents) {
    officials += d.role == Role::kOfficial;
    FUZZ_CHECK(!d.file.empty() && d.file[0] != '/', "file '%s' is empty or absolute", d.file.c_str());
    FUZZ_CHECK(d.file != ".." && d.file.rfind("../", 0) != 0 && d.file.find("/../") == std::string::npos,
               "file '%s' escapes the folder", d.file.c_str());
    FUZZ_CHECK(files.insert(d.file).second, "file '%s' listed twice", d.file.c_str());
  }
  FUZZ_CHECK(officials == 1, "valid story with %d officials", officials);
  return 0;
}
