package org.annals.eval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annals.eval.article.ArticleReport.Item;
import org.annals.eval.article.ArticleReport.Status;
import org.annals.model.Claim;
import org.annals.model.Span;
import org.annals.store.CanonicalEvent;
import org.annals.verify.CheckedClaim;
import org.annals.verify.EvidenceEvent;
import org.annals.verify.Verdict;
import org.junit.jupiter.api.Test;

/** Verdicts scored against the reference's truth words, with hand-made verdicts. */
class VerdictScorerTest {
  private static final ArticleGold.ClaimGold COUNT = new ArticleGold.ClaimGold("C1", "count",
      new Span(10, 40), "third meeting", "supported: three meetings on record");
  private static final ArticleGold.ClaimGold COMPARE = new ArticleGold.ClaimGold("C2", "duration-compare",
      new Span(50, 90), "longer than", "checkable against recorded durations");

  private static CheckedClaim checked(String kind, int start, Verdict v) {
    return new CheckedClaim(new Claim(kind, "w", start, start + 5, Map.of(), "test"), v);
  }

  private static EvidenceEvent timed(String duration) {
    CanonicalEvent e = new CanonicalEvent("c1", ArticleScorerTest.call("phone", ArticleScorerTest.MONDAY,
        duration == null ? Map.of() : Map.of("duration", duration), null), 1, 1, 1, null, null);
    return new EvidenceEvent(e, "compared", List.of());
  }

  @Test
  void expectedWordsAndCheckableWithDurations() {
    List<Item> items = VerdictScorer.score(List.of(COUNT, COMPARE), List.of(
        checked("count", 12, Verdict.contradicted("four on record", List.of())),
        checked("duration-compare", 60, Verdict.supported("longer", List.of(timed("PT2H"))))));
    assertThat(items).extracting(Item::status).containsExactly(Status.FAIL, Status.PASS);
    assertThat(items.get(0).reasons()).containsExactly("expected supported, got contradicted");
    assertThat(items.get(0).matched()).isEqualTo("contradicted: four on record");
  }

  @Test
  void notCheckableOrNoDurationsIsNotCheckableEnough() {
    List<Item> items = VerdictScorer.score(List.of(COMPARE), List.of(
        checked("duration-compare", 60, Verdict.supported("longer", List.of(timed(null))))));
    assertThat(items).singleElement().extracting(Item::status).isEqualTo(Status.FAIL);
    assertThat(VerdictScorer.score(List.of(COMPARE), List.of(checked("duration-compare", 60,
        Verdict.notCheckable("no durations"))))).singleElement().extracting(Item::status).isEqualTo(Status.FAIL);
  }

  @Test
  void withoutAStoreVerdictsAreNotScoredAndSaySo() {
    assertThat(VerdictScorer.score(List.of(COUNT), null)).singleElement().satisfies(i -> {
      assertThat(i.status()).isEqualTo(Status.NOT_PRODUCED);
      assertThat(i.reasons()).containsExactly("verdicts not scored: no --store to check against");
    });
    assertThat(VerdictScorer.score(List.of(COUNT), List.of())).singleElement()
        .extracting(Item::status).isEqualTo(Status.NOT_PRODUCED);
  }
}
