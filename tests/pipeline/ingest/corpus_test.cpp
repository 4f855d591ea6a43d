#include <doctest/doctest.h>

#include <filesystem>

#include "pipeline/ingest/corpus.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::TempDir;
using testing::write_file;

Result<StorySpec> parse(const std::string& json_text, const std::string& folder = "corpus/s") {
  return parse_story(nlohmann::json::parse(json_text), folder);
}

}  // namespace

TEST_CASE("a valid story.json parses with its metadata") {
  auto s = parse(R"({"id": "s1", "title": "T", "documents": [
      {"file": "a.txt", "role": "official", "source": "Co", "url": "https://x", "published": "2026-04-27"},
      {"file": "b.txt", "role": "coverage"}]})");
  REQUIRE(s.ok());
  CHECK(s->id == "s1");
  CHECK(s->documents.size() == 2);
  CHECK(s->documents[0].role == Role::kOfficial);
  CHECK(s->documents[0].published == CivilDate{2026, 4, 27});
  CHECK_FALSE(s->documents[1].published);
}

TEST_CASE("story.json errors name the file and the field") {
  struct Case {
    const char* json;
    const char* expect;
  };
  const Case cases[] = {
      {R"([1,2])", "top level"},
      {R"({"documents": []})", "id: missing"},
      {R"({"id": 7, "documents": []})", "id: must be a non-empty string"},
      {R"({"id": "s"})", "documents: missing"},
      {R"({"id": "s", "documents": {}})", "documents: must be an array"},
      {R"({"id": "s", "documents": [{"role": "official"}]})", "documents[0].file: missing"},
      {R"({"id": "s", "documents": [{"file": "a", "role": "boss"}]})", "documents[0].role: 'boss'"},
      {R"({"id": "s", "documents": [{"file": "a"}]})", "documents[0].role: missing"},
      {R"({"id": "s", "documents": [{"file": "a", "role": "coverage"}]})", "exactly one document"},
      {R"({"id": "s", "documents": [{"file": "a", "role": "official"}, {"file": "b", "role": "official"}]})",
       "found 2"},
      {R"({"id": "s", "documents": [{"file": "a", "role": "official"}, {"file": "a", "role": "coverage"}]})",
       "listed twice"},
      {R"({"id": "s", "documents": [{"file": "../x", "role": "official"}]})", "documents[0].file"},
      {R"({"id": "s", "documents": [{"file": "/etc/passwd", "role": "official"}]})", "documents[0].file"},
      {R"({"id": "s", "documents": [{"file": "a/../../b", "role": "official"}]})", "documents[0].file"},
      {R"({"id": "s", "documents": [{"file": "a", "role": "official", "published": "2026-02-31"}]})",
       "documents[0].published: '2026-02-31'"},
      {R"({"id": "s", "documents": [{"file": "a", "role": "official", "published": 20260427}]})",
       "documents[0].published"},
      {R"({"id": "s", "documents": [{"file": "a", "role": "official", "source": 3}]})", "documents[0].source"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.json);
    auto s = parse(c.json);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().where == "corpus/s/story.json");
    CHECK(s.error().message.find(c.expect) != std::string::npos);
  }
}

TEST_CASE("load_story reports unparsable JSON with the file name") {
  TempDir dir;
  write_file(dir / "s/story.json", "{not json");
  auto s = load_story(dir / "s");
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().str().find("story.json: not valid JSON") != std::string::npos);
}

TEST_CASE("read_document refuses missing files, folders and symlinks leading outside") {
  TempDir dir;
  write_file(dir / "secret.txt", "outside");
  write_file(dir / "s/a.txt", "inside");
  std::filesystem::create_directories(dir / "s/sub");
  std::filesystem::create_symlink(dir / "secret.txt", dir / "s/link.txt");
  StorySpec story{"s", "", dir / "s", {}};
  auto ok = read_document(story, {"a.txt", Role::kOfficial, "", "", std::nullopt});
  REQUIRE(ok.ok());
  CHECK(ok->bytes == "inside");
  CHECK(ok->hash == content_hash("inside"));
  auto missing = read_document(story, {"nope.txt", Role::kCoverage, "", "", std::nullopt});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "file not found");
  auto folder = read_document(story, {"sub", Role::kCoverage, "", "", std::nullopt});
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.error().message == "not a regular file");
  auto link = read_document(story, {"link.txt", Role::kCoverage, "", "", std::nullopt});
  REQUIRE_FALSE(link.ok());
  CHECK(link.error().message == "resolves outside the story folder");
}

TEST_CASE("content hashes differ for different bytes and shards are stable") {
  CHECK(content_hash("a") != content_hash("b"));
  CHECK(content_hash("") != content_hash(std::string(1, '\0')));
  CHECK(shard_of("story-1", 4) == shard_of("story-1", 4));
  CHECK(shard_of("story-1", 4) < 4);
  CHECK(shard_of("anything", 1) == 0);
}

TEST_CASE("list_story_folders finds folders with a story.json, sorted") {
  TempDir dir;
  write_file(dir / "b/story.json", "{}");
  write_file(dir / "a/story.json", "{}");
  write_file(dir / "c/readme.txt", "no story here");
  auto f = list_story_folders(dir.path().string());
  REQUIRE(f.ok());
  REQUIRE(f->size() == 2);
  CHECK(std::filesystem::path((*f)[0]).filename() == "a");
  CHECK_FALSE(list_story_folders(dir / "missing").ok());
}

}  // namespace claimcheck
