-- Views for browsing the database by hand (sqlite3, Datasette): findings and
-- claims with story titles, outlet names and sentences joined in, so the
-- everyday questions need no joins. Read-only conveniences; nothing in the
-- pipeline reads them.

-- Every finding, one row each, with names instead of ids.
CREATE VIEW findings_readable AS
SELECT f.id AS finding_id, f.story_id, st.title AS story_title,
       d.file AS document, CASE d.source WHEN '' THEN d.file ELSE d.source END AS source,
       d.url, d.published,
       f.verdict, c.kind, c.value, c.text AS claim_text, c.start AS claim_start, c.end AS claim_end,
       cs.text AS claim_sentence,
       od.file AS official_document, o.text AS official_text, o.start AS official_start, o.end AS official_end,
       os.text AS official_sentence,
       f.reason, f.first_seen_run
FROM findings f
JOIN stories st ON st.id = f.story_id
JOIN documents d ON d.id = f.document_id
JOIN claims c ON c.id = f.claim_id
LEFT JOIN sentences cs ON cs.id = c.sentence_id
LEFT JOIN claims o ON o.id = f.other_claim_id
LEFT JOIN documents od ON od.id = o.document_id
LEFT JOIN sentences os ON os.id = o.sentence_id
WHERE d.status = 'ok';

-- Every claim of every live document, with its document, outlet and sentence.
CREATE VIEW claims_readable AS
SELECT c.id AS claim_id, d.story_id, d.file AS document, d.role,
       CASE d.source WHEN '' THEN d.file ELSE d.source END AS source,
       c.kind, c.value, c.number, c.currency, c.text, c.start, c.end, s.text AS sentence, c.rule, c.attrs
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN sentences s ON s.id = c.sentence_id
WHERE d.status = 'ok';
