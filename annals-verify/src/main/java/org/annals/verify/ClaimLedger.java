package org.annals.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annals.kb.KnowledgeBase;
import org.annals.model.Claim;
import org.annals.model.CodedArticle;
import org.annals.store.CanonicalEvent;
import org.annals.store.CanonicalEventDetail;
import org.annals.store.ClaimStore;
import org.annals.store.EventStore;
import org.annals.store.Mention;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;
import org.annals.store.StoredArticle;

/**
 * Keeps the stored claims' verdicts current: when an article is stored, its claims are verified
 * and saved with their evidence ids, and every other stored claim that one of the article's
 * canonical events may change ({@link Verifier#mayChange}) is verified again. So a claim checked
 * before the event it needs was ingested gets its verdict once that event arrives.
 *
 * <p>Thread-safe: {@link #record} and {@link #refreshAll} are serialised (ingest workers share one
 * ledger). The stored claims are read once and then kept in memory: each {@link #record} adds
 * the article's own claims and only re-reads them all when the store's claim count shows that
 * someone else (another process on a PostgreSQL store) added claims.
 */
public final class ClaimLedger {
  private final Verifier verifier = new Verifier();
  private final KnowledgeBase kb;
  private EventStore cachedFor;
  private List<ClaimStore.StoredClaim> cached = new ArrayList<>();

  /** @param kb the knowledge base for office-holder claims (may be null: those are not checkable) */
  public ClaimLedger(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * What recording one article did.
   *
   * @param verified the article's own claims verified
   * @param reverified other stored claims verified again because of its events
   */
  public record Update(int verified, int reverified) {}

  /** Verifies the claims of an article just stored ({@code put}) and re-verifies those its events affect. */
  public synchronized Update record(EventStore store, PutResult put) {
    Optional<ClaimStore> claims = ClaimStore.of(store);
    if (put.status() == PutStatus.DUPLICATE || claims.isEmpty()) {
      return new Update(0, 0);
    }
    Optional<StoredArticle> stored = store.article(put.articleId());
    if (stored.isEmpty()) {
      return new Update(0, 0);
    }
    CodedArticle coded = stored.get().coded();
    List<ClaimStore.ClaimVerdict> out = new ArrayList<>();
    for (int i = 0; i < coded.claims().size(); i++) {
      out.add(row(put.articleId(), i, verifier.verify(coded.claims().get(i), coded, store, kb)));
    }
    List<CanonicalEvent> events = stored.get().mentions().stream().map(Mention::canonicalId)
        .filter(Objects::nonNull).distinct().map(store::event).flatMap(Optional::stream)
        .map(CanonicalEventDetail::event).toList();
    int own = out.size();
    Map<String, CodedArticle> contexts = new LinkedHashMap<>();
    for (ClaimStore.StoredClaim sc : storedClaims(store, claims.get(), put.articleId(), coded)) {
      if (!sc.articleId().equals(put.articleId()) && affected(sc.claim(), events)) {
        CodedArticle context = contexts.computeIfAbsent(sc.articleId(),
            id -> store.article(id).map(StoredArticle::coded).orElse(null));
        out.add(row(sc.articleId(), sc.ord(), verifier.verify(sc.claim(), context, store, kb)));
      }
    }
    claims.get().save(out);
    return new Update(own, out.size() - own);
  }

  /** Verifies and saves every stored claim (a store filled before its claims were verified). */
  public synchronized int refreshAll(EventStore store) {
    Optional<ClaimStore> claims = ClaimStore.of(store);
    if (claims.isEmpty()) {
      return 0;
    }
    Map<String, CodedArticle> contexts = new LinkedHashMap<>();
    List<ClaimStore.ClaimVerdict> out = new ArrayList<>();
    cached = new ArrayList<>(claims.get().claims());
    cachedFor = store;
    for (ClaimStore.StoredClaim sc : cached) {
      CodedArticle context = contexts.computeIfAbsent(sc.articleId(),
          id -> store.article(id).map(StoredArticle::coded).orElse(null));
      out.add(row(sc.articleId(), sc.ord(), verifier.verify(sc.claim(), context, store, kb)));
    }
    claims.get().save(out);
    return out.size();
  }

  /** All stored claims, the just-stored article's included; from memory while the count agrees. */
  private List<ClaimStore.StoredClaim> storedClaims(EventStore store, ClaimStore claims, String articleId,
      CodedArticle coded) {
    long n = claims.count();
    if (store != cachedFor || cached.size() + coded.claims().size() != n) {
      cached = new ArrayList<>(claims.claims());
      cachedFor = store;
    } else {
      for (int i = 0; i < coded.claims().size(); i++) {
        cached.add(new ClaimStore.StoredClaim(articleId, i, coded.claims().get(i)));
      }
    }
    return cached;
  }

  private static boolean affected(Claim claim, List<CanonicalEvent> events) {
    return events.stream().anyMatch(e -> Verifier.mayChange(claim, e));
  }

  /** The stored form of a verdict: the evidence as canonical ids with role and date. */
  static ClaimStore.ClaimVerdict row(String articleId, int ord, Verdict v) {
    List<ClaimStore.EvidenceRef> refs = v.evidence().stream().map(e -> new ClaimStore.EvidenceRef(
        e.event().id(), e.role(), e.event().date() == null ? null : e.event().date().value())).toList();
    return new ClaimStore.ClaimVerdict(articleId, ord, v.verdict().label(), v.reason(), refs);
  }
}
