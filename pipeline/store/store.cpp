#include "pipeline/store/store.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "pipeline/core/embedded_file.h"

namespace claimcheck {
namespace {

std::string utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Migrations are schema/NNN_name.sql; NNN is the version they bring the database to.
int migration_version(std::string_view name) {
  int v = 0;
  for (char c : name) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "HEAD VALUES (?,...),(?,...)...": `rows` rows of `cols` parameters each.
std::string multi_row_sql(std::string_view head, int cols, size_t rows) {
  std::string row = "(?";
  for (int c = 1; c < cols; ++c) row += ",?";
  row += ')';
  std::string sql(head);
  sql += " VALUES ";
  for (size_t k = 0; k < rows; ++k) {
    if (k) sql += ',';
    sql += row;
  }
  return sql;
}

std::string claim_value_text(const Claim& c) {
  if (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent) {
    // The shortest text that reads back as the same double: "3.8", not
    // "3.7999999999999998", so `WHERE value = '3.8'` finds it.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, c.number);
    return std::string(buf, res.ptr);
  }
  return c.value;
}

}  // namespace

int latest_schema_version() {
  int v = 0;
  for (const auto& m : embedded_schema_migrations()) v = std::max(v, migration_version(m.name));
  return v;
}

RunCounts& RunCounts::operator+=(const RunCounts& o) {
  stories_seen += o.stories_seen;
  stories_failed += o.stories_failed;
  documents_seen += o.documents_seen;
  documents_new += o.documents_new;
  documents_changed += o.documents_changed;
  documents_unchanged += o.documents_unchanged;
  documents_failed += o.documents_failed;
  documents_retired += o.documents_retired;
  claims_added += o.claims_added;
  claims_removed += o.claims_removed;
  findings_added += o.findings_added;
  findings_removed += o.findings_removed;
  return *this;
}

struct Store::Impl {
  std::string path;
  sql::Connection db;
  bool batch_open = false;
  std::chrono::steady_clock::time_point batch_started;
  size_t batch_bytes = 0;
  bool batch_lost = false;  // a failed write took the open batch with it
  std::vector<int64_t> batch_documents;  // written in the open batch: sentences not yet in the full-text index
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;
sql::Connection& Store::connection() { return impl_->db; }
const std::string& Store::path() const { return impl_->path; }

Result<Store> Store::open(const std::string& path, Mode mode) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec))
    return Error{path, "folder '" + parent.string() + "' does not exist"};
  if (mode == Mode::kReadOnly && !fs::exists(path, ec)) return Error{path, "database does not exist"};

  // SQLite's allocation statistics take a global mutex on every malloc; nothing
  // here reads them. Only possible before SQLite initialises, so once per process
  // (a later call would fail harmlessly with SQLITE_MISUSE).
  static std::once_flag no_memstatus;
  std::call_once(no_memstatus, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });

  sqlite3* raw = nullptr;
  const int flags = mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->db = sql::Connection(raw);
  if (rc != SQLITE_OK) return Error{path, "cannot open database: " + impl->db.last_error()};
  sqlite3_busy_timeout(raw, 10000);

  // Reading the version is the first touch of the file: a non-SQLite file fails here.
  int version = 0;
  int64_t objects = 0;
  {
    auto ver = impl->db.prepare("PRAGMA user_version");
    if (!ver.ok() || (!ver.step() && !ver.error().empty()))
      return Error{path, "not a claimcheck database (" + (ver.ok() ? ver.error() : impl->db.last_error()) + ")"};
    version = static_cast<int>(ver.int64(0));
    auto count = impl->db.prepare("SELECT count(*) FROM sqlite_schema");
    if (!count.ok() || !count.step()) return Error{path, "not a claimcheck database (" + count.error() + ")"};
    objects = count.int64(0);
  }  // statements finalised: no read transaction stays open
  const int latest = latest_schema_version();
  if (version > latest)
    return Error{path, "schema version " + std::to_string(version) + " is newer than this claimcheck supports (" +
                           std::to_string(latest) + "); upgrade claimcheck"};
  if (mode == Mode::kReadOnly) {
    if (version == 0) return Error{path, "not a claimcheck database (no schema)"};
    if (auto s = impl->db.exec("PRAGMA foreign_keys = ON"); !s.ok()) return Error{path, s.error().message};
    return Store(std::move(impl));
  }
  // SQLite opens a file it may not write read-only, silently: say so now, not
  // at the first write.
  if (sqlite3_db_readonly(impl->db.get(), "main") == 1)
    return Error{path, "database is read-only (no permission to write the file, or a read-only file system)"};
  // A fresh file must be empty: refuse to take over someone else's SQLite database.
  if (version == 0 && objects != 0) return Error{path, "an SQLite database that is not claimcheck's (no schema version)"};
  // 16 KiB pages for a new file (it can change only before the first table):
  // a quarter of the page writes and WAL frames of the 4 KiB default, for rows
  // that are mostly sentence text and document blobs; a run took 13% less time.
  if (version == 0) {
    if (auto s = impl->db.exec("PRAGMA page_size = 16384"); !s.ok()) return Error{path, "page size: " + s.error().message};
  }
  // A batch of stories (kBatchBytes of documents) grows the database by about
  // five times that: a cache that holds it writes each page to the WAL once, at
  // commit, instead of spilling mid-batch (64 MiB; SQLite's default is 2 MiB).
  // Each story is a savepoint, whose journal of overwritten pages SQLite
  // spills to a temporary file past 64 KiB: kept in memory instead
  // (temp_store), which took a quarter off the store stage. The WAL is folded
  // into the database every 64 MiB (4096 pages) rather than every 16 MiB: pages
  // that several batches rewrite (index roots, the FTS structure, the run row)
  // are then copied once (5-8% less store time in an A/B run on 100 MB; within
  // the noise of scripts/bench.sh).
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                             "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY",
                             "PRAGMA wal_autocheckpoint = 4096"}) {
    if (auto s = impl->db.exec(pragma); !s.ok()) return Error{path, std::string(pragma) + ": " + s.error().message};
  }
  for (const auto& m : embedded_schema_migrations()) {
    const int v = migration_version(m.name);
    if (v <= version) continue;
    std::string script = "BEGIN IMMEDIATE;\n" + std::string(m.text) + "\nPRAGMA user_version = " + std::to_string(v) +
                         ";\nCOMMIT;";
    if (auto s = impl->db.exec(script); !s.ok()) {
      (void)impl->db.exec("ROLLBACK");
      return Error{path, "migration " + std::string(m.name) + " failed: " + s.error().message};
    }
  }
  return Store(std::move(impl));
}

Result<int64_t> Store::begin_run(const std::string& corpus, const std::string& shard,
                                 std::vector<int64_t>* interrupted) {
  {
    auto dead = impl_->db.prepare("UPDATE runs SET status = 'interrupted' WHERE status = 'running' RETURNING id");
    if (!dead.ok()) return Error{impl_->path, "cannot mark interrupted runs: " + dead.error()};
    while (dead.step())
      if (interrupted) interrupted->push_back(dead.int64(0));
    if (!dead.error().empty()) return Error{impl_->path, "cannot mark interrupted runs: " + dead.error()};
  }
  auto st = impl_->db.prepare("INSERT INTO runs(started_at, corpus, version, shard) VALUES (?, ?, ?, ?)");
  st.bind(1, utc_now()).bind(2, corpus).bind(3, CLAIMCHECK_VERSION).bind(4, shard);
  if (!st.run()) return Error{impl_->path, "cannot record run: " + st.error()};
  return static_cast<int64_t>(sqlite3_last_insert_rowid(impl_->db.get()));
}

Status Store::finish_run(int64_t run, const RunCounts& c, const std::vector<std::string>& errors,
                         const std::string& status) {
  if (impl_->batch_open) return Error{impl_->path, "cannot record run end: a batch of stories is still open"};
  auto st = impl_->db.prepare(
      "UPDATE runs SET finished_at = ?, status = ?, stories_seen = ?, stories_failed = ?, documents_seen = ?,"
      " documents_new = ?, documents_changed = ?, documents_unchanged = ?, documents_failed = ?,"
      " documents_retired = ?, claims_added = ?, claims_removed = ?, findings_added = ?, findings_removed = ?,"
      " errors = ? WHERE id = ?");
  nlohmann::json errs = errors;
  st.bind(1, utc_now()).bind(2, status).bind(3, c.stories_seen).bind(4, c.stories_failed);
  st.bind(5, c.documents_seen).bind(6, c.documents_new).bind(7, c.documents_changed);
  st.bind(8, c.documents_unchanged).bind(9, c.documents_failed).bind(10, c.documents_retired);
  st.bind(11, c.claims_added).bind(12, c.claims_removed).bind(13, c.findings_added).bind(14, c.findings_removed);
  st.bind(15, errs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)).bind(16, run);
  if (!st.run()) return Error{impl_->path, "cannot record run end: " + st.error()};
  return ok_status();
}

std::optional<Store::DocumentState> Store::document_state(const std::string& story_id, const std::string& file) {
  auto st = impl_->db.cached(
      "SELECT id, hash, status, coalesce(extracted_by, ''), size, mtime_ns, role, source, url, published"
      " FROM documents WHERE story_id = ? AND file = ?");
  st.bind(1, story_id).bind(2, file);
  if (!st.step()) return std::nullopt;
  DocumentState s{st.int64(0), st.text(1), st.text(2), st.text(3), static_cast<uint64_t>(st.int64(4)), std::nullopt, {}};
  if (!st.is_null(5)) s.mtime_ns = st.int64(5);
  s.spec.file = file;
  s.spec.role = st.text(6) == "official" ? Role::kOfficial : Role::kCoverage;
  s.spec.source = st.text(7);
  s.spec.url = st.text(8);
  if (!st.is_null(9)) s.spec.published = parse_iso_date(st.text(9));
  return s;
}

bool Store::story_current(const StoryUpdate& u, const std::vector<std::optional<DocumentState>>& states) {
  if (!u.findings.empty() || states.size() != u.documents.size()) return false;
  for (size_t i = 0; i < u.documents.size(); ++i) {
    const DocumentUpdate& d = u.documents[i];
    const auto& st = states[i];
    if (d.action != DocumentUpdate::Action::kKeep || !st || st->status != "ok") return false;
    if (st->spec.role != d.spec.role || st->spec.source != d.spec.source || st->spec.url != d.spec.url ||
        st->spec.published != d.spec.published || (d.mtime_ns && st->mtime_ns != d.mtime_ns))
      return false;
  }
  auto story = impl_->db.cached(
      "SELECT title = ?2 AND folder = ?3,"
      " (SELECT count(*) FROM documents WHERE story_id = ?1 AND status != 'retired') FROM stories WHERE id = ?1");
  story.bind(1, u.spec.id).bind(2, u.spec.title).bind(3, u.spec.folder);
  return story.step() && story.int64(0) == 1 && story.int64(1) == static_cast<int64_t>(u.documents.size());
}

Result<StoredDocument> Store::load_document(int64_t id) {
  StoredDocument d;
  {
    auto st = impl_->db.cached(
        "SELECT file, role, source, url, published, status, hash, content FROM documents WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return Error{impl_->path, "document " + std::to_string(id) + " not found"};
    d.id = id;
    d.spec.file = st.text(0);
    d.spec.role = st.text(1) == "official" ? Role::kOfficial : Role::kCoverage;
    d.spec.source = st.text(2);
    d.spec.url = st.text(3);
    if (!st.is_null(4)) d.spec.published = parse_iso_date(st.text(4));
    d.status = st.text(5);
    d.hash = st.text(6);
    d.bytes = st.text(7);
  }
  {
    auto st = impl_->db.cached(
        "SELECT idx, block_idx, start, end, boilerplate FROM sentences WHERE document_id = ? ORDER BY idx");
    st.bind(1, id);
    while (st.step()) {
      d.sentences.push_back({{static_cast<uint32_t>(st.int64(2)), static_cast<uint32_t>(st.int64(3))},
                             static_cast<uint32_t>(st.int64(1)), st.int64(4) != 0});
    }
  }
  {
    auto st = impl_->db.cached(
        "SELECT c.kind, c.start, c.end, c.text, c.value, c.number, c.currency, c.rule, c.attrs, s.idx"
        " FROM claims c LEFT JOIN sentences s ON s.id = c.sentence_id WHERE c.document_id = ? ORDER BY c.idx");
    st.bind(1, id);
    while (st.step()) {
      Claim c;
      c.kind = claim_kind_from_string(st.text(0)).value_or(ClaimKind::kDate);
      c.span = {static_cast<uint32_t>(st.int64(1)), static_cast<uint32_t>(st.int64(2))};
      c.text = st.text(3);
      c.value = st.text(4);
      if (!st.is_null(5)) c.number = st.real(5);
      c.currency = st.text(6);
      c.rule = st.text(7);
      c.attrs = nlohmann::json::parse(st.text(8), nullptr, false);
      if (c.attrs.is_discarded()) c.attrs = nlohmann::json::object();
      c.sentence = st.is_null(9) ? -1 : static_cast<int32_t>(st.int64(9));
      if (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent) c.value.clear();
      d.claims.push_back(std::move(c));
    }
  }
  return d;
}

namespace {

struct OldFinding {
  int64_t first_seen_run;
  std::string verdict, reason, claim_text;
};

// The parts of a story write, each a step that fails with the SQLite message.
class StoryWriter {
 public:
  StoryWriter(sql::Connection& db, int64_t run, RunCounts& counts) : db_(db), run_(run), counts_(counts) {}
  // Documents (re)written: their sentences still lack the full-text index.
  const std::vector<int64_t>& written() const { return written_; }

  Status write(const StoryUpdate& u) {
    const std::string& sid = u.spec.id;
    if (!upsert_story(u.spec)) return fail("story");
    // Findings of recomputed documents, remembered before anything is replaced.
    std::map<std::string, std::map<std::string, OldFinding>> old;
    for (const auto& f : u.findings) old[f.coverage_file] = old_findings(sid, f.coverage_file);

    std::set<std::string> listed;
    for (const auto& d : u.documents) {
      listed.insert(d.spec.file);
      if (d.action == DocumentUpdate::Action::kWrite && !write_document(sid, d)) return fail(d.spec.file);
      if (d.action == DocumentUpdate::Action::kRefuse && !refuse_document(sid, d)) return fail(d.spec.file);
      if (d.action == DocumentUpdate::Action::kKeep && !update_metadata(sid, d)) return fail(d.spec.file);
    }
    if (!retire_unlisted(sid, listed)) return fail("retire");
    for (const auto& f : u.findings)
      if (!write_findings(sid, f, old[f.coverage_file])) return fail(f.coverage_file);
    return ok_status();
  }

 private:
  Status fail(const std::string& what) { return Error{"", "writing " + what + ": " + error_}; }
  bool check(sql::Statement& st) {
    if (!st.ok()) {
      error_ = st.error();
      return false;
    }
    return true;
  }
  bool exec(sql::Statement& st) {
    if (!check(st)) return false;
    if (!st.run()) {
      error_ = st.error();
      return false;
    }
    return true;
  }

  bool upsert_story(const StorySpec& s) {
    auto st = db_.cached(
        "INSERT INTO stories(id, title, folder, first_seen_run, updated_run) VALUES (?1, ?2, ?3, ?4, ?4)"
        " ON CONFLICT(id) DO UPDATE SET title = excluded.title, folder = excluded.folder"
        " WHERE title != excluded.title OR folder != excluded.folder");
    st.bind(1, s.id).bind(2, s.title).bind(3, s.folder).bind(4, run_);
    return exec(st);
  }

  std::optional<int64_t> document_id(const std::string& sid, const std::string& file) {
    auto st = db_.cached("SELECT id FROM documents WHERE story_id = ? AND file = ?");
    st.bind(1, sid).bind(2, file);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
  }

  int64_t count(const char* sql, int64_t id) {
    auto st = db_.cached(sql);
    st.bind(1, id);
    return st.step() ? st.int64(0) : 0;
  }

  // Old findings of a document whose claims are about to be replaced become
  // 'resolved' unless the new comparison finds the same thing again.
  std::map<std::string, OldFinding> old_findings(const std::string& sid, const std::string& file) {
    std::map<std::string, OldFinding> out;
    auto st = db_.cached(
        "SELECT f.fingerprint, f.first_seen_run, f.verdict, f.reason, c.text FROM findings f"
        " JOIN documents d ON d.id = f.document_id JOIN claims c ON c.id = f.claim_id"
        " WHERE d.story_id = ? AND d.file = ?");
    st.bind(1, sid).bind(2, file);
    while (st.step()) out[st.text(0)] = {st.int64(1), st.text(2), st.text(3), st.text(4)};
    return out;
  }

  bool write_document(const std::string& sid, const DocumentUpdate& d) {
    nlohmann::json warnings = d.warnings;
    std::optional<int64_t> id = document_id(sid, d.spec.file);
    if (id) {
      counts_.claims_removed += count("SELECT count(*) FROM claims WHERE document_id = ?", *id);
      // Claims cascade to the findings that cite them (here and in other documents).
      for (const char* sql : {"DELETE FROM claims WHERE document_id = ?", "DELETE FROM sentences WHERE document_id = ?",
                              "DELETE FROM blocks WHERE document_id = ?"}) {
        auto st = db_.cached(sql);
        st.bind(1, *id);
        if (!exec(st)) return false;
      }
      auto st = db_.cached(
          "UPDATE documents SET role = ?, source = ?, url = ?, published = ?, status = 'ok', error = NULL,"
          " hash = ?, size = ?, content = ?, warnings = ?, processed_run = ?, mtime_ns = ?, extracted_by = ?"
          " WHERE id = ?");
      bind_spec(st, d.spec, 1);
      st.bind(5, d.hash).bind(6, static_cast<int64_t>(d.bytes.size())).bind_blob_ref(7, d.bytes);
      st.bind(8, warnings.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)).bind(9, run_);
      st.bind(10, d.mtime_ns).bind(11, d.extracted_by).bind(12, *id);
      if (!exec(st)) return false;
    } else {
      auto st = db_.cached(
          "INSERT INTO documents(role, source, url, published, story_id, file, hash, size, content, warnings,"
          " processed_run, mtime_ns, extracted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      bind_spec(st, d.spec, 1);
      st.bind(5, sid).bind(6, d.spec.file).bind(7, d.hash).bind(8, static_cast<int64_t>(d.bytes.size()));
      st.bind_blob_ref(9, d.bytes).bind(10, warnings.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      st.bind(11, run_).bind(12, d.mtime_ns).bind(13, d.extracted_by);
      if (!exec(st)) return false;
      id = sqlite3_last_insert_rowid(db_.get());
    }
    written_.push_back(*id);
    return write_contents(*id, d);
  }

  static void bind_spec(sql::Statement& st, const DocumentSpec& spec, int first) {
    st.bind(first, std::string(to_string(spec.role))).bind(first + 1, spec.source).bind(first + 2, spec.url);
    if (spec.published)
      st.bind(first + 3, to_iso(*spec.published));
    else
      st.bind_null(first + 3);
  }

  // Inserts `n` rows of `cols` columns, many rows per statement: a statement
  // per row cost several times the insert itself. Chunks are powers of two
  // (256, then the remainder's binary digits), so at most nine shapes per
  // table are ever prepared and cached. bind_row(st, i, first_param) binds row i.
  template <typename BindRow>
  bool insert_rows(std::string_view head, int cols, size_t n, BindRow bind_row) {
    constexpr size_t kMaxRows = 256;  // 13 columns at most: 3,328 variables, far below SQLite's limit
    for (size_t first = 0; first < n;) {
      size_t rows = kMaxRows;
      while (rows > n - first) rows /= 2;
      auto st = db_.cached(multi_row_sql(head, cols, rows));
      if (!check(st)) return false;
      for (size_t k = 0; k < rows; ++k) bind_row(st, first + k, static_cast<int>(k) * cols + 1);
      if (!exec(st)) return false;
      first += rows;
    }
    return true;
  }

  // The next free id of `table` (ids are given here so that rows can go in
  // many to a statement and be referred to without reading them back).
  std::optional<int64_t> next_id(const char* sql) {
    auto st = db_.cached(sql);
    if (!check(st)) return std::nullopt;
    return st.step() ? st.int64(0) : 1;
  }

  bool write_contents(int64_t id, const DocumentUpdate& d) {
    if (!insert_rows("INSERT INTO blocks(document_id, idx, start, end, kind, reason)", 6, d.blocks.size(),
                     [&](sql::Statement& st, size_t i, int p) {
                       const Block& b = d.blocks[i];
                       st.bind(p, id).bind(p + 1, static_cast<int64_t>(i)).bind(p + 2, b.span.start);
                       st.bind(p + 3, b.span.end).bind_ref(p + 4, to_string(b.kind)).bind_ref(p + 5, b.reason);
                     }))
      return false;
    const auto first_sentence = next_id("SELECT coalesce(max(id), 0) + 1 FROM sentences");
    if (!first_sentence) return false;
    if (!insert_rows("INSERT INTO sentences(id, document_id, idx, block_idx, start, end, boilerplate, text)", 8,
                     d.sentences.size(), [&](sql::Statement& st, size_t i, int p) {
                       const Sentence& s = d.sentences[i];
                       st.bind(p, *first_sentence + static_cast<int64_t>(i)).bind(p + 1, id);
                       st.bind(p + 2, static_cast<int64_t>(i)).bind(p + 3, s.block).bind(p + 4, s.span.start);
                       st.bind(p + 5, s.span.end).bind(p + 6, s.boilerplate ? 1 : 0);
                       st.bind_ref(p + 7, std::string_view(d.bytes).substr(s.span.start, s.span.size()));
                     }))
      return false;
    const auto first_claim = next_id("SELECT coalesce(max(id), 0) + 1 FROM claims");
    if (!first_claim) return false;
    std::vector<int64_t>& ids = claim_ids_[id];
    ids.clear();
    if (!insert_rows("INSERT INTO claims(id, document_id, idx, sentence_id, kind, start, end, text, value, number,"
                     " currency, rule, attrs)",
                     13, d.claims.size(), [&](sql::Statement& st, size_t i, int p) {
                       const Claim& c = d.claims[i];
                       ids.push_back(*first_claim + static_cast<int64_t>(i));
                       st.bind(p, ids.back()).bind(p + 1, id).bind(p + 2, static_cast<int64_t>(i));
                       if (c.sentence >= 0 && static_cast<size_t>(c.sentence) < d.sentences.size())
                         st.bind(p + 3, *first_sentence + c.sentence);
                       else
                         st.bind_null(p + 3);
                       st.bind_ref(p + 4, to_string(c.kind)).bind(p + 5, c.span.start).bind(p + 6, c.span.end);
                       st.bind_ref(p + 7, c.text).bind(p + 8, claim_value_text(c));
                       if (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kPercent)
                         st.bind(p + 9, c.number);
                       else
                         st.bind_null(p + 9);
                       if (c.currency.empty())
                         st.bind_null(p + 10);
                       else
                         st.bind_ref(p + 10, c.currency);
                       st.bind_ref(p + 11, c.rule);
                       st.bind(p + 12, c.attrs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
                     }))
      return false;
    counts_.claims_added += static_cast<int64_t>(d.claims.size());
    return true;
  }

  // A document that cannot be read now keeps whatever an earlier run stored;
  // only a document never stored before gets a 'refused' row.
  bool refuse_document(const std::string& sid, const DocumentUpdate& d) {
    if (auto id = document_id(sid, d.spec.file)) {
      auto st = db_.cached("UPDATE documents SET error = ? WHERE id = ?");
      st.bind(1, d.error).bind(2, *id);
      return exec(st);
    }
    auto st = db_.cached(
        "INSERT INTO documents(role, source, url, published, story_id, file, status, error, processed_run)"
        " VALUES (?, ?, ?, ?, ?, ?, 'refused', ?, ?)");
    bind_spec(st, d.spec, 1);
    st.bind(5, sid).bind(6, d.spec.file).bind(7, d.error).bind(8, run_);
    return exec(st);
  }

  // story.json metadata (source, url, published) may change without the bytes
  // changing, and so may the file's modification time (a touched file, read
  // and found unchanged: recorded so that the next run need not read it).
  bool update_metadata(const std::string& sid, const DocumentUpdate& d) {
    auto st = db_.cached(
        "UPDATE documents SET role = ?1, source = ?2, url = ?3, published = ?4, mtime_ns = coalesce(?7, mtime_ns)"
        " WHERE story_id = ?5 AND file = ?6"
        " AND NOT (role IS ?1 AND source IS ?2 AND url IS ?3 AND published IS ?4 AND mtime_ns IS coalesce(?7, mtime_ns))");
    bind_spec(st, d.spec, 1);
    st.bind(5, sid).bind(6, d.spec.file).bind(7, d.mtime_ns);
    return exec(st);
  }

  bool retire_unlisted(const std::string& sid, const std::set<std::string>& listed) {
    auto st = db_.cached("SELECT id, file FROM documents WHERE story_id = ? AND status != 'retired'");
    st.bind(1, sid);
    std::vector<std::pair<int64_t, std::string>> gone;
    while (st.step())
      if (!listed.count(st.text(1))) gone.emplace_back(st.int64(0), st.text(1));
    for (const auto& [id, file] : gone) {
      auto olds = old_findings(sid, file);
      if (!record_resolved(sid, file, olds, {})) return false;
      auto del = db_.cached("DELETE FROM findings WHERE document_id = ?");
      del.bind(1, id);
      if (!exec(del)) return false;
      auto up = db_.cached("UPDATE documents SET status = 'retired', processed_run = ? WHERE id = ?");
      up.bind(1, run_).bind(2, id);
      if (!exec(up)) return false;
      ++counts_.documents_retired;
    }
    return true;
  }

  bool record_resolved(const std::string& sid, const std::string& file, const std::map<std::string, OldFinding>& olds,
                       const std::set<std::string>& still) {
    auto ins = db_.cached(
        "INSERT INTO resolved_findings(story_id, document_file, verdict, reason, claim_text, fingerprint,"
        " first_seen_run, resolved_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!check(ins)) return false;
    for (const auto& [fp, o] : olds) {
      if (still.count(fp)) continue;
      ++counts_.findings_removed;
      ins.bind(1, sid).bind(2, file).bind(3, o.verdict).bind(4, o.reason).bind(5, o.claim_text).bind(6, fp);
      ins.bind(7, o.first_seen_run).bind(8, run_);
      if (!exec(ins)) return false;
    }
    return true;
  }

  // Claim ids of a document by claims.idx: as just written, or read back once.
  const std::vector<int64_t>& claim_ids(int64_t doc) {
    auto [it, fresh] = claim_ids_.try_emplace(doc);
    if (fresh) {
      auto st = db_.cached("SELECT idx, id FROM claims WHERE document_id = ? ORDER BY idx");
      st.bind(1, doc);
      while (st.step()) {
        const auto idx = static_cast<size_t>(st.int64(0));
        if (it->second.size() <= idx) it->second.resize(idx + 1, 0);
        it->second[idx] = st.int64(1);
      }
    }
    return it->second;
  }

  bool write_findings(const std::string& sid, const DocumentFindings& f, const std::map<std::string, OldFinding>& olds) {
    const auto cov = document_id(sid, f.coverage_file);
    const auto off = document_id(sid, f.official_file);
    if (!cov || !off) {
      error_ = "document missing for findings";
      return false;
    }
    auto del = db_.cached("DELETE FROM findings WHERE document_id = ?");
    del.bind(1, *cov);
    if (!exec(del)) return false;
    std::set<std::string> now;
    const std::vector<int64_t>& cov_ids = claim_ids(*cov);
    const std::vector<int64_t>& off_ids = claim_ids(*off);
    const auto lookup = [](const std::vector<int64_t>& ids, uint32_t idx) -> std::optional<int64_t> {
      if (idx >= ids.size() || ids[idx] == 0) return std::nullopt;
      return ids[idx];
    };
    for (const auto& r : f.rows) {
      if (!lookup(cov_ids, r.claim_idx)) {
        error_ = "finding cites a missing claim";
        return false;
      }
    }
    const bool ok = insert_rows(
        "INSERT INTO findings(story_id, document_id, claim_id, other_claim_id, verdict, reason, fingerprint,"
        " first_seen_run)",
        8, f.rows.size(), [&](sql::Statement& st, size_t i, int p) {
          const FindingRow& r = f.rows[i];
          std::optional<int64_t> oid;
          if (r.other_idx) oid = lookup(r.verdict == Verdict::kInternal ? cov_ids : off_ids, *r.other_idx);
          now.insert(r.fingerprint);
          const auto it = olds.find(r.fingerprint);
          if (it == olds.end()) ++counts_.findings_added;
          st.bind_ref(p, sid).bind(p + 1, *cov).bind(p + 2, *lookup(cov_ids, r.claim_idx)).bind(p + 3, oid);
          st.bind_ref(p + 4, to_string(r.verdict)).bind_ref(p + 5, r.reason).bind_ref(p + 6, r.fingerprint);
          st.bind(p + 7, it == olds.end() ? run_ : it->second.first_seen_run);
        });
    if (!ok) return false;
    return record_resolved(sid, f.coverage_file, olds, now);
  }

  sql::Connection& db_;
  int64_t run_;
  RunCounts& counts_;
  std::string error_;
  // Claim ids by claims.idx of the documents this story touched. std::map:
  // references stay valid as documents are added.
  std::map<int64_t, std::vector<int64_t>> claim_ids_;
  std::vector<int64_t> written_;
};

}  // namespace

Status Store::write_story(const StoryUpdate& update, int64_t run, RunCounts& counts) {
  auto& db = impl_->db;
  if (!impl_->batch_open) {
    if (auto s = db.exec("BEGIN IMMEDIATE"); !s.ok()) return Error{impl_->path, "cannot begin: " + s.error().message};
    impl_->batch_open = true;
    impl_->batch_started = std::chrono::steady_clock::now();
    impl_->batch_bytes = 0;
    impl_->batch_documents.clear();
  }
  const auto fail = [&](const std::string& what) -> Status {
    if (sqlite3_get_autocommit(db.get())) {
      // SQLite rolled the whole transaction back itself (disk full, I/O error):
      // the batch's earlier stories went with it.
      impl_->batch_open = false;
      impl_->batch_lost = true;
    } else {
      (void)db.exec("ROLLBACK TO story; RELEASE story");
    }
    return Error{impl_->path, "story '" + update.spec.id + "': " + what};
  };
  if (auto s = db.exec("SAVEPOINT story"); !s.ok()) return fail("cannot begin: " + s.error().message);
  RunCounts local;
  StoryWriter writer(db, run, local);
  if (Status s = writer.write(update); !s.ok()) return fail(s.error().message);
  RunCounts total = counts;  // this story's counts from preparation ...
  total += local;            // ... and from the write
  auto up = db.cached(
      "UPDATE runs SET stories_seen = stories_seen + ?, stories_failed = stories_failed + ?,"
      " documents_seen = documents_seen + ?, documents_new = documents_new + ?,"
      " documents_changed = documents_changed + ?, documents_unchanged = documents_unchanged + ?,"
      " documents_failed = documents_failed + ?, documents_retired = documents_retired + ?,"
      " claims_added = claims_added + ?, claims_removed = claims_removed + ?,"
      " findings_added = findings_added + ?, findings_removed = findings_removed + ? WHERE id = ?");
  up.bind(1, total.stories_seen).bind(2, total.stories_failed).bind(3, total.documents_seen);
  up.bind(4, total.documents_new).bind(5, total.documents_changed).bind(6, total.documents_unchanged);
  up.bind(7, total.documents_failed).bind(8, total.documents_retired).bind(9, total.claims_added);
  up.bind(10, total.claims_removed).bind(11, total.findings_added).bind(12, total.findings_removed).bind(13, run);
  if (!up.ok() || !up.run()) return fail("cannot update run counts: " + up.error());
  if (auto s = db.exec("RELEASE story"); !s.ok()) return fail("cannot release: " + s.error().message);
  for (const auto& d : update.documents) impl_->batch_bytes += d.bytes.size();
  impl_->batch_documents.insert(impl_->batch_documents.end(), writer.written().begin(), writer.written().end());
  counts += local;
  return ok_status();
}

bool Store::take_lost_batch() { return std::exchange(impl_->batch_lost, false); }

bool Store::batch_due() const {
  return impl_->batch_open &&
         (impl_->batch_bytes >= kBatchBytes ||
          std::chrono::duration<double>(std::chrono::steady_clock::now() - impl_->batch_started).count() >=
              kBatchSeconds);
}

Status Store::commit_batch() {
  if (!impl_->batch_open) return ok_status();
  impl_->batch_open = false;
  // Sentences reach the full-text index here, in one statement per batch:
  // FTS5 flushes its pending index at every statement boundary once it is part
  // of a transaction, so indexing earlier (a trigger per row, or a statement per
  // document) made every later statement pay for a flush (schema 005).
  auto fts = impl_->db.cached(
      "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences"
      " WHERE document_id IN (SELECT value FROM json_each(?))");
  fts.bind(1, nlohmann::json(impl_->batch_documents).dump());
  impl_->batch_documents.clear();
  if (!fts.run()) {
    const std::string e = fts.error();
    (void)impl_->db.exec("ROLLBACK");
    return Error{impl_->path, "cannot index sentences: " + e};
  }
  if (auto c = impl_->db.exec("COMMIT"); !c.ok()) {
    (void)impl_->db.exec("ROLLBACK");
    return Error{impl_->path, "commit failed: " + c.error().message};
  }
  return ok_status();
}

}  // namespace claimcheck
