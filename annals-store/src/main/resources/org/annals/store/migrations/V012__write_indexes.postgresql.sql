-- See the DuckDB file. PostgreSQL has B-trees on those keys since migrations 001 and 002
-- (primary keys of canonical_actors, canonical_pairs and canonical_members, mentions_article),
-- but the band primary key (band, hash, article_id) cannot serve near-duplicate search, which
-- looks band hashes up alone: a B-tree on the hash.
CREATE INDEX article_bands_hash ON article_bands (hash);
