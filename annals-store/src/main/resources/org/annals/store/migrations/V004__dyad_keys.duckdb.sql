-- One normalised dyad key per identifier kind (the two first participants' codes, sorted,
-- joined by '|'), so that a dyad time series is one equality filter instead of an OR of two
-- column pairs. DuckDB: no index (its scan with a zone-map-free equality filter is fast); the
-- ART indexes on bucket columns are dropped: the writer joins on buckets (hash joins), never
-- looks one up, and every ART index slows inserts.
ALTER TABLE canonical ADD COLUMN dyad_country VARCHAR;
ALTER TABLE canonical ADD COLUMN dyad_cameo VARCHAR;
ALTER TABLE canonical ADD COLUMN dyad_entity VARCHAR;
UPDATE canonical SET
  dyad_country = CASE WHEN a1_country IS NULL OR a2_country IS NULL THEN NULL
    WHEN a1_country <= a2_country THEN a1_country || '|' || a2_country
    ELSE a2_country || '|' || a1_country END,
  dyad_cameo = CASE WHEN a1_cameo IS NULL OR a2_cameo IS NULL THEN NULL
    WHEN a1_cameo <= a2_cameo THEN a1_cameo || '|' || a2_cameo
    ELSE a2_cameo || '|' || a1_cameo END,
  dyad_entity = CASE WHEN a1_entity IS NULL OR a2_entity IS NULL THEN NULL
    WHEN a1_entity <= a2_entity THEN a1_entity || '|' || a2_entity
    ELSE a2_entity || '|' || a1_entity END;
DROP INDEX mentions_bucket;
DROP INDEX members_bucket;
DROP INDEX canonical_bucket;
