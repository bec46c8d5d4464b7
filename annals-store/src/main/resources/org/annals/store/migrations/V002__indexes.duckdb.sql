-- DuckDB: zone maps serve range scans; ART indexes only for the point look-ups of put().
CREATE INDEX articles_url ON articles (url);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_bucket ON mentions (bucket);
CREATE INDEX members_bucket ON canonical_members (bucket);
CREATE INDEX canonical_bucket ON canonical (bucket);
