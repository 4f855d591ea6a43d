// The store's write path: stories as savepoints of a batch, the statement
// cache, and the check that lets a re-run skip unchanged stories.
#include <doctest/doctest.h>

#include <string>

#include "pipeline/store/store.h"
#include "tests/test_db.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::one;
using testing::TempDir;

// A story of one official document and one coverage document, each holding
// one sentence with one money claim; `findings` rows are written as given.
StoryUpdate story(const std::string& id, std::vector<FindingRow> findings = {}) {
  StoryUpdate u;
  u.spec.id = id;
  u.spec.title = "Story " + id;
  u.spec.folder = "corpus/" + id;
  for (const char* file : {"official.txt", "cov.txt"}) {
    DocumentUpdate d;
    d.spec.file = file;
    d.spec.role = std::string(file) == "official.txt" ? Role::kOfficial : Role::kCoverage;
    d.action = DocumentUpdate::Action::kWrite;
    d.is_new = true;
    d.bytes = "Acme pays $5 million.";
    d.hash = "h-" + id + "-" + file;
    d.mtime_ns = 1000;
    d.blocks.push_back({{0, 21}, BlockKind::kParagraph, ""});
    d.sentences.push_back({{0, 21}, 0, false});
    Claim c;
    c.kind = ClaimKind::kMoney;
    c.span = {10, 20};
    c.text = "$5 million";
    c.number = 5e6;
    c.currency = "USD";
    c.rule = "money.test";
    c.sentence = 0;
    d.claims.push_back(c);
    u.documents.push_back(std::move(d));
  }
  if (!findings.empty()) u.findings.push_back({"cov.txt", "official.txt", std::move(findings)});
  return u;
}

FindingRow supported(uint32_t claim_idx) {
  FindingRow f;
  f.verdict = Verdict::kSupported;
  f.claim_idx = claim_idx;
  f.other_idx = 0;
  f.reason = "same amount";
  f.claim_text = "$5 million";
  f.fingerprint = "fp-" + std::to_string(claim_idx);
  return f;
}

// A new database with a run begun.
struct OpenStore {
  Store store;
  int64_t run;
};
OpenStore open_with_run(const std::string& db) {
  auto store = Store::open(db, Store::Mode::kReadWrite);
  REQUIRE(store.ok());
  auto run = store->begin_run("corpus", "");
  REQUIRE(run.ok());
  return {std::move(store.value()), *run};
}

}  // namespace

TEST_CASE("a story that fails to write is rolled back alone; the rest of its batch commits") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  auto [store, run] = open_with_run(db);

  RunCounts a, b, c;
  REQUIRE(store.write_story(story("a", {supported(0)}), run, a).ok());
  // A finding that cites a claim the document does not have: the write fails.
  const Status bad = store.write_story(story("b", {supported(7)}), run, b);
  CHECK_FALSE(bad.ok());
  CHECK(bad.error().message.find("story 'b'") != std::string::npos);
  CHECK_FALSE(store.take_lost_batch());  // only the story was rolled back
  REQUIRE(store.write_story(story("c"), run, c).ok());
  REQUIRE(store.commit_batch().ok());
  CHECK_FALSE(store.batch_due());

  CHECK(one(db, "SELECT group_concat(id) FROM (SELECT id FROM stories ORDER BY id)") == "a,c");
  CHECK(one(db, "SELECT count(*) FROM documents") == "4");
  CHECK(one(db, "SELECT count(*) FROM findings") == "1");
  CHECK(a.claims_added == 2);
  CHECK(b.claims_added == 0);
  // The run row holds what committed, story by story.
  CHECK(one(db, "SELECT claims_added, findings_added FROM runs") == "4|1");
  // Sentences reach the full-text index when the batch commits, not before or twice.
  CHECK(one(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Acme'") == "4");
  CHECK(one(db, "SELECT count(*) FROM sentences_fts_docsize") == one(db, "SELECT count(*) FROM sentences"));
  CHECK(store.finish_run(run, a, {}, "ok").ok());
}

TEST_CASE("a figure's value is stored as the shortest text that reads back as its number") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  auto [store, run] = open_with_run(db);
  StoryUpdate u = story("a");
  Claim& c = u.documents[1].claims[0];
  c.kind = ClaimKind::kPercent;
  c.text = "3.8%";
  c.number = 38 * 0.1;  // 3.8000000000000003, not the double nearest 3.8
  c.currency.clear();
  u.documents[0].claims[0].number = 3.8;
  RunCounts counts;
  REQUIRE(store.write_story(u, run, counts).ok());
  REQUIRE(store.commit_batch().ok());
  CHECK(one(db, "SELECT group_concat(value, ' ') FROM (SELECT value FROM claims ORDER BY value)") ==
        "3.8 3.8000000000000003");
  CHECK(one(db, "SELECT count(*) FROM claims WHERE value = '3.8' AND number = 3.8") == "1");
}

TEST_CASE("finish_run refuses while a batch is open; a commit without a batch is a no-op") {
  TempDir dir;
  auto store = Store::open(dir / "claims.db", Store::Mode::kReadWrite);
  REQUIRE(store.ok());
  CHECK(store->commit_batch().ok());
  auto run = store->begin_run("corpus", "");
  REQUIRE(run.ok());
  RunCounts counts;
  REQUIRE(store->write_story(story("a"), *run, counts).ok());
  CHECK_FALSE(store->finish_run(*run, counts, {}, "ok").ok());
  REQUIRE(store->commit_batch().ok());
  CHECK(store->finish_run(*run, counts, {}, "ok").ok());
}

TEST_CASE("story_current: true only when writing the story would change nothing") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  auto [store, run] = open_with_run(db);
  RunCounts counts;
  REQUIRE(store.write_story(story("a"), run, counts).ok());
  REQUIRE(store.commit_batch().ok());

  StoryUpdate again = story("a");
  std::vector<std::optional<Store::DocumentState>> states;
  for (auto& d : again.documents) {
    d.action = DocumentUpdate::Action::kKeep;
    states.push_back(store.document_state("a", d.spec.file));
    REQUIRE(states.back());
  }
  CHECK(store.story_current(again, states));

  StoryUpdate retitled = again;
  retitled.spec.title = "Another title";
  CHECK_FALSE(store.story_current(retitled, states));
  StoryUpdate new_source = again;
  new_source.documents[1].spec.source = "Daily";
  CHECK_FALSE(store.story_current(new_source, states));
  StoryUpdate touched = again;
  touched.documents[1].mtime_ns = 2000;
  CHECK_FALSE(store.story_current(touched, states));
  StoryUpdate fewer = again;  // a listed file dropped: it must be retired
  fewer.documents.pop_back();
  states.pop_back();
  CHECK_FALSE(store.story_current(fewer, states));
}

TEST_CASE("cached statements are reused, and a nested use gets its own") {
  TempDir dir;
  auto store = Store::open(dir / "claims.db", Store::Mode::kReadWrite);
  REQUIRE(store.ok());
  auto& db = store->connection();
  {
    auto outer = db.cached("SELECT 1 UNION ALL SELECT 2");
    REQUIRE(outer.step());
    auto inner = db.cached("SELECT 1 UNION ALL SELECT 2");  // borrowed already: a fresh statement
    REQUIRE(inner.step());
    CHECK(inner.int64(0) == 1);
    REQUIRE(outer.step());
    CHECK(outer.int64(0) == 2);
  }
  // Returned to the cache reset, bindings cleared: it starts over.
  auto again = db.cached("SELECT 1 UNION ALL SELECT 2");
  REQUIRE(again.step());
  CHECK(again.int64(0) == 1);
  auto bound = db.cached("SELECT ?");
  bound.bind(1, int64_t{42});
  REQUIRE(bound.step());
  CHECK(bound.int64(0) == 42);
  auto broken = db.cached("SELEKT 1");
  CHECK_FALSE(broken.ok());
  CHECK(broken.error().find("syntax") != std::string::npos);
}

}  // namespace claimcheck
