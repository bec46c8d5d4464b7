package org.annals.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.kb.KnowledgeBase;
import org.annals.model.CodedArticle;
import org.annals.store.ClaimStore;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;

/**
 * Keeps the stored claims' verdicts current. Every write queues, in its own transaction, the
 * claims whose verdicts it may have changed: its articles' own claims and the stored claims its
 * canonical events can reach, looked up through the store's claim index (pair of countries,
 * event type, date; {@code docs/CLAIMS.md}). The ledger verifies the queued claims against the
 * store as it is and saves their verdicts, removing them from the queue in the same transaction.
 * So a claim checked before the event it needs was ingested gets its verdict once that event
 * arrives, the work per write depends on what the write touches and not on the size of the store,
 * and claims queued by a write whose process was killed before their verdicts were saved are
 * verified by the next {@link #drain}.
 *
 * <p>Thread-safe: {@link #record}, {@link #drain} and {@link #refreshAll} are serialised (ingest
 * workers share one ledger). It keeps no claims in memory.
 */
public final class ClaimLedger {
  private final Verifier verifier = new Verifier();
  private final KnowledgeBase kb;

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

  /**
   * Verifies the claims of an article just stored ({@code put}) and re-verifies those its events
   * affect (with whatever else is queued).
   */
  public synchronized Update record(EventStore store, PutResult put) {
    if (put.status() == PutStatus.DUPLICATE) {
      return new Update(0, 0);
    }
    return drain(store, put.articleId());
  }

  /**
   * Verifies every queued claim and saves the verdicts (after a batch of writes, and at the start
   * of an ingest for what a killed one left).
   *
   * @return how many claims were verified ({@code reverified} = 0)
   */
  public synchronized Update drain(EventStore store) {
    Update u = drain(store, null);
    return new Update(u.verified() + u.reverified(), 0);
  }

  private Update drain(EventStore store, String ownArticle) {
    Optional<ClaimStore> claims = ClaimStore.of(store);
    if (claims.isEmpty()) {
      return new Update(0, 0);
    }
    List<ClaimStore.PendingClaim> queued = claims.get().pending();
    if (queued.isEmpty()) {
      return new Update(0, 0);
    }
    Map<String, CodedArticle> contexts = claims.get().contexts(
        queued.stream().map(p -> p.claim().articleId()).distinct().toList());
    List<ClaimStore.ClaimVerdict> out = new ArrayList<>();
    int own = 0;
    for (ClaimStore.PendingClaim p : queued) {
      ClaimStore.StoredClaim sc = p.claim();
      out.add(row(sc.articleId(), sc.ord(), verify(sc, contexts, store)));
      own += sc.articleId().equals(ownArticle) ? 1 : 0;
    }
    claims.get().resolve(out, queued);
    return new Update(own, out.size() - own);
  }

  /** Verifies and saves every stored claim (a store filled before its claims were verified). */
  public synchronized int refreshAll(EventStore store) {
    Optional<ClaimStore> claims = ClaimStore.of(store);
    if (claims.isEmpty()) {
      return 0;
    }
    List<ClaimStore.PendingClaim> queued = claims.get().pending();
    List<ClaimStore.StoredClaim> all = claims.get().claims();
    Map<String, CodedArticle> contexts = claims.get().contexts(
        all.stream().map(ClaimStore.StoredClaim::articleId).distinct().toList());
    List<ClaimStore.ClaimVerdict> out = new ArrayList<>();
    for (ClaimStore.StoredClaim sc : all) {
      out.add(row(sc.articleId(), sc.ord(), verify(sc, contexts, store)));
    }
    claims.get().resolve(out, queued);
    return out.size();
  }

  /**
   * The verdict on one stored claim; a claim the verifier fails on (bad data in the claim) is
   * not checkable, with the reason, so that it never blocks the verdicts of the others.
   */
  private Verdict verify(ClaimStore.StoredClaim sc, Map<String, CodedArticle> contexts, EventStore store) {
    try {
      return verifier.verify(sc.claim(), contexts.get(sc.articleId()), store, kb);
    } catch (org.annals.model.BadInputException e) {
      return Verdict.notCheckable("the claim could not be checked: " + e.getMessage());
    }
  }

  /** The stored form of a verdict: the evidence as canonical ids with role and date. */
  static ClaimStore.ClaimVerdict row(String articleId, int ord, Verdict v) {
    List<ClaimStore.EvidenceRef> refs = v.evidence().stream().map(e -> new ClaimStore.EvidenceRef(
        e.event().id(), e.role(), e.event().date() == null ? null : e.event().date().value())).toList();
    return new ClaimStore.ClaimVerdict(articleId, ord, v.verdict().label(), v.reason(), refs);
  }
}
