package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-duplicate search over MinHash LSH bands for one batch: candidates stored earlier are
 * fetched once per batch, candidates of the same batch are added as they come. The primary copy
 * of a story is the article with the smallest id among its near-duplicates, so the choice does
 * not depend on input order. Not thread-safe: use within one transaction.
 */
final class NearDuplicates {
  /** The best match: the article, its primary, and the estimated similarity. */
  record Match(String article, String primary, double similarity) {}

  /** Per band, the candidates by band hash. */
  @SuppressWarnings("unchecked")
  private final Map<Long, List<String>>[] byBand = new Map[MinHash.BANDS];
  private final Map<String, int[]> sigs = new HashMap<>();
  /** Article id to its primary (itself when primary), for every known candidate. */
  private final Map<String, String> primaryOf = new HashMap<>();

  NearDuplicates() {
    for (int b = 0; b < byBand.length; b++) {
      byBand[b] = new HashMap<>();
    }
  }

  /** Loads the stored articles sharing a band hash with any of {@code bandsOfArticles}. */
  void prefetch(Connection c, Collection<long[]> bandsOfArticles) throws SQLException {
    Set<Long> hashes = new TreeSet<>();
    for (long[] bands : bandsOfArticles) {
      for (long h : bands) {
        hashes.add(h);
      }
    }
    // the bands first (narrow columns), then only the candidates' articles by key: a join would
    // read the signature of every stored article
    Set<String> candidates = new TreeSet<>(Sql.queryIn(c, "SELECT article_id FROM article_bands"
        + " WHERE hash IN IN_LIST", hashes, rs -> rs.getString(1)));
    for (String[] r : Sql.queryIn(c, "SELECT id, minhash, near_dup_of FROM articles WHERE id IN"
        + " IN_LIST", candidates, rs -> new String[] {rs.getString(1), rs.getString(2),
            rs.getString(3)})) {
      int[] sig = MinHash.decode(r[1]);
      add(r[0], sig, MinHash.bands(sig), r[2]);
    }
  }

  /** Registers an article as a candidate for later ones. */
  void add(String id, int[] sig, long[] bands, String nearDupOf) {
    if (sigs.putIfAbsent(id, sig) != null) {
      return;
    }
    primaryOf.put(id, nearDupOf == null ? id : nearDupOf);
    for (int b = 0; b < bands.length; b++) {
      byBand[b].computeIfAbsent(bands[b], k -> new ArrayList<>(1)).add(id);
    }
  }

  /** The most similar known article at or above the threshold, or null. */
  Match find(String articleId, int[] sig, long[] bands) {
    Match best = null;
    Set<String> seen = new TreeSet<>();
    for (int b = 0; b < bands.length; b++) {
      for (String cand : byBand[b].getOrDefault(bands[b], List.of())) {
        if (cand.equals(articleId) || !seen.add(cand)) {
          continue;
        }
        double sim = MinHash.similarity(sig, sigs.get(cand));
        if (sim >= MinHash.THRESHOLD && (best == null || sim > best.similarity()
            || (sim == best.similarity() && cand.compareTo(best.article()) < 0))) {
          best = new Match(cand, primaryOf.get(cand), sim);
        }
      }
    }
    return best;
  }

  /** Records that {@code oldPrimary}'s group now has {@code newPrimary} as primary. */
  void repoint(String oldPrimary, String newPrimary) {
    primaryOf.replaceAll((k, v) -> v.equals(oldPrimary) ? newPrimary : v);
  }

  /**
   * Makes {@code newPrimary} the primary of a stored group: the old primary and its
   * near-duplicates now point to it. Returns the buckets whose canonical events must be
   * recomputed.
   */
  static Set<String> promoteStored(Connection c, String newPrimary, Match match)
      throws SQLException {
    String oldPrimary = match.primary();
    Set<String> buckets = new TreeSet<>(Sql.query(c, "SELECT DISTINCT bucket FROM mentions"
        + " WHERE article_id = ? AND modality = 'asserted'", List.of(oldPrimary),
        rs -> rs.getString(1)));
    Sql.update(c, "UPDATE articles SET near_dup_of = ? WHERE near_dup_of = ?",
        List.of(newPrimary, oldPrimary));
    Sql.update(c, "UPDATE articles SET near_dup_of = ?, similarity = ? WHERE id = ?",
        List.of(newPrimary, match.similarity(), oldPrimary));
    return buckets;
  }
}
