-- B-tree indexes of the look-up keys of migration 010 (the other look-ups of a write and of
-- claim verification have theirs since migrations 001 and 002).
CREATE INDEX mentions_day_key ON mentions (day_key);
CREATE INDEX canonical_pairs_pair ON canonical_pairs (pair);
