// Faults around a run, end to end with the binary: readers (report, plain
// SQLite queries) while a run writes, a run that hits the file-size limit
// (disk full), and CLI misuse that must neither crash nor leave half-written
// files. Bad documents, bad story.json and kill -9 are in bad_input_test,
// run_test and crash_test; speed on pathological input is in scripts/bench_pathological.sh.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/test_util.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::run_claimcheck;
using testing::TempDir;
using testing::write_file;

// The demo story copied `n` times under new ids story-00 ... : a corpus big
// enough that a run takes a while and commits story by story.
void make_corpus(const std::string& corpus, int first, int n) {
  for (int i = first; i < first + n; ++i)
    testing::copy_demo_story(corpus, "story-" + std::string(i < 10 ? "0" : "") + std::to_string(i));
}

// Starts `claimcheck run` in the background; stderr goes to `err_file`.
// `fsize_limit` > 0 caps the size of every file it writes (RLIMIT_FSIZE, with
// SIGXFSZ ignored so that writes fail with EFBIG as on a full disk).
// `unprivileged`: when the tests run as root (who may write any file), the
// run drops to user and group 65534 (nobody), so that file modes apply to it.
pid_t start_run(const std::string& corpus, const std::string& db, const std::string& err_file,
                rlim_t fsize_limit = 0, bool unprivileged = false) {
  const pid_t pid = testing::spawn_claimcheck({"run", corpus, "--db", db, "--jobs", "2"}, err_file, [&] {
    if (fsize_limit > 0) {
      signal(SIGXFSZ, SIG_IGN);
      rlimit lim{fsize_limit, fsize_limit};
      setrlimit(RLIMIT_FSIZE, &lim);
    }
    if (unprivileged && geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(126);
  });
  REQUIRE(pid >= 0);
  return pid;
}

// Exit status, or -signal when killed by a signal.
int wait_for(pid_t pid, bool block = true) {
  int status = 0;
  const pid_t r = waitpid(pid, &status, block ? 0 : WNOHANG);
  if (r == 0) return 1000;  // still running
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

std::vector<std::string> rows(const std::string& db, const std::string& sql, std::string* error = nullptr) {
  sqlite3* h = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    if (error) *error = sqlite3_errmsg(h);
    sqlite3_close(h);
    return out;
  }
  sqlite3_busy_timeout(h, 10000);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    if (error) *error = sqlite3_errmsg(h);
    sqlite3_close(h);
    return out;
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const unsigned char* t = sqlite3_column_text(st, i);
      row += (i ? "|" : "") + std::string(t ? reinterpret_cast<const char*>(t) : "NULL");
    }
    out.push_back(row);
  }
  if (rc != SQLITE_DONE && error) *error = sqlite3_errmsg(h);
  sqlite3_finalize(st);
  sqlite3_close(h);
  return out;
}

// Story id -> its findings as JSON text, from a JSON report.
std::map<std::string, std::string> findings_by_story(const std::string& report) {
  std::map<std::string, std::string> out;
  const auto j = nlohmann::json::parse(report, nullptr, false);
  REQUIRE_MESSAGE(!j.is_discarded(), "report is not JSON: " << report.substr(0, 200));
  for (const auto& s : j.at("stories")) out[s.at("id").get<std::string>()] = s.at("findings").dump();
  return out;
}

}  // namespace

TEST_CASE("report and SQLite readers get whole stories while a run writes, never 'database is locked'") {
  TempDir dir;
  const std::string corpus = dir / "corpus", db = dir / "claims.db", err = dir / "run.err";
  make_corpus(corpus, 0, 1);
  REQUIRE(wait_for(start_run(corpus, db, err)) == 0);
  make_corpus(corpus, 1, 19);

  const pid_t run = start_run(corpus, db, err);
  int reports = 0, queries = 0, run_status = 1000;
  std::vector<std::map<std::string, std::string>> seen;
  while ((run_status = wait_for(run, false)) == 1000) {
    auto r = run_claimcheck("report --db " + db + " --format json");
    INFO("report stderr: " << r.err);
    CHECK(r.status == 0);
    CHECK(r.err.find("locked") == std::string::npos);
    if (r.status == 0) seen.push_back(findings_by_story(r.out));
    ++reports;
    std::string qerr;
    const auto counts = rows(db, "SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM claims)", &qerr);
    CHECK_MESSAGE(qerr.empty(), qerr);
    CHECK(counts.size() == 1);
    ++queries;
  }
  CHECK(run_status == 0);
  INFO("run stderr: " << read_file(err));
  MESSAGE(reports << " reports and " << queries << " queries during the run");
  CHECK(reports > 0);

  // Every story a reader saw had exactly the findings it has at the end: no half-written story.
  const auto final_report = run_claimcheck("report --db " + db + " --format json");
  REQUIRE(final_report.status == 0);
  const auto final_findings = findings_by_story(final_report.out);
  CHECK(final_findings.size() == 20);
  size_t prev = 0;
  for (const auto& snapshot : seen) {
    CHECK(snapshot.size() >= prev);  // stories only ever appear
    prev = snapshot.size();
    for (const auto& [id, f] : snapshot) {
      INFO("story " << id);
      CHECK(final_findings.count(id) == 1);
      CHECK(final_findings.at(id) == f);
    }
  }
}

TEST_CASE("a run that cannot grow the database (disk full) fails clearly and keeps earlier data") {
  TempDir dir;
  const std::string corpus = dir / "corpus", db = dir / "claims.db", err = dir / "run.err";
  make_corpus(corpus, 0, 1);
  REQUIRE(wait_for(start_run(corpus, db, err)) == 0);
  // Fold the WAL into the database so that its size is the whole of the data.
  REQUIRE(rows(db, "PRAGMA wal_checkpoint(TRUNCATE)").size() == 1);
  const std::string before = rows(db, "SELECT count(*) FROM claims")[0] + "/" +
                             rows(db, "SELECT count(*) FROM findings")[0];
  REQUIRE(before != "0/0");

  make_corpus(corpus, 1, 19);
  // No file the run writes (database, WAL, lock, log) may grow past 64 KiB more than the database now is.
  const auto limit = static_cast<rlim_t>(fs::file_size(db) + 64 * 1024);
  const int status = wait_for(start_run(corpus, db, err, limit));
  const std::string message = read_file(err);
  INFO("run stderr: " << message);
  CHECK(status == 1);  // an error exit, not a crash or a signal
  CHECK((message.find("full") != std::string::npos || message.find("I/O") != std::string::npos ||
         message.find("too large") != std::string::npos));

  std::string qerr;
  CHECK(rows(db, "PRAGMA integrity_check", &qerr) == std::vector<std::string>{"ok"});
  CHECK_MESSAGE(qerr.empty(), qerr);
  CHECK(rows(db, "SELECT count(*) FROM stories WHERE id = 'story-00'")[0] == "1");
  // story-00 was unchanged, so its claims and findings are exactly as before.
  CHECK(rows(db, "SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id"
                 " WHERE d.story_id = 'story-00'")[0] + "/" +
            rows(db, "SELECT count(*) FROM findings WHERE story_id = 'story-00'")[0] ==
        before);

  // With room again, the next run completes the work.
  CHECK(wait_for(start_run(corpus, db, err)) == 0);
  CHECK(rows(db, "SELECT count(*) FROM stories")[0] == "20");
}

TEST_CASE("a run on a read-only database fails clearly and leaves it as it was") {
  TempDir dir;
  const std::string corpus = dir / "corpus", db = dir / "claims.db", err = dir / "run.err";
  make_corpus(corpus, 0, 1);
  REQUIRE(wait_for(start_run(corpus, db, err)) == 0);
  const auto stored = [&] {
    return rows(db, "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM findings), (SELECT count(*) FROM runs)");
  };
  const auto before = stored();
  REQUIRE(before.size() == 1);
  make_corpus(corpus, 1, 3);
  // The file may not be written; its folder and the lock file may (SQLite's -shm).
  fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(dir.path(), fs::perms::all);
  fs::permissions(db + ".lock", fs::perms::all);
  const int status = wait_for(start_run(corpus, db, err, 0, /*unprivileged=*/true));
  const std::string message = read_file(err);
  INFO("run stderr: " << message);
  CHECK(status == 1);
  CHECK(message.find(db) != std::string::npos);  // names the database
  CHECK(message.find("read-only") != std::string::npos);
  CHECK(std::count(message.begin(), message.end(), '\n') == 1);  // one line

  fs::permissions(db, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  CHECK(rows(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
  CHECK(stored() == before);
  // Writable again: the next run does the work.
  CHECK(wait_for(start_run(corpus, db, err)) == 0);
  CHECK(rows(db, "SELECT count(*) FROM stories")[0] == "4");
}

TEST_CASE("report misuse: missing --out folder, a non-database, a missing database") {
  TempDir dir;
  const std::string db = dir / "claims.db";
  REQUIRE(run_claimcheck("run " + testing::source_path("corpus") + " --db " + db).status == 0);

  auto missing_out = run_claimcheck("report --db " + db + " --format md --out " + (dir / "nope/report.md"));
  CHECK(missing_out.status == 1);
  CHECK(missing_out.err.find("nope/report.md") != std::string::npos);
  CHECK(!fs::exists(dir / "nope"));

  // A failed report never replaces an existing one with half a file.
  write_file(dir / "keep.html", "previous report");
  write_file(dir / "garbage.db", "not a database at all");
  auto not_db = run_claimcheck("report --db " + (dir / "garbage.db") + " --format html --out " + (dir / "keep.html"));
  CHECK(not_db.status == 1);
  CHECK(not_db.err.find("garbage.db") != std::string::npos);
  CHECK(read_file(dir / "keep.html") == "previous report");
  CHECK(read_file(dir / "garbage.db") == "not a database at all");

  auto missing_db = run_claimcheck("report --db " + (dir / "absent.db") + " --format json");
  CHECK(missing_db.status == 1);
  CHECK(missing_db.err.find("absent.db") != std::string::npos);
  CHECK(!fs::exists(dir / "absent.db"));  // a reader never creates a database

  CHECK(run_claimcheck("report --db " + db + " --format json --frobnicate").status == 2);
  CHECK(run_claimcheck("report --format json").status == 2);
  CHECK(run_claimcheck("report --db").status == 2);
  auto story = run_claimcheck("report --db " + db + " --format json --story no-such-story");
  CHECK(story.status != 0);
  CHECK(story.status < 128);

  // Only whole report files ever appear in the output folder: no temporaries are left behind.
  for (const auto& e : fs::directory_iterator(dir.path()))
    CHECK_MESSAGE(e.path().filename().string().find(".tmp") == std::string::npos, e.path().string());
}

}  // namespace claimcheck
