-- When each article was stored (UTC wall-clock time; an ingest-time field like skips.skipped_at):
-- an event's first ingest time is the earliest of its articles', which is GDELT's DATEADDED and
-- what `--since` / `since=` compare with. Articles stored before this migration keep NULL
-- (unknown: they count as older than any --since).
ALTER TABLE articles ADD COLUMN ingested_at TIMESTAMP;
-- Where each canonical event happened (its location's ISO-3 country and point), for the
-- country=, near= and bbox= filters; the full location is in the body. Events stored before
-- this migration keep NULL until a later write re-merges them.
ALTER TABLE canonical ADD COLUMN loc_country VARCHAR;
ALTER TABLE canonical ADD COLUMN loc_lat FLOAT8;
ALTER TABLE canonical ADD COLUMN loc_lon FLOAT8;
