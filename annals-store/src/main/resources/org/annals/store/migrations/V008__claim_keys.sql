-- The claim ledger's index: what each stored claim is about (the pair of countries, sorted, when
-- the claim names exactly two; its event type when it names one; the day it speaks of, as an
-- epoch day), so that a write finds the claims its events can change by key instead of reading
-- every claim. Filled by
-- the store with each claim (ClaimKeys); rows for claims stored before this migration are added
-- when a store is opened (they are read from the claims' JSON, in Java). Its keys and index are
-- migration 009's (PostgreSQL only).
CREATE TABLE claim_keys (
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  country_a VARCHAR,
  country_b VARCHAR,
  event VARCHAR,
  at_day INTEGER
);
-- Claims whose verdict a committed write may have changed (its own claims and those its events
-- can reach through claim_keys), written in the write's own transaction and removed by the claim
-- ledger in the transaction that saves their verdicts; seq tells a row re-queued by a later write
-- from the one the ledger read, so a kill -9 or a concurrent write never loses a re-verification.
CREATE TABLE claim_pending (
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  seq BIGINT NOT NULL
);
