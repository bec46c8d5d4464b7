-- PostgreSQL: B-tree indexes for put() look-ups, filters and the dyad time series.
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_dup ON articles (near_dup_of);
CREATE INDEX article_bands_article ON article_bands (article_id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_bucket ON mentions (bucket);
CREATE INDEX members_bucket ON canonical_members (bucket);
CREATE INDEX members_canonical ON canonical_members (canonical_id);
CREATE INDEX canonical_bucket ON canonical (bucket);
CREATE INDEX canonical_day ON canonical (day);
CREATE INDEX canonical_dyad_country ON canonical (a1_country, a2_country, day);
CREATE INDEX canonical_dyad_cameo ON canonical (a1_cameo, a2_cameo, day);
CREATE INDEX canonical_dyad_entity ON canonical (a1_entity, a2_entity, day);
CREATE INDEX canonical_actors_country ON canonical_actors (country);
CREATE INDEX canonical_actors_cameo ON canonical_actors (cameo);
CREATE INDEX canonical_actors_entity ON canonical_actors (entity);
