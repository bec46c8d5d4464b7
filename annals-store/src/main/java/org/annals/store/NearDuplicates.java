package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-duplicate search over the stored MinHash LSH bands. The primary copy of a story is the
 * article with the smallest id among its near-duplicates, so the choice does not depend on input
 * order. Not thread-safe: use within one transaction.
 */
final class NearDuplicates {
  /** The best stored match: its primary article and the estimated similarity. */
  record Match(String article, String primary, double similarity) {}

  private final Connection c;

  NearDuplicates(Connection c) {
    this.c = c;
  }

  /** The most similar stored article at or above the threshold, or null. */
  Match find(String articleId, int[] sig) throws SQLException {
    long[] bands = MinHash.bands(sig);
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (int b = 0; b < bands.length; b++) {
      where.append(b == 0 ? "" : " OR ").append("(b.band = ? AND b.hash = ?)");
      params.add(b);
      params.add(bands[b]);
    }
    List<String[]> cands = Sql.query(c, "SELECT DISTINCT a.id, a.minhash, a.near_dup_of"
        + " FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE " + where,
        params, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    Match best = null;
    for (String[] cand : cands) {
      if (cand[0].equals(articleId)) {
        continue;
      }
      double sim = MinHash.similarity(sig, MinHash.decode(cand[1]));
      if (sim < MinHash.THRESHOLD) {
        continue;
      }
      String primary = cand[2] == null ? cand[0] : cand[2];
      if (best == null || sim > best.similarity()
          || (sim == best.similarity() && cand[0].compareTo(best.article()) < 0)) {
        best = new Match(cand[0], primary, sim);
      }
    }
    return best;
  }

  /**
   * Makes {@code newPrimary} (not yet stored) the primary of {@code oldPrimary}'s group: the old
   * primary and its near-duplicates now point to it. Returns the buckets whose canonical events
   * must be recomputed.
   */
  static Set<String> promote(Connection c, String newPrimary, Match match)
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
