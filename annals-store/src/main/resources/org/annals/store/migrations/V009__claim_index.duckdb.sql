-- DuckDB: no ART index on the claim tables (migration 006: DuckDB rewrites ART indexes whole at
-- every checkpoint). claim_keys is its own index: six narrow columns that a look-up scans with
-- DuckDB's vectorised filters (a fraction of a millisecond per 100,000 claims), never reading the
-- claims' JSON. Uniqueness is the writer's: a claim's rows are deleted and inserted together.
SELECT 1;
