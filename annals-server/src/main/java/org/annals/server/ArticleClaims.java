package org.annals.server;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.Claim;
import org.annals.store.ClaimStore;
import org.annals.store.EventStore;
import org.annals.store.StoredArticle;

/**
 * A stored article's claims with their current stored verdicts (kept current by
 * {@link org.annals.verify.ClaimLedger} at ingest), for the article API and page. Pure apart
 * from the store read; thread-safe.
 */
public final class ArticleClaims {
  /**
   * One claim ({@code kind, text, start, end, subject, rule}) with its verdict.
   *
   * @param verdict supported, contradicted, not-checkable, or null when the claim was never verified
   * @param evidence the canonical events the verdict rests on (id, role, date)
   */
  public record Checked(@JsonUnwrapped Claim claim, String verdict, String reason,
      List<ClaimStore.EvidenceRef> evidence) {
    public Checked {
      evidence = List.copyOf(evidence);
    }
  }

  private ArticleClaims() {}

  /** The claims of {@code a} in article order, each with its stored verdict if any. */
  public static List<Checked> of(StoredArticle a, EventStore store) {
    String id = a.coded().article().id();
    Map<Integer, ClaimStore.ClaimVerdict> verdicts = ClaimStore.of(store).map(c -> c.verdicts(id))
        .orElse(Map.of());
    List<Checked> out = new ArrayList<>();
    List<Claim> claims = a.coded().claims();
    for (int i = 0; i < claims.size(); i++) {
      ClaimStore.ClaimVerdict v = verdicts.get(i);
      out.add(v == null ? new Checked(claims.get(i), null, null, List.of())
          : new Checked(claims.get(i), v.verdict(), v.reason(), v.evidence()));
    }
    return out;
  }
}
