-- claimcheck schema, version 4: a run whose process died before finishing
-- (killed, power loss) is marked 'interrupted' by the next run, instead of
-- staying 'running' for ever. SQLite cannot alter a CHECK constraint, so the
-- small runs table is rebuilt. Rows elsewhere refer to runs(id): foreign keys
-- are deferred and every id is copied back before the migration commits, so
-- a failed copy rolls the whole migration back.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE runs_v1_copy AS SELECT * FROM runs;
DROP TABLE runs;
CREATE TABLE runs (
  id                  INTEGER PRIMARY KEY,
  started_at          TEXT NOT NULL,
  finished_at         TEXT,                             -- NULL while running, and for an interrupted run
  corpus              TEXT NOT NULL,
  version             TEXT NOT NULL,
  shard               TEXT NOT NULL DEFAULT '',         -- 'I/N' or ''
  status              TEXT NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'ok', 'partial', 'failed', 'interrupted')),
  stories_seen        INTEGER NOT NULL DEFAULT 0,       -- counts grow story by story as each commits
  stories_failed      INTEGER NOT NULL DEFAULT 0,
  documents_seen      INTEGER NOT NULL DEFAULT 0,
  documents_new       INTEGER NOT NULL DEFAULT 0,
  documents_changed   INTEGER NOT NULL DEFAULT 0,
  documents_unchanged INTEGER NOT NULL DEFAULT 0,
  documents_failed    INTEGER NOT NULL DEFAULT 0,
  documents_retired   INTEGER NOT NULL DEFAULT 0,
  claims_added        INTEGER NOT NULL DEFAULT 0,
  claims_removed      INTEGER NOT NULL DEFAULT 0,
  findings_added      INTEGER NOT NULL DEFAULT 0,
  findings_removed    INTEGER NOT NULL DEFAULT 0,
  errors              TEXT NOT NULL DEFAULT '[]'        -- JSON array of one-line messages
) STRICT;
INSERT INTO runs SELECT * FROM runs_v1_copy;
DROP TABLE runs_v1_copy;
