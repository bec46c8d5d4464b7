package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Warning;

/**
 * Writes one prepared batch of coded articles inside the caller's transaction: duplicate and
 * near-duplicate detection (look-ups once per batch), the recomputation of the canonical events
 * the batch's asserted mentions can change (read back and deleted on the connection, merged on
 * the common fork-join pool while this thread appends the rows of articles, bands, mentions,
 * warnings and claims, then inserted). Everything that does not need the store was done before, in
 * {@link Prepared}. Not thread-safe: one instance per transaction.
 */
final class StoreWriter {
  /** An article of the batch that will be stored. */
  private static final class Pending {
    final Prepared p;
    String nearDupOf;
    Double similarity;

    Pending(Prepared p) {
      this.p = p;
    }
  }

  private final Connection c;
  private final Set<String> fullBuckets = new TreeSet<>();
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final NearDuplicates near = new NearDuplicates();

  StoreWriter(Connection c) {
    this.c = c;
  }

  /** Stores the batch; returns one result per input, in order. */
  List<PutResult> write(List<Prepared> batch) throws SQLException {
    Set<String> stored = new HashSet<>(Sql.queryIn(c, "SELECT id FROM articles WHERE id IN"
        + " IN_LIST", batch.stream().map(Prepared::id).distinct().toList(),
        rs -> rs.getString(1)));
    Map<String, String> urlOwner = urlOwners(batch);
    near.prefetch(c, batch.stream().filter(p -> !stored.contains(p.id())).map(p -> p.bands)
        .toList());
    List<String> dupOf = new ArrayList<>();
    for (Prepared p : batch) {
      dupOf.add(admit(p, stored, urlOwner));
    }
    Map<String, Integer> fresh = mergeAndInsert(Map.of(), Set.of(), List.of(), true);
    List<PutResult> out = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      out.add(result(batch.get(i).id(), dupOf.get(i), fresh));
    }
    return out;
  }

  /**
   * Re-merges the canonical events the pending articles' mentions (and the removed ones) can
   * change, inserts the pending articles' rows (the articles' own rows only when
   * {@code withArticles}) and queues the claims the write may have changed.
   */
  private Map<String, Integer> mergeAndInsert(Map<String, List<DateFit>> removed,
      Set<String> removedCanonical, List<MentionRow> removedRows, boolean withArticles)
      throws SQLException {
    Recompute recompute = new Recompute(c);
    Recompute.Plan plan = recompute.plan(batchRows(), fullBuckets, removed, removedCanonical);
    Set<String> batchArticles = Set.copyOf(pending.keySet());
    CompletableFuture<Recompute.Merged> merged = CompletableFuture.supplyAsync(
        () -> Recompute.merge(plan, batchArticles));
    List<Object[]> ownClaims = insertRows(withArticles);
    Map<String, Integer> fresh = recompute.insert(join(merged));
    List<MentionRow> reach = new ArrayList<>(removedRows);
    plan.byBucket().values().forEach(reach::addAll);
    ClaimKeys.queue(c, ownClaims, ClaimKeys.probes(reach));
    return fresh;
  }

  /**
   * Replaces the coding of stored articles (same ids, same texts) by {@code batch}'s: their
   * mentions, warnings, claims and verdicts are deleted, the canonical events the old and the
   * new mentions can change are merged again, and the article rows keep everything but the
   * coding's provenance and counts (text, metadata and near-duplicate links do not depend on the
   * coding). The result is what storing the new codings in a fresh store would give.
   *
   * @throws org.annals.model.BadInputException when an article of the batch is not stored
   */
  void replace(List<Prepared> batch) throws SQLException {
    List<String> ids = batch.stream().map(Prepared::id).distinct().toList();
    Map<String, String> dupOf = new HashMap<>();
    Set<String> found = new HashSet<>();
    for (String[] r : Sql.queryIn(c, "SELECT id, near_dup_of FROM articles WHERE id IN IN_LIST",
        ids, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      found.add(r[0]);
      if (r[1] != null) {
        dupOf.put(r[0], r[1]);
      }
    }
    for (String id : ids) {
      if (!found.contains(id)) {
        throw new org.annals.model.BadInputException("article " + id + " is not stored");
      }
    }
    List<MentionRow> removedRows = new ArrayList<>();
    Map<String, List<DateFit>> removed = new TreeMap<>();
    for (MentionRow r : Sql.queryIn(c, "SELECT id, bucket, article_id, body, modality FROM"
        + " mentions WHERE article_id IN IN_LIST", ids, rs -> "asserted".equals(rs.getString(5))
            ? new MentionRow(rs.getString(2), rs.getString(3), null, null, null,
                Codec.event(rs.getString(4)), rs.getString(4)) : null)) {
      if (r == null) {
        continue;
      }
      removedRows.add(r);
      if (!dupOf.containsKey(r.articleId())) {
        removed.computeIfAbsent(r.bucket(), k -> new ArrayList<>()).add(r.fit());
      }
    }
    List<String> mentionIds = Sql.queryIn(c, "SELECT id FROM mentions WHERE article_id IN"
        + " IN_LIST", ids, rs -> rs.getString(1));
    Set<String> removedCanonical = new HashSet<>(Sql.queryIn(c, "SELECT canonical_id FROM"
        + " canonical_members WHERE mention_id IN IN_LIST", mentionIds, rs -> rs.getString(1)));
    Sql.updateIn(c, "DELETE FROM canonical_members WHERE mention_id IN IN_LIST", mentionIds);
    for (String table : List.of("mentions", "warnings", "claims", "claim_keys", "claim_verdicts",
        "claim_pending")) {
      Sql.updateIn(c, "DELETE FROM " + table + " WHERE article_id IN IN_LIST", ids);
    }
    for (Prepared p : batch) {
      if (!pending.containsKey(p.id())) {
        Pending pend = new Pending(p);
        pend.nearDupOf = dupOf.get(p.id());
        pending.put(p.id(), pend);
        CodedArticle coded = p.coded;
        Sql.update(c, "UPDATE articles SET provenance = ?, sentence_count = ?, token_count = ?"
            + " WHERE id = ?", java.util.Arrays.asList(p.provenance, coded.sentenceCount(),
                coded.tokenCount(), p.id()));
      }
    }
    mergeAndInsert(removed, removedCanonical, removedRows, false);
  }

  /** The stored article of each URL of the batch (the smallest id when several). */
  private Map<String, String> urlOwners(List<Prepared> batch) throws SQLException {
    Map<String, String> urlOwner = new HashMap<>();
    List<String> urls = batch.stream().map(p -> p.coded.article().url())
        .filter(u -> u != null && !u.isBlank()).distinct().toList();
    for (String[] r : Sql.queryIn(c, "SELECT url, id FROM articles WHERE url IN IN_LIST"
        + " ORDER BY id", urls, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      urlOwner.putIfAbsent(r[0], r[1]);
    }
    return urlOwner;
  }

  private PutResult result(String id, String dupOf, Map<String, Integer> fresh) {
    if (dupOf != null) {
      return new PutResult(id, PutStatus.DUPLICATE, 0, 0, dupOf);
    }
    Pending p = pending.get(id);
    return new PutResult(id, p.nearDupOf == null ? PutStatus.STORED : PutStatus.NEAR_DUPLICATE,
        p.p.events.size(), fresh.getOrDefault(id, 0), p.nearDupOf);
  }

  /** The merge's result, or its own exception (not wrapped). */
  private static Recompute.Merged join(CompletableFuture<Recompute.Merged> merged) {
    try {
      return merged.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Decides what happens to one article; returns the article it duplicates, or null. */
  private String admit(Prepared prep, Set<String> stored, Map<String, String> urlOwner)
      throws SQLException {
    Article a = prep.coded.article();
    if (stored.contains(a.id()) || pending.containsKey(a.id())) {
      return a.id();
    }
    if (a.url() != null && !a.url().isBlank()) {
      String owner = urlOwner.putIfAbsent(a.url(), a.id());
      if (owner != null) {
        return owner;
      }
    }
    Pending p = new Pending(prep);
    NearDuplicates.Match m = near.find(a.id(), prep.sig, prep.bands);
    if (m != null && a.id().compareTo(m.primary()) < 0) {
      promote(a.id(), m);
    } else if (m != null) {
      p.nearDupOf = m.primary();
      p.similarity = m.similarity();
    }
    pending.put(a.id(), p);
    near.add(a.id(), prep.sig, prep.bands, p.nearDupOf);
    return null;
  }

  /** The new article {@code id} becomes the primary of the match's group. */
  private void promote(String id, NearDuplicates.Match m) throws SQLException {
    Pending old = pending.get(m.primary());
    if (old == null) {
      fullBuckets.addAll(NearDuplicates.promoteStored(c, id, m));
    } else {
      old.nearDupOf = id;
      old.similarity = m.similarity();
    }
    for (Pending q : pending.values()) {
      if (m.primary().equals(q.nearDupOf)) {
        q.nearDupOf = id;
      }
    }
    near.repoint(m.primary(), id);
  }

  /** The asserted mentions of the batch's primary articles, by bucket. */
  private Map<String, List<MentionRow>> batchRows() {
    Map<String, List<MentionRow>> out = new TreeMap<>();
    for (Pending p : pending.values()) {
      if (p.nearDupOf != null) {
        continue;
      }
      for (int i = 0; i < p.p.events.size(); i++) {
        if (p.p.asserted(i)) {
          out.computeIfAbsent(p.p.buckets.get(i), k -> new ArrayList<>()).add(p.p.row(i));
        }
      }
    }
    return out;
  }

  /** Appends the pending articles' rows; returns their claims' claim_keys rows. */
  private List<Object[]> insertRows(boolean withArticles) throws SQLException {
    List<Object[]> articles = new ArrayList<>();
    List<Object[]> keys = new ArrayList<>();
    List<Object[]> bands = new ArrayList<>();
    List<Object[]> warnings = new ArrayList<>();
    List<Object[]> claims = new ArrayList<>();
    List<Object[]> mentions = new ArrayList<>();
    java.sql.Timestamp now = Ingest.timestamp(java.time.Instant.now());
    for (Pending pend : pending.values()) {
      Prepared p = pend.p;
      CodedArticle coded = p.coded;
      Article a = coded.article();
      articles.add(new Object[] {a.id(), a.url(), a.outlet(), a.title(), a.published(),
          a.language(), a.file(), a.text(), coded.sentenceCount(), coded.tokenCount(),
          p.provenance, pend.nearDupOf, pend.similarity, p.minhash, now});
      for (int b = 0; b < p.bands.length; b++) {
        bands.add(new Object[] {b, p.bands[b], a.id()});
      }
      for (int i = 0; i < coded.warnings().size(); i++) {
        Warning w = coded.warnings().get(i);
        warnings.add(new Object[] {a.id(), i, w.code(), w.message(), w.start(), w.end()});
      }
      for (int i = 0; i < coded.claims().size(); i++) {
        claims.add(new Object[] {a.id(), i, coded.claims().get(i).kind(), p.claims.get(i)});
        keys.add(ClaimKeys.row(a.id(), i, coded.claims().get(i)));
      }
      for (int i = 0; i < p.events.size(); i++) {
        CodedEvent e = p.events.get(i);
        DateFit f = p.fits.get(i);
        mentions.add(new Object[] {e.id(), a.id(), i, p.buckets.get(i), e.event(), e.mode(),
            modality(e), e.date().value(), DateFit.precisionOf(e.date()).label(), trigger(e),
            p.sentences.get(i), p.bodies.get(i), f.lo(), f.hi(),
            p.asserted(i) ? Recompute.dayKey(p.buckets.get(i), f) : null});
      }
    }
    if (withArticles) {
      Sql.insert(c, "articles", "id, url, outlet, title, published, language, file, text,"
          + " sentence_count, token_count, provenance, near_dup_of, similarity, minhash,"
          + " ingested_at", articles);
      Sql.insert(c, "article_bands", "band, hash, article_id", bands);
    }
    Sql.insert(c, "warnings", "article_id, ord, code, message, start_offset, end_offset", warnings);
    Sql.insert(c, "claims", "article_id, ord, kind, body", claims);
    Sql.insert(c, "mentions", "id, article_id, ord, bucket, event, mode, modality, date_value,"
        + " date_precision, trigger_text, sentence, body, day_lo, day_hi, day_key", mentions);
    Sql.insert(c, "claim_keys", "article_id, ord, country_a, country_b, event, at_day, from_day",
        keys);
    return keys;
  }

  static String modality(CodedEvent e) {
    return e.modality() == null ? "asserted" : e.modality().label();
  }

  private static String trigger(CodedEvent e) {
    return e.evidence() == null || e.evidence().trigger() == null
        ? null : e.evidence().trigger().text();
  }
}
