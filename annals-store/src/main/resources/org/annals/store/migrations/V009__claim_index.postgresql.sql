-- PostgreSQL: keys of the claim tables (migration 008) and the claim index's B-tree.
ALTER TABLE claim_keys ADD PRIMARY KEY (article_id, ord);
CREATE INDEX claim_keys_pair ON claim_keys (country_a, country_b, event, at_day);
ALTER TABLE claim_pending ADD PRIMARY KEY (article_id, ord);
