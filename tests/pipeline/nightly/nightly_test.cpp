// Nightly operation, end to end with the real binary: three nights of a
// changing corpus (run rows, new and resolved findings, retired documents,
// reports), an unchanged re-run, re-extraction when the code, the rules or a
// publication date change, the writer lock (also
// after kill -9), interrupted runs, and the JSON log.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/test_db.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::query;
using testing::one;

namespace fs = std::filesystem;
using nlohmann::json;
using testing::run_claimcheck;
using testing::TempDir;
using testing::write_file;

// The run row's counts as "seen|new|changed|unchanged|failed|retired".
std::string doc_counts(const std::string& db, int run) {
  return one(db, "SELECT documents_seen, documents_new, documents_changed, documents_unchanged, documents_failed,"
                 " documents_retired FROM runs WHERE id = " + std::to_string(run));
}

json report_json(const std::string& db, const std::string& extra) {
  auto r = run_claimcheck("report --db " + db + " --format json " + extra);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  return json::parse(r.out);
}

const json* story_of(const json& report, const std::string& id) {
  for (const auto& s : report["stories"])
    if (s["id"] == id) return &s;
  return nullptr;
}

// Findings of a report story in one document whose claim text contains `needle`.
int count_findings(const json& story, const std::string& doc, const std::string& needle,
                   const std::string& verdict = "") {
  int n = 0;
  for (const auto& f : story["findings"])
    if (f["document"] == doc && f["claim"]["text"].get<std::string>().find(needle) != std::string::npos &&
        (verdict.empty() || f["verdict"] == verdict))
      ++n;
  return n;
}

// Plain facts, so the test depends on the engine finding the obvious only.
const char* kOfficial =
    "Acme Corp will buy Widget Inc, the companies announced on April 27, 2026.\n\n"
    "The deal is worth $13 billion in cash and stock.\n\n"
    "Widget shareholders will own 12% of the combined company.\n";
const char* kWrongMoney =  // an outlet that got the price wrong
    "Acme Corp agreed to buy Widget Inc on April 27, 2026.\n\n"
    "The deal is worth $15 billion in cash and stock.\n\n"
    "Widget shareholders will own 12% of the combined company.\n";
const char* kFixedMoney =  // the same outlet after its correction
    "Acme Corp agreed to buy Widget Inc on April 27, 2026.\n\n"
    "The deal is worth $13 billion in cash and stock.\n\n"
    "Widget shareholders will own 12% of the combined company.\n";
const char* kWrongDate =  // an outlet that got the announcement date wrong
    "Acme Corp announced the Widget Inc deal on April 20, 2026.\n\n"
    "The deal is worth $13 billion.\n\n"
    "Widget shareholders will own 12% of the combined company.\n";

void write_acme(const TempDir& dir, bool with_b) {
  std::string docs = R"({"file": "official.txt", "role": "official", "source": "Acme", "published": "2026-04-27"},
                        {"file": "a.txt", "role": "coverage", "source": "Daily A", "published": "2026-04-28"})";
  if (with_b) docs += R"(, {"file": "b.txt", "role": "coverage", "source": "Weekly B", "published": "2026-04-28"})";
  write_file(dir / "corpus/acme/story.json",
             R"({"id": "acme-widget", "title": "Acme buys Widget", "documents": [)" + docs + "]}");
}

void write_night1(const TempDir& dir) {
  write_acme(dir, true);
  write_file(dir / "corpus/acme/official.txt", kOfficial);
  write_file(dir / "corpus/acme/a.txt", kWrongMoney);
  write_file(dir / "corpus/acme/b.txt", kWrongDate);
}

void write_beta_story(const TempDir& dir) {
  write_file(dir / "corpus/beta/story.json",
             R"({"id": "beta-rates", "documents": [
                  {"file": "off.txt", "role": "official", "published": "2026-05-04"},
                  {"file": "cov.txt", "role": "coverage", "source": "Wire C", "published": "2026-05-05"}]})");
  write_file(dir / "corpus/beta/off.txt",
             "Beta Bank raised its savings rate to 4.5% on May 4, 2026.\n\nThe bank holds $200 million in deposits.\n");
  write_file(dir / "corpus/beta/cov.txt",
             "Beta Bank raised its savings rate to 5.4% on May 4, 2026.\n\nThe bank holds $200 million in deposits.\n");
}

testing::CommandResult run_corpus(const TempDir& dir, const std::string& db, const std::string& extra = "") {
  return run_claimcheck("run " + (dir / "corpus") + " --db " + db + " " + extra);
}

}  // namespace

TEST_CASE("three nights: run rows, new and resolved findings, retired documents, reports") {
  TempDir dir;
  const std::string db = dir / "claims.db";

  // Night 1: the initial corpus.
  write_night1(dir);
  auto n1 = run_corpus(dir, db);
  REQUIRE_MESSAGE(n1.status == 0, n1.err);
  CHECK(one(db, "SELECT status, stories_seen, stories_failed FROM runs WHERE id = 1") == "ok|1|0");
  CHECK(doc_counts(db, 1) == "3|3|0|0|0|0");
  CHECK(one(db, "SELECT finished_at IS NOT NULL FROM runs WHERE id = 1") == "1");
  CHECK(one(db, "SELECT claims_added FROM runs WHERE id = 1") == one(db, "SELECT count(*) FROM claims"));
  CHECK(one(db, "SELECT findings_added FROM runs WHERE id = 1") == one(db, "SELECT count(*) FROM findings"));
  {
    const json fresh = report_json(db, "--new");
    CHECK(fresh["since_run"] == 0);
    CHECK(fresh["until_run"] == 1);
    const json* acme = story_of(fresh, "acme-widget");
    REQUIRE(acme);
    CHECK(count_findings(*acme, "a.txt", "15 billion", "contradicted") == 1);
    CHECK(count_findings(*acme, "b.txt", "April 20", "contradicted") == 1);
    CHECK((*acme)["resolved"].empty());
  }

  // The same night again: nothing changes, and nothing is new.
  const auto claims_before = query(db, "SELECT * FROM claims ORDER BY id");
  const auto findings_before = query(db, "SELECT * FROM findings ORDER BY id");
  auto again = run_corpus(dir, db);
  REQUIRE_MESSAGE(again.status == 0, again.err);
  CHECK(doc_counts(db, 2) == "3|0|0|3|0|0");
  CHECK(one(db, "SELECT claims_added, claims_removed, findings_added, findings_removed FROM runs WHERE id = 2") ==
        "0|0|0|0");
  CHECK(query(db, "SELECT * FROM claims ORDER BY id") == claims_before);
  CHECK(query(db, "SELECT * FROM findings ORDER BY id") == findings_before);
  {
    const json fresh = report_json(db, "--new");
    CHECK(fresh["since_run"] == 1);
    CHECK(fresh["until_run"] == 2);
    for (const auto& s : fresh["stories"]) {
      CHECK(s["findings"].empty());
      CHECK(s["resolved"].empty());
      CHECK(s["documents_updated"].empty());
    }
  }

  // Night 2: a new story, and Daily A corrects its price.
  write_beta_story(dir);
  write_file(dir / "corpus/acme/a.txt", kFixedMoney);
  auto n2 = run_corpus(dir, db);
  REQUIRE_MESSAGE(n2.status == 0, n2.err);
  CHECK(one(db, "SELECT status, stories_seen FROM runs WHERE id = 3") == "ok|2");
  CHECK(doc_counts(db, 3) == "5|2|1|2|0|0");
  CHECK(std::stoi(one(db, "SELECT findings_removed FROM runs WHERE id = 3")) >= 1);
  CHECK(one(db, "SELECT first_seen_run, resolved_run FROM resolved_findings WHERE document_file = 'a.txt'"
                " AND claim_text LIKE '%15 billion%' AND verdict = 'contradicted'") == "1|3");
  // The old claims were replaced, not kept beside the new ones.
  CHECK(one(db, "SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id"
                " WHERE d.file = 'a.txt' AND c.text LIKE '%15 billion%'") == "0");
  // b.txt did not change: its findings keep the run that first saw them.
  CHECK(one(db, "SELECT min(first_seen_run) = 1 AND max(first_seen_run) = 1 FROM findings f"
                " JOIN documents d ON d.id = f.document_id WHERE d.file = 'b.txt'") == "1");
  {
    const json fresh = report_json(db, "--new");
    CHECK(fresh["since_run"] == 2);
    CHECK(fresh["until_run"] == 3);
    const json* acme = story_of(fresh, "acme-widget");
    const json* beta = story_of(fresh, "beta-rates");
    REQUIRE(acme);
    REQUIRE(beta);
    CHECK(count_findings(*acme, "a.txt", "15 billion") == 0);
    CHECK(count_findings(*acme, "b.txt", "") == 0);  // old news
    bool resolved_price = false;
    for (const auto& r : (*acme)["resolved"])
      resolved_price |= r["document"] == "a.txt" && r["verdict"] == "contradicted" &&
                        r["claim"].get<std::string>().find("15 billion") != std::string::npos && r["resolved_run"] == 3;
    CHECK(resolved_price);
    REQUIRE((*acme)["documents_updated"].size() == 1);
    CHECK((*acme)["documents_updated"][0]["document"] == "a.txt");
    CHECK(count_findings(*beta, "cov.txt", "5.4%", "contradicted") == 1);
    CHECK((*beta)["resolved"].empty());

    auto md = run_claimcheck("report --db " + db + " --format md --new");
    REQUIRE(md.status == 0);
    CHECK(md.out.find("Only findings first seen after run 2") != std::string::npos);
    CHECK(md.out.find("gone in run 3") != std::string::npos);
    CHECK(md.out.find("15 billion") != std::string::npos);
    auto html = run_claimcheck("report --db " + db + " --format html --new");
    REQUIRE(html.status == 0);
    CHECK(html.out.find("gone in run 3") != std::string::npos);
    CHECK(html.out.find("$15 billion") != std::string::npos);
    CHECK(html.out.find("read again (new or edited)") != std::string::npos);
    // The full report is the current state: the corrected claim is gone from it.
    const json full = report_json(db, "");
    CHECK(count_findings(*story_of(full, "acme-widget"), "a.txt", "15 billion") == 0);
    CHECK(count_findings(*story_of(full, "acme-widget"), "b.txt", "April 20", "contradicted") == 1);
  }

  // Night 3: b.txt is removed from story.json (the file stays on disk).
  const std::string b_findings = one(db, "SELECT count(*) FROM findings f JOIN documents d ON d.id = f.document_id"
                                         " WHERE d.file = 'b.txt'");
  REQUIRE(std::stoi(b_findings) > 0);
  write_acme(dir, false);
  auto n3 = run_corpus(dir, db);
  REQUIRE_MESSAGE(n3.status == 0, n3.err);
  CHECK(doc_counts(db, 4) == "4|0|0|4|0|1");
  CHECK(one(db, "SELECT findings_removed FROM runs WHERE id = 4") == b_findings);
  CHECK(one(db, "SELECT status, processed_run FROM documents WHERE file = 'b.txt'") == "retired|4");
  CHECK(one(db, "SELECT count(*) FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.file = 'b.txt'") ==
        "0");
  CHECK(one(db, "SELECT count(*) FROM resolved_findings WHERE document_file = 'b.txt' AND resolved_run = 4") ==
        b_findings);
  {
    const json fresh = report_json(db, "--new");
    const json* acme = story_of(fresh, "acme-widget");
    REQUIRE(acme);
    CHECK((*acme)["findings"].empty());
    bool resolved_date = false;
    for (const auto& r : (*acme)["resolved"])
      resolved_date |= r["document"] == "b.txt" && r["claim"].get<std::string>().find("April 20") != std::string::npos;
    CHECK(resolved_date);
    REQUIRE((*acme)["documents_updated"].size() == 1);
    CHECK((*acme)["documents_updated"][0]["status"] == "retired");
    auto html = run_claimcheck("report --db " + db + " --format html --new");
    CHECK(html.out.find("retired (removed from story.json)") != std::string::npos);
  }

  // Night 4: the official text changes: every coverage document is compared again.
  std::string official = kOfficial;
  official.replace(official.find("$13 billion"), 11, "$15 billion");
  write_file(dir / "corpus/acme/official.txt", official);
  auto n4 = run_corpus(dir, db);
  REQUIRE_MESSAGE(n4.status == 0, n4.err);
  CHECK(doc_counts(db, 5) == "4|0|1|3|0|0");
  {
    const json fresh = report_json(db, "--new");
    const json* acme = story_of(fresh, "acme-widget");
    REQUIRE(acme);
    CHECK(count_findings(*acme, "a.txt", "13 billion", "contradicted") == 1);  // a.txt itself did not change
  }

  auto runs = run_claimcheck("runs --db " + db);
  CHECK(runs.status == 0);
  int lines = 0;
  std::istringstream in(runs.out);
  for (std::string line; std::getline(in, line);) lines += line.rfind("run ", 0) == 0;
  CHECK(lines == 5);
  auto status = run_claimcheck("status --db " + db);
  CHECK(status.status == 0);
  CHECK(status.out.find("run 5") != std::string::npos);
  CHECK(status.out.find("last run succeeded") != std::string::npos);
}

TEST_CASE("documents extracted by other code or rules are extracted again, without new findings") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  write_night1(dir);
  REQUIRE(run_corpus(dir, db).status == 0);
  const std::string identity = one(db, "SELECT DISTINCT extracted_by FROM documents");
  CHECK(identity.find(" code ") != std::string::npos);
  CHECK(identity.find(" rules ") != std::string::npos);
  const auto findings_before = query(db, "SELECT fingerprint, first_seen_run FROM findings ORDER BY fingerprint");
  // Another binary's claims (or rows written before schema 7, which record none).
  testing::exec_sql(db, "UPDATE documents SET extracted_by = '0.0.0 code older rules older' WHERE file != 'b.txt'");
  testing::exec_sql(db, "UPDATE documents SET extracted_by = NULL WHERE file = 'b.txt'");
  auto r = run_corpus(dir, db, "-v");
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(doc_counts(db, 2) == "3|0|3|0|0|0");
  CHECK(r.err.find("reprocessed") != std::string::npos);
  CHECK(one(db, "SELECT count(DISTINCT coalesce(extracted_by, '')) FROM documents") == "1");
  CHECK(one(db, "SELECT DISTINCT extracted_by FROM documents") == identity);
  CHECK(query(db, "SELECT fingerprint, first_seen_run FROM findings ORDER BY fingerprint") == findings_before);
  CHECK(report_json(db, "--new")["stories"][0]["findings"].empty());
  // ... and once processed by this version, the next night skips them again.
  REQUIRE(run_corpus(dir, db).status == 0);
  CHECK(doc_counts(db, 3) == "3|0|0|3|0|0");
}

TEST_CASE("an edited story rules.json extracts the story again, and its vocabulary takes effect") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  write_night1(dir);
  write_file(dir / "corpus/acme/a.txt", std::string(kFixedMoney) + "\nAcme will pay the Springfield firm a revenue share.\n");
  REQUIRE(run_corpus(dir, db).status == 0);
  const std::string payee = "SELECT coalesce(json_extract(c.attrs, '$.object'), '-') FROM claims c"
                            " JOIN documents d ON d.id = c.document_id WHERE d.file = 'a.txt' AND c.value = 'revenue_share'";
  CHECK(one(db, payee) != "widget");
  write_file(dir / "corpus/acme/rules.json",
             R"({"terms": {"entities": [{"id": "widget", "aliases": ["Widget Inc", "the Springfield firm"]}]}})");
  auto r = run_corpus(dir, db);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(doc_counts(db, 2) == "3|0|3|0|0|0");
  CHECK(one(db, payee) == "widget");
  // The same overlay the next night: nothing to do.
  REQUIRE(run_corpus(dir, db).status == 0);
  CHECK(doc_counts(db, 3) == "3|0|0|3|0|0");
  // Comparison vocabulary decides findings, computed every night, not claims: nothing is extracted again.
  write_file(dir / "corpus/acme/rules.json",
             R"({"terms": {"entities": [{"id": "widget", "aliases": ["Widget Inc", "the Springfield firm"]}]},
                 "compare": {"hedge_cues": ["rumoured"]}})");
  REQUIRE(run_corpus(dir, db).status == 0);
  CHECK(doc_counts(db, 4) == "3|0|0|3|0|0");
}

TEST_CASE("a publication date changed in story.json resolves the document's relative dates again") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  write_night1(dir);
  write_file(dir / "corpus/acme/a.txt", "Acme Corp agreed to buy Widget Inc yesterday.\n");
  REQUIRE(run_corpus(dir, db).status == 0);
  const std::string yesterday = "SELECT c.value FROM claims c JOIN documents d ON d.id = c.document_id"
                                " WHERE d.file = 'a.txt' AND c.kind = 'date'";
  CHECK(one(db, yesterday) == "2026-04-27");
  const std::string json = testing::read_file(dir / "corpus/acme/story.json");
  const size_t at = json.find("2026-04-28");  // a.txt's date (b.txt's follows)
  REQUIRE(at != std::string::npos);
  write_file(dir / "corpus/acme/story.json", json.substr(0, at) + "2026-04-30" + json.substr(at + 10));
  auto r = run_corpus(dir, db);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(doc_counts(db, 2) == "3|0|1|2|0|0");
  CHECK(one(db, yesterday) == "2026-04-29");
}

TEST_CASE("one writer at a time: a second run exits at once; readers are not blocked; kill -9 frees the lock") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  write_night1(dir);
  REQUIRE(run_corpus(dir, db).status == 0);

  // Another process holding the lock: the run refuses at once, naming the lock.
  {
    const int fd = ::open((db + ".lock").c_str(), O_RDWR);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
    const auto t0 = std::chrono::steady_clock::now();
    auto second = run_corpus(dir, db);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
    CHECK(second.status == 1);
    CHECK(second.err.find("another claimcheck run is writing this database") != std::string::npos);
    CHECK(second.err.find("claims.db.lock") != std::string::npos);
    ::close(fd);
  }
  CHECK(one(db, "SELECT count(*) FROM runs") == "1");  // the refused run left no row

  // A real run, stuck writing: this test holds SQLite's write lock, so the run
  // (which holds the writer lock) waits inside its first write.
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  REQUIRE(sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  const pid_t child = testing::spawn_claimcheck({"run", dir / "corpus", "--db", db});
  REQUIRE(child >= 0);
  // Wait until the child holds the writer lock.
  bool held = false;
  for (int i = 0; i < 200 && !held; ++i) {
    const int fd = ::open((db + ".lock").c_str(), O_RDWR);
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      ::flock(fd, LOCK_UN);
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    } else {
      held = true;
    }
    ::close(fd);
  }
  REQUIRE(held);
  auto second = run_corpus(dir, db);
  CHECK(second.status == 1);
  CHECK(second.err.find("another claimcheck run is writing this database") != std::string::npos);
  CHECK(second.err.find("by pid " + std::to_string(child)) != std::string::npos);
  // Readers go on while a write transaction is open (WAL).
  auto rep = run_claimcheck("report --db " + db + " --format json");
  CHECK(rep.status == 0);
  CHECK(rep.out.find("acme-widget") != std::string::npos);
  CHECK(run_claimcheck("runs --db " + db).status == 0);

  REQUIRE(::kill(child, SIGKILL) == 0);
  int ws = 0;
  REQUIRE(waitpid(child, &ws, 0) == child);
  CHECK(WIFSIGNALED(ws));
  sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(h);
  // The kernel dropped the dead run's lock: the next run goes ahead.
  auto after = run_corpus(dir, db);
  CHECK_MESSAGE(after.status == 0, after.err);
}

TEST_CASE("a run left 'running' by a dead process shows as interrupted, and the next run records it") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  write_night1(dir);
  REQUIRE(run_corpus(dir, db).status == 0);
  // What kill -9 after two stories leaves: a row with partial counts, no end.
  testing::exec_sql(db, "INSERT INTO runs(started_at, corpus, version, stories_seen, documents_seen, documents_unchanged)"
              " VALUES ('2026-05-01T02:30:00Z', 'corpus', '" CLAIMCHECK_VERSION "', 2, 5, 5)");
  auto status = run_claimcheck("status --db " + db);
  CHECK(status.status == 1);
  CHECK(status.out.find("interrupted") != std::string::npos);
  CHECK(status.out.find("last run succeeded") == std::string::npos);
  auto runs = run_claimcheck("runs --db " + db);
  CHECK(runs.out.find("run 2  2026-05-01T02:30:00Z .. -  interrupted") != std::string::npos);
  // --new does not take a run that never finished as its end.
  const json fresh = report_json(db, "--new");
  CHECK(fresh["since_run"] == 0);
  CHECK(fresh["until_run"] == 1);

  auto next = run_corpus(dir, db, "--log-format json");
  REQUIRE_MESSAGE(next.status == 0, next.err);
  CHECK(one(db, "SELECT status, finished_at IS NULL FROM runs WHERE id = 2") == "interrupted|1");
  CHECK(one(db, "SELECT status FROM runs WHERE id = 3") == "ok");
  CHECK(next.err.find("\"event\":\"run_interrupted\"") != std::string::npos);
  CHECK(run_claimcheck("status --db " + db).status == 0);
  // The window now spans the interrupted run: whatever it found is still shown once.
  const json later = report_json(db, "--new");
  CHECK(later["since_run"] == 1);
  CHECK(later["until_run"] == 3);
}

TEST_CASE("kill -9 in the middle of a run: the row shows what was committed and reads 'interrupted'") {
  TempDir dir;
  // Twenty copies of the demo story: long enough to stop after the first stories.
  for (int i = 0; i < 20; ++i) testing::copy_demo_story(dir / "corpus", "story-" + std::to_string(i));
  const std::string db = dir / "claims.db";
  const pid_t child = testing::spawn_claimcheck({"run", dir / "corpus", "--db", db});
  REQUIRE(child >= 0);
  // Wait for the first committed story (its counts are in the run row), then kill.
  bool started = false;
  for (int i = 0; i < 1200 && !started; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    sqlite3* h = nullptr;
    if (!fs::exists(db) || sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(h);
      continue;
    }
    sqlite3_busy_timeout(h, 1000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT stories_seen FROM runs WHERE status = 'running'", -1, &st, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      started = sqlite3_column_int(st, 0) >= 1;
    sqlite3_finalize(st);
    sqlite3_close(h);
  }
  REQUIRE(::kill(child, SIGKILL) == 0);
  int ws = 0;
  REQUIRE(waitpid(child, &ws, 0) == child);
  REQUIRE(started);
  if (!WIFSIGNALED(ws)) {
    MESSAGE("the run finished before it could be killed; nothing to check");
    return;
  }
  // The row counts exactly the stories that committed, and is not a success.
  const std::string stored = one(db, "SELECT count(*) FROM stories");
  CHECK(one(db, "SELECT stories_seen, status, finished_at IS NULL FROM runs WHERE id = 1") == stored + "|running|1");
  CHECK(std::stoi(stored) < 20);
  CHECK(one(db, "SELECT documents_new FROM runs WHERE id = 1") ==
        one(db, "SELECT count(*) FROM documents WHERE processed_run = 1"));
  auto status = run_claimcheck("status --db " + db);
  CHECK(status.status == 1);
  CHECK(status.out.find("interrupted") != std::string::npos);
  // The next run does the rest and records the dead one.
  auto next = run_claimcheck("run " + (dir / "corpus") + " --db " + db);
  CHECK_MESSAGE(next.status == 0, next.err);
  CHECK(next.err.find("run 1 never finished") != std::string::npos);
  CHECK(one(db, "SELECT status FROM runs WHERE id = 1") == "interrupted");
  CHECK(one(db, "SELECT stories_seen, documents_new + documents_unchanged FROM runs WHERE id = 2") == "20|100");
  CHECK(one(db, "SELECT documents_unchanged FROM runs WHERE id = 2") == std::to_string(5 * std::stoi(stored)));
}

TEST_CASE("--log-format json: one JSON object per event on stderr, stdout kept for data") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  write_night1(dir);
  write_file(dir / "corpus/broken/story.json", R"({"id": "broken", "documents": [)");
  write_file(dir / "corpus/gap/story.json", R"({"id": "gap", "documents": [
      {"file": "off.txt", "role": "official"}, {"file": "missing.txt", "role": "coverage"}]})");
  write_file(dir / "corpus/gap/off.txt", "The plan costs $5 million, the city said on March 3, 2026.\n");
  auto r = run_corpus(dir, db, "--log-format json -v");
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  std::map<std::string, std::vector<json>> events;
  std::istringstream in(r.err);
  int lines = 0;
  for (std::string line; std::getline(in, line);) {
    ++lines;
    CAPTURE(line);
    auto j = json::parse(line, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    REQUIRE(j.is_object());
    CHECK(j["time"].is_string());
    CHECK(j["level"].is_string());
    CHECK(j["message"].is_string());
    events[j["event"].get<std::string>()].push_back(j);
  }
  CHECK(lines > 3);
  REQUIRE(events["run_started"].size() == 1);
  CHECK(events["run_started"][0]["run"] == 1);
  REQUIRE(events["run_finished"].size() == 1);
  const json& fin = events["run_finished"][0];
  CHECK(fin["status"] == "partial");
  CHECK(fin["stories"] == 2);
  CHECK(fin["stories_failed"] == 1);
  CHECK(fin["documents_new"] == 4);
  CHECK(fin["documents_failed"] == 1);
  CHECK(fin["failures"] == 2);
  REQUIRE(events["story_skipped"].size() == 1);
  CHECK(events["story_skipped"][0]["folder"].get<std::string>().find("broken") != std::string::npos);
  CHECK(events["story_skipped"][0]["reason"].is_string());
  REQUIRE(events["document_refused"].size() == 1);
  CHECK(events["document_refused"][0]["file"] == "missing.txt");
  CHECK(events["document_refused"][0]["story"] == "gap");
  CHECK(events["document_refused"][0]["reason"].get<std::string>().find("not found") != std::string::npos);
  CHECK(events["document_processed"].size() == 4);  // -v: one per document read

  // -q: errors only.
  auto quiet = run_corpus(dir, db, "--log-format json -q");
  CHECK(quiet.status == 1);
  std::istringstream qin(quiet.err);
  for (std::string line; std::getline(qin, line);) CHECK(json::parse(line)["level"] == "error");

  // Text mode: readable lines, the summary last.
  auto text = run_corpus(dir, db);
  CHECK(text.status == 1);
  CHECK(text.err.find("claimcheck: run 3 partial:") != std::string::npos);
  CHECK(text.err.find("missing.txt: file not found") != std::string::npos);
}

}  // namespace claimcheck
