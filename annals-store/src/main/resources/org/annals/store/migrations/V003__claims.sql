-- Verdicts on the stored claims (table claims, V001), kept current by re-verification when new
-- events arrive. evidence = JSON list of {"id": canonical id, "role", "date"}.
CREATE TABLE claim_verdicts (
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  verdict VARCHAR NOT NULL,
  reason TEXT,
  evidence TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
);
