// The SQLite system of record: opens (and migrates) the database, records
// runs, writes one story's documents, sentences, claims and findings in one
// transaction, and reads stored documents back for comparison. It decides no
// verdict and formats no report; every value is bound, never spliced into SQL.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/error.h"
#include "pipeline/core/types.h"
#include "pipeline/store/sqlite.h"

namespace claimcheck {

// The schema version this binary writes; a database with a newer one is refused.
int latest_schema_version();

struct RunCounts {
  int64_t stories_seen = 0, stories_failed = 0;
  int64_t documents_seen = 0, documents_new = 0, documents_changed = 0, documents_unchanged = 0,
          documents_failed = 0, documents_retired = 0;
  int64_t claims_added = 0, claims_removed = 0, findings_added = 0, findings_removed = 0;
  RunCounts& operator+=(const RunCounts& o);
};

// A document as stored: what the comparison needs to see it again.
struct StoredDocument {
  int64_t id = 0;
  DocumentSpec spec;
  std::string status;  // ok | refused | retired
  std::string hash;
  std::string bytes;
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;  // in stored order (claims.idx)
};

// What one run learned about one document of a story.
struct DocumentUpdate {
  enum class Action { kKeep, kWrite, kRefuse };
  DocumentSpec spec;
  Action action = Action::kKeep;
  bool is_new = false;  // kWrite: first time seen (else changed)
  std::string hash;     // kWrite
  std::string bytes;    // kWrite
  std::optional<int64_t> mtime_ns;  // kWrite, kKeep: the file's modification time when seen
  std::string extracted_by;  // kWrite: the Resources::extraction_identity that wrote the claims
  std::string error;    // kRefuse: one-line reason
  std::vector<std::string> warnings;
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;
};

// A finding ready to store; claim indices are positions in the documents' claim lists.
struct FindingRow {
  Verdict verdict = Verdict::kUnverified;
  uint32_t claim_idx = 0;
  std::optional<uint32_t> other_idx;  // in the official document, or the same one for kInternal
  std::string reason;
  std::string claim_text;
  std::string fingerprint;  // what the finding says, independent of ids and offsets
};

struct DocumentFindings {
  std::string coverage_file;
  std::string official_file;
  std::vector<FindingRow> rows;
};

struct StoryUpdate {
  StorySpec spec;
  std::vector<DocumentUpdate> documents;   // every document listed in story.json
  std::vector<DocumentFindings> findings;  // coverage documents whose findings were recomputed
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  // Opens `path`, creating and migrating it in kReadWrite mode. Refuses a file
  // that is not SQLite or whose schema is newer than latest_schema_version().
  static Result<Store> open(const std::string& path, Mode mode);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  // Records a new run row ('running'). Call with the writer lock held: rows an
  // earlier process left 'running' are then known to be dead and are marked
  // 'interrupted'; their ids are returned in `interrupted`.
  Result<int64_t> begin_run(const std::string& corpus, const std::string& shard,
                            std::vector<int64_t>* interrupted = nullptr);
  Status finish_run(int64_t run, const RunCounts& counts, const std::vector<std::string>& errors,
                    const std::string& status);

  struct DocumentState {
    int64_t id;
    std::string hash;
    std::string status;
    std::string extracted_by;  // identity of the extraction that wrote its claims; empty: unknown
    uint64_t size = 0;
    std::optional<int64_t> mtime_ns;  // unknown for rows written before schema 6
    DocumentSpec spec;                // role, source, url, published as stored
  };
  std::optional<DocumentState> document_state(const std::string& story_id, const std::string& file);
  // True when writing `u` would change nothing stored: every document kept as
  // it is (same metadata and modification time as `states`, read for it), no
  // other document stored for the story, title and folder as stored, no
  // findings to write. A re-run then skips the writer for the story.
  bool story_current(const StoryUpdate& u, const std::vector<std::optional<DocumentState>>& states);
  Result<StoredDocument> load_document(int64_t id);

  // Writes one story as a savepoint of the open batch (beginning one if none
  // is open): a story is stored whole or not at all. Adds what changed to
  // `counts`, and adds the story's whole `counts` to the run row in the same
  // savepoint, so a run killed midway still shows exactly what it committed.
  // On failure the story is rolled back and the batch stays usable.
  Status write_story(const StoryUpdate& update, int64_t run, RunCounts& counts);
  // Stories are committed in batches, because a commit per story (the same
  // index and run pages rewritten into the WAL every time) cost more than
  // writing the stories themselves. A batch is due once it holds kBatchBytes
  // of documents or is kBatchSeconds old; a killed run loses at most that.
  static constexpr size_t kBatchBytes = 8u << 20;
  static constexpr double kBatchSeconds = 0.5;
  bool batch_due() const;
  // Commits the open batch (no-op without one). On failure every story of the
  // batch is rolled back, and the caller must count them as not stored.
  Status commit_batch();
  // True once after a failed write_story whose error made SQLite roll back the
  // whole open batch (disk full, I/O error): the caller must count the batch's
  // earlier stories as not stored, as for a failed commit_batch().
  bool take_lost_batch();

  sql::Connection& connection();
  const std::string& path() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
