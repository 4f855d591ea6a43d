// End to end: the binary on the demo corpus and on broken corpora, as a user runs it.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/test_db.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::query;
using testing::one;

namespace fs = std::filesystem;
using testing::run_claimcheck;
using testing::TempDir;
using testing::write_file;

void copy_demo_corpus(const TempDir& dir) {
  fs::copy(testing::source_path("corpus"), dir / "corpus", fs::copy_options::recursive);
}

}  // namespace

TEST_CASE("run on the demo corpus stores every stage, and a re-run changes nothing") {
  TempDir dir;
  copy_demo_corpus(dir);
  const std::string db = dir / "claims.db";
  auto r = run_claimcheck("run " + (dir / "corpus") + " --db " + db);
  CHECK_MESSAGE(r.status == 0, r.err);

  CHECK(one(db, "SELECT count(*) FROM stories") == "1");
  CHECK(one(db, "SELECT count(*) FROM documents WHERE status = 'ok'") == "5");
  CHECK(one(db, "SELECT count(*) FROM documents WHERE role = 'official'") == "1");
  CHECK(std::stoi(one(db, "SELECT count(*) FROM sentences")) > 50);
  CHECK(std::stoi(one(db, "SELECT count(*) FROM blocks WHERE kind = 'boilerplate'")) > 0);
  for (const char* kind : {"date", "money", "percent", "term"}) {
    CAPTURE(kind);
    CHECK(std::stoi(one(db, std::string("SELECT count(*) FROM claims WHERE kind = '") + kind + "'")) > 0);
  }
  // Every claim's text is exactly the bytes at its span in the stored document.
  CHECK(one(db, "SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id"
                " WHERE CAST(substr(d.content, c.start + 1, c.end - c.start) AS TEXT) != c.text") == "0");
  // No claim comes from a boilerplate sentence.
  CHECK(one(db, "SELECT count(*) FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE s.boilerplate") == "0");
  CHECK(std::stoi(one(db, "SELECT count(*) FROM findings")) > 0);
  CHECK(one(db, "SELECT count(*) FROM findings f JOIN documents d ON d.id = f.document_id"
                " WHERE d.role = 'official'") == "0");

  const auto claims_before = query(db, "SELECT * FROM claims ORDER BY id");
  const auto findings_before = query(db, "SELECT * FROM findings ORDER BY id");
  auto again = run_claimcheck("run " + (dir / "corpus") + " --db " + db);
  CHECK(again.status == 0);
  CHECK(query(db, "SELECT * FROM claims ORDER BY id") == claims_before);
  CHECK(query(db, "SELECT * FROM findings ORDER BY id") == findings_before);
  CHECK(one(db, "SELECT documents_new, documents_changed, documents_unchanged, claims_added FROM runs WHERE id = 2") ==
        "0|0|5|0");

  // runs and status read the history.
  auto runs = run_claimcheck("runs --db " + db);
  CHECK(runs.status == 0);
  CHECK(runs.out.find("run 1") != std::string::npos);
  CHECK(runs.out.find("run 2") != std::string::npos);
  auto status = run_claimcheck("status --db " + db);
  CHECK(status.status == 0);
  CHECK(status.out.find("last run succeeded") != std::string::npos);
}

TEST_CASE("the JSON report has the interface's shape and true offsets") {
  TempDir dir;
  copy_demo_corpus(dir);
  const std::string db = dir / "claims.db";
  REQUIRE(run_claimcheck("run " + (dir / "corpus") + " --db " + db).status == 0);
  auto r = run_claimcheck("report --db " + db + " --format json");
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["stories"].size() == 1);
  const auto& story = j["stories"][0];
  CHECK(story["id"] == "msft-openai-2026-04");
  CHECK(story["official"] == "004_cc9b995149adc8e8.txt");
  const std::set<std::string> verdicts = {"contradicted", "supported", "unverified", "internal"};
  for (const auto& f : story["findings"]) {
    CAPTURE(f.dump());
    CHECK(verdicts.count(f["verdict"].get<std::string>()) == 1);
    const std::string doc = testing::read_file(dir / ("corpus/msft-openai-2026-04/" + f["document"].get<std::string>()));
    const size_t s = f["claim"]["start"], e = f["claim"]["end"];
    CHECK(doc.substr(s, e - s) == f["claim"]["text"].get<std::string>());
    CHECK(f["claim"]["sentence"].get<std::string>().find(f["claim"]["text"].get<std::string>()) != std::string::npos);
    if (!f["official"].is_null()) {
      const std::string other_doc = f["verdict"] == "internal"
                                        ? doc
                                        : testing::read_file(dir / "corpus/msft-openai-2026-04/004_cc9b995149adc8e8.txt");
      const size_t os = f["official"]["start"], oe = f["official"]["end"];
      CHECK(other_doc.substr(os, oe - os) == f["official"]["text"].get<std::string>());
    }
  }
  for (const char* fmt : {"md", "html"}) {
    auto out = run_claimcheck("report --db " + db + " --format " + fmt + " --out " + (dir / (std::string("r.") + fmt)));
    CHECK(out.status == 0);
    CHECK(fs::file_size(dir / (std::string("r.") + fmt)) > 100);
  }
  auto reviews = run_claimcheck("report --db " + db + " --format claimreview");
  REQUIRE(reviews.status == 0);
  for (const auto& review : nlohmann::json::parse(reviews.out)) {
    CHECK(review["@type"] == "ClaimReview");
    CHECK(review["itemReviewed"]["@type"] == "Claim");
  }
  CHECK(run_claimcheck("report --db " + db + " --story no-such-story").status == 1);
}

TEST_CASE("a broken story is refused by name and the others still run") {
  TempDir dir;
  copy_demo_corpus(dir);
  write_file(dir / "corpus/bad-date/story.json",
             R"({"id": "bad", "documents": [{"file": "a.txt", "role": "official", "published": "2026-02-31"}]})");
  write_file(dir / "corpus/bad-date/a.txt", "Text.");
  write_file(dir / "corpus/missing-file/story.json",
             R"({"id": "missing", "documents": [{"file": "a.txt", "role": "official"},
                                                {"file": "gone.txt", "role": "coverage"}]})");
  write_file(dir / "corpus/missing-file/a.txt", "On April 27, 2026 the deal was signed.");
  write_file(dir / "corpus/dup-id/story.json",
             R"({"id": "msft-openai-2026-04", "documents": [{"file": "a.txt", "role": "official"}]})");
  write_file(dir / "corpus/dup-id/a.txt", "Text.");
  const std::string db = dir / "claims.db";
  auto r = run_claimcheck("run " + (dir / "corpus") + " --db " + db);
  CHECK(r.status == 1);
  CHECK(r.err.find("bad-date/story.json: documents[0].published: '2026-02-31'") != std::string::npos);
  CHECK(r.err.find("missing-file/gone.txt: file not found") != std::string::npos);
  // Both folders claiming one id are refused: neither may overwrite the other.
  CHECK(r.err.find("dup-id/story.json: id: 'msft-openai-2026-04' is also used by") != std::string::npos);
  CHECK(r.err.find("msft-openai-2026-04/story.json: id: 'msft-openai-2026-04' is also used by") != std::string::npos);
  CHECK(one(db, "SELECT count(*) FROM stories") == "1");
  CHECK(one(db, "SELECT status FROM documents WHERE file = 'gone.txt'") == "refused");
  CHECK(one(db, "SELECT count(*) FROM documents WHERE story_id = 'msft-openai-2026-04'") == "0");
  CHECK(one(db, "SELECT status FROM runs") == "partial");
}

TEST_CASE("command-line misuse and unusable databases give clear errors") {
  TempDir dir;
  CHECK(run_claimcheck("").status == 2);
  CHECK(run_claimcheck("run").status == 2);
  CHECK(run_claimcheck("run corpus").status == 2);
  CHECK(run_claimcheck("frobnicate").status == 2);
  CHECK(run_claimcheck("report --db x.db --format pdf").status == 2);
  CHECK(run_claimcheck("extract --published 2026-02-31 x.txt").status == 2);
  CHECK(run_claimcheck("run --help").status == 0);

  auto missing_dir = run_claimcheck("run " + testing::source_path("corpus") + " --db " + (dir / "nope/claims.db"));
  CHECK(missing_dir.status == 1);
  CHECK(missing_dir.err.find("does not exist") != std::string::npos);

  write_file(dir / "not.db", "this is not a database, and it must stay as it is");
  auto not_db = run_claimcheck("run " + testing::source_path("corpus") + " --db " + (dir / "not.db"));
  CHECK(not_db.status == 1);
  CHECK(not_db.err.find("not.db") != std::string::npos);
  CHECK(testing::read_file(dir / "not.db") == "this is not a database, and it must stay as it is");

  const std::string newer = dir / "newer.db";
  {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(newer.c_str(), &h) == SQLITE_OK);
    sqlite3_exec(h, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
    sqlite3_close(h);
  }
  auto newer_run = run_claimcheck("run " + testing::source_path("corpus") + " --db " + newer);
  CHECK(newer_run.status == 1);
  CHECK(newer_run.err.find("newer") != std::string::npos);
}

TEST_CASE("extract prints one JSON claim per line, from files and from JSON lines") {
  TempDir dir;
  write_file(dir / "a.txt", "Shares fell 2.8% on Monday after the $13 billion deal signed on April 27, 2026.");
  auto r = run_claimcheck("extract --published 2026-04-29 " + (dir / "a.txt"));
  REQUIRE(r.status == 0);
  std::set<std::string> kinds;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line);
    CHECK(j["doc"] == dir / "a.txt");
    kinds.insert(j["kind"].get<std::string>());
  }
  CHECK(kinds.count("date") == 1);
  CHECK(kinds.count("money") == 1);
  CHECK(kinds.count("percent") == 1);

  write_file(dir / "in.jsonl", R"({"id": "d1", "text": "It rose 5% in 2025.", "published": "2026-01-02"})"
                               "\nnot json\n"
                               R"({"id": "d2", "text": "Nothing here."})"
                               "\n");
  auto j = run_claimcheck("extract --jsonl", dir / "in.jsonl");
  CHECK(j.status == 1);  // one bad line, reported, the rest processed
  CHECK(j.err.find("stdin:2") != std::string::npos);
  CHECK(j.out.find("\"doc\":\"d1\"") != std::string::npos);
}

}  // namespace claimcheck

namespace claimcheck {
namespace {

// Sets a file's modification time (nanoseconds since the epoch).
void set_mtime(const std::string& path, int64_t ns) {
  const timespec times[2] = {{0, UTIME_OMIT}, {static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)}};
  REQUIRE(utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

int64_t mtime_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

}  // namespace

TEST_CASE("a re-run trusts size and modification time; a touched file is read once; --rehash reads all") {
  TempDir dir;
  copy_demo_corpus(dir);
  const std::string db = dir / "claims.db";
  const std::string corpus = dir / "corpus";
  REQUIRE(run_claimcheck("run " + corpus + " --db " + db).status == 0);
  const std::string story = corpus + "/msft-openai-2026-04";
  const std::string file = story + "/" + one(db, "SELECT file FROM documents WHERE role = 'coverage' ORDER BY file LIMIT 1");
  CHECK(one(db, "SELECT count(*) FROM documents WHERE mtime_ns IS NULL") == "0");

  // Touched, same bytes: read, found unchanged, and its new time recorded.
  set_mtime(file, mtime_of(file) + 5000000000);
  auto touched = run_claimcheck("run " + corpus + " --db " + db + " -v");
  CHECK(touched.status == 0);
  CHECK(touched.err.find(": unchanged\n") != std::string::npos);  // read and hashed
  CHECK(one(db, "SELECT count(*) FROM documents WHERE mtime_ns = " + std::to_string(mtime_of(file))) == "1");
  auto quiet = run_claimcheck("run " + corpus + " --db " + db + " -v");
  CHECK(quiet.err.find(": unchanged\n") == std::string::npos);  // every file skipped by its stamp
  CHECK(quiet.err.find("unchanged (size and time)") != std::string::npos);

  // Same size, new bytes, new time: changed.
  std::string bytes = testing::read_file(file);
  const size_t at = bytes.find("Microsoft");
  REQUIRE(at != std::string::npos);
  bytes.replace(at, 9, "Macrosoft");
  const int64_t old_time = mtime_of(file);
  write_file(file, bytes);
  set_mtime(file, old_time + 7000000000);
  auto changed = run_claimcheck("run " + corpus + " --db " + db);
  CHECK(changed.status == 0);
  CHECK(one(db, "SELECT documents_changed FROM runs ORDER BY id DESC LIMIT 1") == "1");

  // Bytes changed behind a restored size and time: only --rehash sees it.
  bytes.replace(at, 9, "Microsoft");
  const int64_t stamp = mtime_of(file);
  write_file(file, bytes);
  set_mtime(file, stamp);
  REQUIRE(run_claimcheck("run " + corpus + " --db " + db).status == 0);
  CHECK(one(db, "SELECT documents_changed FROM runs ORDER BY id DESC LIMIT 1") == "0");
  REQUIRE(run_claimcheck("run " + corpus + " --db " + db + " --rehash").status == 0);
  CHECK(one(db, "SELECT documents_changed, documents_unchanged FROM runs ORDER BY id DESC LIMIT 1") == "1|4");

  // The full-text index, written once per batch, matches the sentences after all this.
  CHECK(one(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Macrosoft'") == "0");
  CHECK(std::stoi(one(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Microsoft'")) > 0);
  CHECK(one(db, "SELECT count(*) FROM sentences_fts_docsize") == one(db, "SELECT count(*) FROM sentences"));
  testing::exec_sql(db, "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')");
}

TEST_CASE("a re-run with unchanged bytes stores new story.json metadata, and retires unlisted files") {
  TempDir dir;
  copy_demo_corpus(dir);
  const std::string db = dir / "claims.db";
  const std::string corpus = dir / "corpus";
  const std::string spec_path = corpus + "/msft-openai-2026-04/story.json";
  REQUIRE(run_claimcheck("run " + corpus + " --db " + db).status == 0);

  // Only metadata changes: a title, a source, a published date.
  std::string spec = testing::read_file(spec_path);
  auto swap = [&](const std::string& from, const std::string& to) {
    const size_t at = spec.find(from);
    REQUIRE(at != std::string::npos);
    spec.replace(at, from.size(), to);
  };
  swap("amend their partnership (April 2026)", "renegotiate");
  swap(R"("source": "Hamidun News")", R"("source": "Hamidun Daily", "published": "2026-04-29")");
  write_file(spec_path, spec);
  REQUIRE(run_claimcheck("run " + corpus + " --db " + db).status == 0);
  CHECK(one(db, "SELECT title FROM stories") == "Microsoft and OpenAI renegotiate");
  CHECK(one(db, "SELECT source || ' ' || published FROM documents WHERE file LIKE '000_%'") ==
        "Hamidun Daily 2026-04-29");
  // Relative dates resolve against the publication date: that document alone is extracted again.
  CHECK(one(db, "SELECT documents_unchanged, documents_changed FROM runs ORDER BY id DESC LIMIT 1") == "4|1");
  const auto claims = query(db, "SELECT * FROM claims ORDER BY id");

  // An unchanged story is left alone: nothing rewritten.
  REQUIRE(run_claimcheck("run " + corpus + " --db " + db).status == 0);
  CHECK(one(db, "SELECT documents_unchanged, documents_changed FROM runs ORDER BY id DESC LIMIT 1") == "5|0");
  CHECK(query(db, "SELECT * FROM claims ORDER BY id") == claims);

  // A file dropped from story.json is retired even though nothing else changed.
  swap(R"(    {"file": "002_895d007ffa1b4d50.txt", "role": "coverage"},
)", "");
  write_file(spec_path, spec);
  REQUIRE(run_claimcheck("run " + corpus + " --db " + db).status == 0);
  CHECK(one(db, "SELECT status FROM documents WHERE file LIKE '002_%'") == "retired");
}

}  // namespace claimcheck
