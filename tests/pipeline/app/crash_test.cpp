// kill -9 at random points of a run: the database stays intact, holds only
// whole stories, and the next run completes the work, ending exactly where an
// uninterrupted run ends.
#include <doctest/doctest.h>

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "tests/test_db.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::query;

namespace fs = std::filesystem;
using testing::TempDir;

// Runs `claimcheck run` and kills it with SIGKILL after `delay` (if still running).
void run_and_kill(const std::string& corpus, const std::string& db, std::chrono::milliseconds delay) {
  const pid_t pid = testing::spawn_claimcheck({"run", corpus, "--db", db, "--jobs", "2"});
  REQUIRE(pid >= 0);
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

// What a database says, without ids or run numbers.
std::vector<std::string> content(const std::string& db) {
  auto claims = query(db,
                     "SELECT d.story_id, d.file, c.idx, c.kind, c.start, c.end, c.value, c.rule FROM claims c"
                     " JOIN documents d ON d.id = c.document_id ORDER BY 1, 2, 3");
  auto findings = query(db,
                       "SELECT f.story_id, d.file, c.idx, f.verdict, f.reason FROM findings f"
                       " JOIN documents d ON d.id = f.document_id JOIN claims c ON c.id = f.claim_id ORDER BY 1, 2, 3, 4, 5");
  claims.insert(claims.end(), findings.begin(), findings.end());
  return claims;
}

}  // namespace

TEST_CASE("kill -9 during run never corrupts the database and the next run completes") {
  TempDir dir;
  // Twenty copies of the demo story under different ids make a run long enough to interrupt.
  const std::string corpus = dir / "corpus";
  for (int i = 0; i < 20; ++i) testing::copy_demo_story(corpus, "story-" + std::to_string(i));
  const std::string reference = dir / "reference.db";
  REQUIRE(testing::run_claimcheck("run " + corpus + " --db " + reference).status == 0);

  const std::string db = dir / "killed.db";
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> delay_ms(5, 400);
  for (int k = 0; k < 10; ++k) {
    run_and_kill(corpus, db, std::chrono::milliseconds(delay_ms(rng)));
    if (!fs::exists(db)) continue;
    CHECK(query(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
    CHECK(query(db, "PRAGMA foreign_key_check").empty());
    // Killed before its schema was committed (a loaded machine, a short delay):
    // an empty database, which the next run sets up.
    if (query(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'stories'") ==
        std::vector<std::string>{"0"})
      continue;
    // Whole stories only: a stored story has all five documents and findings for its coverage.
    for (const auto& r : query(db, "SELECT s.id, count(DISTINCT d.id), count(DISTINCT f.document_id) FROM stories s"
                                  " JOIN documents d ON d.story_id = s.id LEFT JOIN findings f ON f.story_id = s.id"
                                  " GROUP BY s.id")) {
      CAPTURE(r);
      CHECK(r.substr(r.find('|')) == "|5|4");
    }
  }
  auto finish = testing::run_claimcheck("run " + corpus + " --db " + db);
  CHECK_MESSAGE(finish.status == 0, finish.err);
  CHECK(content(db) == content(reference));
  auto again = testing::run_claimcheck("run " + corpus + " --db " + db);
  CHECK(again.status == 0);
  CHECK(query(db, "SELECT documents_new + documents_changed FROM runs ORDER BY id DESC LIMIT 1") ==
        std::vector<std::string>{"0"});
}

}  // namespace claimcheck
