-- claimcheck schema, version 5: sentences reach the full-text index through
-- one INSERT ... SELECT when a batch of stories commits (pipeline/store) or a
-- shard is merged, instead of a trigger per row. Once FTS5 is part of a
-- transaction it flushes its pending index at every statement boundary, so the
-- trigger made each later statement of a story rewrite index pages (README
-- "Performance"). The delete trigger stays: rows removed by a cascade must
-- leave the index too.
DROP TRIGGER sentences_fts_insert;
