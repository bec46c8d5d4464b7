-- Articles: id = content hash of the normalised text (Article.id()).
CREATE TABLE articles (
  id VARCHAR PRIMARY KEY,
  url VARCHAR,
  outlet VARCHAR,
  title VARCHAR,
  published DATE,
  language VARCHAR,
  file VARCHAR,
  text TEXT NOT NULL,
  sentence_count INTEGER NOT NULL,
  token_count INTEGER NOT NULL,
  provenance TEXT,
  near_dup_of VARCHAR,
  similarity FLOAT8,
  minhash TEXT NOT NULL
);

-- MinHash LSH bands: candidate near-duplicates share at least one (band, hash).
CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  hash BIGINT NOT NULL,
  article_id VARCHAR NOT NULL,
  PRIMARY KEY (band, hash, article_id)
);

-- Event mentions as coded (id = CodedEvent.id), all modalities; body = CodedEvent JSON.
CREATE TABLE mentions (
  id VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  bucket VARCHAR NOT NULL,
  event VARCHAR NOT NULL,
  mode VARCHAR,
  modality VARCHAR NOT NULL,
  date_value VARCHAR,
  date_precision VARCHAR NOT NULL,
  trigger_text VARCHAR,
  sentence TEXT,
  body TEXT NOT NULL
);

-- Canonical events: a deterministic function of the asserted mentions of primary articles.
CREATE TABLE canonical (
  id VARCHAR PRIMARY KEY,
  bucket VARCHAR NOT NULL,
  event VARCHAR NOT NULL,
  mode VARCHAR,
  cameo VARCHAR,
  quad_class INTEGER NOT NULL,
  goldstein FLOAT8 NOT NULL,
  date_value VARCHAR,
  date_precision VARCHAR NOT NULL,
  day DATE,
  a1_country VARCHAR, a1_sector VARCHAR, a1_cameo VARCHAR, a1_entity VARCHAR, a1_name VARCHAR,
  a2_country VARCHAR, a2_sector VARCHAR, a2_cameo VARCHAR, a2_entity VARCHAR, a2_name VARCHAR,
  mentions INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  first_seen DATE,
  last_seen DATE,
  rep_mention VARCHAR NOT NULL,
  source_url VARCHAR,
  body TEXT NOT NULL
);

-- Every participant of a canonical event (side: actor or recipient).
CREATE TABLE canonical_actors (
  canonical_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  side VARCHAR NOT NULL,
  country VARCHAR, sector VARCHAR, cameo VARCHAR, entity VARCHAR, name VARCHAR,
  PRIMARY KEY (canonical_id, ord)
);

-- Which mention belongs to which canonical event, and why.
CREATE TABLE canonical_members (
  mention_id VARCHAR PRIMARY KEY,
  canonical_id VARCHAR NOT NULL,
  bucket VARCHAR NOT NULL,
  reason TEXT NOT NULL
);

CREATE TABLE warnings (
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  code VARCHAR NOT NULL,
  message TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE claims (
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
);

-- Dead letters; id = hash of source, record and reason; time is an ingest-time field.
CREATE TABLE skips (
  id VARCHAR PRIMARY KEY,
  source VARCHAR NOT NULL,
  record VARCHAR,
  reason VARCHAR NOT NULL,
  message TEXT,
  skipped_at TIMESTAMP NOT NULL
);
