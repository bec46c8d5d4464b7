package org.annals.eval.article;

import static org.annals.eval.common.TestEvents.actor;
import static org.annals.eval.common.TestEvents.event;
import static org.annals.eval.common.TestEvents.full;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.eval.article.ArticleReport.Status;
import org.annals.model.Attribution;
import org.annals.model.Claim;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.junit.jupiter.api.Test;

/**
 * The article scorer on a tiny reference coding of the project's own (one must, one should, one
 * forbidden item, one claim) with hand-made predictions.
 */
class ArticleScorerTest {
  static final Path GOLD = Path.of("src/test/resources/fixtures/tiny-article.expected.json");
  static final EventDate MONDAY = new EventDate("2025-03-10", Precision.DAY, DateBasis.UNKNOWN, null, "test");

  static CodedEvent call(String mode, EventDate date, Map<String, String> attributes, Attribution who) {
    return full("CONSULT", mode, Modality.ASSERTED, new int[] {34, 39, 1, 116},
        List.of(actor("PER", "GOV"), actor("CHL", "GOV")), List.of(), date, attributes, who);
  }

  static ArticleReport score(List<CodedEvent> events, List<Claim> claims) {
    ArticleGoldReader.Result gold = ArticleGoldReader.read(GOLD);
    return ArticleScorer.score(gold.gold(), events, claims, gold.problems());
  }

  static ArticleReport.Item item(ArticleReport r, String id) {
    return r.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aCompleteCodingPassesEverything() {
    CodedEvent consult = call("phone", MONDAY, Map.of("duration", "PT1H"),
        new Attribution("a Chilean government spokeswoman", null, 78, 110));
    CodedEvent reject = event("REJECT", null, Modality.ASSERTED, 122, 130,
        List.of(actor("PER", "GOV")), List.of(actor("BOL", null)));
    ArticleReport r = score(List.of(consult, reject), List.of());
    assertThat(r.items()).extracting(ArticleReport.Item::status)
        .containsExactly(Status.PASS, Status.PASS, Status.PASS, Status.NOT_PRODUCED);
    assertThat(r.mustAndForbiddenPass()).isTrue();
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void failuresNameTheFieldsThatDiffer() {
    CodedEvent consult = call(null, EventDate.unknown(), Map.of(), null);
    ArticleReport r = score(List.of(consult), List.of());
    assertThat(item(r, "E1").status()).isEqualTo(Status.FAIL);
    assertThat(item(r, "E1").reasons()).containsExactly(
        "mode: expected phone, got null",
        "date: expected 2025-03-10 (day), got null (unknown)",
        "attribute duration: expected PT1H, got null",
        "attribution: required, none produced");
    assertThat(item(r, "E2").reasons()).singleElement().asString()
        .contains("no REJECT event in [117,171)", "nothing produced there");
  }

  @Test
  void wrongCountriesAndSectorsAreReported() {
    CodedEvent consult = full("CONSULT", "phone", Modality.ASSERTED, new int[] {34, 39, 1, 116},
        List.of(actor("CHL", "GOV")), List.of(actor("PER", "MIL")), MONDAY, Map.of("duration", "PT1H"),
        new Attribution("x", null, 78, 79));
    assertThat(item(score(List.of(consult), List.of()), "E1").reasons())
        .containsExactly("participants sector: expected PER/GOV, got [PER/MIL]");
    CodedEvent onlyChile = full("CONSULT", "phone", Modality.ASSERTED, new int[] {34, 39, 1, 116},
        List.of(actor("CHL", "GOV")), List.of(), MONDAY, Map.of("duration", "PT1H"), new Attribution("x", null, 78, 79));
    assertThat(item(score(List.of(onlyChile), List.of()), "E1").reasons())
        .containsExactly("participants: expected [CHL, PER], got [CHL]");
  }

  @Test
  void anAssertedVisitInTheNegatedSentenceViolatesTheForbiddenItem() {
    CodedEvent visit = event("CONSULT", "visit", Modality.ASSERTED, 180, 185,
        List.of(actor("CHL", "GOV")), List.of(actor("PER", "GOV")));
    CodedEvent negated = event("CONSULT", "visit", Modality.NEGATED, 180, 185,
        List.of(actor("CHL", "GOV")), List.of(actor("PER", "GOV")));
    CodedEvent phone = event("CONSULT", "phone", Modality.ASSERTED, 180, 185,
        List.of(actor("CHL", "GOV")), List.of(actor("PER", "GOV")));
    CodedEvent onlyChile = event("CONSULT", "visit", Modality.ASSERTED, 180, 185,
        List.of(actor("CHL", "GOV")), List.of());
    assertThat(item(score(List.of(visit), List.of()), "N1").status()).isEqualTo(Status.FAIL);
    assertThat(item(score(List.of(visit), List.of()), "N1").reasons()).singleElement().asString()
        .startsWith("asserted CONSULT/visit [CHL, PER]");
    assertThat(item(score(List.of(negated, phone, onlyChile), List.of()), "N1").status()).isEqualTo(Status.PASS);
  }

  @Test
  void emptyPredictionFailsEventsButRespectsForbidden() {
    ArticleReport r = score(List.of(), List.of());
    assertThat(r.passed("must")).isZero();
    assertThat(r.passed("forbidden")).isEqualTo(1);
    assertThat(r.mustAndForbiddenPass()).isFalse();
  }

  @Test
  void claimsAreScoredWhenProduced() {
    Claim right = new Claim("duration-compare", "for about an hour", 59, 76, Map.of(), "test");
    Claim wrongKind = new Claim("count", "for about an hour", 59, 76, Map.of(), "test");
    assertThat(item(score(List.of(), List.of(right)), "C1").status()).isEqualTo(Status.PASS);
    assertThat(item(score(List.of(), List.of(wrongKind)), "C1").reasons())
        .containsExactly("no duration-compare claim in [1,116)");
  }

  @Test
  void readableReportListsItemsAndReasons() {
    ArticleReport r = score(List.of(), List.of());
    String text = ArticleReportText.format(r, "gold.json", "text.txt");
    assertThat(text).contains("must       0/1", "FAIL  must E1", "- no CONSULT event in [1,116)",
        "PASS  forbidden N1", "not produced (1 items)");
  }
}
