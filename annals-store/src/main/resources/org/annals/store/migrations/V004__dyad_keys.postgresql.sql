-- One normalised dyad key per identifier kind (the two first participants' codes, sorted in
-- code-point order, joined by '|'), so that a dyad time series is one equality filter; each
-- key has a covering index (key, day + the aggregated columns), so the series is an
-- index-only scan.
ALTER TABLE canonical ADD COLUMN dyad_country VARCHAR;
ALTER TABLE canonical ADD COLUMN dyad_cameo VARCHAR;
ALTER TABLE canonical ADD COLUMN dyad_entity VARCHAR;
UPDATE canonical SET
  dyad_country = CASE WHEN a1_country IS NULL OR a2_country IS NULL THEN NULL
    WHEN a1_country COLLATE "C" <= a2_country COLLATE "C" THEN a1_country || '|' || a2_country
    ELSE a2_country || '|' || a1_country END,
  dyad_cameo = CASE WHEN a1_cameo IS NULL OR a2_cameo IS NULL THEN NULL
    WHEN a1_cameo COLLATE "C" <= a2_cameo COLLATE "C" THEN a1_cameo || '|' || a2_cameo
    ELSE a2_cameo || '|' || a1_cameo END,
  dyad_entity = CASE WHEN a1_entity IS NULL OR a2_entity IS NULL THEN NULL
    WHEN a1_entity COLLATE "C" <= a2_entity COLLATE "C" THEN a1_entity || '|' || a2_entity
    ELSE a2_entity || '|' || a1_entity END;
CREATE INDEX canonical_dyad_country_key ON canonical (dyad_country, day)
  INCLUDE (event, quad_class, goldstein);
CREATE INDEX canonical_dyad_cameo_key ON canonical (dyad_cameo, day)
  INCLUDE (event, quad_class, goldstein);
CREATE INDEX canonical_dyad_entity_key ON canonical (dyad_entity, day)
  INCLUDE (event, quad_class, goldstein);
-- The (a1, a2, day) indexes of migration 002 served only the dyad series.
DROP INDEX canonical_dyad_country;
DROP INDEX canonical_dyad_cameo;
DROP INDEX canonical_dyad_entity;
