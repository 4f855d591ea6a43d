// `claimcheck merge`: shard databases merged equal a single run (claims, findings,
// documents, sentences + FTS, the JSON report), merging twice changes nothing,
// a changed shard replaces its stories (last wins), and schema mismatches are refused.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "tests/test_db.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::query;

namespace fs = std::filesystem;
using testing::run_claimcheck;
using testing::TempDir;

// Content of the database without ids: what a query or report can see.
const char* const kContent[] = {
    "SELECT id, title, folder FROM stories ORDER BY id",
    "SELECT story_id, file, role, source, url, published, status, error, hash, size, warnings, length(content)"
    " FROM documents ORDER BY story_id, file",
    "SELECT d.story_id, d.file, b.idx, b.start, b.end, b.kind, b.reason FROM blocks b"
    " JOIN documents d ON d.id = b.document_id ORDER BY 1, 2, 3",
    "SELECT d.story_id, d.file, s.idx, s.block_idx, s.start, s.end, s.boilerplate, s.text FROM sentences s"
    " JOIN documents d ON d.id = s.document_id ORDER BY 1, 2, 3",
    "SELECT d.story_id, d.file, c.idx, s.idx, c.kind, c.start, c.end, c.text, c.value, c.number, c.currency,"
    " c.rule, c.attrs FROM claims c JOIN documents d ON d.id = c.document_id"
    " LEFT JOIN sentences s ON s.id = c.sentence_id ORDER BY 1, 2, 3",
    "SELECT f.story_id, d.file, c.idx, od.file, o.idx, f.verdict, f.reason, f.fingerprint FROM findings f"
    " JOIN documents d ON d.id = f.document_id JOIN claims c ON c.id = f.claim_id"
    " LEFT JOIN claims o ON o.id = f.other_claim_id LEFT JOIN documents od ON od.id = o.document_id"
    " ORDER BY 1, 2, 3, 8",
    "SELECT story_id, document, verdict, claim_text, official_text, reason FROM contradictions ORDER BY 1, 2, 4, 6",
    "SELECT * FROM scorecard ORDER BY 1, 2",
    "SELECT story_id, document_file, verdict, reason, claim_text, fingerprint FROM resolved_findings ORDER BY 1, 2, 6",
    "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'regulators'",
    "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'stake'",
};

std::string without_run_ids(const std::string& report) {
  auto j = nlohmann::json::parse(report);
  std::vector<nlohmann::json*> todo{&j};
  while (!todo.empty()) {
    nlohmann::json* x = todo.back();
    todo.pop_back();
    if (x->is_object()) {
      std::vector<std::string> run_keys;
      for (auto& [k, v] : x->items())
        if (k == "run" || (k.size() > 4 && k.compare(k.size() - 4, 4, "_run") == 0)) run_keys.push_back(k);
      for (const auto& k : run_keys) x->erase(k);
      for (auto& [k, v] : x->items()) todo.push_back(&v);
    } else if (x->is_array()) {
      for (auto& v : *x) todo.push_back(&v);
    }
  }
  return j.dump();
}

void check_same_content(const std::string& a, const std::string& b) {
  for (const char* q : kContent) {
    const auto ra = query(a, q), rb = query(b, q);
    CHECK_MESSAGE(ra.size() == rb.size(), q);
    CHECK_MESSAGE(ra == rb, q);
  }
  // The JSON report, but for run ids (merged runs are renumbered).
  auto ja = run_claimcheck("report --db " + a + " --format json");
  auto jb = run_claimcheck("report --db " + b + " --format json");
  REQUIRE(ja.status == 0);
  REQUIRE(jb.status == 0);
  CHECK(without_run_ids(ja.out) == without_run_ids(jb.out));
}

// Everything, ids included: what "changes nothing" means.
std::vector<std::string> full_dump(const std::string& db) {
  std::vector<std::string> all;
  for (const char* t : {"runs", "stories", "documents", "blocks", "sentences", "claims", "findings",
                        "resolved_findings"}) {
    auto rows = query(db, std::string("SELECT * FROM ") + t + " ORDER BY 1, 2");
    all.push_back(std::string(t) + ": " + std::to_string(rows.size()));
    all.insert(all.end(), rows.begin(), rows.end());
  }
  return all;
}

// A small generated corpus plus the demo story (whose text the extractors know well).
std::string make_corpus(const TempDir& dir) {
  const std::string corpus = dir / "corpus";
  const std::string cmd = "python3 " + testing::source_path("scripts/gen_corpus") + " " + corpus +
                          " --size 120K --seed 11 2>/dev/null";
  REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, "scripts/gen_corpus failed (is python3 installed?)");
  fs::copy(testing::source_path("corpus"), corpus, fs::copy_options::recursive);
  return corpus;
}

std::vector<std::string> run_shards(const TempDir& dir, const std::string& corpus, int n) {
  std::vector<std::string> shards;
  for (int i = 0; i < n; ++i) {
    const std::string db = dir / ("shard" + std::to_string(i) + ".db");
    auto r = run_claimcheck("run " + corpus + " --db " + db + " --shard " + std::to_string(i) + "/" +
                            std::to_string(n) + " -q");
    CHECK_MESSAGE(r.status == 0, r.err);
    shards.push_back(db);
  }
  return shards;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += " " + x;
  return s;
}

}  // namespace

TEST_CASE("a 4-shard run merged equals a plain run; merging again changes nothing") {
  TempDir dir;
  const std::string corpus = make_corpus(dir);
  const std::string plain = dir / "plain.db";
  auto r = run_claimcheck("run " + corpus + " --db " + plain + " -q");
  REQUIRE_MESSAGE(r.status == 0, r.err);
  // The comparison must have something to compare.
  CHECK(std::stoi(query(plain, "SELECT count(*) FROM stories")[0]) > 5);
  CHECK(std::stoi(query(plain, "SELECT count(*) FROM claims")[0]) > 0);

  const auto shards = run_shards(dir, corpus, 4);
  for (const auto& s : shards) CHECK(std::stoi(query(s, "SELECT count(*) FROM stories")[0]) > 0);
  const std::string merged = dir / "merged.db";
  r = run_claimcheck("merge " + merged + joined(shards));
  REQUIRE_MESSAGE(r.status == 0, r.err);
  check_same_content(plain, merged);

  // Run rows are kept, one per shard run, with their shard label and counts.
  CHECK(query(merged, "SELECT shard FROM runs ORDER BY shard") ==
        std::vector<std::string>{"0/4", "1/4", "2/4", "3/4"});
  CHECK(query(merged, "SELECT sum(documents_new) FROM runs") == query(plain, "SELECT documents_new FROM runs"));
  // Every reference points at a run of the merged file.
  CHECK(query(merged, "SELECT count(*) FROM documents WHERE processed_run NOT IN (SELECT id FROM runs)")[0] == "0");
  CHECK(query(merged, "PRAGMA foreign_key_check").empty());

  const auto before = full_dump(merged);
  r = run_claimcheck("merge " + merged + joined(shards) + " " + shards[2]);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(full_dump(merged) == before);
}

TEST_CASE("a shard re-run after a change replaces its stories in the merged file (last wins)") {
  TempDir dir;
  const std::string corpus = make_corpus(dir);
  auto shards = run_shards(dir, corpus, 2);
  const std::string merged = dir / "merged.db";
  REQUIRE(run_claimcheck("merge " + merged + joined(shards)).status == 0);

  // Change one coverage document, re-run both shards and the plain run, merge again.
  const std::string story = corpus + "/msft-openai-2026-04";
  fs::path victim;
  for (const auto& e : fs::directory_iterator(story))
    if (e.path().filename().string().rfind("000_", 0) == 0) victim = e.path();
  REQUIRE(!victim.empty());
  testing::write_file(victim.string(), "The deal is worth $99 billion and closes on May 5, 2031.\n");
  shards = run_shards(dir, corpus, 2);
  REQUIRE(run_claimcheck("merge " + merged + joined(shards)).status == 0);

  const std::string plain = dir / "plain.db";
  REQUIRE(run_claimcheck("run " + corpus + " --db " + plain + " -q").status == 0);
  CHECK(query(merged, "SELECT count(*) FROM claims WHERE text = '$99 billion'")[0] == "1");
  // The plain database saw the corpus once, so it has no resolved findings; compare the rest.
  for (const char* q : kContent) {
    if (std::string(q).find("resolved_findings") != std::string::npos) continue;
    CHECK_MESSAGE(query(plain, q) == query(merged, q), q);
  }
  CHECK(query(merged, "SELECT count(*) FROM runs")[0] == "4");
}

TEST_CASE("merge refuses inputs it cannot merge, naming the file") {
  TempDir dir;
  const std::string corpus = make_corpus(dir);
  const auto shards = run_shards(dir, corpus, 2);
  const std::string merged = dir / "merged.db";

  const std::string newer = dir / "newer.db";
  fs::copy_file(shards[0], newer);
  testing::exec_sql(newer, "PRAGMA user_version = 999");
  auto r = run_claimcheck("merge " + merged + " " + newer);
  CHECK(r.status == 1);
  CHECK(r.err.find(newer) != std::string::npos);
  CHECK(r.err.find("schema version 999") != std::string::npos);

  const std::string foreign = dir / "foreign.db";
  testing::exec_sql(foreign, "CREATE TABLE t(x)");
  r = run_claimcheck("merge " + merged + " " + foreign);
  CHECK(r.status == 1);
  CHECK(r.err.find("not a claimcheck database") != std::string::npos);

  r = run_claimcheck("merge " + merged + " " + (dir / "missing.db"));
  CHECK(r.status == 1);
  CHECK(r.err.find("missing.db") != std::string::npos);
  CHECK(!fs::exists(dir / "missing.db"));

  // A refused input leaves the others merged.
  r = run_claimcheck("merge " + merged + " " + newer + " " + shards[1]);
  CHECK(r.status == 1);
  CHECK(query(merged, "SELECT count(*) FROM stories") == query(shards[1], "SELECT count(*) FROM stories"));
}

}  // namespace claimcheck
