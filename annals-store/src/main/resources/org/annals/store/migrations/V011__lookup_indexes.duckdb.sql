-- Indexes of the look-up keys of migration 010 and of the other look-ups of a write and of
-- claim verification.
-- DuckDB answers an equality or IN filter with constants (bound parameters, or unnest of a bound
-- array) by an ART index scan when few rows match, and scans the table otherwise. Migration 006
-- dropped these indexes because each checkpoint writes an ART whole and checkpoints came every
-- 16 MB of log; at 256 MB of log (Dialect) a checkpoint's index share is small, and without them
-- every look-up of a write scanned the table (docs/STORE.md, "Why DuckDB keeps few indexes").
CREATE INDEX mentions_id ON mentions (id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_day_key ON mentions (day_key);
CREATE INDEX canonical_id ON canonical (id);
CREATE INDEX canonical_actors_canonical ON canonical_actors (canonical_id);
CREATE INDEX members_mention ON canonical_members (mention_id);
CREATE INDEX members_canonical ON canonical_members (canonical_id);
CREATE INDEX canonical_pairs_pair ON canonical_pairs (pair);
CREATE INDEX canonical_pairs_canonical ON canonical_pairs (canonical_id);
