-- claimcheck schema, version 1. Applied by pipeline/store in one transaction;
-- PRAGMA user_version records the last migration applied.
-- Spans (start, end) are UTF-8 byte offsets into the document as read from disk.
-- Dates are ISO 8601 text; timestamps are UTC 'YYYY-MM-DDTHH:MM:SSZ'.

CREATE TABLE runs (
  id                  INTEGER PRIMARY KEY,
  started_at          TEXT NOT NULL,
  finished_at         TEXT,
  corpus              TEXT NOT NULL,
  version             TEXT NOT NULL,
  shard               TEXT NOT NULL DEFAULT '',         -- 'I/N' or ''
  status              TEXT NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  stories_seen        INTEGER NOT NULL DEFAULT 0,
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

CREATE TABLE stories (
  id             TEXT PRIMARY KEY,
  title          TEXT NOT NULL DEFAULT '',
  folder         TEXT NOT NULL,
  first_seen_run INTEGER NOT NULL REFERENCES runs(id),
  updated_run    INTEGER NOT NULL REFERENCES runs(id)
) STRICT;

CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  story_id       TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  file           TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('official', 'coverage')),
  source         TEXT NOT NULL DEFAULT '',
  url            TEXT NOT NULL DEFAULT '',
  published      TEXT,                                   -- YYYY-MM-DD or NULL
  status         TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'refused', 'retired')),
  error          TEXT,                                   -- why it was refused
  hash           TEXT NOT NULL DEFAULT '',
  size           INTEGER NOT NULL DEFAULT 0,
  content        BLOB,                                   -- the bytes as read
  warnings       TEXT NOT NULL DEFAULT '[]',             -- JSON array (invalid bytes, BOM, ...)
  processed_run  INTEGER NOT NULL REFERENCES runs(id),
  UNIQUE (story_id, file)
) STRICT;

CREATE TABLE blocks (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('paragraph', 'heading', 'list_item', 'boilerplate')),
  reason      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (document_id, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE sentences (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  block_idx   INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  boilerplate INTEGER NOT NULL DEFAULT 0 CHECK (boilerplate IN (0, 1)),
  text        TEXT NOT NULL,
  UNIQUE (document_id, idx)
) STRICT;

CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE claims (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,                          -- order within the document
  sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('date', 'money', 'percent', 'term')),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       TEXT NOT NULL,                             -- TIMEX3 value, term id, or the number as text
  number      REAL,                                      -- money (whole units) and percent
  currency    TEXT,                                      -- ISO 4217
  rule        TEXT NOT NULL,                             -- id of the rule that produced it
  attrs       TEXT NOT NULL DEFAULT '{}',                -- JSON: bound, subject, object, polarity, ...
  UNIQUE (document_id, idx)
) STRICT;
CREATE INDEX claims_kind ON claims(kind, value);

CREATE TABLE findings (
  id             INTEGER PRIMARY KEY,
  story_id       TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  claim_id       INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  other_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,  -- official claim, or same-document claim for 'internal'
  verdict        TEXT NOT NULL CHECK (verdict IN ('contradicted', 'supported', 'unverified', 'internal')),
  reason         TEXT NOT NULL,
  fingerprint    TEXT NOT NULL,                          -- stable across re-extraction: what the finding says
  first_seen_run INTEGER NOT NULL REFERENCES runs(id)
) STRICT;
CREATE INDEX findings_document ON findings(document_id);
CREATE INDEX findings_verdict ON findings(verdict);
CREATE INDEX findings_claim ON findings(claim_id);
CREATE INDEX findings_other_claim ON findings(other_claim_id);

-- Findings that disappeared because a document changed or was retired.
CREATE TABLE resolved_findings (
  id             INTEGER PRIMARY KEY,
  story_id       TEXT NOT NULL,
  document_file  TEXT NOT NULL,
  verdict        TEXT NOT NULL,
  reason         TEXT NOT NULL,
  claim_text     TEXT NOT NULL,
  fingerprint    TEXT NOT NULL,
  first_seen_run INTEGER NOT NULL REFERENCES runs(id),
  resolved_run   INTEGER NOT NULL REFERENCES runs(id)
) STRICT;

-- Every contradiction (and internal inconsistency) with its source and both quotes.
CREATE VIEW contradictions AS
SELECT f.id AS finding_id, f.story_id, d.file AS document, d.source, f.verdict, c.kind,
       c.text AS claim_text, cs.text AS claim_sentence,
       o.text AS official_text, os.text AS official_sentence,
       f.reason, f.first_seen_run
FROM findings f
JOIN documents d ON d.id = f.document_id
JOIN claims c ON c.id = f.claim_id
LEFT JOIN sentences cs ON cs.id = c.sentence_id
LEFT JOIN claims o ON o.id = f.other_claim_id
LEFT JOIN sentences os ON os.id = o.sentence_id
WHERE f.verdict IN ('contradicted', 'internal') AND d.status = 'ok';

-- Per story and source: how many claims were supported, contradicted, unverified, internal.
CREATE VIEW scorecard AS
SELECT f.story_id, d.file AS document, CASE d.source WHEN '' THEN d.file ELSE d.source END AS source,
       SUM(f.verdict = 'supported') AS supported,
       SUM(f.verdict = 'contradicted') AS contradicted,
       SUM(f.verdict = 'unverified') AS unverified,
       SUM(f.verdict = 'internal') AS internal
FROM findings f JOIN documents d ON d.id = f.document_id
WHERE d.status = 'ok'
GROUP BY f.story_id, d.id;
