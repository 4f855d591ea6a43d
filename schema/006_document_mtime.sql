-- claimcheck schema, version 6: each document's modification time (ns since
-- the epoch) as last seen. With the size it lets a re-run skip a file without
-- reading or hashing it (run --rehash reads everything). NULL: not yet known,
-- so the next run reads the file once and records it.
ALTER TABLE documents ADD COLUMN mtime_ns INTEGER;
