package org.annals.eval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.eval.article.ArticleReport.Item;
import org.annals.eval.article.ArticleReport.Status;
import org.annals.model.Claim;
import org.annals.verify.CheckedClaim;
import org.annals.verify.EvidenceEvent;
import org.annals.verify.Outcome;

/**
 * Scores claim verdicts (section {@code verdict}) against the reference coding's {@code truth}
 * field, whose first word is the expected verdict: {@code supported}, {@code contradicted},
 * {@code not-checkable}, or {@code checkable} (any verdict but not-checkable, resting on at least
 * one evidence event with a recorded duration). Without a store to check against, every verdict
 * item is "not produced" with that reason. Pure and thread-safe.
 */
public final class VerdictScorer {
  static final String SECTION = "verdict";

  private VerdictScorer() {}

  /**
   * @param checked the article's claims with verdicts, or null when no store was given
   */
  public static List<Item> score(List<ArticleGold.ClaimGold> gold, List<CheckedClaim> checked) {
    List<Item> out = new ArrayList<>();
    for (ArticleGold.ClaimGold c : gold) {
      if (c.truth() == null || c.truth().isBlank()) {
        continue;
      }
      if (checked == null) {
        out.add(new Item(c.id(), SECTION, Status.NOT_PRODUCED, null,
            List.of("verdicts not scored: no --store to check against"), List.of()));
        continue;
      }
      out.add(item(c, checked));
    }
    return out;
  }

  private static Item item(ArticleGold.ClaimGold c, List<CheckedClaim> checked) {
    List<Claim> claims = checked.stream().map(CheckedClaim::claim).toList();
    Optional<Claim> match = ArticleScorer.match(c, claims);
    if (match.isEmpty()) {
      return new Item(c.id(), SECTION, Status.NOT_PRODUCED, null,
          List.of("no " + c.kind() + " claim found to check"), List.of());
    }
    CheckedClaim k = checked.get(claims.indexOf(match.get()));
    String expected = expected(c.truth());
    String got = k.verdict().label() + ": " + k.reason();
    boolean pass = "checkable".equals(expected)
        ? k.verdict() != Outcome.NOT_CHECKABLE && k.evidence().stream().anyMatch(VerdictScorer::timed)
        : expected.equals(k.verdict().label());
    List<String> reasons = pass ? List.of() : List.of("expected " + expected
        + ("checkable".equals(expected) ? " (with recorded durations as evidence)" : "")
        + ", got " + k.verdict().label());
    return new Item(c.id(), SECTION, pass ? Status.PASS : Status.FAIL, got, reasons,
        List.of("reference: " + c.truth()));
  }

  /** The first word of the truth text, before any colon: the expected verdict. */
  static String expected(String truth) {
    String head = truth.strip().split("[:\\s]", 2)[0];
    return head.toLowerCase(Locale.ROOT);
  }

  private static boolean timed(EvidenceEvent e) {
    return e.event().attributes() != null && e.event().attributes().containsKey("duration");
  }
}
