// `report`, `runs` and `status`: commands that read databases (`merge` is in merge_command.cpp).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include <nlohmann/json.hpp>

#include "pipeline/app/commands.h"
#include "pipeline/app/writer_lock.h"
#include "pipeline/report/report.h"
#include "pipeline/store/store.h"

namespace claimcheck {
namespace {

int fail(const Error& e) {
  std::cerr << "claimcheck: " << e.str() << '\n';
  return 1;
}

// Writes through a temporary file and a rename, so a failed write never leaves half a report.
Status write_file_atomically(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Error{path, "cannot write (does the folder exist?)"};
    out << text;
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return Error{path, "write failed (disk full?)"};
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    return Error{path, "cannot replace: " + ec.message()};
  }
  return ok_status();
}

}  // namespace

int report_command(const ReportOptions& o) {
  auto store = Store::open(o.db, Store::Mode::kReadOnly);
  if (!store.ok()) return fail(store.error());
  ReportFilter filter{o.story, o.since_run, std::nullopt};
  if (o.only_new) {
    auto w = new_findings_window(*store);
    if (!w.ok()) return fail(w.error());
    filter.since_run = w->since_run;
    filter.until_run = w->until_run;
  }
  auto data = load_report(*store, filter);
  if (!data.ok()) return fail(data.error());
  std::string text;
  if (o.format == "json") text = render_json(*data);
  else if (o.format == "md") text = render_markdown(*data);
  else if (o.format == "html") text = render_html(*data);
  else text = render_claimreview(*data);
  if (o.out.empty()) {
    std::cout << text;
    std::cout.flush();
    return std::cout ? 0 : 1;
  }
  if (auto s = write_file_atomically(o.out, text); !s.ok()) return fail(s.error());
  return 0;
}

namespace {

struct RunRow {
  int64_t id = 0;
  std::string started, finished, status, shard, corpus, version, errors;
  int64_t n[12] = {};  // stories seen/failed, documents seen/new/changed/unchanged/failed/retired, claims +/-, findings +/-
};

// A row still 'running' is only running if some process holds the writer
// lock; otherwise its process died (kill -9, power loss) and it is shown as
// 'interrupted', as the next run will record it.
std::string live_status(const RunRow& r, const std::optional<pid_t>& writer) {
  if (r.status != "running") return r.status;
  return writer ? "running" : "interrupted";
}

std::string run_line(const RunRow& r, const std::string& status) {
  char buf[1536];
  std::snprintf(buf, sizeof buf,
                "run %lld  %s .. %s  %-11s v%s  %sstories %lld (failed %lld)  docs %lld (new %lld, changed %lld, "
                "unchanged %lld, failed %lld, retired %lld)  claims +%lld -%lld  findings +%lld -%lld  %s",
                static_cast<long long>(r.id), r.started.c_str(), r.finished.c_str(), status.c_str(), r.version.c_str(),
                r.shard.empty() ? "" : ("shard " + r.shard + "  ").c_str(), static_cast<long long>(r.n[0]),
                static_cast<long long>(r.n[1]), static_cast<long long>(r.n[2]), static_cast<long long>(r.n[3]),
                static_cast<long long>(r.n[4]), static_cast<long long>(r.n[5]), static_cast<long long>(r.n[6]),
                static_cast<long long>(r.n[7]), static_cast<long long>(r.n[8]), static_cast<long long>(r.n[9]),
                static_cast<long long>(r.n[10]), static_cast<long long>(r.n[11]), r.corpus.c_str());
  return buf;
}

}  // namespace

int runs_command(const std::string& db, bool last_only) {
  auto store = Store::open(db, Store::Mode::kReadOnly);
  if (!store.ok()) return fail(store.error());
  auto st = store->connection().prepare(
      "SELECT id, started_at, coalesce(finished_at, '-'), status, shard, corpus, version, errors, stories_seen,"
      " stories_failed, documents_seen, documents_new, documents_changed, documents_unchanged, documents_failed,"
      " documents_retired, claims_added, claims_removed, findings_added, findings_removed FROM runs ORDER BY id");
  if (!st.ok()) return fail(Error{db, "not a claimcheck database of this version (" + st.error() + ")"});
  std::vector<RunRow> rows;
  while (st.step()) {
    RunRow r;
    r.id = st.int64(0);
    r.started = st.text(1);
    r.finished = st.text(2);
    r.status = st.text(3);
    r.shard = st.text(4);
    r.corpus = st.text(5);
    r.version = st.text(6);
    r.errors = st.text(7);
    for (int i = 0; i < 12; ++i) r.n[i] = st.int64(8 + i);
    rows.push_back(std::move(r));
  }
  if (!st.error().empty()) return fail(Error{db, st.error()});
  if (rows.empty()) {
    std::cout << "no runs recorded in " << db << '\n';
    return last_only ? 1 : 0;
  }
  const std::optional<pid_t> writer = running_writer(db);
  if (!last_only) {
    for (const auto& r : rows) std::cout << run_line(r, live_status(r, writer)) << '\n';
    return 0;
  }

  // status: the last run; while one is running, also the last one that ended.
  const RunRow& last = rows.back();
  const std::string last_status = live_status(last, writer);
  std::cout << run_line(last, last_status) << '\n';
  const RunRow* judged = &last;
  if (last_status == "running") {
    std::cout << "run " << last.id << " is running now (pid " << *writer << ")\n";
    judged = nullptr;
    for (auto it = rows.rbegin() + 1; it != rows.rend(); ++it)
      if (it->status != "running") {
        judged = &*it;
        break;
      }
    if (!judged) return 0;
  }
  const std::string status = live_status(*judged, writer);
  const std::string name = "run " + std::to_string(judged->id);
  if (status == "ok") {
    std::cout << (judged == &last ? "last run succeeded" : "last finished run (" + name + ") succeeded") << '\n';
    return 0;
  }
  if (status == "interrupted") {
    std::cout << "last run did not succeed (interrupted): " << name
              << " stopped before finishing (process killed or crashed); the next run completes its work\n";
    return 1;
  }
  std::cout << "last run did not succeed (" << status << "): " << name << "\n";
  auto errs = nlohmann::json::parse(judged->errors, nullptr, false);
  if (errs.is_array()) {
    std::cout << errs.size() << " failure(s):\n";
    for (const auto& e : errs)
      if (e.is_string()) std::cout << "  " << e.get<std::string>() << '\n';
  }
  return 1;
}

}  // namespace claimcheck
