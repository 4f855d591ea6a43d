// `claimcheck run`: stories are prepared (read, hashed, processed, compared)
// by worker threads, each with its own read-only connection, and written by
// this thread alone, in corpus order: a savepoint per story, committed in
// batches. Memory is bounded by the window of stories in flight, not by the
// corpus size.
#include <pthread.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "pipeline/app/commands.h"
#include "pipeline/app/document_pipeline.h"
#include "pipeline/app/run_log.h"
#include "pipeline/app/writer_lock.h"
#include "pipeline/compare/compare.h"
#include "pipeline/ingest/corpus.h"
#include "pipeline/store/store.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Something the operator is told about, as one line of text or one JSON object.
struct LogEvent {
  std::string event;
  std::string message;  // one line, already naming the file
  nlohmann::json fields = nlohmann::json::object();
};

struct StoryResult {
  std::optional<StoryUpdate> update;
  std::vector<LogEvent> errors;    // failures: a story skipped or a document refused
  std::vector<LogEvent> warnings;
  std::vector<LogEvent> details;   // per document, shown with -v
  RunCounts counts;
  StageTimes times;
  uint64_t bytes = 0;
};

std::string finding_fingerprint(const std::string& story, const std::string& file, const Finding& f,
                                const Claim& claim, const Claim* other) {
  std::string key = story + '\x1f' + file + '\x1f' + std::string(to_string(f.verdict)) + '\x1f' +
                    std::string(to_string(claim.kind)) + '\x1f' + claim.text + '\x1f' + f.reason;
  if (other) key += '\x1f' + other->text;
  return content_hash(key);
}

class StoryPreparer {
 public:
  // `rehash`: read and hash every document, trusting no size and time stamp.
  // `verbose`: record a detail event per document (shown with -v).
  StoryPreparer(const Resources& base, Store& reader, bool rehash, bool verbose)
      : base_(base), reader_(reader), rehash_(rehash), verbose_(verbose) {}

  StoryResult prepare(const std::string& folder) {
    const sql::ReadTransaction snapshot(reader_.connection());  // one view of the stored story
    StoryResult r;
    auto spec = load_story(folder);
    if (!spec.ok()) {
      r.errors.push_back({"story_skipped", spec.error().str() + "; story skipped",
                          {{"folder", folder}, {"reason", spec.error().message}}});
      r.counts.stories_failed = 1;
      return r;
    }
    r.counts.stories_seen = 1;
    // A story may bring its own vocabulary (rules.json); it is built for that story alone.
    std::optional<Resources> own;
    const fs::path overlay = fs::path(folder) / "rules.json";
    if (std::error_code ec; fs::exists(overlay, ec)) {
      auto res = resources_with_overlay(overlay.string());
      if (!res.ok()) {
        r.errors.push_back({"story_skipped", res.error().str() + "; story skipped",
                            {{"folder", folder}, {"story", spec->id}, {"reason", res.error().message}}});
        r.counts.stories_failed = 1;
        return r;
      }
      own.emplace(std::move(res.value()));
    }
    const Resources& resources = own ? *own : base_;

    StoryUpdate u;
    u.spec = spec.value();
    std::vector<std::optional<Store::DocumentState>> states;
    for (const auto& ds : u.spec.documents) {
      ++r.counts.documents_seen;
      DocumentUpdate d;
      d.spec = ds;
      auto state = reader_.document_state(u.spec.id, ds.file);
      states.push_back(state);
      const std::string where = (fs::path(folder) / ds.file).string();
      // Log fields, built only for an event that is logged.
      const auto at = [&] { return nlohmann::json{{"story", u.spec.id}, {"file", ds.file}, {"path", where}}; };
      // Stored claims hold only while everything that decided them holds: the
      // bytes (checked below), the publication date relative dates resolve
      // against, and the extraction identity (version, code, rule data with
      // this story's overlay). Otherwise the document is extracted again, so
      // an upgraded binary or an edited rule file leaves no stale claim.
      const bool same_extraction = state && state->extracted_by == resources.extraction_identity &&
                                   state->spec.published == ds.published;
      // An unchanged document is kept as stored, with the time it has now.
      const auto keep = [&](int64_t mtime_ns, const std::string& how) {
        d.action = DocumentUpdate::Action::kKeep;
        d.mtime_ns = mtime_ns;
        ++r.counts.documents_unchanged;
        if (verbose_) {
          nlohmann::json f = at();
          f["action"] = "unchanged";
          r.details.push_back({"document_unchanged", where + ": unchanged" + how, f});
        }
      };
      auto read_start = Clock::now();
      // Same size and modification time as when last stored: unchanged, without
      // reading or hashing it (what makes a re-run of a large corpus cheap).
      if (!rehash_ && same_extraction && state->status == "ok" && state->mtime_ns) {
        auto stamp = stat_document(u.spec, ds);
        if (stamp.ok() && stamp->size == state->size && stamp->mtime_ns == *state->mtime_ns) {
          r.times.read += std::chrono::duration<double>(Clock::now() - read_start).count();
          keep(stamp->mtime_ns, " (size and time)");
          u.documents.push_back(std::move(d));
          continue;
        }
      }
      auto doc = read_document(u.spec, ds);
      r.times.read += std::chrono::duration<double>(Clock::now() - read_start).count();
      if (doc.ok()) {
        if (auto why = text_refusal(doc->bytes)) doc = Error{doc->spec.file, *why};
      }
      if (!doc.ok()) {
        d.action = DocumentUpdate::Action::kRefuse;
        d.error = doc.error().message;
        nlohmann::json f = at();
        f["reason"] = doc.error().message;
        r.errors.push_back({"document_refused", where + ": " + doc.error().message, f});
        ++r.counts.documents_failed;
      } else if (state && state->status == "ok" && state->hash == doc->hash && same_extraction) {
        keep(doc->mtime_ns, "");
      } else {
        d.action = DocumentUpdate::Action::kWrite;
        d.is_new = !state || state->status != "ok";
        ++(d.is_new ? r.counts.documents_new : r.counts.documents_changed);
        if (verbose_) {
          nlohmann::json f = at();
          f["action"] = d.is_new ? "new" : state->hash != doc->hash ? "changed" : "reprocessed";
          if (!d.is_new && state->hash == doc->hash) {
            f["previous_extraction"] = state->extracted_by;
            f["extraction"] = resources.extraction_identity;
          }
          r.details.push_back({"document_processed", where + ": " + f["action"].get<std::string>(), f});
        }
        r.bytes += doc->bytes.size();
        ProcessedDocument pd = process_document(doc->bytes, ds.published, resources, &r.times);
        d.hash = doc->hash;
        d.mtime_ns = doc->mtime_ns;
        d.extracted_by = resources.extraction_identity;
        d.bytes = std::move(doc->bytes);
        d.blocks = std::move(pd.blocks);
        d.sentences = std::move(pd.sentences);
        d.claims = std::move(pd.claims);
        d.warnings = std::move(pd.warnings);
        for (const auto& w : d.warnings) {
          nlohmann::json wf = at();
          wf["warning"] = w;
          r.warnings.push_back({"document_warning", where + ": " + w, wf});
        }
      }
      u.documents.push_back(std::move(d));
    }
    auto cmp_start = Clock::now();
    compare_story(u, states, resources.compare_options, r);
    r.times.compare += std::chrono::duration<double>(Clock::now() - cmp_start).count();
    // An unchanged story needs no write at all (most of a nightly re-run).
    if (reader_.story_current(u, states)) return r;
    r.update = std::move(u);
    return r;
  }

 private:
  Result<Resources> resources_with_overlay(const std::string& path) {
    const auto text = read_file_bytes(path);
    if (!text) return Error{path, "cannot read"};
    auto j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_discarded()) return Error{path, "not valid JSON"};
    auto book = RuleBook::embedded();
    if (!book.ok()) return book.error();
    if (auto s = book->add_overlay(path, j); !s.ok()) return s.error();
    auto res = Resources::build(*book);
    if (!res.ok()) return Error{path, res.error().str()};
    return res;
  }

  // The claims of one document as the comparison sees them: freshly processed
  // (viewed where they are) or, when unchanged, read back from the database.
  struct Side {
    std::unique_ptr<StoredDocument> stored;  // what `view` points into when read back; on the heap, so a move keeps it
    ClaimedDocument view;
    const Claim& claim(uint32_t i) const { return (*view.claims)[i]; }
  };

  std::optional<Side> side_of(const DocumentUpdate& d, const std::optional<Store::DocumentState>& state) {
    if (d.action == DocumentUpdate::Action::kWrite)
      return Side{nullptr, {d.bytes, &d.sentences, &d.claims, d.spec.published}};
    if (!state || state->status != "ok") return std::nullopt;
    auto loaded = reader_.load_document(state->id);
    if (!loaded.ok()) return std::nullopt;
    auto stored = std::make_unique<StoredDocument>(std::move(loaded.value()));
    const ClaimedDocument view{stored->bytes, &stored->sentences, &stored->claims, d.spec.published};
    return Side{std::move(stored), view};
  }

  void compare_story(StoryUpdate& u, const std::vector<std::optional<Store::DocumentState>>& states,
                     const CompareOptions& options, StoryResult& r) {
    size_t official = 0;
    for (size_t i = 0; i < u.documents.size(); ++i)
      if (u.documents[i].spec.role == Role::kOfficial) official = i;
    const DocumentUpdate& off = u.documents[official];
    const bool official_changed = off.action == DocumentUpdate::Action::kWrite;
    std::vector<size_t> todo;
    for (size_t i = 0; i < u.documents.size(); ++i) {
      if (i == official || u.documents[i].action == DocumentUpdate::Action::kRefuse) continue;
      if (official_changed || u.documents[i].action == DocumentUpdate::Action::kWrite) todo.push_back(i);
    }
    if (todo.empty()) return;
    auto off_side = side_of(off, states[official]);
    if (!off_side) {
      const std::string where = (fs::path(u.spec.folder) / off.spec.file).string();
      r.errors.push_back({"story_not_compared", where + ": official document unavailable; coverage not compared",
                          {{"story", u.spec.id}, {"file", off.spec.file}, {"reason", "official document unavailable"}}});
      return;
    }
    // The official document's claim contexts serve every coverage document.
    const ClaimContexts off_contexts(off_side->view.bytes, off_side->view.sentences, *off_side->view.claims,
                                     options.context);
    off_side->view.contexts = &off_contexts;
    for (size_t i : todo) {
      auto cov = side_of(u.documents[i], states[i]);
      if (!cov) continue;
      const auto findings = compare_document(off_side->view, cov->view, options);
      DocumentFindings df{u.documents[i].spec.file, off.spec.file, {}};
      for (const auto& f : findings) {
        const Claim& c = cov->claim(f.claim);
        const Claim* other = nullptr;
        if (f.other) other = f.verdict == Verdict::kInternal ? &cov->claim(*f.other) : &off_side->claim(*f.other);
        df.rows.push_back({f.verdict, f.claim, f.other, f.reason, c.text,
                           finding_fingerprint(u.spec.id, df.coverage_file, f, c, other)});
      }
      u.findings.push_back(std::move(df));
    }
  }

  const Resources& base_;
  Store& reader_;
  bool rehash_;
  bool verbose_;
};

std::string format_stats(const StageTimes& t, double wall, uint64_t bytes) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "stats: wall %.3fs, %.2f MB processed (%.1f MB/s); cpu seconds by stage: read %.3f, normalise %.3f,"
                " segment %.3f, extract %.3f, compare %.3f, store %.3f",
                wall, static_cast<double>(bytes) / 1e6, wall > 0 ? static_cast<double>(bytes) / 1e6 / wall : 0.0,
                t.read, t.normalise, t.segment, t.extract, t.compare, t.store);
  return buf;
}

}  // namespace

int run_command(const RunOptions& o) {
  RunLog log(o.quiet ? RunLog::Level::kQuiet : o.verbose ? RunLog::Level::kVerbose : RunLog::Level::kNormal,
             o.log_format == "json");
  const auto wall_start = Clock::now();
  auto fail = [&](const Error& e) {
    log.error("run_failed", e.str());
    return 1;
  };

  auto folders = list_story_folders(o.corpus);
  if (!folders.ok()) return fail(folders.error());
  auto lock = WriterLock::acquire(o.db);
  if (!lock.ok()) return fail(lock.error());
  auto store = Store::open(o.db, Store::Mode::kReadWrite);
  if (!store.ok()) return fail(store.error());
  auto rules = RuleBook::embedded();
  if (!rules.ok()) return fail(rules.error());
  auto resources = Resources::build(*rules);
  if (!resources.ok()) return fail(resources.error());

  const std::string shard = o.shard_count > 1 ? std::to_string(o.shard_index) + "/" + std::to_string(o.shard_count) : "";
  std::vector<int64_t> interrupted;
  auto run = store->begin_run(fs::absolute(o.corpus).string(), shard, &interrupted);
  if (!run.ok()) return fail(run.error());
  for (int64_t dead : interrupted)
    log.warning("run_interrupted", "run " + std::to_string(dead) +
                                       " never finished (its process died); marked 'interrupted'",
                {{"run", dead}});
  log.info("run_started", "run " + std::to_string(*run) + " started on " + o.corpus + " (" +
                              std::to_string(folders->size()) + " story folders)",
           {{"run", *run}, {"corpus", o.corpus}, {"db", o.db}, {"jobs", o.jobs}, {"shard", shard},
            {"version", CLAIMCHECK_VERSION}, {"extraction", resources->extraction_identity},
            {"folders", folders->size()}});

  std::vector<std::string> errors;
  RunCounts counts;
  StageTimes times;
  uint64_t bytes = 0;

  // Story ids must be unique across the corpus, and shards are chosen by id:
  // both need every id before any story is processed. This pass reads ids
  // only (a streaming scan that stops at "id"); workers parse and validate the
  // whole story.json, which keeps no parsed corpus in memory. A story.json
  // without a readable id is left in the list (shard 0) so that its worker
  // reports it.
  std::map<std::string, std::vector<std::string>> folders_by_id;
  std::vector<std::string> todo;
  for (const auto& folder : *folders) {
    const auto id = story_id(folder);
    const bool mine = o.shard_count <= 1 || (id ? shard_of(*id, o.shard_count) == o.shard_index : o.shard_index == 0);
    if (!mine) continue;
    if (id) folders_by_id[*id].push_back(folder);
    todo.push_back(folder);
  }
  std::set<std::string> duplicated;
  for (const auto& [id, fs_] : folders_by_id) {
    if (fs_.size() < 2) continue;
    for (const auto& f : fs_) {
      std::string others;
      for (const auto& g : fs_)
        if (g != f) others += (others.empty() ? "" : ", ") + g;
      const std::string e = (fs::path(f) / "story.json").string() + ": id: '" + id + "' is also used by " + others +
                            "; story skipped";
      log.error("story_skipped", e, {{"folder", f}, {"story", id}, {"reason", "duplicate story id"}});
      errors.push_back(e);
      ++counts.stories_failed;
      duplicated.insert(f);
    }
  }
  std::erase_if(todo, [&](const std::string& f) { return duplicated.count(f) > 0; });

  // Workers fill `ready` by index; this thread writes index after index.
  const size_t window = std::max<size_t>(4, 2 * o.jobs);
  std::mutex mu;
  std::condition_variable cv;
  std::map<size_t, StoryResult> ready;
  size_t next_to_write = 0;
  std::atomic<size_t> next_to_take{0};
  std::vector<std::string> worker_errors;
  // Written stories, handed back so that a worker, not the writer, frees them:
  // a story's claims and attributes are thousands of small allocations, and
  // the writer is the pipeline's bottleneck.
  std::vector<StoryResult> spent;
  auto worker = [&] {
    // Named so that top -H and perf tell workers from the writer (the main thread).
    pthread_setname_np(pthread_self(), "cc-worker");
    auto reader = Store::open(o.db, Store::Mode::kReadOnly);
    if (!reader.ok()) {
      std::lock_guard<std::mutex> g(mu);
      worker_errors.push_back(reader.error().str());
      return;
    }
    StoryPreparer preparer(*resources, *reader, o.rehash, o.verbose);
    for (;;) {
      size_t i = next_to_take.fetch_add(1);
      if (i >= todo.size()) break;
      std::vector<StoryResult> to_free;
      {
        std::unique_lock<std::mutex> g(mu);
        cv.wait(g, [&] { return i < next_to_write + window; });
        to_free.swap(spent);
      }
      to_free.clear();
      StoryResult r = preparer.prepare(todo[i]);
      {
        std::lock_guard<std::mutex> g(mu);
        ready.emplace(i, std::move(r));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < std::max(1u, o.jobs); ++t) threads.emplace_back(worker);

  // Stories written into the open batch: their counts join the run's only once
  // the batch commits; if it is lost, each is reported as not stored.
  struct Pending {
    std::string story;
    RunCounts prepared, written;
  };
  std::vector<Pending> pending;
  const auto settle_batch = [&](const Status& outcome) {
    for (auto& p : pending) {
      if (outcome.ok()) {
        counts += p.written;
        continue;
      }
      const std::string e = outcome.error().str() + "; story '" + p.story + "' not stored";
      log.error("story_failed", e, {{"story", p.story}, {"reason", outcome.error().message}});
      errors.push_back(e);
      p.prepared.stories_failed += 1;
      counts += p.prepared;
    }
    pending.clear();
  };

  for (size_t i = 0; i < todo.size(); ++i) {
    StoryResult r;
    {
      std::unique_lock<std::mutex> g(mu);
      cv.wait(g, [&] { return ready.count(i) > 0 || worker_errors.size() == threads.size(); });
      if (!ready.count(i)) break;
      r = std::move(ready[i]);
      ready.erase(i);
    }
    for (const auto& w : r.warnings) log.warning(w.event, w.message, w.fields);
    for (const auto& e : r.errors) {
      log.error(e.event, e.message, e.fields);
      errors.push_back(e.message);
    }
    for (const auto& d : r.details) log.debug(d.event, d.message, d.fields);
    bool batched = false;
    if (r.update) {
      const auto t0 = Clock::now();
      const RunCounts before = r.counts;
      if (auto s = store->write_story(*r.update, *run, r.counts); !s.ok()) {
        log.error("story_failed", s.error().str(), {{"story", r.update->spec.id}, {"reason", s.error().message}});
        errors.push_back(s.error().str());
        r.counts.stories_failed += 1;
        if (store->take_lost_batch()) settle_batch(s);
      } else {
        pending.push_back({r.update->spec.id, before, r.counts});
        batched = true;
        log.debug("story_written",
                  "story " + r.update->spec.id + ": claims +" + std::to_string(r.counts.claims_added) + " -" +
                      std::to_string(r.counts.claims_removed) + ", findings +" +
                      std::to_string(r.counts.findings_added) + " -" + std::to_string(r.counts.findings_removed) +
                      (r.counts.documents_retired > before.documents_retired
                           ? ", " + std::to_string(r.counts.documents_retired) + " document(s) retired"
                           : ""),
                  {{"story", r.update->spec.id}, {"claims_added", r.counts.claims_added},
                   {"claims_removed", r.counts.claims_removed}, {"findings_added", r.counts.findings_added},
                   {"findings_removed", r.counts.findings_removed}, {"documents_retired", r.counts.documents_retired}});
      }
      if (store->batch_due()) settle_batch(store->commit_batch());
      r.times.store += std::chrono::duration<double>(Clock::now() - t0).count();
    }
    if (!batched) counts += r.counts;  // else counted when its batch settles
    times += r.times;
    bytes += r.bytes;
    {
      std::lock_guard<std::mutex> g(mu);
      next_to_write = i + 1;
      spent.push_back(std::move(r));
    }
    cv.notify_all();
    log.progress(i + 1, todo.size(), bytes);
  }
  for (auto& t : threads) t.join();
  {
    const auto t0 = Clock::now();
    settle_batch(store->commit_batch());
    times.store += std::chrono::duration<double>(Clock::now() - t0).count();
  }
  log.end_progress();
  for (const auto& e : worker_errors) {
    log.error("worker_failed", e, {{"reason", e}});
    errors.push_back(e);
  }

  const bool failed = !errors.empty();
  const std::string status = !worker_errors.empty() && counts.stories_seen == 0 ? "failed" : failed ? "partial" : "ok";
  if (auto s = store->finish_run(*run, counts, errors, status); !s.ok()) return fail(s.error());
  const double wall = std::chrono::duration<double>(Clock::now() - wall_start).count();
  char summary[512];
  std::snprintf(summary, sizeof summary,
                "run %lld %s: %lld stories (%lld failed), %lld documents: %lld new, %lld changed, %lld unchanged, "
                "%lld failed, %lld retired; claims +%lld -%lld, findings +%lld -%lld; %.2fs",
                static_cast<long long>(*run), status.c_str(), static_cast<long long>(counts.stories_seen),
                static_cast<long long>(counts.stories_failed), static_cast<long long>(counts.documents_seen),
                static_cast<long long>(counts.documents_new), static_cast<long long>(counts.documents_changed),
                static_cast<long long>(counts.documents_unchanged), static_cast<long long>(counts.documents_failed),
                static_cast<long long>(counts.documents_retired), static_cast<long long>(counts.claims_added),
                static_cast<long long>(counts.claims_removed), static_cast<long long>(counts.findings_added),
                static_cast<long long>(counts.findings_removed), wall);
  log.info("run_finished", summary,
           {{"run", *run}, {"status", status}, {"stories", counts.stories_seen},
            {"stories_failed", counts.stories_failed}, {"documents", counts.documents_seen},
            {"documents_new", counts.documents_new}, {"documents_changed", counts.documents_changed},
            {"documents_unchanged", counts.documents_unchanged}, {"documents_failed", counts.documents_failed},
            {"documents_retired", counts.documents_retired}, {"claims_added", counts.claims_added},
            {"claims_removed", counts.claims_removed}, {"findings_added", counts.findings_added},
            {"findings_removed", counts.findings_removed}, {"failures", errors.size()}, {"seconds", wall}});
  if (o.stats) log.error("stats", format_stats(times, wall, bytes));  // printed even with -q: asked for
  return failed ? 1 : 0;
}

}  // namespace claimcheck
