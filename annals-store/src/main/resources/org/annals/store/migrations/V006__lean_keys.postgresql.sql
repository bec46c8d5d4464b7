-- PostgreSQL keeps its primary keys (B-tree inserts are cheap there); see the DuckDB file.
SELECT 1;
