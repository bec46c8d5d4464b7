-- See the DuckDB file: a stored asserted mention's bucket and day as one key, and every pair of
-- distinct participant countries of each canonical event, indexed by migration 011; the first
-- day a count claim counts.
ALTER TABLE mentions ADD COLUMN day_key VARCHAR;
UPDATE mentions SET day_key = CASE WHEN modality <> 'asserted' THEN NULL
  WHEN day_lo IS NOT NULL AND day_lo = day_hi AND day_lo > -2147483648 AND day_hi < 2147483647
    THEN bucket || '@' || CAST(day_lo AS VARCHAR)
  ELSE bucket || '@*' END;
ALTER TABLE claim_keys ADD COLUMN from_day INTEGER;
CREATE TABLE canonical_pairs (canonical_id VARCHAR NOT NULL, pair VARCHAR NOT NULL,
  PRIMARY KEY (canonical_id, pair));
INSERT INTO canonical_pairs SELECT DISTINCT a.canonical_id, a.country || '|' || b.country
  FROM canonical_actors a JOIN canonical_actors b ON a.canonical_id = b.canonical_id
  WHERE a.country IS NOT NULL AND b.country IS NOT NULL
    AND a.country COLLATE "C" < b.country COLLATE "C";
