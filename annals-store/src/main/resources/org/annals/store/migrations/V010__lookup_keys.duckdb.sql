-- Look-ups whose cost does not grow with the store (issue 15: the ingest slowed as the store
-- filled because every look-up of a write or of claim verification scanned a whole table).
-- day_key: a stored asserted mention's bucket and day ("bucket@epochday" when its date denotes
-- one day, "bucket@*" otherwise: month, year, open or unknown dates; NULL when not asserted), so
-- that a write finds the stored mentions of its buckets and days by key (Recompute).
ALTER TABLE mentions ADD COLUMN day_key VARCHAR;
UPDATE mentions SET day_key = CASE WHEN modality <> 'asserted' THEN NULL
  WHEN day_lo IS NOT NULL AND day_lo = day_hi AND day_lo > -2147483648 AND day_hi < 2147483647
    THEN bucket || '@' || CAST(day_lo AS VARCHAR)
  ELSE bucket || '@*' END;
-- The first day a count claim counts (epoch day; NULL for other claims and for claims stored
-- before this migration, read as "any day"), so that a write re-verifies only the counts whose
-- window its events fall in (ClaimKeys).
ALTER TABLE claim_keys ADD COLUMN from_day INTEGER;
-- Every pair of distinct participant countries of each canonical event ("AAA|BBB", sorted), so
-- that the events between two countries (what a claim speaks of) are found by key.
CREATE TABLE canonical_pairs (canonical_id VARCHAR NOT NULL, pair VARCHAR NOT NULL);
INSERT INTO canonical_pairs SELECT DISTINCT a.canonical_id, a.country || '|' || b.country
  FROM canonical_actors a JOIN canonical_actors b ON a.canonical_id = b.canonical_id
  WHERE a.country IS NOT NULL AND b.country IS NOT NULL AND a.country < b.country;
-- Their indexes are migration 011 (DuckDB cannot index a table with an update pending in
-- the same transaction).
