-- The span of days each mention's date may denote, as epoch days (DateFit.lo/hi: a day, its
-- month or year, open ends as -2147483648 / 2147483647), so that a write reads back only the
-- stored mentions whose days can meet its own (Recompute). Mentions stored before this
-- migration keep NULL, which the writer reads as "any day": correct, only slower.
ALTER TABLE mentions ADD COLUMN day_lo INTEGER;
ALTER TABLE mentions ADD COLUMN day_hi INTEGER;
