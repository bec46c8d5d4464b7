-- DuckDB: keep ART indexes only on articles (id, url). An ART index is maintained on every
-- insert and, in DuckDB 1.4, written out whole at every checkpoint, so a checkpoint's cost grew
-- with the size of the store (measured: the n-th checkpoint of a growing store took n times
-- as long; docs/STORE.md). The tables below are rebuilt without their primary keys: mentions,
-- canonical events, their participants and members, bands, warnings and claims hold many rows
-- per article, their uniqueness is ensured by the writer (an article's or canonical event's rows
-- are deleted and inserted together, in one transaction), and their reads are scans or hash
-- joins; a single-row look-up by id scans one column (tens of milliseconds for millions of
-- rows). Articles keep theirs: they are few, and each ingested article is looked up by id and
-- URL. Columns and NOT NULL constraints are as before.
DROP INDEX mentions_article;
CREATE TABLE mentions_v6 (id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
  bucket VARCHAR NOT NULL, event VARCHAR NOT NULL, mode VARCHAR, modality VARCHAR NOT NULL,
  date_value VARCHAR, date_precision VARCHAR NOT NULL, trigger_text VARCHAR, sentence TEXT,
  body TEXT NOT NULL, day_lo INTEGER, day_hi INTEGER);
INSERT INTO mentions_v6 SELECT id, article_id, ord, bucket, event, mode, modality, date_value,
  date_precision, trigger_text, sentence, body, day_lo, day_hi FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_v6 RENAME TO mentions;
CREATE TABLE canonical_v6 (id VARCHAR NOT NULL, bucket VARCHAR NOT NULL, event VARCHAR NOT NULL,
  mode VARCHAR, cameo VARCHAR, quad_class INTEGER NOT NULL, goldstein FLOAT8 NOT NULL,
  date_value VARCHAR, date_precision VARCHAR NOT NULL, day DATE,
  a1_country VARCHAR, a1_sector VARCHAR, a1_cameo VARCHAR, a1_entity VARCHAR, a1_name VARCHAR,
  a2_country VARCHAR, a2_sector VARCHAR, a2_cameo VARCHAR, a2_entity VARCHAR, a2_name VARCHAR,
  mentions INTEGER NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL,
  first_seen DATE, last_seen DATE, rep_mention VARCHAR NOT NULL, source_url VARCHAR,
  body TEXT NOT NULL, dyad_country VARCHAR, dyad_cameo VARCHAR, dyad_entity VARCHAR);
INSERT INTO canonical_v6 SELECT id, bucket, event, mode, cameo, quad_class, goldstein,
  date_value, date_precision, day, a1_country, a1_sector, a1_cameo, a1_entity, a1_name,
  a2_country, a2_sector, a2_cameo, a2_entity, a2_name, mentions, sources, articles, first_seen,
  last_seen, rep_mention, source_url, body, dyad_country, dyad_cameo, dyad_entity FROM canonical;
DROP TABLE canonical;
ALTER TABLE canonical_v6 RENAME TO canonical;
CREATE TABLE article_bands_v6 (band INTEGER NOT NULL, hash BIGINT NOT NULL,
  article_id VARCHAR NOT NULL);
INSERT INTO article_bands_v6 SELECT band, hash, article_id FROM article_bands;
DROP TABLE article_bands;
ALTER TABLE article_bands_v6 RENAME TO article_bands;
CREATE TABLE canonical_actors_v6 (canonical_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
  side VARCHAR NOT NULL, country VARCHAR, sector VARCHAR, cameo VARCHAR, entity VARCHAR,
  name VARCHAR);
INSERT INTO canonical_actors_v6 SELECT canonical_id, ord, side, country, sector, cameo, entity,
  name FROM canonical_actors;
DROP TABLE canonical_actors;
ALTER TABLE canonical_actors_v6 RENAME TO canonical_actors;
CREATE TABLE canonical_members_v6 (mention_id VARCHAR NOT NULL, canonical_id VARCHAR NOT NULL,
  bucket VARCHAR NOT NULL, reason TEXT NOT NULL);
INSERT INTO canonical_members_v6 SELECT mention_id, canonical_id, bucket, reason
  FROM canonical_members;
DROP TABLE canonical_members;
ALTER TABLE canonical_members_v6 RENAME TO canonical_members;
CREATE TABLE warnings_v6 (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
  code VARCHAR NOT NULL, message TEXT, start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL);
INSERT INTO warnings_v6 SELECT article_id, ord, code, message, start_offset, end_offset
  FROM warnings;
DROP TABLE warnings;
ALTER TABLE warnings_v6 RENAME TO warnings;
CREATE TABLE claims_v6 (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
  kind VARCHAR NOT NULL, body TEXT NOT NULL);
INSERT INTO claims_v6 SELECT article_id, ord, kind, body FROM claims;
DROP TABLE claims;
ALTER TABLE claims_v6 RENAME TO claims;
