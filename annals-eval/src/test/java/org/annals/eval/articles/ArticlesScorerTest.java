package org.annals.eval.articles;

import static org.annals.eval.common.TestEvents.actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.eval.common.TestEvents;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

/** The matcher and scorer of {@code annals eval articles} on hand-made gold and coded events. */
class ArticlesScorerTest {
  // two sentences: [0, 40) and [41, 88)
  private static final String TEXT = "Ruritania summoned the Freedonian envoy. "
      + "Freedonia threatened to close the border if so.";

  private static ArticlesGold.Event gold(String id, String type, List<String> src, List<String> tgt,
      String date, String modality, String trigger, int start, int end) {
    return new ArticlesGold.Event(id, type, src, tgt, false, date, modality, trigger, new Span(start, end));
  }

  private static CodedEvent produced(String type, int trigger, int[] sentence, List<ActorRef> src,
      List<ActorRef> tgt, EventDate date, Modality modality) {
    return TestEvents.full(type, null, modality, new int[] {trigger, trigger + 5, sentence[0], sentence[1]},
        src, tgt, date, Map.of(), null);
  }

  private static EventDate day(String value, DateBasis basis) {
    return new EventDate(value, Precision.DAY, basis, null, "test");
  }

  private static ArticlesReport score(List<ArticlesGold.Event> gold, List<CodedEvent> produced) {
    ArticlesGold article = new ArticlesGold(7, "u", LocalDate.of(2020, 3, 6), gold);
    return ArticlesScorer.score(List.of(new ArticlesScorer.Case(article, TEXT, produced, List.of())),
        List.of());
  }

  private static final int[] FIRST = {0, 40};
  private static final int[] SECOND = {41, 88};

  @Test
  void anEventRightInEveryFieldCountsForPrecisionAndRecall() {
    var g = gold("E1", "ACCUSE", List.of("RUR"), List.of("FRE"), "2020-03-05", "asserted", "summoned", 0, 40);
    var p = produced("ACCUSE", 10, FIRST, List.of(actor("RUR", "GOV")), List.of(actor("FRE", "GOV")),
        day("2020-03-05", DateBasis.RELATIVE), Modality.ASSERTED);
    ArticlesReport r = score(List.of(g), List.of(p));
    assertEquals(1, r.precision().hits());
    assertEquals(1, r.recall().hits());
    assertEquals(1.0, r.f1());
    assertTrue(r.misses().isEmpty());
  }

  /**
   * A week is right for a gold week, and for a gold "before D" (how the gold wrote "last week"
   * before it had weeks) when the whole week lies before D; a week that reaches D is not.
   */
  @Test
  void aWeekAgreesWithTheSameWeekAndWithAnEarlierBeforeButNotWithADay() {
    assertTrue(ArticlesScorer.datesAgree("2020-W10", "2020-W10"));
    // published Friday 2020-03-06; week 9 is Feb 24 - Mar 1, week 10 is Mar 2 - 8
    assertTrue(ArticlesScorer.datesAgree("before 2020-03-06", "2020-W09"));
    assertEquals(false, ArticlesScorer.datesAgree("before 2020-03-06", "2020-W10"));
    assertEquals(false, ArticlesScorer.datesAgree("2020-03-03", "2020-W10"));
    assertEquals(false, ArticlesScorer.datesAgree("before 2020-03-06", "2020-03-03"));
    assertEquals(false, ArticlesScorer.datesAgree("2020-W09", "before 2020-03-06"));
    var g = gold("E1", "ACCUSE", List.of("RUR"), List.of("FRE"), "before 2020-03-06", "asserted", "summoned", 0, 40);
    var p = produced("ACCUSE", 10, FIRST, List.of(actor("RUR", "GOV")), List.of(actor("FRE", "GOV")),
        new EventDate("2020-W09", Precision.WEEK, DateBasis.RELATIVE, null, "test"), Modality.ASSERTED);
    assertEquals(1, score(List.of(g), List.of(p)).fields().get("date").hits());
  }

  @Test
  void theJsonFormCarriesRatiosAndClasses() throws Exception {
    var g = gold("E1", "ACCUSE", List.of("RUR"), List.of("FRE"), "2020-03-05", "asserted", "summoned", 0, 40);
    var p = produced("ACCUSE", 10, FIRST, List.of(actor("RUR", "GOV")), List.of(),
        day("2020-03-05", DateBasis.RELATIVE), Modality.ASSERTED);
    var tree = org.annals.model.Json.MAPPER.readTree(org.annals.model.Json.write(score(List.of(g), List.of(p))));
    assertEquals(0, tree.at("/recall/hits").asInt());
    assertEquals(1, tree.at("/recall/total").asInt());
    assertEquals(1.0, tree.at("/fields/type/value").asDouble());
    assertEquals(1, tree.at("/errorClasses/missing target").asInt());
    assertEquals("E1", tree.at("/misses/0/goldId").asText());
  }

  @Test
  void fieldsAreScoredAmongMatchedEventsAndClassesCounted() {
    var g = gold("E1", "ACCUSE", List.of("RUR"), List.of("FRE"), "2020-03-05", "asserted", "summoned", 0, 40);
    var p = produced("ACCUSE", 10, FIRST, List.of(actor("RUR", "GOV")), List.of(),
        day("2020-03-06", DateBasis.PUBLICATION), Modality.ASSERTED);
    ArticlesReport r = score(List.of(g), List.of(p));
    assertEquals(0, r.recall().hits());
    assertEquals(1, r.fields().get("type").hits());
    assertEquals(1, r.fields().get("source").hits());
    assertEquals(0, r.fields().get("target").hits());
    assertEquals(0, r.fields().get("date").hits());
    assertEquals(1, r.errorClasses().get(ArticlesScorer.MISSING_TARGET));
    assertEquals(1, r.errorClasses().get(ArticlesScorer.DATE_OFF));
    assertEquals(1, r.errorClasses().get(ArticlesScorer.PUBLICATION_FALLBACK));
    assertEquals(List.of("target", "date", ArticlesScorer.MISSING_TARGET, ArticlesScorer.DATE_OFF,
        ArticlesScorer.PUBLICATION_FALLBACK), r.misses().get(0).differs());
  }

  /** Date rules and produced types are counted so a rule or type can be judged without reading events. */
  @Test
  void dateRulesAndProducedTypesAreCounted() {
    var g = gold("E1", "ACCUSE", List.of("RUR"), List.of("FRE"), "2020-03-05", "asserted", "summoned", 0, 40);
    var right = produced("ACCUSE", 10, FIRST, List.of(actor("RUR", "GOV")), List.of(actor("FRE", "GOV")),
        new EventDate("2020-03-05", Precision.DAY, DateBasis.RELATIVE, null, "time:anchor:n-after:speech"),
        Modality.ASSERTED);
    var g2 = gold("E2", "THREATEN", List.of("FRE"), List.of("RUR"), "2020-03-04", "asserted", "threatened", 41, 88);
    var wrongDay = produced("THREATEN", 51, SECOND, List.of(actor("FRE", "GOV")), List.of(actor("RUR", "GOV")),
        new EventDate("2020-03-06", Precision.DAY, DateBasis.PUBLICATION, null, "time:publication-fallback"),
        Modality.ASSERTED);
    var spurious = produced("PROTEST", 60, new int[] {89, 95}, List.of(), List.of(),
        day("2020-03-06", DateBasis.PUBLICATION), Modality.ASSERTED);
    ArticlesReport r = score(List.of(g, g2), List.of(right, wrongDay, spurious));
    assertEquals(1, r.dateRules().get("time:anchor:n-after").hits());
    assertEquals(1, r.dateRules().get("time:anchor:n-after").total());
    assertEquals(0, r.dateRules().get("time:publication-fallback").hits());
    assertEquals(List.of(new ArticlesReport.TypeLine("ACCUSE", 1, 0, 1, 0, 0, 0, 0),
        new ArticlesReport.TypeLine("PROTEST", 1, 1, 0, 0, 0, 0, 0),
        new ArticlesReport.TypeLine("THREATEN", 1, 0, 0, 0, 0, 0, 1)), r.perType());
    assertEquals(List.of(new ArticlesReport.GoldTypeLine("ACCUSE", 1, 0, 1, 1),
        new ArticlesReport.GoldTypeLine("THREATEN", 1, 0, 1, 0)), r.perGoldType());
    assertTrue(ArticlesReportText.format(r, "gold.json", 0).contains("time:anchor:n-after"));
    // the test actors' rule is "test": both matched events count under it, with their sides right
    assertEquals(2, r.sourceRules().get("test").hits());
    assertEquals(2, r.targetRules().get("test").hits());
    assertEquals(List.of(new ArticlesReport.TriggerLine("test", 2, 0, 1),
        new ArticlesReport.TriggerLine("test, no source, no target", 1, 1, 0)), r.perTrigger());
    assertEquals(java.util.Map.of("none", 1, "date", 1), r.wrongFields(),
        "matched events by the fields they have wrong; the spurious event is no matched event");
  }

  @Test
  void swappedSidesAndAHypotheticalCodedAssertedAreClassesOfTheirOwn() {
    var g = gold("E2", "THREATEN", List.of("FRE"), List.of("RUR"), null, "hypothetical", "threatened", 41, 88);
    var p = produced("THREATEN", 51, SECOND, List.of(actor("RUR", null)), List.of(actor("FRE", null)),
        day("2020-03-06", DateBasis.PUBLICATION), Modality.ASSERTED);
    ArticlesReport r = score(List.of(g), List.of(p));
    assertEquals(1, r.errorClasses().get(ArticlesScorer.SWAPPED));
    assertEquals(0, r.errorClasses().get(ArticlesScorer.SOURCE_WRONG));
    assertEquals(0, r.errorClasses().get(ArticlesScorer.MISSING_TARGET));
    assertEquals(1, r.errorClasses().get(ArticlesScorer.HYPOTHETICAL_ASSERTED));
    assertEquals(java.util.Map.of("hypothetical -> asserted", 1), r.modalities());
    assertEquals(java.util.Map.of("source+target+modality", 1), r.wrongFields());
    assertEquals(1, r.fields().get("date").hits(), "a gold event without a date asks for none");
  }

  private static final ArticlesGold.Event ACCUSE_FIRST =
      gold("E1", "ACCUSE", List.of("RUR"), List.of(), "2020-03-06", "asserted", "summoned", 0, 40);
  private static final ArticlesGold.Event THREATEN_SECOND =
      gold("E2", "THREATEN", List.of("FRE"), List.of(), "2020-03-06", "asserted", "close", 41, 88);

  /** An asserted event of Freedonia alone in the second sentence, trigger at {@code at}. */
  private static CodedEvent fredonian(String type, int at) {
    return produced(type, at, SECOND, List.of(actor("FRE", null)), List.of(),
        day("2020-03-06", DateBasis.RELATIVE), Modality.ASSERTED);
  }

  @Test
  void pairsAreOneToOneSameTypeFirstThenNearestTrigger() {
    var accuse = ACCUSE_FIRST;
    var threaten = THREATEN_SECOND;
    var coerce = fredonian("COERCE", 62);
    var threat = fredonian("THREATEN", 51);
    var m = ArticlesMatcher.match(TEXT, List.of(accuse, threaten), List.of(coerce, threat));
    assertEquals(1, m.pairs().size());
    assertEquals(threat, m.pairs().get(0).produced(), "the same type wins over the nearer trigger");
    assertEquals(List.of(accuse), m.unmatchedGold());
    assertEquals(List.of(coerce), m.unmatchedProduced());
  }

  @Test
  void aTypeConfusionIsAMatchAndAnEmptySentenceIsNoTrigger() {
    var accuse = ACCUSE_FIRST;
    var threaten = THREATEN_SECOND;
    var coerce = fredonian("COERCE", 62);
    ArticlesReport r = score(List.of(accuse, threaten), List.of(coerce));
    assertEquals(1, r.matched());
    assertEquals(0, r.fields().get("type").hits());
    assertEquals(1, r.fields().get("source").hits());
    assertEquals(1, r.errorClasses().get(ArticlesScorer.TYPE_CONFUSION));
    assertEquals(1, r.errorClasses().get(ArticlesScorer.NO_TRIGGER));
    assertEquals(0, r.errorClasses().get(ArticlesScorer.SPURIOUS));
    assertEquals(List.of(new ArticlesReport.TypeLine("COERCE", 1, 0, 0, 1, 0, 0, 0)), r.perType());
    assertEquals(java.util.Map.of("THREATEN -> COERCE", 1), r.confusions());
    assertEquals(1, r.perGoldType().stream().mapToInt(ArticlesReport.GoldTypeLine::noTrigger).sum());
    assertEquals(org.annals.eval.common.Ratio.of(0, 1), r.precision());
  }

  @Test
  void symmetricEventsCompareBothSidesAsOneSet() {
    var met = new ArticlesGold.Event("E1", "CONSULT", List.of("RUR", "FRE"), List.of(), true,
        "2020-03-06", "asserted", "summoned", new Span(0, 40));
    var p = produced("CONSULT", 10, FIRST, List.of(actor("FRE", null)), List.of(actor("RUR", null)),
        day("2020-03-06", DateBasis.RELATIVE), Modality.ASSERTED);
    ArticlesReport r = score(List.of(met), List.of(p));
    assertEquals(1, r.recall().hits());
  }

  @Test
  void nothingProducedLeavesPrecisionUndefinedAndAnEventOutsideEverySentenceIsSpurious() {
    var g = gold("E1", "ACCUSE", List.of("RUR"), List.of(), "2020-03-06", "asserted", "summoned", 0, 40);
    ArticlesReport none = score(List.of(g), List.of());
    assertNull(none.precision().json());
    assertNull(none.f1());
    var elsewhere = produced("AID", 60, SECOND, List.of(actor("FRE", null)), List.of(),
        day("2020-03-06", DateBasis.RELATIVE), Modality.ASSERTED);
    ArticlesReport r = score(List.of(g), List.of(elsewhere));
    assertEquals(1, r.errorClasses().get(ArticlesScorer.SPURIOUS));
    assertEquals(1, r.errorClasses().get(ArticlesScorer.NO_TRIGGER));
  }

  @Test
  void everyEventOnAnArticleWithNoPoliticalEventIsAFalseEvent() {
    var p = produced("AID", 10, FIRST, List.of(actor("RUR", "GOV")), List.of(),
        day("2020-03-05", DateBasis.RELATIVE), Modality.ASSERTED);
    ArticlesReport quiet = score(List.of(), List.of(p, p));
    assertEquals(1, quiet.quietArticles());
    assertEquals(2, quiet.quietEvents());
    assertTrue(ArticlesReportText.format(quiet, "q.json", 0)
        .contains("false events on articles with no political event  2 in 1 articles"));
    var g = gold("E1", "AID", List.of("RUR"), List.of(), "2020-03-05", "asserted", "summoned", 0, 40);
    assertEquals(0, score(List.of(g), List.of(p)).quietArticles());
  }
}
