-- claimcheck schema, version 7: the identity of the extraction that wrote a
-- document's sentences and claims (claimcheck version, extraction-code digest,
-- rule-data digest; see Resources::extraction_identity). A run extracts again
-- every document stored under another identity, so an upgraded binary or an
-- edited rule file never leaves stale claims behind. NULL (rows written before
-- schema 7): unknown, so the next run extracts the document once more.
ALTER TABLE documents ADD COLUMN extracted_by TEXT;
