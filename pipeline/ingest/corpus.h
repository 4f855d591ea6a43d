// Reads a corpus: finds story folders, validates each story.json against
// shared/INTERFACE.md, reads document bytes and hashes them. It decodes
// nothing and keeps no state between calls; one bad story never hides the others.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/core/error.h"
#include "pipeline/core/types.h"

namespace claimcheck {

// Story folders directly under `corpus_dir` that hold a story.json, sorted by name.
Result<std::vector<std::string>> list_story_folders(const std::string& corpus_dir);

// Parses and validates `folder`/story.json. Errors name the story folder, the
// file and the field: "corpus/x/story.json: documents[2].published: impossible date '2026-02-31'".
Result<StorySpec> load_story(const std::string& folder);

// The story's id as story.json gives it, read without validating the rest
// (a pass over the whole corpus needs only ids); nullopt when there is none.
// load_story may still refuse the story.
std::optional<std::string> story_id(const std::string& folder);

// Validation of an already-parsed story.json (exposed for tests and fuzzing);
// `folder` is used for error messages and for checking that files stay inside it.
Result<StorySpec> parse_story(const nlohmann::json& j, const std::string& folder);

// A whole file's bytes, or nullopt when it cannot be opened or read (a
// folder, a permission, an I/O error). No checks beyond that: for story.json,
// rules.json and files named on the command line.
std::optional<std::string> read_file_bytes(const std::string& path);

// Reads one document's bytes. Refuses files that are not regular files or
// that resolve outside the story folder.
Result<Document> read_document(const StorySpec& story, const DocumentSpec& spec);

// What the file system says of a document without reading it: enough for a
// re-run to skip an unchanged file. Same refusals as read_document.
struct FileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;  // modification time, nanoseconds since the epoch
};
Result<FileStamp> stat_document(const StorySpec& story, const DocumentSpec& spec);

// Why `bytes` cannot be treated as UTF-8 text, or nullopt if they can:
// UTF-16/UTF-32 byte-order marks, common binary formats (PNG, JPEG, GIF, PDF,
// ZIP, gzip) and NUL bytes. Stray invalid UTF-8 is not a refusal: the
// normaliser repairs and reports it.
std::optional<std::string> text_refusal(std::string_view bytes);

// Hex content hash (64-bit FNV-1a over the bytes, then the length).
std::string content_hash(std::string_view bytes);

// A stable shard number of a story id in [0, n).
uint32_t shard_of(std::string_view story_id, uint32_t n);

}  // namespace claimcheck
