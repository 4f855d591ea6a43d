// The browsing aids: the readable views exist in a freshly migrated
// database, and every table and canned query in schema/datasette-metadata.json
// names real tables and columns (each query is prepared against the schema).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "pipeline/store/store.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

TEST_CASE("datasette metadata: tables exist and canned queries compile against the schema") {
  testing::TempDir dir;
  auto store = Store::open(dir / "claims.db", Store::Mode::kReadWrite);
  REQUIRE(store.ok());
  auto& db = store->connection();

  const auto meta = nlohmann::json::parse(testing::read_file(std::string(CLAIMCHECK_SOURCE_DIR) + "/schema/datasette-metadata.json"));
  const auto& claims = meta.at("databases").at("claims");
  for (const char* view : {"findings_readable", "claims_readable", "contradictions", "scorecard"})
    CHECK_MESSAGE(claims.at("tables").contains(view), view);
  for (const auto& [name, table] : claims.at("tables").items()) {
    auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')");
    REQUIRE(st.ok());
    st.bind(1, name);
    REQUIRE(st.step());
    CHECK_MESSAGE(st.int64(0) == 1, name);
    CHECK_MESSAGE(!table.at("description").get<std::string>().empty(), name);
  }
  REQUIRE(claims.at("queries").size() >= 4);
  for (const auto& [name, q] : claims.at("queries").items()) {
    const std::string sql = q.at("sql");
    auto st = db.prepare(sql);
    CHECK_MESSAGE(st.ok(), (name + ": " + st.error()));
    CHECK_MESSAGE(sql.find(':') != std::string::npos, (name + " has a named parameter"));
  }
}

TEST_CASE("the readable views answer on a database with one finding") {
  testing::TempDir dir;
  auto store = Store::open(dir / "claims.db", Store::Mode::kReadWrite);
  REQUIRE(store.ok());
  auto& db = store->connection();
  REQUIRE(db.exec(R"(
    INSERT INTO runs (id, started_at, corpus, version) VALUES (1, '2026-04-28T00:00:00Z', 'c', 'v');
    INSERT INTO stories (id, title, folder, first_seen_run, updated_run) VALUES ('s', 'The deal', 's', 1, 1);
    INSERT INTO documents (id, story_id, file, role, source, processed_run) VALUES
      (1, 's', 'o.txt', 'official', 'Acme', 1), (2, 's', 'a.txt', 'coverage', '', 1);
    INSERT INTO sentences (id, document_id, idx, block_idx, start, end, text) VALUES
      (1, 1, 0, 0, 0, 20, 'Closed April 27.'), (2, 2, 0, 0, 0, 20, 'Closed April 28.');
    INSERT INTO claims (id, document_id, idx, sentence_id, kind, start, end, text, value, rule) VALUES
      (1, 1, 0, 1, 'date', 7, 15, 'April 27', 'XXXX-04-27', 'r'), (2, 2, 0, 2, 'date', 7, 15, 'April 28', 'XXXX-04-28', 'r');
    INSERT INTO findings (story_id, document_id, claim_id, other_claim_id, verdict, reason, fingerprint, first_seen_run)
      VALUES ('s', 2, 2, 1, 'contradicted', 'day differs', 'fp', 1);
  )").ok());
  auto st = db.prepare("SELECT story_title, source, claim_text, claim_sentence, official_document, official_text, reason"
                       " FROM findings_readable");
  REQUIRE(st.ok());
  REQUIRE(st.step());
  CHECK(st.text(0) == "The deal");
  CHECK(st.text(1) == "a.txt");  // no source: the file name
  CHECK(st.text(2) == "April 28");
  CHECK(st.text(3) == "Closed April 28.");
  CHECK(st.text(4) == "o.txt");
  CHECK(st.text(5) == "April 27");
  CHECK(st.text(6) == "day differs");
  CHECK_FALSE(st.step());
  auto c = db.prepare("SELECT count(*), sum(role = 'official') FROM claims_readable WHERE source IN ('Acme', 'a.txt')");
  REQUIRE(c.ok());
  REQUIRE(c.step());
  CHECK(c.int64(0) == 2);
  CHECK(c.int64(1) == 1);
}

}  // namespace
}  // namespace claimcheck
