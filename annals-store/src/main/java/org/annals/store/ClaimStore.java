package org.annals.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.AnnalsException;
import org.annals.model.Claim;
import org.annals.model.Json;

/**
 * The stored claims of articles (written with the article by {@link EventStore#put}) and their
 * current verdicts (table {@code claim_verdicts}, migration V003). The store knows nothing about
 * verification: {@code annals-verify} computes the verdicts and saves them here. Thread-safe: reads
 * run on the store's reader connections, writes under its write lock in one transaction.
 */
public final class ClaimStore {
  /** One stored claim: the article it is in and its position among the article's claims. */
  public record StoredClaim(String articleId, int ord, Claim claim) {}

  /** A canonical event a verdict rests on. */
  public record EvidenceRef(String id, String role, String date) {}

  /**
   * The verdict on a stored claim.
   *
   * @param verdict {@code supported}, {@code contradicted} or {@code not-checkable}
   */
  public record ClaimVerdict(String articleId, int ord, String verdict, String reason,
      List<EvidenceRef> evidence) {
    public ClaimVerdict {
      evidence = List.copyOf(evidence);
    }
  }

  private static final TypeReference<List<EvidenceRef>> REFS = new TypeReference<>() {};
  private final JdbcEventStore store;

  private ClaimStore(JdbcEventStore store) {
    this.store = store;
  }

  /** The claim store of {@code store}, when it is a database store. */
  public static Optional<ClaimStore> of(EventStore store) {
    return store instanceof JdbcEventStore j ? Optional.of(new ClaimStore(j)) : Optional.empty();
  }

  /** Every stored claim, by article id and position. */
  public List<StoredClaim> claims() {
    return store.claimWork(false, c -> Sql.query(c,
        "SELECT article_id, ord, body FROM claims ORDER BY article_id, ord", List.of(),
        rs -> new StoredClaim(rs.getString(1), rs.getInt(2), Codec.read(rs.getString(3), Claim.class))));
  }

  /**
   * The stored codings of the articles (events and claims, no warnings) that verification reads
   * as each claim's context, by article id; one query per table for all of them.
   */
  public Map<String, org.annals.model.CodedArticle> contexts(java.util.Collection<String> articleIds) {
    return store.claimWork(false, c -> new StoreReader(c).codings(articleIds));
  }

  /** How many claims are stored (a cheap check whether a cached {@link #claims()} is current). */
  public long count() {
    return store.claimWork(false, c -> Sql.query(c, "SELECT count(*) FROM claims", List.of(),
        rs -> rs.getLong(1))).get(0);
  }

  /** The stored verdicts of one article's claims, by position. */
  public Map<Integer, ClaimVerdict> verdicts(String articleId) {
    List<ClaimVerdict> rows = store.claimWork(false, c -> Sql.query(c,
        "SELECT article_id, ord, verdict, reason, evidence FROM claim_verdicts WHERE article_id = ?"
            + " ORDER BY ord", List.of(articleId), rs -> new ClaimVerdict(rs.getString(1), rs.getInt(2),
            rs.getString(3), rs.getString(4), refs(rs.getString(5)))));
    Map<Integer, ClaimVerdict> out = new LinkedHashMap<>();
    rows.forEach(v -> out.put(v.ord(), v));
    return out;
  }

  /** Saves verdicts, replacing earlier ones of the same claims, in one transaction. */
  public void save(List<ClaimVerdict> verdicts) {
    resolve(verdicts, List.of());
  }

  /**
   * A claim queued for verification by a write (its own article's, or one its events can
   * reach), with the queue's sequence number as read.
   */
  public record PendingClaim(StoredClaim claim, long seq) {}

  /**
   * The claims queued by writes whose verdicts are not saved yet, by article and position: a
   * small set after each write, or what a crashed ingest left. Read by key from the queue.
   */
  public List<PendingClaim> pending() {
    return store.claimWork(false, c -> Sql.query(c, "SELECT p.article_id, p.ord, c.body, p.seq"
        + " FROM claim_pending p JOIN claims c ON c.article_id = p.article_id AND c.ord = p.ord"
        + " ORDER BY p.article_id, p.ord", List.of(), rs -> new PendingClaim(new StoredClaim(
            rs.getString(1), rs.getInt(2), Codec.read(rs.getString(3), Claim.class)),
            rs.getLong(4))));
  }

  /**
   * Saves verdicts, replacing earlier ones of the same claims, and removes the queue entries
   * {@code handled} (only those not queued again since they were read), in one transaction.
   */
  public void resolve(List<ClaimVerdict> verdicts, List<PendingClaim> handled) {
    if (verdicts.isEmpty() && handled.isEmpty()) {
      return;
    }
    Map<String, ClaimVerdict> byClaim = new LinkedHashMap<>();
    verdicts.forEach(v -> byClaim.put(v.articleId() + "\u0000" + v.ord(), v));
    store.claimWork(true, c -> {
      List<Object[]> keys = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      for (ClaimVerdict v : byClaim.values()) {
        keys.add(new Object[] {v.articleId(), v.ord(), 0L});
        rows.add(new Object[] {v.articleId(), v.ord(), v.verdict(), v.reason(), Json.write(v.evidence())});
      }
      Sql.queryRelation(c, "DELETE FROM claim_verdicts WHERE EXISTS (SELECT 1 FROM RELATION q"
          + " WHERE q.article_id = claim_verdicts.article_id AND q.ord = claim_verdicts.ord)",
          ClaimKeys.PENDING, keys, rs -> null);
      Sql.insertValues(c, "claim_verdicts", "article_id, ord, verdict, reason, evidence", rows);
      List<Object[]> done = handled.stream().map(p -> new Object[] {p.claim().articleId(),
          p.claim().ord(), p.seq()}).toList();
      Sql.queryRelation(c, "DELETE FROM claim_pending WHERE EXISTS (SELECT 1 FROM RELATION q"
          + " WHERE q.article_id = claim_pending.article_id AND q.ord = claim_pending.ord"
          + " AND q.seq = claim_pending.seq)", ClaimKeys.PENDING, done, rs -> null);
      return null;
    });
  }

  private static List<EvidenceRef> refs(String json) {
    try {
      return Json.MAPPER.readValue(json, REFS);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AnnalsException("stored claim evidence is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
