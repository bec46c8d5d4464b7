-- Indexes of the look-ups of a write that migration 011 left to scans, because each ART made
-- every checkpoint longer as the store grew: deletions of replaced canonical events' participants
-- and pairs by canonical id, memberships of read-back mentions by mention id, and an article's
-- mentions (claim contexts, re-coding). Those scans grew with the store on every batch; the
-- checkpoints no longer do, as the writer keeps DuckDB's checkpoint threshold as large as the
-- database file (Checkpoints; docs/STORE.md, "Look-ups that do not grow with the store"). The
-- band hashes of near-duplicate search stay a scan: a narrow BIGINT column scans faster than a
-- batch's thousands of hashes are looked up one by one in an ART, at least to millions of rows.
CREATE INDEX canonical_actors_canonical ON canonical_actors (canonical_id);
CREATE INDEX canonical_pairs_canonical ON canonical_pairs (canonical_id);
CREATE INDEX members_mention ON canonical_members (mention_id);
CREATE INDEX mentions_article ON mentions (article_id);
