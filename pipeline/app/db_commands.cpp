// `report`, `runs` and `status`: commands that read databases (`merge` is in merge_command.cpp).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "pipeline/app/commands.h"
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
  ReportFilter filter{o.story, o.since_run};
  if (o.only_new) {
    auto st = store->connection().prepare("SELECT coalesce(max(id), 1) - 1 FROM runs WHERE finished_at IS NOT NULL");
    if (!st.ok() || !st.step()) return fail(Error{o.db, "cannot read runs: " + st.error()});
    filter.since_run = st.int64(0);
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

int runs_command(const std::string& db, bool last_only) {
  auto store = Store::open(db, Store::Mode::kReadOnly);
  if (!store.ok()) return fail(store.error());
  auto st = store->connection().prepare(
      "SELECT id, started_at, coalesce(finished_at, '-'), status, shard, documents_seen, documents_new,"
      " documents_changed, documents_unchanged, documents_failed, documents_retired, claims_added, claims_removed,"
      " findings_added, findings_removed, corpus FROM runs ORDER BY id DESC LIMIT CASE WHEN ?1 THEN 1 ELSE -1 END");
  if (!st.ok()) return fail(Error{db, st.error()});
  st.bind(1, last_only ? 1 : 0);
  std::vector<std::string> lines;
  std::string last_status;
  while (st.step()) {
    char buf[1024];
    std::snprintf(buf, sizeof buf,
                  "run %lld  %s .. %s  %-8s %sdocs %lld (new %lld, changed %lld, unchanged %lld, failed %lld, "
                  "retired %lld)  claims +%lld -%lld  findings +%lld -%lld  %s",
                  static_cast<long long>(st.int64(0)), st.text(1).c_str(), st.text(2).c_str(), st.text(3).c_str(),
                  st.text(4).empty() ? "" : ("shard " + st.text(4) + "  ").c_str(),
                  static_cast<long long>(st.int64(5)), static_cast<long long>(st.int64(6)),
                  static_cast<long long>(st.int64(7)), static_cast<long long>(st.int64(8)),
                  static_cast<long long>(st.int64(9)), static_cast<long long>(st.int64(10)),
                  static_cast<long long>(st.int64(11)), static_cast<long long>(st.int64(12)),
                  static_cast<long long>(st.int64(13)), static_cast<long long>(st.int64(14)), st.text(15).c_str());
    lines.push_back(buf);
    if (last_status.empty()) last_status = st.text(3);
  }
  if (lines.empty()) {
    std::cout << "no runs recorded\n";
    return last_only ? 1 : 0;
  }
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) std::cout << *it << '\n';
  if (last_only) {
    const bool ok = last_status == "ok";
    std::cout << (ok ? "last run succeeded\n" : "last run did not succeed (" + last_status + ")\n");
    return ok ? 0 : 1;
  }
  return 0;
}

}  // namespace claimcheck
