-- Indexes of the look-up keys of migration 010 and of the other look-ups of a write and of
-- claim verification. DuckDB answers an equality or IN filter with constants (bound parameters,
-- or unnest of a bound array) by an ART index scan when few rows match, and scans the table
-- otherwise; without these indexes every look-up of a write or of a claim check scanned a table
-- with every projected column, bodies included, so an ingest slowed down as the store grew
-- (docs/STORE.md, "Look-ups that do not grow with the store"). Each ART also makes every
-- checkpoint longer as the store grows (migration 006), so only the look-ups that read wide rows
-- (bodies) or run once per claim have one; the others (deletions by canonical id, memberships of
-- read-back mentions, mentions by article) scan one or two narrow columns.
CREATE INDEX mentions_id ON mentions (id);
CREATE INDEX mentions_day_key ON mentions (day_key);
CREATE INDEX canonical_id ON canonical (id);
CREATE INDEX members_canonical ON canonical_members (canonical_id);
CREATE INDEX canonical_pairs_pair ON canonical_pairs (pair);
