#include "pipeline/report/report.h"

namespace claimcheck {
namespace {

std::optional<ReportSpan> span_of(sql::Statement& st, int col) {
  if (st.is_null(col)) return std::nullopt;
  ReportSpan s;
  s.start = static_cast<uint32_t>(st.int64(col));
  s.end = static_cast<uint32_t>(st.int64(col + 1));
  s.text = st.text(col + 2);
  s.sentence = st.text(col + 3);
  s.sentence_start = st.is_null(col + 4) ? s.start : static_cast<uint32_t>(st.int64(col + 4));
  return s;
}

}  // namespace

Result<NewWindow> new_findings_window(Store& store) {
  // 'ended' = finished_at set: ok, partial or failed. 'running' rows and the
  // 'interrupted' rows a dead process left are never an end of a window.
  auto st = store.connection().prepare(
      "SELECT id FROM runs WHERE finished_at IS NOT NULL AND status != 'running' ORDER BY id DESC LIMIT 2");
  if (!st.ok()) return Error{store.path(), "cannot read runs: " + st.error()};
  NewWindow w;
  if (st.step()) w.until_run = st.int64(0);
  if (st.step()) w.since_run = st.int64(0);
  if (!st.error().empty()) return Error{store.path(), "cannot read runs: " + st.error()};
  return w;
}

Result<ReportData> load_report(Store& store, const ReportFilter& filter) {
  auto& db = store.connection();
  ReportData data;
  data.since_run = filter.since_run;
  data.until_run = filter.until_run;
  {
    auto st = db.prepare("SELECT coalesce(max(id), 0) FROM runs");
    if (!st.ok() || !st.step()) return Error{store.path(), "cannot read runs: " + st.error()};
    data.latest_run = st.int64(0);
  }
  auto stories = db.prepare("SELECT id, title FROM stories WHERE ?1 = '' OR id = ?1 ORDER BY id");
  if (!stories.ok()) return Error{store.path(), stories.error()};
  stories.bind(1, filter.story);
  while (stories.step()) data.stories.push_back({stories.text(0), stories.text(1), "", "", "", "", {}, {}, {}});
  if (!stories.error().empty()) return Error{store.path(), stories.error()};
  if (!filter.story.empty() && data.stories.empty()) return Error{store.path(), "no story '" + filter.story + "'"};

  auto docs = db.prepare(
      "SELECT file, source, role, status, url, coalesce(published, ''), coalesce(error, ''), processed_run"
      " FROM documents"
      " WHERE story_id = ? ORDER BY role DESC, file");
  auto findings = db.prepare(
      "SELECT f.id, d.file, d.source, d.url, coalesce(d.published, ''), f.verdict, c.kind, c.value,"
      "       c.start, c.end, c.text, coalesce(cs.text, ''), cs.start,"
      "       o.start, o.end, o.text, coalesce(os.text, ''), os.start,"
      "       f.reason, f.first_seen_run"
      " FROM findings f"
      " JOIN documents d ON d.id = f.document_id"
      " JOIN claims c ON c.id = f.claim_id"
      " LEFT JOIN sentences cs ON cs.id = c.sentence_id"
      " LEFT JOIN claims o ON o.id = f.other_claim_id"
      " LEFT JOIN sentences os ON os.id = o.sentence_id"
      " WHERE f.story_id = ?1 AND d.status = 'ok' AND (?2 IS NULL OR f.first_seen_run > ?2)"
      "   AND (?3 IS NULL OR f.first_seen_run <= ?3)"
      " ORDER BY d.file, c.idx, f.id");
  auto resolved = db.prepare(
      "SELECT document_file, verdict, reason, claim_text, first_seen_run, resolved_run FROM resolved_findings"
      " WHERE story_id = ?1 AND ?2 IS NOT NULL AND resolved_run > ?2 AND (?3 IS NULL OR resolved_run <= ?3)"
      " ORDER BY id");
  for (auto* st : {&docs, &findings, &resolved})
    if (!st->ok()) return Error{store.path(), "not a claimcheck database of this version (" + st->error() + ")"};

  for (auto& story : data.stories) {
    docs.reset();
    docs.bind(1, story.id);
    while (docs.step()) {
      ReportDocument d{docs.text(0), docs.text(1), docs.text(2), docs.text(3),
                       docs.text(4), docs.text(5), docs.text(6), docs.int64(7)};
      if (d.role == "official" && d.status == "ok") {
        story.official = d.file;
        story.official_url = d.url;
        story.official_source = d.source;
        story.official_published = d.published;
      }
      story.documents.push_back(std::move(d));
    }
    findings.reset();
    findings.bind(1, story.id).bind(2, filter.since_run).bind(3, filter.until_run);
    while (findings.step()) {
      ReportFinding f;
      f.id = findings.int64(0);
      f.document = findings.text(1);
      f.source = findings.text(2);
      f.url = findings.text(3);
      f.published = findings.text(4);
      f.verdict = verdict_from_string(findings.text(5)).value_or(Verdict::kUnverified);
      f.kind = claim_kind_from_string(findings.text(6)).value_or(ClaimKind::kDate);
      f.value = findings.text(7);
      f.claim = *span_of(findings, 8);
      f.official = span_of(findings, 13);
      f.reason = findings.text(18);
      f.first_seen_run = findings.int64(19);
      story.findings.push_back(std::move(f));
    }
    if (!findings.error().empty()) return Error{store.path(), findings.error()};
    resolved.reset();
    resolved.bind(1, story.id).bind(2, filter.since_run).bind(3, filter.until_run);
    while (resolved.step()) {
      story.resolved.push_back({resolved.text(0), resolved.text(1), resolved.text(2), resolved.text(3),
                                resolved.int64(4), resolved.int64(5)});
    }
  }
  return data;
}

}  // namespace claimcheck
