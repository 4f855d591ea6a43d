// `claimcheck merge OUT.db IN.db...`: combines shard databases (from `run
// --shard I/N`) into one that answers every query and report as a single run
// would. It copies rows with SQL INSERT ... SELECT through ATTACH, remapping
// ids; it never modifies an input and never re-extracts or re-compares.
//
// Rules (README "Scaling out"):
// - every input must carry this binary's schema version (run it once with
//   this claimcheck to migrate an older shard); OUT is created and migrated;
// - run rows are kept: each input run is matched to an OUT run with the same
//   started_at, finished_at, corpus, version and shard, or inserted with a new id;
// - a story is copied whole (documents, blocks, sentences + FTS, claims,
//   findings, resolved findings). If OUT already holds a story with the same id,
//   the input's copy wins when its content differs (last wins, in command-line
//   order) and is skipped when it is the same: merging an input twice changes
//   nothing. Two inputs of one invocation that disagree about a story print a
//   warning naming both; the later one is kept.
// - a table in OUT that merge does not know is an error, not silently dropped.
#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pipeline/app/commands.h"
#include "pipeline/store/store.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

int fail(const Error& e) {
  std::cerr << "claimcheck: " << e.str() << '\n';
  return 1;
}

// The same exclusive flock on OUT.lock that `run` takes: a merge never races a run.
class OutLock {
 public:
  explicit OutLock(int fd) : fd_(fd) {}
  OutLock(OutLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  ~OutLock() {
    if (fd_ >= 0) ::close(fd_);
  }

 private:
  int fd_;
};

Result<OutLock> lock_out(const std::string& db) {
  const std::string path = db + ".lock";
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Error{path, std::string("cannot create lock file: ") + std::strerror(errno)};
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    return Error{db, "another claimcheck process is writing this database (lock held on " + path + ")"};
  }
  return OutLock(fd);
}

// How each table's columns are rewritten on the way in. `s` is the source row;
// ?1..?5 are the id offsets of documents, sentences, claims, findings, resolved_findings.
struct TableCopy {
  const char* table;
  std::string where;  // which source rows (those of the stories being copied); empty: rows of their documents
  std::map<std::string, std::string> remap;
};

const std::string kRun = "(SELECT dst FROM temp.merge_run_map WHERE src = s.";
const std::string kDocsOfCopied = "(SELECT id FROM src.documents WHERE story_id IN (SELECT id FROM temp.merge_copy))";

std::vector<TableCopy> table_copies() {
  return {
      {"stories", "s.id IN (SELECT id FROM temp.merge_copy)",
       {{"first_seen_run", kRun + "first_seen_run)"}, {"updated_run", kRun + "updated_run)"}}},
      {"documents", "s.story_id IN (SELECT id FROM temp.merge_copy)",
       {{"id", "s.id + ?1"}, {"processed_run", kRun + "processed_run)"}}},
      {"blocks", "", {{"document_id", "s.document_id + ?1"}}},
      {"sentences", "", {{"id", "s.id + ?2"}, {"document_id", "s.document_id + ?1"}}},
      {"claims", "",
       {{"id", "s.id + ?3"}, {"document_id", "s.document_id + ?1"}, {"sentence_id", "s.sentence_id + ?2"}}},
      {"findings", "s.story_id IN (SELECT id FROM temp.merge_copy)",
       {{"id", "s.id + ?4"},
        {"document_id", "s.document_id + ?1"},
        {"claim_id", "s.claim_id + ?3"},
        {"other_claim_id", "s.other_claim_id + ?3"},
        {"first_seen_run", kRun + "first_seen_run)"}}},
      {"resolved_findings", "s.story_id IN (SELECT id FROM temp.merge_copy)",
       {{"id", "s.id + ?5"}, {"first_seen_run", kRun + "first_seen_run)"}, {"resolved_run", kRun + "resolved_run)"}}},
  };
}

class Merger {
 public:
  Merger(sql::Connection& db, std::string out) : db_(db), out_(std::move(out)) {}

  Status check_known_tables() {
    static const std::set<std::string> known = {"runs",   "stories", "documents", "blocks", "sentences",
                                                "claims", "findings", "resolved_findings"};
    auto st = db_.prepare(
        "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'sentences_fts%'");
    while (st.step())
      if (!known.count(st.text(0)))
        return Error{out_, "table '" + st.text(0) + "' is unknown to merge; teach pipeline/app/merge_command.cpp"};
    return ok_status();
  }

  Status merge_one(const std::string& in, int schema) {
    {
      // A plain path (the connection has no URI support): merge only ever reads `src`,
      // and the caller checked that the file exists, so ATTACH creates nothing.
      auto att = db_.prepare("ATTACH DATABASE ? AS src");
      att.bind(1, in);
      if (!att.run()) return Error{in, "cannot open: " + att.error()};
    }
    Status s = merge_attached(in, schema);
    if (!s.ok()) (void)db_.exec("ROLLBACK");
    (void)db_.exec("DETACH DATABASE src");
    return s;
  }

  size_t copied = 0, skipped = 0;

 private:
  Status merge_attached(const std::string& in, int schema) {
    {
      auto v = db_.prepare("PRAGMA src.user_version");
      if (!v.ok() || !v.step()) return Error{in, "not an SQLite database (" + (v.ok() ? v.error() : db_.last_error()) + ")"};
      const int64_t version = v.int64(0);
      if (version == 0) return Error{in, "not a claimcheck database (no schema version)"};
      if (version != schema)
        return Error{in, "schema version " + std::to_string(version) + ", expected " + std::to_string(schema) +
                             " (run this claimcheck on the shard once to migrate it, or upgrade claimcheck)"};
    }
    if (auto s = db_.exec("BEGIN IMMEDIATE"); !s.ok()) return Error{out_, s.error().message};
    if (auto s = map_runs(in); !s.ok()) return s;
    if (auto s = choose_stories(in); !s.ok()) return s;
    if (auto s = copy_rows(in); !s.ok()) return s;
    if (auto s = db_.exec("COMMIT"); !s.ok()) return Error{out_, s.error().message};
    return ok_status();
  }

  std::vector<std::string> columns(const std::string& table) {
    std::vector<std::string> out;
    auto st = db_.prepare("SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid");
    st.bind(1, table);
    while (st.step()) out.push_back(st.text(0));
    return out;
  }

  Status map_runs(const std::string& in) {
    if (auto s = db_.exec("CREATE TEMP TABLE IF NOT EXISTS merge_run_map(src INTEGER PRIMARY KEY, dst INTEGER);"
                          "DELETE FROM temp.merge_run_map;");
        !s.ok())
      return Error{out_, s.error().message};
    std::string cols, vals;
    for (const auto& c : columns("runs")) {
      if (c == "id") continue;
      cols += (cols.empty() ? "" : ", ") + c;
      vals += (vals.empty() ? "s." : ", s.") + c;
    }
    auto runs = db_.prepare("SELECT id FROM src.runs ORDER BY id");
    if (!runs.ok()) return Error{in, "cannot read runs: " + runs.error()};
    std::vector<int64_t> ids;
    while (runs.step()) ids.push_back(runs.int64(0));
    for (int64_t id : ids) {
      auto find = db_.prepare(
          "SELECT m.id FROM main.runs m, src.runs s WHERE s.id = ? AND m.started_at = s.started_at"
          " AND m.finished_at IS s.finished_at AND m.corpus = s.corpus AND m.version = s.version"
          " AND m.shard = s.shard");
      find.bind(1, id);
      int64_t dst = 0;
      if (find.step()) {
        dst = find.int64(0);
      } else {
        auto ins = db_.prepare("INSERT INTO main.runs(" + cols + ") SELECT " + vals + " FROM src.runs s WHERE s.id = ?");
        ins.bind(1, id);
        if (!ins.run()) return Error{in, "cannot copy run " + std::to_string(id) + ": " + ins.error()};
        dst = sqlite3_last_insert_rowid(db_.get());
      }
      auto map = db_.prepare("INSERT INTO temp.merge_run_map(src, dst) VALUES (?, ?)");
      map.bind(1, id).bind(2, dst);
      if (!map.run()) return Error{out_, map.error()};
    }
    return ok_status();
  }

  // What a story's stored state amounts to: its documents, its findings and the
  // runs that produced them (by start time, since run ids differ between files).
  std::map<std::string, std::string> digests(const std::string& schema) {
    std::map<std::string, std::string> out;
    const std::string q =
        "SELECT s.id, s.title || char(31) || s.folder"
        " || char(30) || coalesce((SELECT group_concat(x, char(30)) FROM (SELECT d.file || char(31) || d.role"
        "    || char(31) || d.status || char(31) || d.hash || char(31) || coalesce(r.started_at, '') AS x"
        "    FROM " + schema + ".documents d LEFT JOIN " + schema + ".runs r ON r.id = d.processed_run"
        "    WHERE d.story_id = s.id ORDER BY d.file)), '')"
        " || char(30) || coalesce((SELECT group_concat(x, char(30)) FROM (SELECT f.fingerprint || char(31)"
        "    || coalesce(r.started_at, '') AS x FROM " + schema + ".findings f LEFT JOIN " + schema +
        ".runs r ON r.id = f.first_seen_run WHERE f.story_id = s.id ORDER BY 1)), '')"
        " || char(30) || (SELECT count(*) FROM " + schema + ".resolved_findings rf WHERE rf.story_id = s.id)"
        " FROM " + schema + ".stories s";
    auto st = db_.prepare(q);
    while (st.step()) out[st.text(0)] = st.text(1);
    return out;
  }

  Status choose_stories(const std::string& in) {
    if (auto s = db_.exec("CREATE TEMP TABLE IF NOT EXISTS merge_copy(id TEXT PRIMARY KEY);"
                          "DELETE FROM temp.merge_copy;");
        !s.ok())
      return Error{out_, s.error().message};
    const auto theirs = digests("src");
    const auto ours = digests("main");
    auto add = db_.prepare("INSERT INTO temp.merge_copy(id) VALUES (?)");
    auto del_story = db_.prepare("DELETE FROM main.stories WHERE id = ?");
    auto del_resolved = db_.prepare("DELETE FROM main.resolved_findings WHERE story_id = ?");
    for (const auto& [id, digest] : theirs) {
      auto it = ours.find(id);
      if (it != ours.end() && it->second == digest) {
        ++skipped;
        continue;
      }
      if (it != ours.end()) {
        if (auto prev = origin_.find(id); prev != origin_.end() && prev->second != in)
          std::cerr << "claimcheck: merge: story '" << id << "' is in both " << prev->second << " and " << in
                    << " with different content; keeping " << in << " (last wins)\n";
        // Cascades to documents, blocks, sentences (and their FTS rows), claims, findings.
        del_story.reset();
        del_story.bind(1, id);
        if (!del_story.run()) return Error{out_, "cannot replace story '" + id + "': " + del_story.error()};
        del_resolved.reset();
        del_resolved.bind(1, id);
        if (!del_resolved.run()) return Error{out_, del_resolved.error()};
      }
      add.reset();
      add.bind(1, id);
      if (!add.run()) return Error{out_, add.error()};
      origin_[id] = in;
      ++copied;
    }
    return ok_status();
  }

  int64_t max_id(const char* table) {
    auto st = db_.prepare(std::string("SELECT coalesce(max(id), 0) FROM main.") + table);
    return st.step() ? st.int64(0) : 0;
  }

  Status copy_rows(const std::string& in) {
    const int64_t off[5] = {max_id("documents"), max_id("sentences"), max_id("claims"), max_id("findings"),
                            max_id("resolved_findings")};
    for (const auto& t : table_copies()) {
      const std::string where = t.where.empty() ? "s.document_id IN " + kDocsOfCopied : t.where;
      std::string cols, vals;
      for (const auto& c : columns(t.table)) {
        cols += (cols.empty() ? "" : ", ") + c;
        auto r = t.remap.find(c);
        vals += (vals.empty() ? "" : ", ") + (r != t.remap.end() ? r->second : "s." + c);
      }
      auto st = db_.prepare(std::string("INSERT INTO main.") + t.table + "(" + cols + ") SELECT " + vals +
                            " FROM src." + t.table + " s WHERE " + where);
      if (!st.ok()) return Error{in, std::string("cannot copy ") + t.table + ": " + st.error()};
      for (int i = 0; i < 5; ++i) st.bind(i + 1, off[i]);
      if (!st.run()) return Error{in, std::string("cannot copy ") + t.table + ": " + st.error()};
    }
    // The full-text index is written by statement, not by trigger (schema 005);
    // every copied sentence got an id above the old maximum.
    auto fts = db_.prepare("INSERT INTO main.sentences_fts(rowid, text) SELECT id, text FROM main.sentences WHERE id > ?");
    fts.bind(1, off[1]);
    if (!fts.run()) return Error{in, "cannot index sentences: " + fts.error()};
    return ok_status();
  }

  sql::Connection& db_;
  std::string out_;
  std::map<std::string, std::string> origin_;  // story id -> input it came from in this invocation
};

}  // namespace

int merge_command(const std::string& out, const std::vector<std::string>& inputs) {
  std::error_code ec;
  for (const auto& in : inputs) {
    if (!fs::is_regular_file(in, ec)) return fail(Error{in, "no such database"});
    if (fs::exists(out, ec) && fs::equivalent(in, out, ec)) return fail(Error{in, "is the output database too"});
  }
  auto lock = lock_out(out);
  if (!lock.ok()) return fail(lock.error());
  auto store = Store::open(out, Store::Mode::kReadWrite);
  if (!store.ok()) return fail(store.error());
  auto& db = store->connection();
  Merger merger(db, out);
  if (auto s = merger.check_known_tables(); !s.ok()) return fail(s.error());
  int status = 0;
  for (const auto& in : inputs) {
    if (auto s = merger.merge_one(fs::absolute(in).string(), latest_schema_version()); !s.ok()) {
      std::cerr << "claimcheck: " << s.error().str() << '\n';
      status = 1;
    }
  }
  std::cerr << "claimcheck: merged " << inputs.size() << " database(s) into " << out << ": " << merger.copied
            << " stories copied, " << merger.skipped << " unchanged\n";
  return status;
}

}  // namespace claimcheck
