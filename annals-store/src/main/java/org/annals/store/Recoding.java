package org.annals.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;

/**
 * What {@code annals recode} needs from the store: the articles whose stored coding came from
 * another annotator, lexicon or knowledge base than the current pipeline's, their stored codings
 * (text and metadata to code again), and the replacement of codings, one transaction per batch
 * ({@link StoreWriter#replace}). Thread-safe as the store is.
 */
public final class Recoding {
  private final JdbcEventStore store;

  private Recoding(JdbcEventStore store) {
    this.store = store;
  }

  /** The re-coding access of {@code store}, when it is a database store. */
  public static Optional<Recoding> of(EventStore store) {
    return store instanceof JdbcEventStore j ? Optional.of(new Recoding(j)) : Optional.empty();
  }

  /**
   * Whether a coding with provenance {@code stored} differs from {@code current} in what changes
   * codings: the annotator, the lexicon or the knowledge base version (a missing provenance
   * differs from any).
   */
  public static boolean differs(Provenance stored, Provenance current) {
    return stored == null || !Objects.equals(stored.annotator(), current.annotator())
        || !Objects.equals(stored.lexicon(), current.lexicon())
        || !Objects.equals(stored.kb(), current.kb());
  }

  /**
   * The ids of the articles that {@code where} selects and whose provenance differs from
   * {@code current} (all selected ones with {@link RecodeFilter#all}), in id order. The
   * provenances are compared once per distinct stored value, not per article.
   */
  public List<String> stale(Provenance current, RecodeFilter where) {
    return store.claimWork(false, c -> {
      List<String> provs = Sql.query(c, "SELECT DISTINCT provenance FROM articles", List.of(),
          rs -> rs.getString(1));
      List<Object> params = new ArrayList<>();
      List<String> match = new ArrayList<>();
      boolean nullStale = false;
      for (String p : provs) {
        if (p == null) {
          nullStale = true;
        } else if (where.all() || differs(Codec.read(p, Provenance.class), current)) {
          match.add("?");
          params.add(p);
        }
      }
      String prov = (match.isEmpty() ? "FALSE" : "provenance IN (" + String.join(", ", match)
          + ")") + (nullStale ? " OR provenance IS NULL" : "");
      String cond = where.sql(params);
      return Sql.query(c, "SELECT id FROM articles WHERE (" + prov + ") AND " + cond
          + " ORDER BY id", params, rs -> rs.getString(1));
    });
  }

  /** The stored codings of these articles (text, metadata, events, claims), by id. */
  public Map<String, CodedArticle> codings(Collection<String> ids) {
    return store.claimWork(false, c -> new StoreReader(c).codings(ids));
  }

  /**
   * The day each article was stored (UTC), by id: the day that dated an article without any
   * publication date when it was ingested. Articles stored before that was recorded are left out.
   */
  public Map<String, LocalDate> ingestDays(Collection<String> ids) {
    return store.claimWork(false, c -> {
      Map<String, LocalDate> out = new java.util.HashMap<>();
      for (Object[] r : Sql.queryIn(c, "SELECT id, ingested_at FROM articles WHERE id IN IN_LIST",
          ids, rs -> new Object[] {rs.getString(1), rs.getTimestamp(2)})) {
        if (r[1] != null) {
          out.put((String) r[0], Ingest.instant((java.sql.Timestamp) r[1]).atOffset(ZoneOffset.UTC)
              .toLocalDate());
        }
      }
      return out;
    });
  }

  /**
   * Replaces the stored codings of the batch's articles (already stored, same texts) in one
   * transaction: nothing of the batch is written when any part fails.
   */
  public void replace(List<CodedArticle> batch) {
    store.replace(batch);
  }
}
